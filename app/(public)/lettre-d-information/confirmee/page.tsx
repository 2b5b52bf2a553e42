import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Inscription confirmée', robots: { index: false } };

export default function ConfirmedPage() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Inscription confirmée</h1>
      <p className="mb-4 max-w-3xl text-gray-900">
        Merci : vous recevrez nos prochains courriels. Chacun contient un lien pour vous désinscrire en un clic.
      </p>
      <p>
        <Link href="/groupes-de-travail" className="text-brand-700 underline hover:text-brand-800">
          Lire les comptes rendus des groupes de travail
        </Link>
      </p>
    </>
  );
}
