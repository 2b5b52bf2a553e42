import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { SubscribeForm } from './_components/subscribe-form';

export const metadata: Metadata = {
  title: 'Lettre d’information',
  description: 'Recevez par courriel les comptes rendus des groupes de travail et les actualités de l’Observatoire des politiques ESS des métropoles.',
};

export default function NewsletterPage() {
  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Lettre d’information' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Lettre d’information</h1>
      <p className="mb-2 max-w-3xl text-lg text-gray-900">
        Recevez un courriel à la publication de chaque compte rendu de groupe de travail, et les actualités de l’Observatoire (études, publications).
      </p>
      <p className="mb-8 max-w-3xl text-gray-800">
        Après l’inscription, un courriel vous demande de confirmer votre adresse : rien ne vous est envoyé sans cette confirmation. Chaque courriel
        contient un lien pour vous désinscrire en un clic.
      </p>
      <SubscribeForm />
    </>
  );
}
