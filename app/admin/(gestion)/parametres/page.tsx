import type { Metadata } from 'next';
import { findMfaSettings } from '@/lib/auth/security-overview';
import { requirePagePermission } from '@/lib/auth/session';
import { MfaSettingsForm } from './_components/mfa-settings-form';

export const metadata: Metadata = { title: 'Paramètres' };

export default async function SettingsPage() {
  await requirePagePermission('settings:manage', '/admin/parametres');
  const settings = await findMfaSettings();
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold text-gray-900">Paramètres</h1>
      <section aria-labelledby="parametres-double-authentification">
        <h2 id="parametres-double-authentification" className="mb-3 text-2xl font-bold text-gray-900">
          Double authentification
        </h2>
        <p className="mb-4 text-gray-800">
          Pour les rôles cochés, un compte sans double authentification devra l’activer depuis son profil à sa prochaine
          connexion avant de pouvoir faire quoi que ce soit d’autre. Les comptes qui l’ont déjà activée ne voient aucun
          changement.
        </p>
        <MfaSettingsForm requiredRoles={settings.roles} updatedAt={settings.updatedAt?.toISOString() ?? ''} />
      </section>
    </div>
  );
}
