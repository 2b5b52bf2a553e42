/** Staff sessions end 12 hours after sign-in, whatever the activity (NIST AAL2). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Roles that must use a second factor, when the admin setting is absent. */
export const MFA_REQUIRED_ROLES_SETTING = 'mfa.requiredRoles';
