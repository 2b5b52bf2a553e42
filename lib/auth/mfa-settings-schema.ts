import { z } from 'zod';

const checkbox = z.literal('on').optional();

/** One checkbox per role (the form sends only the ticked ones). */
export const MfaSettingsSchema = z.object({
  ADMIN: checkbox,
  EDITOR: checkbox,
  CONTRIBUTOR: checkbox,
  /** The version the form showed: empty when the setting was never saved. */
  expectedUpdatedAt: z.union([z.literal(''), z.iso.datetime()]),
});
export type MfaSettingsInput = z.infer<typeof MfaSettingsSchema>;
