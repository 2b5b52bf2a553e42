import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatParisDateTime } from '@/lib/audit/labels';
import { roleLabels } from '@/lib/auth/roles';
import { requirePagePermission } from '@/lib/auth/session';
import { getUserById } from '@/lib/users/queries';
import { AccountStatusForm } from '../_components/account-status-form';
import { ResetPasswordForm } from '../_components/reset-password-form';
import { RoleForm } from '../_components/role-form';

export const metadata: Metadata = { title: 'Compte' };

function DateTime({ value, empty }: { value: Date | null; empty: string }) {
  return value ? <time dateTime={value.toISOString()}>{formatParisDateTime(value)}</time> : <>{empty}</>;
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const currentUser = await requirePagePermission('users:manage', `/admin/utilisateurs/${encodeURIComponent(id)}`);
  const user = await getUserById({ id });
  if (!user) notFound();
  const isSelf = user.id === currentUser.id;

  return (
    <>
      <p className="mb-4">
        <Link prefetch={false} href="/admin/utilisateurs" className="text-brand-700 underline hover:text-brand-800">
          Tous les comptes
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold text-gray-900">{user.name}</h1>
      <dl className="mb-8 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Adresse e-mail</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">Rôle</dt>
        <dd>{roleLabels[user.role]}</dd>
        <dt className="font-semibold">Statut</dt>
        <dd>{user.isDisabled ? 'Désactivé' : 'Actif'}</dd>
        <dt className="font-semibold">Double authentification</dt>
        <dd>{user.hasTwoFactor ? 'Activée' : 'Non activée'}</dd>
        <dt className="font-semibold">Dernière connexion</dt>
        <dd>
          <DateTime value={user.lastSignInAt} empty="Jamais" />
        </dd>
        <dt className="font-semibold">Compte créé le</dt>
        <dd>
          <DateTime value={user.createdAt} empty="Inconnu" />
        </dd>
        <dt className="font-semibold">Mot de passe changé le</dt>
        <dd>
          <DateTime value={user.passwordChangedAt} empty="Jamais" />
        </dd>
      </dl>

      <section aria-labelledby="section-role" className="mb-8 border-t border-gray-300 pt-6">
        <h2 id="section-role" className="mb-4 text-2xl font-bold text-gray-900">
          Rôle
        </h2>
        <RoleForm id={user.id} version={user.version} role={user.role} />
      </section>

      <section aria-labelledby="section-statut" className="mb-8 border-t border-gray-300 pt-6">
        <h2 id="section-statut" className="mb-4 text-2xl font-bold text-gray-900">
          Statut du compte
        </h2>
        {isSelf ? (
          <p>Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur ou une autre administratrice.</p>
        ) : (
          <AccountStatusForm id={user.id} version={user.version} isDisabled={user.isDisabled} />
        )}
      </section>

      <section aria-labelledby="section-mot-de-passe" className="mb-8 border-t border-gray-300 pt-6">
        <h2 id="section-mot-de-passe" className="mb-4 text-2xl font-bold text-gray-900">
          Mot de passe
        </h2>
        <ResetPasswordForm id={user.id} version={user.version} />
      </section>
    </>
  );
}
