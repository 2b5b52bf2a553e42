import { randomBytes } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import type { Role } from '../../lib/auth/roles';
import type { Database } from '../../lib/db/client';
import type { Actor } from '../../lib/auth/actor';
import { commitFundedProjectImport, ImportInvalidError } from '../../lib/import/funded-projects/commit';
import { validateFundedProjectImport } from '../../lib/import/funded-projects/validate';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';

const HEADER = 'titre;porteur;forme_juridique;annee;montant_euros;dispositif;quartier_prioritaire;thematiques;description';

interface Fixtures {
  metropolisId: string;
  otherMetropolisId: string;
  programmeId: string;
  otherProgrammeId: string;
  themeIds: { ess: string; innovation: string };
  admin: Actor;
  contributor: Actor;
}

async function insertUser(db: Database, role: Role): Promise<Actor> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@exemple.fr`;
  return db.user.create({ data: { email, name: `Compte ${role}`, role, passwordHash: 'non-utilise' }, select: { id: true, email: true, role: true } });
}

async function insertFixtures(db: Database): Promise<Fixtures> {
  const metropolis = (slug: string, shortName: string) =>
    db.metropolis.create({ data: { slug, officialName: shortName, shortName, region: 'Région', seatCity: shortName, latitude: 50, longitude: 3 }, select: { id: true } });
  const mel = await metropolis('metropole-europeenne-de-lille', 'MEL');
  const nantes = await metropolis('nantes-metropole', 'Nantes');
  const programme = await db.fundingProgramme.create({
    data: { slug: 'entreprendre-autrement', name: 'Entreprendre autrement', kind: 'CALL_FOR_PROJECTS', metropolisId: mel.id, status: 'PUBLISHED' },
  });
  const other = await db.fundingProgramme.create({ data: { slug: 'prix-nantes', name: 'Prix nantais', kind: 'PRIZE', metropolisId: nantes.id } });
  await db.fundingProgramme.create({ data: { slug: 'ancien-dispositif', name: 'Ancien', kind: 'PRIZE', metropolisId: nantes.id, deletedAt: new Date() } });
  const ess = await db.theme.create({ data: { slug: 'ess', name: 'ESS' } });
  const innovation = await db.theme.create({ data: { slug: 'innovation-sociale', name: 'Innovation sociale' } });
  await db.theme.create({ data: { slug: 'theme-efface', name: 'Effacé', deletedAt: new Date() } });
  return {
    metropolisId: mel.id,
    otherMetropolisId: nantes.id,
    programmeId: programme.id,
    otherProgrammeId: other.id,
    themeIds: { ess: ess.id, innovation: innovation.id },
    admin: await insertUser(db, 'ADMIN'),
    contributor: await insertUser(db, 'CONTRIBUTOR'),
  };
}

function csv(...rows: string[]): string {
  return `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
}

async function insertProject(db: Database, fixtures: Fixtures, data: { slug: string; title: string; year: number; deletedAt?: Date }) {
  return db.fundedProject.create({
    data: {
      ...data,
      carrierName: 'Porteur existant',
      legalForm: 'ASSOCIATION',
      amountCents: 100,
      fundingProgrammeId: fixtures.programmeId,
      metropolisId: fixtures.metropolisId,
    },
  });
}

async function counts(db: Database) {
  return {
    projects: await db.fundedProject.count(),
    revisions: await db.revision.count(),
    events: await db.auditEvent.count(),
  };
}

describeOnEachDatabase('funded project import', (getDatabase) => {
  let fixtures: Fixtures;

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    fixtures = await insertFixtures(getDatabase().db);
  });

  it('imports a good file: projects, first revisions, audit events, published when asked', async () => {
    const { db } = getDatabase();
    const file = csv(
      'Recyclerie du quartier;Les Ateliers;Association;2016;12 500;entreprendre-autrement;oui;innovation-sociale|ess;Une **recyclerie**.',
      '"Atelier; vélo";Vélo Coop;SCOP;2017;"768 200,50 €";Prix-Nantes;non;;',
      'Épicerie solidaire;Mutuelle X;mutuelle;2018;3000.5;entreprendre-autrement;;;',
    );
    const before = Date.now();
    const result = await commitFundedProjectImport({ db, actor: fixtures.admin, csv: file, fileName: 'projets.csv', isPublishRequested: true, ipAddress: '203.0.113.9' });
    expect(result.count).toBe(3);
    expect(result.ids).toHaveLength(3);

    const projects = await db.fundedProject.findMany({ where: { id: { in: result.ids } }, include: { themes: { select: { id: true } } } });
    const byId = new Map(projects.map((project) => [project.id, project]));
    const [recyclerie, atelier, epicerie] = result.ids.map((id) => byId.get(id)!);
    expect(recyclerie).toMatchObject({
      slug: 'recyclerie-du-quartier',
      title: 'Recyclerie du quartier',
      carrierName: 'Les Ateliers',
      legalForm: 'ASSOCIATION',
      year: 2016,
      amountCents: 1_250_000,
      isInPriorityNeighbourhood: true,
      description: 'Une **recyclerie**.',
      fundingProgrammeId: fixtures.programmeId,
      metropolisId: fixtures.metropolisId,
      status: 'PUBLISHED',
      version: 1,
    });
    expect(recyclerie!.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(recyclerie!.themes.map((theme) => theme.id).sort()).toEqual([fixtures.themeIds.ess, fixtures.themeIds.innovation].sort());
    expect(atelier).toMatchObject({
      slug: 'atelier-velo',
      title: 'Atelier; vélo',
      legalForm: 'SCOP',
      amountCents: 76_820_050,
      isInPriorityNeighbourhood: false,
      description: null,
      fundingProgrammeId: fixtures.otherProgrammeId,
      metropolisId: fixtures.otherMetropolisId,
      themes: [],
    });
    expect(epicerie).toMatchObject({ slug: 'epicerie-solidaire', legalForm: 'MUTUAL', amountCents: 300_050, isInPriorityNeighbourhood: null });

    const revisions = await db.revision.findMany({ where: { entityType: 'FundedProject' } });
    expect(revisions).toHaveLength(3);
    const revision = revisions.find((row) => row.entityId === recyclerie!.id)!;
    expect(revision).toMatchObject({ version: 1, status: 'PUBLISHED', authorId: fixtures.admin.id });
    expect(revision.snapshot).toStrictEqual({
      slug: 'recyclerie-du-quartier',
      title: 'Recyclerie du quartier',
      carrierName: 'Les Ateliers',
      legalForm: 'ASSOCIATION',
      year: 2016,
      amountCents: 1_250_000,
      isInPriorityNeighbourhood: true,
      description: 'Une **recyclerie**.',
      fundingProgrammeId: fixtures.programmeId,
      metropolisId: fixtures.metropolisId,
      themes: [fixtures.themeIds.ess, fixtures.themeIds.innovation].sort(),
    });
    expect(revisions.find((row) => row.entityId === atelier!.id)?.snapshot).toMatchObject({ themes: [], description: null, isInPriorityNeighbourhood: false });

    const created = await db.auditEvent.findMany({ where: { action: 'content.created' }, orderBy: { id: 'asc' } });
    expect(created.map((event) => event.entityId)).toEqual(result.ids);
    expect(created[0]).toMatchObject({
      actorId: fixtures.admin.id,
      actorLabel: fixtures.admin.email,
      entityType: 'FundedProject',
      ipAddress: '203.0.113.9',
      details: { title: 'Recyclerie du quartier', via: 'import' },
    });
    const imported = await db.auditEvent.findMany({ where: { action: 'content.imported' } });
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ entityType: 'FundedProject', entityId: null, details: { count: 3, fileName: 'projets.csv', published: true } });
  });

  it('imports drafts for a contributor who does not ask to publish', async () => {
    const { db } = getDatabase();
    const file = csv('Recyclerie;Les Ateliers;Association;2016;12500;entreprendre-autrement;;;');
    const { ids } = await commitFundedProjectImport({ db, actor: fixtures.contributor, csv: file, fileName: 'a.csv', isPublishRequested: false });
    expect(await db.fundedProject.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({ status: 'DRAFT', publishedAt: null, version: 1 });
    expect(await db.revision.findFirstOrThrow({ where: { entityId: ids[0] } })).toMatchObject({ status: 'DRAFT', authorId: fixtures.contributor.id });
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: 'content.imported' } })).details).toEqual({ count: 1, fileName: 'a.csv', published: false });
  });

  it('imports nothing from a file with bad rows, and reports each bad line with its reason', async () => {
    const { db } = getDatabase();
    const file = csv(
      'Bon projet;Porteur;Association;2016;1000;entreprendre-autrement;;;',
      'Dispositif inconnu;Porteur;Association;2016;1000;dispositif-inexistant;;;',
      'Montant faux;Porteur;Association;2016;12,345;entreprendre-autrement;;;',
      'Année fausse;Porteur;Association;20016;1000;entreprendre-autrement;;;',
      ';Porteur;Association;2016;1000;entreprendre-autrement;;;',
      'Plusieurs fautes;;SARL;2016;abc;ancien-dispositif;peut-être;ess|theme-efface|inconnue;',
      'Autre bon projet;Porteur;SCIC;2017;2000;entreprendre-autrement;;;',
    );
    const before = await counts(db);

    const validation = await validateFundedProjectImport({ db, csv: file });
    expect(validation.status).toBe('invalid');
    if (validation.status !== 'invalid') return;
    expect(validation.rowCount).toBe(7);
    expect(validation.issues.map(({ line, column }) => [line, column])).toEqual([
      [3, 'dispositif'],
      [4, 'montant_euros'],
      [5, 'annee'],
      [6, 'titre'],
      [7, 'porteur'],
      [7, 'forme_juridique'],
      [7, 'montant_euros'],
      [7, 'dispositif'],
      [7, 'quartier_prioritaire'],
      [7, 'thematiques'],
    ]);
    const messages = validation.issues.map((issue) => issue.message);
    expect(messages[0]).toBe('Dispositif inconnu « dispositif-inexistant » : indiquez l’identifiant d’un dispositif existant.');
    expect(messages[1]).toContain('Montant invalide « 12,345 »');
    expect(messages[2]).toContain('Année invalide « 20016 »');
    expect(messages[3]).toBe('Le titre est obligatoire.');
    expect(messages[7]).toBe('Le dispositif « ancien-dispositif » est dans la corbeille.');
    expect(messages[9]).toBe('Thématique inconnue : « inconnue ».');

    const attempt = commitFundedProjectImport({ db, actor: fixtures.admin, csv: file, fileName: 'f.csv', isPublishRequested: false });
    await expect(attempt).rejects.toBeInstanceOf(ImportInvalidError);
    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: validation.issues, rowCount: 7 });
    expect(await counts(db)).toEqual(before);
  });

  it('reports a theme in the trash', async () => {
    const { db } = getDatabase();
    const validation = await validateFundedProjectImport({ db, csv: csv('Projet;P;Association;2016;1;entreprendre-autrement;;ess|theme-efface;') });
    expect(validation).toMatchObject({ status: 'invalid', issues: [{ line: 2, column: 'thematiques', message: 'Thématique dans la corbeille : « theme-efface ».' }] });
  });

  it('reports duplicates inside the file and of a stored project, and imports nothing', async () => {
    const { db } = getDatabase();
    await insertProject(db, fixtures, { slug: 'deja-la', title: 'Déjà là', year: 2016 });
    await insertProject(db, fixtures, { slug: 'a-la-corbeille', title: 'À la corbeille', year: 2016, deletedAt: new Date() });
    const file = csv(
      'Recyclerie;P;Association;2016;1;entreprendre-autrement;;;',
      'recyclerie ;Autre porteur;SCOP;2016;2;entreprendre-autrement;;;',
      'Recyclerie;P;Association;2017;1;entreprendre-autrement;;;',
      'Recyclerie;P;Association;2016;1;prix-nantes;;;',
      'DÉJÀ  LÀ;P;Association;2016;1;entreprendre-autrement;;;',
      'Déjà là;P;Association;2017;1;entreprendre-autrement;;;',
      'À la corbeille;P;Association;2016;1;entreprendre-autrement;;;',
    );
    const before = await counts(db);
    const validation = await validateFundedProjectImport({ db, csv: file });
    expect(validation).toEqual({
      status: 'invalid',
      rowCount: 7,
      issues: [
        { line: 3, column: 'titre', message: 'Doublon de la ligne 2 : même dispositif, même titre et même année.' },
        { line: 6, column: 'titre', message: 'Ce projet existe déjà : « Déjà là », même dispositif, même année (2016).' },
      ],
    });
    await expect(commitFundedProjectImport({ db, actor: fixtures.admin, csv: file, fileName: 'f.csv', isPublishRequested: false })).rejects.toBeInstanceOf(
      ImportInvalidError,
    );
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a contributor who asks to publish, writing nothing', async () => {
    const { db } = getDatabase();
    const file = csv('Recyclerie;P;Association;2016;1;entreprendre-autrement;;;');
    const before = await counts(db);
    await expect(commitFundedProjectImport({ db, actor: fixtures.contributor, csv: file, fileName: 'f.csv', isPublishRequested: true })).rejects.toMatchObject({
      name: 'AppError',
      code: 'FORBIDDEN',
    });
    expect(await counts(db)).toEqual(before);
  });

  it('makes slugs unique against stored projects, old slugs and the file itself', async () => {
    const { db } = getDatabase();
    await insertProject(db, fixtures, { slug: 'recyclerie', title: 'Recyclerie', year: 2010 });
    await insertProject(db, fixtures, { slug: 'recyclerie-2', title: 'Autre', year: 2010 });
    await db.slugRedirect.create({ data: { entityType: 'FundedProject', slug: 'atelier-velo', entityId: 'ancien' } });
    await db.slugRedirect.create({ data: { entityType: 'Theme', slug: 'epicerie', entityId: 'autre-type' } });
    const file = csv(
      'Recyclerie;P;Association;2016;1;entreprendre-autrement;;;',
      'Recyclerie !;P;Association;2017;1;entreprendre-autrement;;;',
      'Atelier vélo;P;Association;2016;1;entreprendre-autrement;;;',
      'Épicerie;P;Association;2016;1;entreprendre-autrement;;;',
      '???;P;Association;2016;1;entreprendre-autrement;;;',
      `${'Très long titre '.repeat(12)};P;Association;2016;1;entreprendre-autrement;;;`,
    );
    const { ids } = await commitFundedProjectImport({ db, actor: fixtures.admin, csv: file, fileName: 'f.csv', isPublishRequested: false });
    const slugs = await Promise.all(ids.map(async (id) => (await db.fundedProject.findUniqueOrThrow({ where: { id } })).slug));
    expect(slugs.slice(0, 5)).toEqual(['recyclerie-3', 'recyclerie-4', 'atelier-velo-2', 'epicerie', 'fiche']);
    // The editing engine's slug field allows 120 characters: long titles are cut as it cuts them.
    expect(slugs[5]).toBe('tres-long-titre-'.repeat(7).slice(0, 100).replace(/-+$/, ''));
  });

  it('lets only one of two simultaneous imports of the same file through, the other reporting duplicates', async () => {
    const { db } = getDatabase();
    const file = csv('Recyclerie;P;Association;2016;1;entreprendre-autrement;;;', 'Autre;P;Association;2016;1;entreprendre-autrement;;;');
    const run = () => commitFundedProjectImport({ db, actor: fixtures.admin, csv: file, fileName: 'f.csv', isPublishRequested: false });
    const results = await Promise.allSettled([run(), run()]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failure = (results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason;
    expect(failure).toBeInstanceOf(ImportInvalidError);
    expect((failure as ImportInvalidError).issues.map((issue) => issue.line)).toEqual([2, 3]);
    expect(await counts(db)).toMatchObject({ projects: 2, revisions: 2, events: 3 });
  });

  it('reports a whole-file problem without reading the rows', async () => {
    const { db } = getDatabase();
    const validation = await validateFundedProjectImport({ db, csv: 'titre;porteur\nA;B\n' });
    expect(validation).toMatchObject({ status: 'invalid', rowCount: 0 });
    if (validation.status === 'invalid') expect(validation.issues.every((issue) => issue.line === 1)).toBe(true);
  });

  it('imports 2 000 rows in one go', async () => {
    const { db } = getDatabase();
    const rows = Array.from({ length: 2_000 }, (_, index) => `Projet ${index + 1};Porteur ${index};SCOP;${2000 + (index % 20)};${index + 1}00;entreprendre-autrement;;ess;`);
    const { count } = await commitFundedProjectImport({ db, actor: fixtures.admin, csv: csv(...rows), fileName: 'gros.csv', isPublishRequested: false });
    expect(count).toBe(2_000);
    expect(await counts(db)).toMatchObject({ projects: 2_000, revisions: 2_000, events: 2_001 });
    expect(await db.fundedProject.count({ where: { themes: { some: { slug: 'ess' } } } })).toBe(2_000);
  });
});
