import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { findChiffres, findGroupesDeTravail, findMetropoles, findPolitiques, findProgrammes, findProjet, findProjetPage, findStructures } from '../../lib/api/items';
import { hitApiRateLimit } from '../../lib/api/rate-limit';
import { ITEM_SCHEMAS } from '../../lib/api/schemas';
import type { Database } from '../../lib/db/client';
import { createDownloadStream } from '../../lib/open-data/downloads';
import { cellOf, tableFields } from '../../lib/open-data/table-schema';
import { prismaReader } from '../../lib/projects/explorer';
import { encodeCursor, parseProjectQuery } from '../../lib/projects/filter';
import { describeOnEachDatabase } from '../setup/each-database';

const SITE = 'https://observatoire.test';
const links = { site: SITE };

async function buildWorld(db: Database) {
  const metropolis = (slug: string, status: 'PUBLISHED' | 'DRAFT') =>
    db.metropolis.create({ data: { slug, officialName: `Métropole ${slug}`, shortName: slug, region: 'Région', seatCity: slug, latitude: 45, longitude: 4, status }, select: { id: true } });
  const lyon = await metropolis('lyon-test', 'PUBLISHED');
  const nantes = await metropolis('nantes-test', 'PUBLISHED');
  const hidden = await metropolis('cachee-test', 'DRAFT');
  const source = await db.source.create({ data: { publisher: 'Éditeur', title: 'Rapport', status: 'PUBLISHED', publishedOn: new Date('2022-05-01') } });
  const draftSource = await db.source.create({ data: { publisher: 'Éditeur', title: 'Brouillon', status: 'DRAFT' } });
  await db.policyPlan.create({ data: { slug: 'plan-lyon', title: 'Plan', metropolisId: lyon.id, startYear: 2020, planStatus: 'IN_FORCE', status: 'PUBLISHED', sourceId: draftSource.id } });
  await db.policyPlan.create({ data: { slug: 'plan-cache', title: 'Plan caché', metropolisId: hidden.id, startYear: 2020, planStatus: 'IN_FORCE', status: 'PUBLISHED' } });
  const programme = (slug: string, metropolisId: string, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') =>
    db.fundingProgramme.create({ data: { slug, name: `Dispositif ${slug}`, kind: 'GRANT_SCHEME', metropolisId, status, sourceId: source.id }, select: { id: true } });
  const programmes = [await programme('aap-lyon', lyon.id), await programme('aap-nantes', nantes.id)];
  const hiddenProgramme = await programme('aap-cache', hidden.id);
  const theme = await db.theme.create({ data: { slug: 'ess', name: 'ESS', status: 'PUBLISHED' } });
  for (let index = 0; index < 23; index += 1) {
    const onLyon = index % 3 !== 0;
    await db.fundedProject.create({
      data: {
        slug: `projet-${index}`,
        title: index === 5 ? 'Projet, « avec » des "guillemets"\net une ligne' : `Projet ${index % 4}`,
        carrierName: `Porteur ${index}`,
        legalForm: index % 2 ? 'ASSOCIATION' : 'SCOP',
        year: 2018 + (index % 5),
        amountCents: 1000 * (index % 6) + 5,
        fundingProgrammeId: programmes[onLyon ? 0 : 1]!.id,
        metropolisId: onLyon ? lyon.id : nantes.id,
        status: index === 7 ? 'DRAFT' : 'PUBLISHED',
        publishedAt: new Date('2024-01-02T03:04:05Z'),
        ...(index % 4 === 0 ? { themes: { connect: [{ id: theme.id }] } } : {}),
      },
    });
  }
  await db.fundedProject.create({ data: { slug: 'projet-cache', title: 'Caché', carrierName: 'X', legalForm: 'OTHER', year: 2020, amountCents: 1, fundingProgrammeId: hiddenProgramme.id, metropolisId: hidden.id, status: 'PUBLISHED' } });
  await db.figure.create({ data: { indicator: 'adherents', label: 'Adhérents', value: '600', unit: 'COUNT', sourceId: source.id, metropolisId: lyon.id, status: 'PUBLISHED' } });
  await db.figure.create({ data: { indicator: 'adherents', label: 'Adhérents cachés', value: '10', unit: 'COUNT', sourceId: source.id, metropolisId: hidden.id, status: 'PUBLISHED' } });
  await db.figure.create({ data: { indicator: 'adherents', label: 'Source brouillon', value: '10', unit: 'COUNT', sourceId: draftSource.id, status: 'PUBLISHED' } });
  const structure = await db.supportStructure.create({ data: { slug: 'incubateur', name: 'Incubateur', kind: 'INCUBATOR', status: 'PUBLISHED' } });
  await db.supportStructureMetropolis.createMany({ data: [{ supportStructureId: structure.id, metropolisId: lyon.id }, { supportStructureId: structure.id, metropolisId: hidden.id }] });
  await db.workingGroupReport.create({
    data: { slug: 'seance-1', title: 'Séance 1', sequenceNumber: 1, meetingDate: new Date('2024-02-01'), participantCount: 12, summary: 'Résumé', body: 'Texte', firstPublishedOn: new Date('2024-03-01'), status: 'PUBLISHED', participants: { create: [{ metropolisId: nantes.id }, { metropolisId: hidden.id }] } },
  });
}

async function walk(db: Database, filter: Parameters<typeof findProjetPage>[2]['filter'], limit: number) {
  const seen: string[] = [];
  let after: { value: number | string; id: string } | undefined;
  let pages = 0;
  for (;;) {
    const page = await findProjetPage(db, links, { filter, sort: 'montant', order: 'croissant', ...(after ? { after } : {}) }, limit);
    seen.push(...page.items.map((item) => item.id));
    pages += 1;
    if (!page.next) return { seen, pages };
    // The cursor travels as the client sees it: encoded, then read back by the explorer's parser.
    const parsed = parseProjectQuery(new URLSearchParams({ tri: 'montant', ordre: 'croissant', apres: encodeCursor('montant', 'croissant', page.next.value, page.next.id) }));
    if (!parsed.success || !parsed.query.cursor) throw new Error('cursor not read back');
    after = parsed.query.cursor;
  }
}

describeOnEachDatabase('API des données ouvertes', (get) => {
  beforeAll(async () => {
    await buildWorld(get().db);
  });

  it('lists published rows only, with the public pages’ visibility rules', async () => {
    const { db } = get();
    expect((await findMetropoles(db, links)).map((m) => m.slug)).toEqual(['lyon-test', 'nantes-test']);
    const plans = await findPolitiques(db, links);
    expect(plans.map((p) => p.slug)).toEqual(['plan-lyon']);
    expect(plans[0]!.source).toBeNull();
    expect(plans[0]!.metropolis).toEqual({ slug: 'lyon-test', name: 'Métropole lyon-test', url: `${SITE}/metropoles/lyon-test`, apiUrl: `${SITE}/api/v1/metropoles/lyon-test` });
    expect((await findProgrammes(db, links)).map((p) => p.slug)).toEqual(['aap-lyon', 'aap-nantes']);
    const figures = await findChiffres(db, links);
    expect(figures.map((f) => f.label)).toEqual(['Adhérents']);
    expect(figures[0]!.value).toBe('600');
    expect(figures[0]!.source.publishedOn).toBe('2022-05-01');
    expect((await findStructures(db, links))[0]!.metropolisSlugs).toEqual(['lyon-test']);
    expect((await findGroupesDeTravail(db, links))[0]!.metropolisSlugs).toEqual(['nantes-test']);
    const hidden = await db.fundedProject.findUniqueOrThrow({ where: { slug: 'projet-cache' } });
    expect(await findProjet(db, links, hidden.id)).toBeNull();
    const draft = await db.fundedProject.findUniqueOrThrow({ where: { slug: 'projet-7' } });
    expect(await findProjet(db, links, draft.id)).toBeNull();
  });

  it('builds project items with both amounts and ISO dates, through the schema', async () => {
    const { db } = get();
    const row = await db.fundedProject.findUniqueOrThrow({ where: { slug: 'projet-5' } });
    const item = (await findProjet(db, links, row.id))!;
    expect(ITEM_SCHEMAS.projets.parse(item)).toEqual(item);
    expect(item).toMatchObject({ amountCents: 5005, amountEuros: '50.05', legalForm: 'association', publishedOn: '2024-01-02', apiUrl: `${SITE}/api/v1/projets/${row.id}` });
  });

  it('walks every public project exactly once by cursor, and filters narrow the walk', async () => {
    const { db } = get();
    const expected = await db.fundedProject.count({ where: { status: 'PUBLISHED', deletedAt: null, metropolis: { status: 'PUBLISHED' }, fundingProgramme: { status: 'PUBLISHED' } } });
    expect(expected).toBe(22);
    const { seen, pages } = await walk(get().db, {}, 5);
    expect(pages).toBe(5);
    expect(seen.length).toBe(expected);
    expect(new Set(seen).size).toBe(expected);
    const lyon = await walk(db, { metropolis: 'lyon-test' }, 4);
    const lyonCount = await db.fundedProject.count({ where: { status: 'PUBLISHED', metropolis: { slug: 'lyon-test' } } });
    expect(lyon.seen.length).toBe(lyonCount);
    expect(lyon.seen.length).toBeLessThan(expected);
    const themed = await findProjetPage(db, links, { filter: { theme: 'ess', legalForm: 'SCOP' }, sort: 'annee', order: 'decroissant' }, 50);
    expect(themed.items.length).toBeGreaterThan(0);
    expect(themed.items.every((item) => item.themeSlugs.includes('ess') && item.legalForm === 'scop')).toBe(true);
  });

  it('streams the projects CSV in batches, each row parsing back to the API item', async () => {
    const { db } = get();
    const stream = createDownloadStream({ key: 'projets', format: 'csv', site: SITE, lastModified: null, read: prismaReader(db), batchSize: 4 });
    const text = await new Response(stream).text();
    const [header, ...rows] = parse(text) as string[][];
    const fields = tableFields('projets');
    expect(header).toEqual(fields.map((field) => field.name));
    const items = (await walk(db, {}, 100)).seen;
    expect(rows.length).toBe(items.length);
    const page = await findProjetPage(db, links, { filter: {}, sort: 'annee', order: 'decroissant' }, 100);
    rows.forEach((row, index) => expect(row).toEqual(fields.map((field) => cellOf(field, page.items[index]!))));
    const json = JSON.parse(await new Response(createDownloadStream({ key: 'projets', format: 'json', site: SITE, lastModified: null, read: prismaReader(db), batchSize: 4 })).text());
    expect(json.data).toEqual(page.items);
    expect(json.licence.id).toBe('etalab-2.0');
  });

  it('limits requests per address in a fixed window shared through the database', async () => {
    const { db } = get();
    const now = new Date('2026-06-01T10:00:00.000Z');
    const states = [];
    for (let index = 0; index < 4; index += 1) states.push(await hitApiRateLimit(db, '192.0.2.1', 3, new Date(now.getTime() + index * 1000)));
    expect(states.map((state) => [state.ok, state.remaining])).toEqual([[true, 2], [true, 1], [true, 0], [false, 0]]);
    expect(states[3]!.resetSeconds).toBe(57);
    expect((await hitApiRateLimit(db, '192.0.2.2', 3, now)).ok).toBe(true);
    const nextWindow = await hitApiRateLimit(db, '192.0.2.1', 3, new Date(now.getTime() + 61_000));
    expect([nextWindow.ok, nextWindow.remaining]).toEqual([true, 2]);
  });
});
