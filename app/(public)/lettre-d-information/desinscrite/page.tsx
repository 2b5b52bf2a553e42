import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Désinscription effectuée', robots: { index: false } };

export default function UnsubscribedPage() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Désinscription effectuée</h1>
      <p className="mb-4 max-w-3xl text-gray-900">
        Vous ne recevrez plus de courriels de l’Observatoire. Votre adresse a été effacée.
      </p>
      <p>
        <Link href="/lettre-d-information" className="text-brand-700 underline hover:text-brand-800">
          Se réinscrire
        </Link>
      </p>
    </>
  );
}
