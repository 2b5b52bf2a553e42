import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../lib/db/client';
import { parseSearchParams, type SearchQuery } from '../../lib/search/params';
import { searchDocuments } from '../../lib/search/search';
import { describeOnEachDatabase } from '../setup/each-database';

const query = (text: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({ text, page: 1, ...extra });

async function buildWorld(db: Database) {
  const metropolis = (slug: string, name: string, status: 'PUBLISHED' | 'DRAFT') =>
    db.metropolis.create({ data: { slug, officialName: name, shortName: name.replace('Métropole de ', ''), region: 'Région test', seatCity: 'Ville', latitude: 47, longitude: 2, status, policySummary: 'Une politique d’économie sociale et solidaire ambitieuse.' }, select: { id: true } });
  const lyon = await metropolis('lyon-recherche', 'Métropole de Lyon', 'PUBLISHED');
  const nantes = await metropolis('nantes-recherche', 'Métropole de Nantes', 'PUBLISHED');
  const hidden = await metropolis('cachee-recherche', 'Métropole de Cachée', 'DRAFT');
  const programme = (slug: string, metropolisId: string, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') =>
    db.fundingProgramme.create({ data: { slug, name: `Appel à projets ${slug}`, kind: 'CALL_FOR_PROJECTS', metropolisId, status }, select: { id: true } });
  const lyonCall = await programme('aap-lyon', lyon.id);
  const nantesCall = await programme('aap-nantes', nantes.id);
  const hiddenCall = await programme('aap-cache', hidden.id);
  const draftCall = await programme('aap-brouillon', lyon.id, 'DRAFT');
  const project = (title: string, metropolisId: string, fundingProgrammeId: string, extra: { status?: 'PUBLISHED' | 'DRAFT'; description?: string } = {}) =>
    db.fundedProject.create({
      data: { slug: `p-${Math.random().toString(36).slice(2, 10)}`, title, carrierName: 'Porteur', legalForm: 'ASSOCIATION', year: 2020, amountCents: 100, metropolisId, fundingProgrammeId, status: extra.status ?? 'PUBLISHED', description: extra.description },
      select: { id: true },
    });
  await project('Coopérative d’habitants', lyon.id, lyonCall.id);
  await project('Épicerie solidaire', nantes.id, nantesCall.id, { description: 'Une coopérative de consommateurs dans le quartier.' });
  await project('Recyclerie coopérative', nantes.id, nantesCall.id);
  await project('Coopérative cachée par sa métropole', hidden.id, hiddenCall.id);
  await project('Coopérative cachée par son dispositif', lyon.id, draftCall.id);
  await project('Coopérative en brouillon', lyon.id, lyonCall.id, { status: 'DRAFT' });
  const term = await db.glossaryTerm.create({ data: { slug: 'ess', term: 'ESS', expansion: 'Économie sociale et solidaire', definition: 'L’économie sociale regroupe les coopératives, mutuelles, associations et fondations.', status: 'PUBLISHED' }, select: { id: true } });
  const structure = await db.supportStructure.create({ data: { slug: 'incubateur', name: 'Incubateur d’innovation sociale', kind: 'INCUBATOR', description: 'Accompagne les projets <script>alert(1)</script> coopératifs.', status: 'PUBLISHED' }, select: { id: true } });
  return { lyon, nantes, term, structure };
}

describeOnEachDatabase('Recherche plein texte', (database) => {
  let world: Awaited<ReturnType<typeof buildWorld>>;
  beforeAll(async () => {
    world = await buildWorld(database().db);
  });
  const search = (text: string, extra?: Partial<SearchQuery>) => searchDocuments(query(text, extra), database().db);

  it('ignores accents and case: « economie sociale » finds « Économie sociale »', async () => {
    const results = await search('economie sociale');
    expect(results.hits.map((hit) => hit.title)).toContain('ESS');
    expect((await search('ÉCONOMIE SOCIALE')).total).toBe(results.total);
  });

  it('stems French words: « metropoles » finds « Métropole », « cooperatives » finds « coopérative »', async () => {
    const metropolises = await search('metropoles');
    expect(metropolises.hits.filter((hit) => hit.entityType === 'Metropolis').map((hit) => hit.title).sort()).toEqual(['Métropole de Lyon', 'Métropole de Nantes']);
    const cooperatives = await search('cooperatives');
    const titles = cooperatives.hits.map((hit) => hit.title);
    expect(titles).toEqual(expect.arrayContaining(['Coopérative d’habitants', 'Recyclerie coopérative', 'Épicerie solidaire', 'Incubateur d’innovation sociale', 'ESS']));
  });

  it('puts an exact title match first, then title matches before body matches', async () => {
    const results = await search('recyclerie cooperative');
    expect(results.hits[0]!.title).toBe('Recyclerie coopérative');
    const epicerie = await search('épicerie solidaire');
    expect(epicerie.hits[0]!.title).toBe('Épicerie solidaire');
    const cooperative = await search('coopérative');
    const titles = cooperative.hits.map((hit) => hit.title);
    expect(titles.indexOf('Recyclerie coopérative')).toBeLessThan(titles.indexOf('Épicerie solidaire'));
  });

  it('never finds a draft, or an entry whose métropole or programme is offline', async () => {
    const titles = (await search('cooperative')).hits.map((hit) => hit.title);
    expect(titles.some((title) => /cachée|brouillon/.test(title))).toBe(false);
    expect((await search('Cachée')).hits.filter((hit) => hit.entityType === 'Metropolis')).toEqual([]);
  });

  it('counts facets by type (within the métropole) and by métropole (within the type)', async () => {
    const all = await search('cooperative');
    expect(all.types).toEqual([
      { value: 'projets', label: 'Projets financés', count: 3 },
      { value: 'structures', label: 'Structures d’accompagnement', count: 1 },
      { value: 'glossaire', label: 'Glossaire', count: 1 },
    ]);
    expect(all.total).toBe(5);
    expect(all.metropolises).toEqual([
      { value: 'nantes-recherche', label: 'Nantes', count: 2 },
      { value: 'lyon-recherche', label: 'Lyon', count: 1 },
    ]);
    const inNantes = await search('cooperative', { metropolis: 'nantes-recherche' });
    expect(inNantes.total).toBe(2);
    expect(inNantes.types).toEqual([{ value: 'projets', label: 'Projets financés', count: 2 }]);
    expect(inNantes.metropolises.map((facet) => facet.value)).toEqual(['nantes-recherche', 'lyon-recherche']);
    const glossary = await search('cooperative', { type: 'glossaire' });
    expect(glossary.hits.map((hit) => hit.title)).toEqual(['ESS']);
    expect(glossary.metropolises).toEqual([]);
    expect(glossary.hits[0]!.url).toBe('/glossaire#ess');
  });

  it('highlights matches with markers only, the stored text kept as text', async () => {
    const [hit] = (await search('incubateur')).hits;
    expect(hit!.titleMarked).toBe('\uE000Incubateur\uE001 d’innovation sociale');
    const [structure] = (await search('accompagne', { type: 'structures' })).hits;
    expect(structure!.snippetMarked).toContain('\uE000Accompagne\uE001');
  });

  it('pages results', async () => {
    const first = await search('cooperative');
    expect(first.hits).toHaveLength(5);
    expect((await search('cooperative', { page: 2 })).hits).toEqual([]);
  });

  it('suggests close titles when nothing matches', async () => {
    const results = await search('recycleri cooperatvie');
    expect(results.total).toBe(0);
    expect(results.suggestions).toContain('Recyclerie coopérative');
  });

  it('answers hostile queries without an error', async () => {
    const hostile = ['"économie', '&|!:*()', "'; DROP TABLE \"SearchDocument\"; --", 'a'.repeat(200), '!!!', 'le la les', '<mark>x</mark>', '\uE000coop\uE001', '-cooperative', 'cooperative or epicerie'];
    for (const text of hostile) {
      const results = await search(text);
      expect(results.total).toBeGreaterThanOrEqual(0);
    }
    expect((await search('cooperative or épicerie')).total).toBeGreaterThanOrEqual(5);
    const parsed = parseSearchParams(new URLSearchParams({ q: 'x'.repeat(1000) }));
    expect(parsed.success).toBe(false);
  });

  it('follows publishing, renaming and trashing', async () => {
    const db = database().db;
    const created = await db.publication.create({ data: { slug: 'etude-zebre', title: 'Étude sur les zèbres', studyStatus: 'PUBLISHED', status: 'DRAFT' }, select: { id: true } });
    expect((await search('zebres')).total).toBe(0);
    await db.publication.update({ where: { id: created.id }, data: { status: 'PUBLISHED' } });
    expect((await search('zebres')).hits.map((hit) => hit.title)).toEqual(['Étude sur les zèbres']);
    await db.publication.update({ where: { id: created.id }, data: { title: 'Étude sur les girafes' } });
    expect((await search('zebres')).total).toBe(0);
    expect((await search('girafe')).hits.map((hit) => hit.title)).toEqual(['Étude sur les girafes']);
    await db.publication.update({ where: { id: created.id }, data: { deletedAt: new Date() } });
    expect((await search('girafe')).total).toBe(0);
    await db.metropolis.update({ where: { id: world.nantes.id }, data: { status: 'DRAFT' } });
    expect((await search('recyclerie')).total).toBe(0);
    await db.metropolis.update({ where: { id: world.nantes.id }, data: { status: 'PUBLISHED' } });
    expect((await search('recyclerie')).total).toBe(1);
  });
});
