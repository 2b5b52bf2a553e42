import { z } from 'zod';

// The only module that reads process.env (scripts under scripts/ excepted).
const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL doit être défini (npm start le fournit pour la base embarquée).'),
  /** Set by the launcher when DATABASE_URL points at the embedded single-connection server. */
  DATABASE_EMBEDDED: z.enum(['0', '1']).default('0'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  SITE_URL: z.url().default('http://localhost:3000'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}
