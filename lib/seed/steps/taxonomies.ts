import { ACTION_LEVERS, ORGANISATIONS, THEMES } from '../content';
import { existingSlugs, PUBLISHED, type IdMap, type SeedContext } from '../context';

export interface SeededTaxonomies {
  organisationIds: IdMap;
  themeIds: IdMap;
  leverIds: IdMap;
}

/** Organisations, themes and action levers: the rows later content points to. */
export async function seedTaxonomies({ tx, tally }: SeedContext): Promise<SeededTaxonomies> {
  const organisationIds = new Map<string, string>();
  const existingOrganisations = await existingSlugs(tx.organisation.findMany({ where: { slug: { in: ORGANISATIONS.map((o) => o.slug) } }, select: { slug: true } }));
  for (const organisation of ORGANISATIONS) {
    tally.add('organisations', existingOrganisations.has(organisation.slug));
    const row = await tx.organisation.upsert({
      where: { slug: organisation.slug },
      update: {},
      create: { ...organisation, website: null, ...PUBLISHED },
      select: { id: true },
    });
    organisationIds.set(organisation.slug, row.id);
  }

  const themeIds = new Map<string, string>();
  const existingThemes = await existingSlugs(tx.theme.findMany({ where: { slug: { in: THEMES.map((t) => t.slug) } }, select: { slug: true } }));
  for (const theme of THEMES) {
    tally.add('themes', existingThemes.has(theme.slug));
    const row = await tx.theme.upsert({ where: { slug: theme.slug }, update: {}, create: { ...theme, ...PUBLISHED }, select: { id: true } });
    themeIds.set(theme.slug, row.id);
  }

  const leverIds = new Map<string, string>();
  const existingLevers = await existingSlugs(tx.actionLever.findMany({ where: { slug: { in: ACTION_LEVERS.map((l) => l.slug) } }, select: { slug: true } }));
  for (const lever of ACTION_LEVERS) {
    tally.add('actionLevers', existingLevers.has(lever.slug));
    const row = await tx.actionLever.upsert({ where: { slug: lever.slug }, update: {}, create: { ...lever, ...PUBLISHED }, select: { id: true } });
    leverIds.set(lever.slug, row.id);
  }

  return { organisationIds, themeIds, leverIds };
}
