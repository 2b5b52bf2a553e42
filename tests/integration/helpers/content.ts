import { randomBytes } from 'node:crypto';
import type { Role } from '../../../lib/auth/roles';
import type { ContentTypeDefinition } from '../../../lib/content/definition';
import { emptyRawValues, parseContentValues, type ContentValues, type RawValues } from '../../../lib/content/fields';
import { getContentType } from '../../../lib/content/registry';
import type { Actor } from '../../../lib/auth/actor';
import type { Database } from '../../../lib/db/client';

/** An account inserted directly (these tests never sign in). */
export async function insertActor(db: Database, role: Role): Promise<Actor> {
  return db.user.create({
    data: { email: `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@exemple.fr`, name: `Compte ${role}`, role, passwordHash: 'non-utilise' },
    select: { id: true, email: true, role: true },
  });
}

/** Values as a form would send them, through the type's shared schema. */
export function parseForm(type: ContentTypeDefinition, raw: RawValues): ContentValues {
  const result = parseContentValues(type.fields, { ...emptyRawValues(type.fields), ...raw }, type.refine);
  if (!result.success) throw new Error(JSON.stringify(result.fieldErrors));
  return result.values;
}

/** A valid métropole ("Lyon"), with the fields to change. */
export function lyonValues(overrides: RawValues = {}): ContentValues {
  return parseForm(getContentType('Metropolis'), {
    officialName: 'Métropole de Lyon',
    shortName: 'Lyon',
    region: 'Auvergne-Rhône-Alpes',
    seatCity: 'Lyon',
    latitude: '45,7640',
    longitude: '4,8357',
    ...overrides,
  });
}
