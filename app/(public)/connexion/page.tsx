import type { Metadata } from 'next';
import { Suspense } from 'react';
import { pageMetadata } from '@/lib/seo/metadata';
import { SignInForm } from './_components/sign-in-form';
import { safeReturnPath } from './schema';

export const metadata: Metadata = pageMetadata({
  title: 'Connexion',
  description: 'Espace réservé aux équipes de RTES et d’Avise qui éditent l’Observatoire.',
  path: '/connexion',
  canonical: false,
  index: false,
});

const NOTICES: Record<string, string> = {
  deconnexion: 'Vous êtes déconnecté·e.',
  'deconnexion-locale':
    'Vous êtes déconnecté·e de ce navigateur. Le service étant momentanément indisponible, vos sessions ouvertes ailleurs n’ont pas pu être fermées : déconnectez-vous à nouveau une fois le service rétabli.',
  'mot-de-passe': 'Votre mot de passe a été changé : reconnectez-vous.',
  session: 'Votre session a expiré : reconnectez-vous.',
  'double-authentification': 'La double authentification a été désactivée : reconnectez-vous pour la configurer à nouveau.',
};

async function SignInPanel({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(typeof params.retour === 'string' ? params.retour : undefined);
  const notice = typeof params.motif === 'string' && Object.hasOwn(NOTICES, params.motif) ? NOTICES[params.motif] : undefined;
  return (
    <>
      {notice && (
        <p role="status" className="mb-6 rounded border border-brand-600 bg-brand-50 px-4 py-3 text-brand-800">
          {notice}
        </p>
      )}
      <SignInForm returnTo={returnTo} />
    </>
  );
}

export default function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return (
    <div className="max-w-3xl">
      <h1 className="mb-2 text-3xl font-bold text-gray-900">Connexion</h1>
      <p className="mb-8 text-gray-700">Espace réservé aux équipes de RTES et d’Avise qui éditent l’Observatoire.</p>
      <Suspense fallback={<p>Chargement…</p>}>
        <SignInPanel searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
