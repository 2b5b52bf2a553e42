import 'server-only';
import type { ContentValues } from '@/lib/content/fields';
import type { DbClient } from '@/lib/db/client';
import { personMetropolisSelect, personOrganisationSelect, personRelationsSelect, toPersonDetail, type PersonDetail } from '@/lib/persons/select';
import { findSourceRow, integer, text } from './values';
import type { PreviewBuild } from './view';

// The draft's own values (and the rows they point to) with the stored entry's
// related rows, mapped by the public page's own mapper.

async function buildPersonPreview(db: DbClient, id: string, values: ContentValues): Promise<PersonDetail | null> {
  const fullName = text(values, 'fullName');
  if (!fullName) return null;

  const organisationId = text(values, 'organisationId');
  const metropolisId = text(values, 'metropolisId');
  const [relations, roleSource, organisation, metropolis] = await Promise.all([
    db.person.findUniqueOrThrow({ where: { id }, select: personRelationsSelect }),
    findSourceRow(db, text(values, 'roleSourceId')),
    organisationId ? db.organisation.findUnique({ where: { id: organisationId }, select: personOrganisationSelect }) : null,
    metropolisId ? db.metropolis.findUnique({ where: { id: metropolisId }, select: personMetropolisSelect }) : null,
  ]);

  return toPersonDetail({
    slug: text(values, 'slug') ?? '',
    fullName,
    role: text(values, 'role'),
    roleYear: integer(values, 'roleYear'),
    roleSource,
    organisation,
    metropolis,
    ...relations,
  });
}

export async function previewPerson(db: DbClient, id: string, values: ContentValues): Promise<PreviewBuild | null> {
  const person = await buildPersonPreview(db, id, values);
  return person && { view: { kind: 'person', person }, notes: [] };
}
