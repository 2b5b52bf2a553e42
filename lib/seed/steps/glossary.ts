import { existingSlugs, PUBLISHED, type SeedContext } from '../context';
import { GLOSSARY_SOURCES, GLOSSARY_TERMS, type GlossarySourceKey } from '../glossary';

/** The glossary and the legal texts that define its terms. */
export async function seedGlossary({ tx, tally }: SeedContext): Promise<void> {
  const sourceIds = new Map<GlossarySourceKey, string>();
  for (const [key, source] of Object.entries(GLOSSARY_SOURCES) as Array<[GlossarySourceKey, (typeof GLOSSARY_SOURCES)[GlossarySourceKey]]>) {
    const where = { publisher: source.publisher, title: source.title };
    const existing = await tx.source.findUnique({ where: { publisher_title: where }, select: { id: true } });
    tally.add('sources', existing !== null);
    const row = await tx.source.upsert({ where: { publisher_title: where }, update: {}, create: { ...source, ...PUBLISHED }, select: { id: true } });
    sourceIds.set(key, row.id);
  }

  const existing = await existingSlugs(tx.glossaryTerm.findMany({ where: { slug: { in: GLOSSARY_TERMS.map((term) => term.slug) } }, select: { slug: true } }));
  for (const { source, ...term } of GLOSSARY_TERMS) {
    tally.add('glossaryTerms', existing.has(term.slug));
    await tx.glossaryTerm.upsert({
      where: { slug: term.slug },
      update: {},
      create: { ...term, sourceId: source ? sourceIds.get(source)! : null, ...PUBLISHED },
      select: { id: true },
    });
  }
}
