'use client';

import Link from 'next/link';

interface ErrorContentProps {
  digest?: string;
  reset: () => void;
}

/** Body of the error pages. No error message or stack: details stay in the server logs, which the digest points to. */
export function ErrorContent({ digest, reset }: ErrorContentProps) {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Une erreur est survenue</h1>
      <p className="mb-6 max-w-2xl text-lg text-gray-800">
        La page n’a pas pu être affichée. Réessayez dans quelques instants ; si le problème persiste, signalez-le au RTES
        ou à l’Avise en indiquant l’adresse de la page.
      </p>
      {digest && <p className="mb-6 text-sm text-gray-700">Référence de l’erreur : {digest}</p>}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Réessayer
        </button>
        <Link href="/" className="font-medium text-brand-700 underline hover:text-brand-800">
          Retour à l’accueil
        </Link>
      </div>
    </>
  );
}
