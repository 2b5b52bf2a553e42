import { z } from 'zod';

// The only module that reads process.env (scripts under scripts/ excepted).
const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL doit être défini (npm start le fournit pour la base embarquée).'),
  /** Set by the launcher when DATABASE_URL points at the embedded single-connection server. */
  DATABASE_EMBEDDED: z.enum(['0', '1']).default('0'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  SITE_URL: z.url().default('http://localhost:3000'),
  /** Signs session tokens and derives the key that encrypts TOTP secrets. The launcher generates one. */
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET doit contenir au moins 32 caractères (npm start en génère un).').optional(),
  /** Reverse proxies in front of the portal that append to X-Forwarded-For (lib/request.ts). */
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  /** smtp(s)://user:password@host:port: mail goes out through it; unset = stored for /admin/courriels (ADR 016). */
  SMTP_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url().optional()),
  /** Sender of the portal's e-mails. */
  MAIL_FROM: z.string().min(3).default('Observatoire ESS <lettre@observatoire-ess.localhost>'),
  /** Contact address of the open-data catalogue (DCAT contactPoint, ADR 019); MAIL_FROM's address when unset. */
  OPEN_DATA_CONTACT_EMAIL: z.preprocess((value) => (value === '' ? undefined : value), z.email().optional()),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Requests a minute per client address on /api/v1 (ADR 018). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}

/** Required by sign-in and TOTP encryption only, so the public site runs without it. */
export function getAuthSecret(): string {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET manquant : npm start en génère un, sinon définissez-le.');
  return secret;
}

const TrustedProxyCountSchema = EnvSchema.shape.TRUSTED_PROXY_COUNT;

/**
 * Read on its own (not through getEnv) so that code running without DATABASE_URL,
 * like unit tests of lib/request.ts, can use it. Empty means unset.
 */
export function getTrustedProxyCount(): number {
  return TrustedProxyCountSchema.parse(process.env.TRUSTED_PROXY_COUNT?.trim() || undefined);
}

const ApiRateLimitSchema = EnvSchema.shape.API_RATE_LIMIT_PER_MINUTE;

/** The API's requests a minute per client address (empty means unset: 600). */
export function getApiRateLimitPerMinute(): number {
  return ApiRateLimitSchema.parse(process.env.API_RATE_LIMIT_PER_MINUTE?.trim() || undefined);
}

const SiteUrlSchema = EnvSchema.shape.SITE_URL;

/**
 * Public origin for absolute links (permalinks of cited figures), without a
 * trailing slash. Read on its own so that components rendered in unit tests,
 * without DATABASE_URL, can build links.
 */
export function getSiteUrl(): string {
  return SiteUrlSchema.parse(process.env.SITE_URL?.trim() || undefined).replace(/\/+$/, '');
}
