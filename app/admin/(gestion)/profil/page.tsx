import type { Metadata } from 'next';
import { QrCode } from '@/components/qr-code';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password';

import { roleLabels } from '@/lib/auth/roles';
import { getProfileSecurity } from '@/lib/auth/security-overview';
import { requirePagePermission } from '@/lib/auth/session';

import { ChangePasswordForm } from './_components/change-password-form';
import { DisableTotpForm, RegenerateRecoveryCodesForm } from './_components/totp-manage';
import { TotpEnrolment } from './_components/totp-enrolment';
import { TotpStartForm } from './_components/totp-start-form';

export const metadata: Metadata = { title: 'Mon profil' };

const STATUS_NOTICES: Record<string, string> = {
  'double-authentification-desactivee': 'La double authentification est désactivée.',
};

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

export default async function ProfilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission('admin:access', '/admin/profil', { allowMfaSetup: true });
  const params = await searchParams;
  const { status, requiredRoles, pending } = await getProfileSecurity({ user });
  const isRequiredForRole = requiredRoles.includes(user.role);
  const showRequiredNotice = !status.isEnabled && (user.mfaSetupRequired || params.obligatoire === '1');
  const statusNotice = typeof params.statut === 'string' && Object.hasOwn(STATUS_NOTICES, params.statut) ? STATUS_NOTICES[params.statut] : undefined;

  return (
    <div className="max-w-3xl">
      <h1 className="mb-2 text-3xl font-bold text-gray-900">Mon profil</h1>
      <p className="mb-6 text-gray-800">
        {user.name} · {user.email} · {roleLabels[user.role]}
      </p>

      {statusNotice && (
        <p role="status" className="mb-6 rounded border border-brand-600 bg-brand-50 px-4 py-3 text-brand-800">
          {statusNotice}
        </p>
      )}

      {showRequiredNotice && (
        <div role="alert" className="mb-6 rounded border-2 border-amber-700 bg-amber-50 px-4 py-3 text-gray-900">
          <p className="font-bold">Double authentification obligatoire</p>
          <p>
            Un·e administrateur·rice exige la double authentification pour le rôle {roleLabels[user.role]}. Activez-la
            ci-dessous pour accéder au reste de l’administration.
          </p>
        </div>
      )}

      <section aria-labelledby="double-authentification" className="mb-10">
        <h2 id="double-authentification" className="mb-3 text-2xl font-bold text-gray-900">
          Double authentification
        </h2>
        {status.isEnabled ? (
          <>
            <p className="mb-2 text-gray-900">
              <strong>Activée</strong>
              {status.enabledAt && <> depuis le {dateFormat.format(status.enabledAt)}</>}. À chaque connexion, un code de votre
              application d’authentification vous est demandé après le mot de passe.
            </p>
            <p className="mb-6 text-gray-800">
              Codes de secours encore utilisables : <strong>{status.unusedRecoveryCodes}</strong> sur 10.
            </p>
            <RegenerateRecoveryCodesForm />
            <DisableTotpForm isRequiredForRole={isRequiredForRole} />
          </>
        ) : pending ? (
          <TotpEnrolment
            secret={pending.secret}
            qrCode={<QrCode value={pending.otpauthUri} label="QR code à scanner avec votre application d’authentification" />}
            continueHref={user.mfaSetupRequired ? '/admin' : '/admin/profil'}
          />
        ) : (
          <>
            <p className="mb-4 text-gray-800">
              Non activée. Avec la double authentification, la connexion demande en plus du mot de passe un code à 6 chiffres
              produit par une application sur votre téléphone ou votre ordinateur : un mot de passe volé ne suffit plus.
            </p>
            <TotpStartForm />
          </>
        )}
      </section>

      <section aria-labelledby="mot-de-passe">
        <h2 id="mot-de-passe" className="mb-3 text-2xl font-bold text-gray-900">
          Mot de passe
        </h2>
        <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} />
      </section>
    </div>
  );
}
