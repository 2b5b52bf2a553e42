import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import type { Database } from '../../lib/db/client';
import { commitFundedProjectImport } from '../../lib/import/funded-projects/commit';
import { CSV_DIALECTS, csvHeader, csvRow } from '../../lib/projects/csv';
import { binaryPoolReader, createProjectCsvStream } from '../../lib/projects/export';
import { findExplorerOptions, findFilterSlugs, findProjectPage, findUnknownFilterValues, getProjectTotals, iterateProjectRows, prismaReader, unknownAmong } from '../../lib/projects/explorer';
import { parseProjectQuery, PROJECT_SORTS, SORT_ORDERS, type ProjectFilter, type ProjectQuery } from '../../lib/projects/filter';
import { FOLD_FROM, foldForSearch } from '../../lib/projects/search-text';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';

const HEADER = 'titre;porteur;forme_juridique;annee;montant_euros;dispositif;quartier_prioritaire;thematiques;description';
const LEGAL_FORMS = ['Association', 'SCOP', 'SCIC', 'Coopérative', 'Mutuelle', 'Fondation', 'Entreprise ESUS', 'Autre'];
const ACTIVITIES = ['Épicerie solidaire', 'EPICERIE sociale', 'Recyclerie', 'Tiers-lieu', 'Café «\u00a0100\u202f%\u00a0» associatif', 'Atelier_vélo', 'Zéro déchet', 'épicerie vrac'];

/** Rows the public may see, by direct SQL (no code of the explorer), with an extra condition. */
function visibleSql(condition = 'TRUE'): string {
  return `
    SELECT p.* FROM "FundedProject" p, "FundingProgramme" f, "Metropolis" m
    WHERE p."fundingProgrammeId" = f.id AND p."metropolisId" = m.id
      AND p.status = 'PUBLISHED' AND p."deletedAt" IS NULL
      AND f.status = 'PUBLISHED' AND f."deletedAt" IS NULL
      AND m.status = 'PUBLISHED' AND m."deletedAt" IS NULL
      AND (${condition})`;
}

async function direct<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function insertActor(db: Database): Promise<Actor> {
  return db.user.create({
    data: { email: `admin-${randomBytes(4).toString('hex')}@exemple.fr`, name: 'Admin', role: 'ADMIN', passwordHash: 'non-utilise' },
    select: { id: true, email: true, role: true },
  });
}

interface World {
  actor: Actor;
}

async function buildWorld(db: Database): Promise<World> {
  const metropolis = (slug: string, name: string, status: 'PUBLISHED' | 'DRAFT', sirenCode: string | null) =>
    db.metropolis.create({ data: { slug, officialName: name, shortName: name, region: 'Région', seatCity: name, latitude: 47, longitude: 2, status, sirenCode }, select: { id: true } });
  const lille = await metropolis('lille-test', 'Métropole test de Lille', 'PUBLISHED', '200093201');
  const nantes = await metropolis('nantes-test', 'Nantes test', 'PUBLISHED', null);
  const hidden = await metropolis('cachee', 'Métropole non publiée', 'DRAFT', null);
  const lever = (slug: string, status: 'PUBLISHED' | 'DRAFT') => db.actionLever.create({ data: { slug, name: slug, status }, select: { id: true } });
  const financing = await lever('financement', 'PUBLISHED');
  const draftLever = await lever('levier-brouillon', 'DRAFT');
  const plan = (slug: string, metropolisId: string, status: 'PUBLISHED' | 'DRAFT') =>
    db.policyPlan.create({
      data: { slug, title: slug, metropolisId, startYear: 2015, planStatus: 'IN_FORCE', status, levers: { connect: [{ id: financing.id }, { id: draftLever.id }] } },
      select: { id: true },
    });
  const lillePlan = await plan('plan-lille', lille.id, 'PUBLISHED');
  const nantesPlan = await plan('plan-nantes-brouillon', nantes.id, 'DRAFT');
  const programme = (slug: string, metropolisId: string, status: 'PUBLISHED' | 'DRAFT', policyPlanId: string | null = null) =>
    db.fundingProgramme.create({ data: { slug, name: `Dispositif ${slug}`, kind: 'CALL_FOR_PROJECTS', metropolisId, status, policyPlanId } });
  await programme('aap-lille', lille.id, 'PUBLISHED', lillePlan.id);
  await programme('prix-lille', lille.id, 'PUBLISHED');
  await programme('aap-nantes', nantes.id, 'PUBLISHED', nantesPlan.id);
  await programme('brouillon-nantes', nantes.id, 'DRAFT');
  await programme('aap-cachee', hidden.id, 'PUBLISHED');
  await db.theme.create({ data: { slug: 'ess', name: 'ESS', status: 'PUBLISHED' } });
  await db.theme.create({ data: { slug: 'innovation-sociale', name: 'Innovation sociale', status: 'PUBLISHED' } });
  await db.theme.create({ data: { slug: 'theme-brouillon', name: 'Brouillon', status: 'DRAFT' } });
  return { actor: await insertActor(db) };
}

const PROGRAMMES = ['aap-lille', 'prix-lille', 'aap-nantes', 'brouillon-nantes', 'aap-cachee'];
const THEMES = ['', 'ess', 'innovation-sociale', 'ess|theme-brouillon', 'theme-brouillon'];

/** Varied rows, with ties on year and amount so that the id has to break them. */
function projectLines(count: number, tag: string): string[] {
  return Array.from({ length: count }, (_, index) => {
    const title = `${ACTIVITIES[index % ACTIVITIES.length]} ${tag} ${String(index).padStart(3, '0')}`;
    const carrier = index % 5 === 0 ? 'Coopérative Élan' : `Porteur ${index % 7}`;
    const qpv = ['oui', 'non', ''][index % 3];
    const amount = index % 4 === 0 ? '5 000' : `${1000 + ((index * 733) % 9000)},${String(index % 100).padStart(2, '0')}`;
    return [title, carrier, LEGAL_FORMS[index % LEGAL_FORMS.length]!, String(2012 + (index % 9)), amount, PROGRAMMES[index % PROGRAMMES.length]!, qpv!, THEMES[index % THEMES.length]!, ''].map((cell) => (cell.includes(';') ? `"${cell}"` : cell)).join(';');
  });
}

async function importProjects(db: Database, actor: Actor, lines: string[], publish: boolean) {
  return commitFundedProjectImport({ db, actor, csv: `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, fileName: 'test.csv', isPublishRequested: publish });
}

function query(search: string): ProjectQuery {
  const parsed = parseProjectQuery(new URLSearchParams(search));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.query;
}

const SORT_COLUMNS = { annee: '"year"', montant: '"amountCents"', titre: '"title"' } as const;

describeOnEachDatabase('funded-projects explorer', (getDatabase) => {
  let world: World;

  beforeAll(async () => {
    const { db, url } = getDatabase();
    await truncateAll(url);
    world = await buildWorld(db);
    await importProjects(db, world.actor, projectLines(160, 'publié'), true);
    await importProjects(db, world.actor, projectLines(10, 'brouillon'), false);
    const trashed = await db.fundedProject.findFirstOrThrow({ where: { title: { contains: 'publié 000' } }, select: { id: true } });
    await db.fundedProject.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });
  });

  describe('totals, compared with a direct SQL count and sum', () => {
    const cases: [string, string, string, unknown[]][] = [
      ['no filter', '', 'TRUE', []],
      ['métropole', 'metropole=lille-test', `m.slug = $1`, ['lille-test']],
      ['programme', 'dispositif=prix-lille', `f.slug = $1`, ['prix-lille']],
      ['period', 'annee_min=2014&annee_max=2017', `p.year BETWEEN $1 AND $2`, [2014, 2017]],
      ['one year', 'annee=2016', `p.year = $1`, [2016]],
      ['legal form', 'forme=entreprise-esus', `p."legalForm" = 'ESUS_COMPANY'`, []],
      ['in a priority neighbourhood', 'qpv=oui', `p."isInPriorityNeighbourhood" IS TRUE`, []],
      ['outside', 'qpv=non', `p."isInPriorityNeighbourhood" IS FALSE`, []],
      ['status unknown', 'qpv=inconnu', `p."isInPriorityNeighbourhood" IS NULL`, []],
      ['theme', 'thematique=ess', `p.id IN (SELECT pt."A" FROM "_FundedProjectToTheme" pt JOIN "Theme" t ON t.id = pt."B" WHERE t.slug = $1 AND t.status = 'PUBLISHED')`, ['ess']],
      ['unpublished theme', 'thematique=theme-brouillon', 'FALSE', []],
      [
        'lever of a published plan',
        'levier=financement',
        `f."policyPlanId" IN (SELECT pp.id FROM "PolicyPlan" pp JOIN "_ActionLeverToPolicyPlan" lp ON lp."B" = pp.id JOIN "ActionLever" l ON l.id = lp."A" WHERE l.slug = $1 AND pp.status = 'PUBLISHED' AND l.status = 'PUBLISHED')`,
        ['financement'],
      ],
      ['unpublished lever', 'levier=levier-brouillon', 'FALSE', []],
      ['combined', 'metropole=lille-test&annee_min=2015&forme=association&qpv=non', `m.slug = $1 AND p.year >= $2 AND p."legalForm" = 'ASSOCIATION' AND p."isInPriorityNeighbourhood" IS FALSE`, ['lille-test', 2015]],
    ];

    it.each(cases)('%s', async (_label, search, condition, values) => {
      const { db, url } = getDatabase();
      const totals = await getProjectTotals({ db, filter: query(search).filter });
      const [expected] = await direct<{ count: number; sum: string; qpv: number; known: number }>(
        url,
        `SELECT count(*)::int AS count, coalesce(sum(v."amountCents"), 0)::text AS sum,
                count(*) FILTER (WHERE v."isInPriorityNeighbourhood")::int AS qpv, count(v."isInPriorityNeighbourhood")::int AS known
         FROM (${visibleSql(condition)}) v`,
        values,
      );
      expect(totals.projectCount).toBe(expected!.count);
      expect(totals.amountCents).toBe(Number(expected!.sum));
      expect(totals.qpvCount).toBe(expected!.qpv);
      expect(totals.qpvKnownCount).toBe(expected!.known);
      const byYear = await direct<{ year: number; count: number; sum: string }>(
        url,
        `SELECT v.year, count(*)::int AS count, sum(v."amountCents")::text AS sum FROM (${visibleSql(condition)}) v GROUP BY v.year ORDER BY v.year`,
        values,
      );
      expect(totals.byYear).toEqual(byYear.map((row) => ({ year: row.year, projectCount: row.count, amountCents: Number(row.sum) })));
      if (search === '') expect(totals.projectCount).toBe(95);
    });

    it('leaves out drafts, the trash, draft programmes and unpublished métropoles, and lists only what is published', async () => {
      const { db } = getDatabase();
      const all = await findProjectPage({ db, query: query(''), pageSize: 500 });
      expect(all.rows).toHaveLength(95);
      expect(new Set(all.rows.map((row) => row.programmeSlug))).toEqual(new Set(['aap-lille', 'prix-lille', 'aap-nantes']));
      expect(all.rows.some((row) => row.title.includes('brouillon') || row.title.endsWith('publié 000'))).toBe(false);
      expect(all.rows.flatMap((row) => row.themeSlugs)).not.toContain('theme-brouillon');
      expect(all.rows.find((row) => row.metropolisSlug === 'lille-test')!.metropolisSiren).toBe('200093201');
      const options = await findExplorerOptions({ db });
      expect(options.metropolises.map((item) => item.slug).sort()).toEqual(['lille-test', 'nantes-test']);
      expect(options.programmes.map((item) => item.slug).sort()).toEqual(['aap-lille', 'aap-nantes', 'prix-lille']);
      expect(options.themes.map((item) => item.slug)).toEqual(['ess', 'innovation-sociale']);
      expect(options.levers.map((item) => item.slug)).toEqual(['financement']);
      expect([options.firstYear, options.lastYear]).toEqual([2012, 2020]);
    });

    it('finds titles and carriers whatever the case and accents, and takes the query literally', async () => {
      const { db, url } = getDatabase();
      const visible = await direct<{ title: string; carrierName: string }>(url, visibleSql());
      const expected = (text: string) => visible.filter((row) => [row.title, row.carrierName].some((value) => foldForSearch(value).includes(foldForSearch(text)))).length;
      for (const text of ['epicerie', 'ÉPICERIE', 'cooperative elan', 'café « 100 % »', '100 %', 'atelier_vélo', '%', '_', '.*']) {
        const totals = await getProjectTotals({ db, filter: { text } });
        expect(totals.projectCount, text).toBe(expected(text));
      }
      expect(expected('epicerie')).toBeGreaterThan(20);
      // Typed with plain spaces, found where the title has French no-break spaces.
      expect(expected('100 %')).toBeGreaterThan(10);
      expect((await getProjectTotals({ db, filter: { text: '.*' } })).projectCount).toBe(0);
    });

    it('keeps the searched text folded by the database exactly as the query is folded, on every write', async () => {
      const { db } = getDatabase();
      const title = `Titre ${FOLD_FROM} «\u00a0n°\u202f12\u2009» \t fin Ø`;
      const project = await db.fundedProject.findFirstOrThrow({ select: { id: true } });
      const before = await db.fundedProject.findUniqueOrThrow({ where: { id: project.id }, select: { title: true, carrierName: true } });
      try {
        await db.fundedProject.update({ where: { id: project.id }, data: { title, carrierName: 'Coopérative ÉLAN' } });
        const stored = await db.fundedProject.findUniqueOrThrow({ where: { id: project.id }, select: { searchText: true } });
        expect(stored.searchText).toBe(`${foldForSearch(title)}\n${foldForSearch('Coopérative ÉLAN')}`);
        // Written by the application, the column is put back by the trigger.
        await db.fundedProject.update({ where: { id: project.id }, data: { searchText: 'autre chose' } });
        expect((await db.fundedProject.findUniqueOrThrow({ where: { id: project.id }, select: { searchText: true } })).searchText).toBe(stored.searchText);
      } finally {
        await db.fundedProject.update({ where: { id: project.id }, data: before });
      }
    });

    it('names the filter values that match nothing published', async () => {
      const { db } = getDatabase();
      const filter: ProjectFilter = { metropolis: 'cachee', programme: 'brouillon-nantes', theme: 'ess', lever: 'levier-brouillon' };
      const expected = [
        { param: 'metropole', value: 'cachee' },
        { param: 'dispositif', value: 'brouillon-nantes' },
        { param: 'levier', value: 'levier-brouillon' },
      ];
      expect(await findUnknownFilterValues({ db, filter })).toEqual(expected);
      expect(unknownAmong(filter, await findFilterSlugs({ db }))).toEqual(expected);
      expect(await findUnknownFilterValues({ db, filter: { metropolis: 'lille-test', programme: 'aap-lille', theme: 'innovation-sociale', lever: 'financement' } })).toEqual([]);
      // A published programme of an unpublished métropole is unknown too.
      expect(await findUnknownFilterValues({ db, filter: { programme: 'aap-cachee' } })).toEqual([{ param: 'dispositif', value: 'aap-cachee' }]);
    });
  });

  describe('keyset pagination', () => {
    for (const sort of PROJECT_SORTS) {
      for (const order of SORT_ORDERS) {
        it(`is stable across pages, forwards and backwards (${sort}, ${order})`, async () => {
          const { db, url } = getDatabase();
          const base: ProjectQuery = { filter: { yearFrom: 2013 }, sort, order };
          const direction = order === 'croissant' ? 'ASC' : 'DESC';
          const expected = (await direct<{ id: string }>(url, `SELECT v.id FROM (${visibleSql('p.year >= 2013')}) v ORDER BY v.${SORT_COLUMNS[sort]} ${direction}, v.id ${direction}`)).map((row) => row.id);
          expect(expected.length).toBeGreaterThan(40);

          const pages = [];
          let current = await findProjectPage({ db, query: base, pageSize: 7 });
          pages.push(current);
          while (current.next) {
            current = await findProjectPage({ db, query: { ...base, cursor: current.next }, pageSize: 7 });
            pages.push(current);
          }
          expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual(expected);
          expect(pages.map((page) => page.firstRank)).toEqual(pages.map((_, index) => index * 7 + 1));
          expect(pages[0]!.previous).toBeNull();

          for (let index = pages.length - 1; index > 0; index -= 1) {
            const back = await findProjectPage({ db, query: { ...base, cursor: pages[index]!.previous! }, pageSize: 7 });
            expect(back.rows.map((row) => row.id)).toEqual(pages[index - 1]!.rows.map((row) => row.id));
            expect(back.firstRank).toBe(pages[index - 1]!.firstRank);
          }
        });
      }
    }

    it('neither repeats nor skips a row when a project is published before the position meanwhile', async () => {
      const { db } = getDatabase();
      const base = query('tri=montant&ordre=croissant&metropole=nantes-test');
      const first = await findProjectPage({ db, query: base, pageSize: 5 });
      const second = await findProjectPage({ db, query: { ...base, cursor: first.next! }, pageSize: 5 });
      const [cheapest] = first.rows;
      await importProjects(db, world.actor, [`Nouveau ${randomBytes(3).toString('hex')};Porteur;Association;2019;1;aap-nantes;;;`], true);
      const secondAgain = await findProjectPage({ db, query: { ...base, cursor: first.next! }, pageSize: 5 });
      expect(secondAgain.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
      expect(secondAgain.firstRank).toBe(second.firstRank + 1);
      const restart = await findProjectPage({ db, query: base, pageSize: 5 });
      expect(restart.rows[0]!.amountCents).toBe(100);
      expect(restart.rows[1]!.id).toBe(cheapest!.id);
    });
  });

  describe('export', () => {
    it('reads every row of a filter in the list’s order, batch after batch', async () => {
      const { db } = getDatabase();
      const base = query('tri=titre&qpv=oui');
      const all = await findProjectPage({ db, query: base, pageSize: 1_000 });
      const batches: number[] = [];
      const rows = [];
      for await (const batch of iterateProjectRows({ read: prismaReader(db), query: base, batchSize: 4 })) {
        batches.push(batch.length);
        rows.push(...batch);
      }
      expect(rows.map((row) => ({ ...row, description: undefined }))).toEqual(all.rows.map((row) => ({ ...row, description: undefined })));
      expect(Math.max(...batches)).toBe(4);
    });

    it('writes in PostgreSQL, byte for byte, the CSV that csv.ts writes from the rows, in both dialects and every sort', async () => {
      const { db, url } = getDatabase();
      const tricky = await db.fundedProject.findFirstOrThrow({ where: { status: 'PUBLISHED', title: { contains: 'Recyclerie' } }, select: { id: true, title: true, carrierName: true, description: true } });
      await db.fundedProject.update({
        where: { id: tricky.id },
        data: { title: '=SOMME(A1) « guillemets " ; et , virgules »', carrierName: '-Porteur @ligne', description: 'Deux\nlignes\r\net\ttab' },
      });
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      try {
        for (const search of ['', 'tri=titre', 'tri=montant&ordre=croissant', 'metropole=nantes-test&qpv=inconnu']) {
          const base = query(search);
          const rows = [];
          for await (const batch of iterateProjectRows({ read: prismaReader(db), query: base, batchSize: 50 })) rows.push(...batch);
          expect(rows.length).toBeGreaterThan(5);
          for (const format of ['open-data', 'excel'] as const) {
            const dialect = CSV_DIALECTS[format];
            const expected = csvHeader(dialect) + rows.map((row) => csvRow(row, dialect)).join('');
            const written = Buffer.from(await new Response(createProjectCsvStream({ read: binaryPoolReader(pool), query: base, format, batchSize: 7 })).arrayBuffer()).toString('utf8');
            expect(written, `${format} ${search}`).toBe(expected);
          }
        }
      } finally {
        await pool.end();
        await db.fundedProject.update({ where: { id: tricky.id }, data: { title: tricky.title, carrierName: tricky.carrierName, description: tricky.description } });
      }
    });

    it('streams a CSV that parses back to the database rows, in both dialects', async () => {
      const { url } = getDatabase();
      const base = query('metropole=lille-test&tri=montant');
      const expected = await direct<{ slug: string; title: string; year: number; amountCents: number }>(
        url,
        `SELECT v.slug, v.title, v.year, v."amountCents" FROM (${visibleSql(`m.slug = 'lille-test'`)}) v ORDER BY v."amountCents" DESC, v.id DESC`,
      );
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      for (const [format, delimiter] of [['open-data', ','], ['excel', ';']] as const) {
        const bytes = Buffer.from(await new Response(createProjectCsvStream({ read: binaryPoolReader(pool), query: base, format, batchSize: 6 })).arrayBuffer());
        expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(format === 'excel');
        const text = bytes.toString('utf8');
        const records = parse(text, { bom: true, delimiter, columns: true }) as Record<string, string>[];
        expect(records.map((record) => [record.identifiant, record.titre, Number(record.annee), Math.round(Number(record.montant_euros!.replace(',', '.')) * 100)])).toEqual(
          expected.map((row) => [row.slug, row.title, row.year, row.amountCents]),
        );
        expect(records.every((record) => record.metropole === 'lille-test' && record.metropole_nom === 'Métropole test de Lille')).toBe(true);
      }
      await pool.end();
    });
  });
});
