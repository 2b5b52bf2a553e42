import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';

// /lettre-d-information/confirmer?jeton=…: proxy.ts checks the link first (a
// refused one gets its page, with status 400 or 410) and sends the button's POST
// to ./envoi. Confirming takes a click: mail scanners that open links do not
// subscribe anyone. The page holds no token (the form posts to its own address).

export const metadata: Metadata = { title: 'Confirmer votre inscription', robots: { index: false } };

export default function ConfirmPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Lettre d’information', href: '/lettre-d-information' }, { label: 'Confirmation' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Confirmer votre inscription</h1>
      <p className="mb-6 max-w-3xl text-gray-900">Un dernier clic pour recevoir nos courriels à l’adresse qui a reçu ce lien.</p>
      <form method="post">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Confirmer mon inscription
        </button>
      </form>
    </>
  );
}
