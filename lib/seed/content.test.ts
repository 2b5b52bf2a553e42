import { describe, expect, it } from 'vitest';
import { isSlug } from '../slug';
import {
  ACTION_LEVERS,
  AVISE_ARTICLE_SOURCE,
  FIGURES,
  FUNDING_PROGRAMMES,
  MEL_PLAN,
  ORGANISATIONS,
  PERSONS,
  PROGRAMME,
  SEED_PUBLISHED_AT,
  STUDY,
  SUPPORT_STRUCTURES,
  THEMES,
  PUBLICATIONS,
  WORKING_GROUP_REPORT,
  WORKING_GROUP_REPORTS,
} from './content';
import { factsOfMetropolis } from './facts/index';
import { formatSeedReport, SEED_TABLES, type SeedReport } from './index';
import { CLERMONT_SLUG, MEL_SLUG, METROPOLIS_DEFINITIONS, NANTES_SLUG } from './metropolises';
import { slugify } from '../slug';

const metropolisSlugs = new Set(METROPOLIS_DEFINITIONS.map((definition) => slugify(definition.officialName)));
const organisationSlugs = new Set(ORGANISATIONS.map((organisation) => organisation.slug));
const personSlugs = new Set(PERSONS.map((person) => person.slug));

describe('seed content', () => {
  it('has the 8 action levers in order, with unique slugs', () => {
    expect(ACTION_LEVERS.map((lever) => lever.name)).toEqual([
      'Accompagnement des entrepreneurs',
      'Financement',
      'Foncier et locaux',
      'Commande publique responsable',
      'Économie circulaire',
      'Coopération territoriale et mise en réseau',
      'Recherche et développement en innovation sociale',
      'Visibilité et prix',
    ]);
    expect(ACTION_LEVERS.map((lever) => lever.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(ACTION_LEVERS.map((lever) => lever.slug)).size).toBe(8);
  });

  it('uses valid, unique slugs everywhere', () => {
    const slugs = [
      ...ORGANISATIONS.map((o) => o.slug),
      ...THEMES.map((t) => t.slug),
      ...ACTION_LEVERS.map((l) => l.slug),
      ...PERSONS.map((p) => p.slug),
      ...FUNDING_PROGRAMMES.map((f) => f.slug),
      ...SUPPORT_STRUCTURES.map((s) => s.slug),
      PROGRAMME.slug,
      STUDY.slug,
      MEL_PLAN.slug,
      WORKING_GROUP_REPORT.slug,
    ];
    for (const slug of slugs) expect(isSlug(slug), slug).toBe(true);
    expect(THEMES.map((theme) => theme.slug)).toEqual(['ess', 'innovation-sociale', 'politiques-publiques']);
    expect(WORKING_GROUP_REPORT.slug).toBe(slugify(WORKING_GROUP_REPORT.title));
  });

  it('only references métropoles, people, organisations and levers that the seed creates', () => {
    const referencedMetropolises = [
      ...PERSONS.flatMap((p) => (p.metropolisSlug ? [p.metropolisSlug] : [])),
      MEL_PLAN.metropolisSlug,
      ...FUNDING_PROGRAMMES.map((f) => f.metropolisSlug),
      ...SUPPORT_STRUCTURES.flatMap((s) => s.metropolises.map((link) => link.metropolisSlug)),
      ...FIGURES.flatMap((f) => (f.metropolisSlug ? [f.metropolisSlug] : [])),
      ...WORKING_GROUP_REPORT.participantSlugs,
      ...WORKING_GROUP_REPORT.focusPresentations.map((focus) => focus.metropolisSlug),
    ];
    for (const slug of referencedMetropolises) expect(metropolisSlugs.has(slug), slug).toBe(true);
    for (const focus of WORKING_GROUP_REPORT.focusPresentations) expect(personSlugs.has(focus.speakerSlug)).toBe(true);
    for (const slug of [...PROGRAMME.organiserSlugs, ...PUBLICATIONS.flatMap((p) => p.publisherSlugs), ...WORKING_GROUP_REPORTS.flatMap((r) => r.organiserSlugs)]) {
      expect(organisationSlugs.has(slug), slug).toBe(true);
    }
    const leverSlugs = new Set(ACTION_LEVERS.map((lever) => lever.slug));
    for (const slug of MEL_PLAN.leverSlugs) expect(leverSlugs.has(slug), slug).toBe(true);
    const fundingSlugs = new Set(FUNDING_PROGRAMMES.map((f) => f.slug));
    const structureSlugs = new Set(SUPPORT_STRUCTURES.map((s) => s.slug));
    for (const figure of FIGURES) {
      if (figure.fundingProgrammeSlug) expect(fundingSlugs.has(figure.fundingProgrammeSlug)).toBe(true);
      if (figure.supportStructureSlug) expect(structureSlugs.has(figure.supportStructureSlug)).toBe(true);
    }
    for (const funding of FUNDING_PROGRAMMES) if (funding.policyPlanSlug) expect(funding.policyPlanSlug).toBe(MEL_PLAN.slug);
  });

  it('leaves the métropoles of the article to their fact files, which name Mahel Coppey for Nantes', () => {
    expect(factsOfMetropolis(NANTES_SLUG)?.essOfficialSlug).toBe('mahel-coppey');
    for (const slug of [CLERMONT_SLUG, MEL_SLUG, NANTES_SLUG]) expect(factsOfMetropolis(slug)?.policySummary.length, slug).toBeGreaterThan(0);
  });

  it('stores the declared figures as stated, with fixed ids', () => {
    expect(new Set(FIGURES.map((figure) => figure.id)).size).toBe(FIGURES.length);
    for (const figure of FIGURES) expect(figure.id).toMatch(/^seed-figure-[a-z0-9-]+$/);
    const byIndicator = Object.fromEntries(FIGURES.map((figure) => [figure.indicator, figure]));
    expect(byIndicator['projets-finances']).toMatchObject({ value: 62, unit: 'COUNT', periodStartYear: 2015, periodEndYear: 2018 });
    // Figures are in euros (not cents, unlike FundedProject.amountCents).
    expect(byIndicator['montant-finance']).toMatchObject({ value: 768200, unit: 'EUR', periodStartYear: 2015, periodEndYear: 2018 });
    expect(byIndicator['part-projets-qpv']).toMatchObject({ value: 43, unit: 'PERCENT' });
    expect(byIndicator['adherents']).toMatchObject({ value: 600, isLowerBound: true, supportStructureSlug: 'les-ecossolies' });
    expect(byIndicator['metropoles-membres-rtes']).toMatchObject({
      value: 15,
      unit: 'COUNT',
      periodStartYear: 2018,
      periodEndYear: 2018,
      metropolisSlug: null,
      fundingProgrammeSlug: null,
      supportStructureSlug: null,
    });
  });

  it('describes the 2nd working group of 5 March 2019', () => {
    expect(WORKING_GROUP_REPORT).toMatchObject({ sequenceNumber: 2, participantCount: 11 });
    expect(WORKING_GROUP_REPORT.meetingDate.toISOString()).toBe('2019-03-05T00:00:00.000Z');
    expect(WORKING_GROUP_REPORT.firstPublishedOn.toISOString()).toBe('2019-03-22T00:00:00.000Z');
    expect(WORKING_GROUP_REPORT.lastUpdatedOn?.toISOString()).toBe('2019-04-02T00:00:00.000Z');
    expect(WORKING_GROUP_REPORT.participantSlugs).toEqual([MEL_SLUG, NANTES_SLUG, CLERMONT_SLUG]);
    expect(WORKING_GROUP_REPORT.focusPresentations.map((focus) => [focus.position, focus.metropolisSlug, focus.speakerSlug])).toEqual([
      [1, MEL_SLUG, 'clara-schmidt'],
      [2, NANTES_SLUG, 'mahel-coppey'],
      [3, CLERMONT_SLUG, 'nicolas-duracka'],
    ]);
  });

  it('cites the Avise article with the title and address the sourced facts give', () => {
    expect(AVISE_ARTICLE_SOURCE).toMatchObject({
      publisher: 'Avise',
      title: 'Le 2e groupe de travail « Métropoles, ESS et innovation sociale »',
      url: 'https://www.avise.org/actualites/le-2e-groupe-de-travail-metropoles-ess-et-innovation-sociale',
    });
    expect(AVISE_ARTICLE_SOURCE.publishedOn?.toISOString()).toBe('2019-03-22T00:00:00.000Z');
    expect(AVISE_ARTICLE_SOURCE.note).toContain('2 avril 2019');
    expect(STUDY).toMatchObject({ studyStatus: 'PUBLISHED', expectedYear: 2019, expectedMonth: 7 });
    expect(STUDY.publishedOn?.toISOString()).toBe('2019-07-05T00:00:00.000Z');
    expect(MEL_PLAN).toMatchObject({ startYear: 2015, endYear: 2020, planStatus: 'ENDED' });
    expect(SEED_PUBLISHED_AT.toISOString()).toBe('2019-03-22T00:00:00.000Z');
  });
});

describe('formatSeedReport', () => {
  const zero = Object.fromEntries(SEED_TABLES.map((table) => [table, 0])) as SeedReport['created'];

  it('says when nothing was created', () => {
    const text = formatSeedReport({ seeded: { ...zero, metropolises: 22 }, created: zero });
    expect(text).toContain('rien à créer');
    expect(text).toContain('métropoles : 22 déjà présent(s)');
  });

  it('counts what was created', () => {
    const text = formatSeedReport({ seeded: { ...zero, metropolises: 22, figures: 5 }, created: { ...zero, metropolises: 22, figures: 1 } });
    expect(text).toContain('23 enregistrement(s) créé(s)');
    expect(text).toContain('métropoles : 22 créé(s)');
    expect(text).toContain('chiffres : 5 (dont 1 créé(s))');
  });
});
