import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { getContentType } from '../../lib/content/registry';
import { createEntry, type MutationContext } from '../../lib/content/server/mutations';
import { OPEN_DATA_COLLECTIONS } from '../../lib/open-data/collections';
import { catalogueJsonLd, catalogueTurtle, xsdDateTime } from '../../lib/open-data/dcat';
import { loadOpenDataSummaries, type OpenDataSummary } from '../../lib/open-data/queries';
import { loadCollectionLastModified } from '../../lib/open-data/rows';
import { seedDatabase } from '../../lib/seed';
import { describeResults, dcatViolations, jsonLdToStore, turtleToStore } from '../schemas/dcat-shacl';
import { describeOnEachDatabase } from '../setup/each-database';
import { insertActor, parseForm } from './helpers/content';

const SITE = 'https://observatoire.exemple.fr';
const DCT = 'http://purl.org/dc/terms/';
const DCAT = 'http://www.w3.org/ns/dcat#';
const projectType = getContentType('FundedProject');

describeOnEachDatabase('open-data catalogue', (getDatabase) => {
  let editor: MutationContext;
  let before: OpenDataSummary[];
  let after: OpenDataSummary[];
  const byKey = (summaries: OpenDataSummary[], key: string) => summaries.find((summary) => summary.collection.key === key)!;

  beforeAll(async () => {
    const { db } = getDatabase();
    await seedDatabase(db);
    editor = { db, actor: await insertActor(db, 'EDITOR') };
    before = await loadOpenDataSummaries(db);
    const programme = await db.fundingProgramme.findUniqueOrThrow({ where: { slug: 'entreprendre-autrement' }, select: { id: true, metropolisId: true } });
    const project = (intent: 'publish' | 'save') =>
      createEntry(
        editor,
        projectType,
        parseForm(projectType, {
          title: `Projet ouvert ${randomBytes(3).toString('hex')}`,
          fundingProgrammeId: programme.id,
          metropolisId: programme.metropolisId,
          carrierName: 'Association de test',
          legalForm: 'ASSOCIATION',
          year: '2012',
          amountCents: '1 000',
          isInPriorityNeighbourhood: '',
        }),
        intent,
      );
    await project('publish');
    // A draft is not open data: it changes neither the count nor the date.
    await project('save');
    after = await loadOpenDataSummaries(db);
  }, 240_000);

  it('counts the published rows of each collection and dates its last change', async () => {
    const { db } = getDatabase();
    expect(after.map((summary) => summary.collection.key)).toEqual(OPEN_DATA_COLLECTIONS.map((collection) => collection.key));
    expect(byKey(after, 'metropoles').rowCount).toBe(22);
    expect(byKey(after, 'metropoles').rowCount).toBe(await db.metropolis.count({ where: { status: 'PUBLISHED', deletedAt: null } }));
    expect(byKey(after, 'chiffres').rowCount).toBe(await db.figure.count({ where: { status: 'PUBLISHED', deletedAt: null, source: { status: 'PUBLISHED', deletedAt: null } } }));
    for (const summary of after) {
      if (summary.rowCount > 0) expect(summary.lastModified, summary.collection.key).toBeInstanceOf(Date);
      else expect(summary.lastModified, summary.collection.key).toBeNull();
    }
    expect(byKey(after, 'projets').rowCount).toBe(byKey(before, 'projets').rowCount + 1);
    expect(byKey(after, 'projets').lastModified!.getTime()).toBeGreaterThan(byKey(before, 'projets').lastModified?.getTime() ?? 0);
    // The new project's year widens the period covered.
    expect(byKey(after, 'projets').years).toMatchObject({ startYear: 2012 });
    expect(byKey(after, 'metropoles').lastModified).toEqual(byKey(before, 'metropoles').lastModified);
  });

  it('dates a very large collection by the newest updatedAt of its published rows', async () => {
    const { db } = getDatabase();
    const [newestRow] = await db.fundedProject.findMany({
      where: { status: 'PUBLISHED', deletedAt: null, metropolis: { status: 'PUBLISHED', deletedAt: null }, fundingProgramme: { status: 'PUBLISHED', deletedAt: null } },
      select: { updatedAt: true },
      orderBy: { updatedAt: 'desc' },
      take: 1,
    });
    const [draft] = await db.fundedProject.findMany({ where: { status: 'DRAFT' }, select: { updatedAt: true }, orderBy: { updatedAt: 'desc' }, take: 1 });
    // The draft saved last is newer: it must not be the date.
    expect(draft!.updatedAt.getTime()).toBeGreaterThan(newestRow!.updatedAt.getTime());
    expect(await loadCollectionLastModified(db, 'projets', { historyMaxRows: 0 })).toEqual(newestRow!.updatedAt);
  });

  it('lists every collection with its count and date, and validates against the DCAT-AP shapes', async () => {
    const input = { siteUrl: SITE, contactEmail: 'donnees@observatoire.exemple.fr', datasets: after };
    const stores = [await jsonLdToStore(catalogueJsonLd(input)), turtleToStore(await catalogueTurtle(input))];
    for (const store of stores) {
      const violations = await dcatViolations(store);
      expect(violations, describeResults(violations)).toEqual([]);
      expect(store.getQuads(`${SITE}/donnees#catalogue`, `${DCAT}dataset`, null, null)).toHaveLength(OPEN_DATA_COLLECTIONS.length);
      for (const summary of after) {
        const dataset = `${SITE}/donnees#jeu-${summary.collection.key}`;
        const modified = store.getQuads(dataset, `${DCT}modified`, null, null).map((quad) => quad.object.value);
        expect(modified).toEqual(summary.lastModified ? [xsdDateTime(summary.lastModified)] : []);
        const description = store.getQuads(dataset, `${DCT}description`, null, null)[0]!.object.value;
        expect(description).toContain(`${summary.rowCount.toLocaleString('fr-FR')} élément`);
      }
    }
  });
});
