import Link from 'next/link';
import { ExternalLink } from '@/components/external-link';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 text-sm text-gray-700 sm:grid-cols-3">
        <section aria-labelledby="pied-editeurs">
          <h2 id="pied-editeurs" className="mb-2 font-semibold text-gray-900">
            Éditeurs
          </h2>
          <p>
            Publié par le <abbr title="Réseau des collectivités territoriales pour une économie solidaire">RTES</abbr> et
            l’Avise, dans le cadre du programme « Métropoles, ESS et innovation sociale ».
          </p>
        </section>
        <section aria-labelledby="pied-licence">
          <h2 id="pied-licence" className="mb-2 font-semibold text-gray-900">
            Licence des données
          </h2>
          <p>
            Données réutilisables sous{' '}
            <ExternalLink href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/">
              Licence Ouverte / Open Licence 2.0 (Etalab)
            </ExternalLink>
            , en citant la source.
          </p>
          <p className="mt-2">
            <Link href="/donnees" className="text-brand-700 underline hover:text-brand-800">
              Données ouvertes
            </Link>{' '}
            : téléchargements, API et catalogue.
          </p>
        </section>
        <section aria-labelledby="pied-contact">
          <h2 id="pied-contact" className="mb-2 font-semibold text-gray-900">
            Contact
          </h2>
          <p>
            Une question, une correction à signaler ? Contactez le RTES (
            <ExternalLink href="https://www.rtes.fr/">rtes.fr</ExternalLink>) ou l’Avise (
            <ExternalLink href="https://www.avise.org/">avise.org</ExternalLink>).
          </p>
          <p className="mt-2">
            Suivre les comptes rendus et les actualités par courriel :{' '}
            <Link href="/lettre-d-information" className="text-brand-700 underline hover:text-brand-800">
              lettre d’information
            </Link>
            .
          </p>
        </section>
      </div>
    </footer>
  );
}
