'use client';

import './globals.css';

interface GlobalErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

// Replaces the root layout when it fails: it brings its own <html>. Plain <a>, as the router may be broken.
export default function GlobalError({ error, reset }: GlobalErrorProps) {
  return (
    <html lang="fr">
      <head>
        <title>Erreur · Observatoire des politiques ESS des métropoles</title>
      </head>
      <body className="min-h-screen bg-white font-sans text-gray-900 antialiased">
        <main id="contenu" className="mx-auto max-w-3xl px-4 py-12">
          <h1 className="mb-4 text-3xl font-bold">Le site est momentanément indisponible</h1>
          <p className="mb-6 text-lg text-gray-800">
            Une erreur empêche l’affichage de l’Observatoire des politiques ESS des métropoles. Réessayez dans quelques
            instants.
          </p>
          {error.digest && <p className="mb-6 text-sm text-gray-700">Référence de l’erreur : {error.digest}</p>}
          <div className="flex flex-wrap items-center gap-4">
            <button
              type="button"
              onClick={reset}
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              Réessayer
            </button>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the router may be what failed */}
            <a href="/" className="font-medium text-brand-700 underline hover:text-brand-800">
              Retour à l’accueil
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
