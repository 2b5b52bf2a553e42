import { expect, it } from 'vitest';
import { seedSyntheticDatabase, SYNTHETIC_TITLE_PREFIX, SyntheticSeedRefused } from '../../scripts/db/synthetic';
import { describeOnEachDatabase } from '../setup/each-database';

// The generator writes to PostgreSQL databases only (npm run db:seed:synthetic).
describeOnEachDatabase(
  'synthetic funded projects',
  (getDatabase) => {
    it('seeds the portal’s content, then labelled projects over the 22 métropoles; a new run replaces them', async () => {
      const { db, url } = getDatabase();
      const first = await seedSyntheticDatabase({ databaseUrl: url, projects: 400 });
      expect(first).toMatchObject({ projects: 400, reused: false });
      expect(first.syntheticProgrammes).toBeGreaterThan(0);
      const projects = await db.fundedProject.findMany({ select: { title: true, status: true, metropolisId: true, fundingProgramme: { select: { metropolisId: true, status: true } } } });
      expect(projects).toHaveLength(400);
      expect(projects.every((project) => project.title.startsWith(SYNTHETIC_TITLE_PREFIX) && project.status === 'PUBLISHED')).toBe(true);
      expect(projects.every((project) => project.fundingProgramme.metropolisId === project.metropolisId && project.fundingProgramme.status === 'PUBLISHED')).toBe(true);
      expect(await db.metropolis.count({ where: { status: 'PUBLISHED' } })).toBe(22);
      expect(new Set(projects.map((project) => project.metropolisId)).size).toBe(22);
      const synthetic = await db.fundingProgramme.findMany({ where: { slug: { startsWith: 'dispositif-synthetique-' } }, select: { name: true } });
      expect(synthetic).toHaveLength(first.syntheticProgrammes);
      expect(synthetic.every((programme) => programme.name.startsWith(SYNTHETIC_TITLE_PREFIX))).toBe(true);

      const second = await seedSyntheticDatabase({ databaseUrl: url, projects: 250 });
      expect(second).toMatchObject({ projects: 250, syntheticProgrammes: 0 });
      expect(await db.fundedProject.count()).toBe(250);
      expect(await seedSyntheticDatabase({ databaseUrl: url, projects: 250, reuse: true })).toMatchObject({ reused: true });
      // The same count gives the same rows.
      const titles = (await db.fundedProject.findMany({ select: { title: true }, orderBy: { id: 'asc' }, take: 5 })).map((row) => row.title);
      await seedSyntheticDatabase({ databaseUrl: url, projects: 250 });
      expect((await db.fundedProject.findMany({ select: { title: true }, orderBy: { id: 'asc' }, take: 5 })).map((row) => row.title)).toEqual(titles);
    });

    it('refuses a database that holds a project it did not make, and leaves it untouched', async () => {
      const { db, url } = getDatabase();
      const programme = await db.fundingProgramme.findFirstOrThrow({ where: { slug: { startsWith: 'dispositif-synthetique-' } }, select: { id: true, metropolisId: true } });
      await db.fundedProject.create({
        data: { slug: 'vrai-projet', title: 'Un vrai projet', carrierName: 'Asso', legalForm: 'ASSOCIATION', year: 2020, amountCents: 100, fundingProgrammeId: programme.id, metropolisId: programme.metropolisId },
      });
      const before = await db.fundedProject.count();
      await expect(seedSyntheticDatabase({ databaseUrl: url, projects: 10 })).rejects.toThrow(SyntheticSeedRefused);
      await expect(seedSyntheticDatabase({ databaseUrl: url, projects: 10 })).rejects.toThrow(/1 projet\(s\) qui ne sont pas synthétiques/);
      expect(await db.fundedProject.count()).toBe(before);
    });

    it('refuses the portal’s own database, other databases than PostgreSQL and impossible counts', async () => {
      const { url } = getDatabase();
      const sameDatabase = new URL(url);
      sameDatabase.hostname = 'localhost';
      await expect(seedSyntheticDatabase({ databaseUrl: url, projects: 10, portalDatabaseUrl: sameDatabase.toString() })).rejects.toThrow(/celle du portail/);
      await expect(seedSyntheticDatabase({ databaseUrl: 'file:./.data/pglite', projects: 10 })).rejects.toThrow(/PostgreSQL/);
      await expect(seedSyntheticDatabase({ databaseUrl: url, projects: 0 })).rejects.toThrow(/Nombre de projets refusé/);
      await expect(seedSyntheticDatabase({ databaseUrl: url, projects: 2_000_000 })).rejects.toThrow(/Nombre de projets refusé/);
    });
  },
  ['postgres'],
);
