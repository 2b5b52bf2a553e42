import { isContentEntityType } from '@/lib/content/entity-types';
import { contentEntityLabels } from '@/lib/content/registry';

/** French wording of the audit actions the portal records; unknown codes are shown as they are. */
export const auditActionLabels: Record<string, string> = {
  'auth.sign_in': 'Connexion',
  'auth.sign_in_failed': 'Échec de connexion',
  'auth.sign_in_throttled': 'Connexion bloquée (trop d’essais)',
  'auth.throttle_started': 'Connexion bloquée (trop d’essais) : début du blocage',
  'auth.sign_out': 'Déconnexion',
  'auth.recovery_code_used': 'Code de secours utilisé',
  'auth.recovery_codes_regenerated': 'Codes de secours renouvelés',
  'auth.password_changed': 'Mot de passe modifié',
  'auth.password_check_failed': 'Mot de passe actuel erroné',
  'auth.totp_enrolment_started': 'Double authentification : activation commencée',
  'auth.totp_enrolment_cancelled': 'Double authentification : activation annulée',
  'auth.totp_enabled': 'Double authentification activée',
  'auth.totp_disabled': 'Double authentification désactivée',
  'authorization.refused': 'Accès refusé',
  'user.created': 'Compte créé',
  'user.role_changed': 'Rôle modifié',
  'user.disabled': 'Compte désactivé',
  'user.enabled': 'Compte réactivé',
  'user.password_reset': 'Mot de passe réinitialisé',
  'settings.updated': 'Paramètres modifiés',
  'content.created': 'Fiche créée',
  'content.updated': 'Fiche modifiée',
  'content.submitted': 'Soumise pour relecture',
  'content.published': 'Publiée',
  'content.returned_to_draft': 'Repassée en brouillon',
  'content.unpublished': 'Dépubliée',
  'content.archived': 'Archivée',
  'content.draft_discarded': 'Modifications en attente abandonnées',
  'content.revision_restored': 'Version restaurée',
  'content.trashed': 'Mise à la corbeille',
  'content.restored': 'Sortie de la corbeille',
  'content.trash_emptied': 'Corbeille vidée',
  'content.imported': 'Import CSV',
  'content.verified': 'Vérifiée (conforme à ses sources)',
};

export function formatAuditAction(action: string): string {
  return auditActionLabels[action] ?? action;
}

const otherEntityLabels: Record<string, string> = {
  User: 'Compte',
  Setting: 'Paramètre',
};

/** Singular-ish label for the entity column and the filter; unknown types are shown as they are. */
export function formatEntityType(entityType: string): string {
  if (isContentEntityType(entityType)) return contentEntityLabels[entityType];
  return otherEntityLabels[entityType] ?? entityType;
}

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' });

/** "26/11/2026 14:05:09", Paris time whatever the server's zone. */
export function formatParisDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** Compact one-line JSON for the details column. */
export function formatAuditDetails(details: unknown, maxLength = 160): string {
  if (details === null || details === undefined) return '';
  const text = JSON.stringify(details);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
