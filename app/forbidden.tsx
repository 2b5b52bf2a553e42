import Link from 'next/link';

export default function Forbidden() {
  return (
    <main id="contenu" className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Accès refusé</h1>
      <p className="mb-6 text-gray-800">Votre rôle ne permet pas d’ouvrir cette page.</p>
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          Retour au tableau de bord
        </Link>
      </p>
    </main>
  );
}
