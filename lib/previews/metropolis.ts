import 'server-only';
import type { ContentValues } from '@/lib/content/fields';
import type { DbClient } from '@/lib/db/client';
import { getProjectTotalsByProgramme } from '@/lib/figures/computed';
import { essOfficialSelect, metropolisRelationsSelect, toMetropolisProfile, type MetropolisProfile } from '@/lib/metropolises/select';
import { findSourceRow, flag, integer, text } from './values';
import type { PreviewBuild } from './view';

// The draft's own values (and the rows they point to) with the stored entry's
// related rows, mapped by the public page's own mapper.

async function buildMetropolisPreview(db: DbClient, id: string, values: ContentValues): Promise<MetropolisProfile | null> {
  const officialName = text(values, 'officialName');
  const shortName = text(values, 'shortName');
  const region = text(values, 'region');
  const seatCity = text(values, 'seatCity');
  if (!officialName || !shortName || !region || !seatCity) return null;

  const officialId = text(values, 'essOfficialId');
  const [relations, identitySource, rtesMembershipSource, essOfficial] = await Promise.all([
    db.metropolis.findUniqueOrThrow({ where: { id }, select: metropolisRelationsSelect }),
    findSourceRow(db, text(values, 'identitySourceId')),
    findSourceRow(db, text(values, 'rtesMembershipSourceId')),
    officialId ? db.person.findUnique({ where: { id: officialId }, select: essOfficialSelect }) : null,
  ]);
  const totals = await getProjectTotalsByProgramme(relations.fundingProgrammes.map((programme) => programme.id), db);

  return toMetropolisProfile(
    {
      slug: text(values, 'slug') ?? '',
      officialName,
      shortName,
      sirenCode: text(values, 'sirenCode'),
      region,
      seatCity,
      creationYear: integer(values, 'creationYear'),
      population: integer(values, 'population'),
      communeCount: integer(values, 'communeCount'),
      identitySource,
      isRtesMember: flag(values, 'isRtesMember'),
      rtesMembershipYear: integer(values, 'rtesMembershipYear'),
      rtesMembershipSource,
      website: text(values, 'website'),
      policySummary: text(values, 'policySummary'),
      contextSummary: text(values, 'contextSummary'),
      essOfficial,
      ...relations,
    },
    totals,
  );
}

export async function previewMetropolis(db: DbClient, id: string, values: ContentValues): Promise<PreviewBuild | null> {
  const metropolis = await buildMetropolisPreview(db, id, values);
  return metropolis && { view: { kind: 'metropolis', metropolis }, notes: [] };
}
