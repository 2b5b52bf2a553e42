import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';

// /lettre-d-information/desinscription?jeton=…, the link of every e-mail: proxy.ts
// checks it first and sends POSTs (this button, or a mail client's RFC 8058
// one-click POST to the same address) to ./envoi.

export const metadata: Metadata = { title: 'Se désinscrire', robots: { index: false } };

export default function UnsubscribePage() {
  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Lettre d’information', href: '/lettre-d-information' }, { label: 'Désinscription' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Se désinscrire</h1>
      <p className="mb-6 max-w-3xl text-gray-900">
        Vous ne recevrez plus aucun courriel de l’Observatoire à cette adresse. Votre adresse et vos listes sont effacées ; seules une empreinte
        chiffrée de l’adresse et les dates de votre consentement sont gardées, comme preuve.
      </p>
      <form method="post">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Me désinscrire
        </button>
      </form>
    </>
  );
}
