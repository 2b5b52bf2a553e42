import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../slug';
import { isCleanText } from '../../text';
import { ACTION_LEVERS, PERSONS, SUPPORT_STRUCTURES, FUNDING_PROGRAMMES, MEL_PLAN } from '../content';
import { METROPOLIS_DEFINITIONS } from '../metropolises';
import { FACTS, factAt, isPublishableFact, sourceOfFact, verificationReasonOf } from './dataset';
import { METROPOLIS_FACTS } from './index';
import { SHARED_INDICATORS } from './indicators';
import { accountedFacts, derivePlanStatus, factsOf, statusOfFacts, summaryMarkdown } from './load';
import { FIRST_WORKING_GROUP, PROGRAMME_FIGURES, PROGRAMME_HISTORY, programmeFacts, RTES_PARTNERSHIP, STUDY_2019, STUDY_2021 } from './programme';
import type { MetropolisFacts } from './types';

/** The short names of metropoles-facts.json, by seed slug. */
const FACT_NAMES: Record<string, string> = {
  'metropole-du-grand-paris': 'Grand Paris',
  'metropole-d-aix-marseille-provence': 'Aix-Marseille-Provence',
  'metropole-de-lyon': 'Lyon',
  'metropole-europeenne-de-lille': 'Lille',
  'bordeaux-metropole': 'Bordeaux',
  'toulouse-metropole': 'Toulouse',
  'nantes-metropole': 'Nantes',
  'metropole-nice-cote-d-azur': 'Nice',
  'eurometropole-de-strasbourg': 'Strasbourg',
  'montpellier-mediterranee-metropole': 'Montpellier',
  'rennes-metropole': 'Rennes',
  'grenoble-alpes-metropole': 'Grenoble',
  'metropole-rouen-normandie': 'Rouen',
  'metropole-toulon-provence-mediterranee': 'Toulon',
  'tours-metropole-val-de-loire': 'Tours',
  'metropole-du-grand-nancy': 'Grand Nancy',
  'metz-metropole': 'Metz',
  'orleans-metropole': 'Orléans',
  'clermont-auvergne-metropole': 'Clermont',
  'dijon-metropole': 'Dijon',
  'brest-metropole': 'Brest',
  'saint-etienne-metropole': 'Saint-Étienne',
};

const seedSlugs = new Set(METROPOLIS_DEFINITIONS.map((definition) => slugify(definition.officialName)));
const leverSlugs = new Set(ACTION_LEVERS.map((lever) => lever.slug));

/** Every French text a file writes, with where it is. */
function textsOf(content: MetropolisFacts): Array<{ where: string; text: string; facts: number[] }> {
  return [
    ...content.policySummary.map((part, i) => ({ where: `policySummary[${i}]`, text: part.text, facts: [...part.facts] })),
    ...(content.contextSummary ?? []).map((part, i) => ({ where: `contextSummary[${i}]`, text: part.text, facts: [...part.facts] })),
    ...content.officials.map((o) => ({ where: `official ${o.slug}`, text: o.role, facts: [o.fact] })),
    ...content.plans.flatMap((p) => [
      { where: `plan ${p.slug}`, text: p.title, facts: factsOf(p) },
      { where: `plan ${p.slug}`, text: p.summary, facts: factsOf(p) },
    ]),
    ...content.fundingProgrammes.flatMap((p) => [
      { where: `programme ${p.slug}`, text: p.name, facts: factsOf(p) },
      { where: `programme ${p.slug}`, text: p.description, facts: factsOf(p) },
    ]),
    ...content.figures.map((f) => ({ where: `figure ${f.key}`, text: f.label, facts: [f.fact] })),
    ...content.supportStructures.map((s) => ({ where: `structure ${s.slug}`, text: s.description, facts: factsOf(s) })),
  ];
}

const words = (text: string) => text.toLocaleLowerCase('fr').normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** The longest run of consecutive words a text shares with an excerpt. */
function longestSharedRun(text: string, excerpt: string): number {
  const a = words(text);
  const b = words(excerpt);
  let best = 0;
  const previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const kept = previous[j]!;
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      best = Math.max(best, previous[j]!);
      diagonal = kept;
    }
  }
  return best;
}

describe('the sourced facts file', () => {
  it('holds the 142 facts, each with a source address', () => {
    expect(FACTS).toHaveLength(142);
    expect(FACTS.every((fact) => fact.source.url.startsWith('http'))).toBe(true);
  });

  it('flags political groups, personal sites and mirrors as sources to verify, and nothing else', () => {
    expect(verificationReasonOf('https://lesecologistesgrandlyon.com/2021/x')).toBe('partisan');
    expect(verificationReasonOf('https://antoinemaurice.fr/x')).toBe('personal');
    expect(verificationReasonOf('https://issuu.com./davidison2/docs/x')).toBe('mirror');
    expect(verificationReasonOf('https://rtes.fr/metropole-rouen-normandie')).toBeNull();
    expect(verificationReasonOf('https://www.avise.org/actualites/x')).toBeNull();
    const flagged = new Set(FACTS.filter((_, i) => !isPublishableFact(i)).map((fact) => new URL(fact.source.url).hostname));
    expect([...flagged].sort()).toEqual(
      ['5dok.net', 'antoinemaurice.fr', 'fairerespirer.fr', 'fr.readkong.com', 'inventer-demain-lyon.com', 'issuu.com.', 'lesecologistesgrandlyon.com', 'pdfslide.fr', 'studylibfr.com', 'www.europesays.com'].sort(),
    );
  });

  it('reads a source with the precision of its date', () => {
    expect(sourceOfFact(106)).toMatchObject({ publisher: 'Métropole Rouen Normandie', publishedOnPrecision: 'YEAR', needsVerification: false });
    expect(sourceOfFact(106).publishedOn?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(sourceOfFact(13).publishedOnPrecision).toBe('MONTH');
    expect(sourceOfFact(2).publishedOn?.toISOString()).toBe('2019-07-09T00:00:00.000Z');
    expect(sourceOfFact(107).publishedOn).toBeNull();
    expect(sourceOfFact(24)).toMatchObject({ needsVerification: true });
    expect(sourceOfFact(24).note).toMatch(/^Source à vérifier/);
  });
});

describe('plan status from the period', () => {
  it('is ended once the last year is past, in force during it, unknown without an end, planned before the start', () => {
    expect(derivePlanStatus(2016, 2020)).toBe('ENDED');
    expect(derivePlanStatus(2022, 2026)).toBe('IN_FORCE');
    expect(derivePlanStatus(2015, null)).toBe('UNKNOWN');
    expect(derivePlanStatus(2027, 2030)).toBe('PLANNED');
    expect(derivePlanStatus(2022, 2026, 2027)).toBe('ENDED');
  });
});

describe('summaries', () => {
  it('keep only the parts whose facts are all publishable', () => {
    const text = summaryMarkdown([
      { facts: [106], text: 'Publiable.' },
      { facts: [106, 24], text: 'Repose aussi sur une page de groupe politique.' },
    ]);
    expect(text).toBe('Publiable.');
    expect(summaryMarkdown([{ facts: [24], text: 'x' }])).toBeNull();
    expect(statusOfFacts([106, 24])).toBe('DRAFT');
  });
});

describe.each(METROPOLIS_FACTS.map((content) => [content.metropolisSlug, content] as const))('facts of %s', (slug, content) => {
  it('is one of the 22 métropoles', () => {
    expect(seedSlugs.has(slug)).toBe(true);
  });

  it('accounts for every fact about its métropole, and cites only its own facts or the programme-wide ones', () => {
    const name = FACT_NAMES[slug];
    const accounted = new Set(accountedFacts(content));
    const own = FACTS.flatMap((fact, index) => (fact.metropole === name ? [index] : []));
    expect(own.filter((index) => !accounted.has(index))).toEqual([]);
    for (const index of accounted) expect([name, '(all)']).toContain(factAt(index).metropole);
  });

  it('loads every fact resting on a source to verify as a draft row, or sets it aside with a reason', () => {
    const inRows = new Set([
      ...content.officials.map((o) => o.fact),
      ...content.plans.flatMap(factsOf),
      ...content.fundingProgrammes.flatMap(factsOf),
      ...content.figures.map((f) => f.fact),
      ...content.supportStructures.flatMap(factsOf),
      ...content.setAside.map((s) => s.fact),
    ]);
    const unverified = [...new Set(accountedFacts(content))].filter((index) => !isPublishableFact(index));
    expect(unverified.filter((index) => !inRows.has(index))).toEqual([]);
    for (const item of content.setAside) expect(item.reason.length).toBeGreaterThan(10);
  });

  it('shows as ESS official only a published person of its file or of the seed', () => {
    if (!content.essOfficialSlug) return;
    const official = content.officials.find((o) => o.slug === content.essOfficialSlug);
    if (official) expect(isPublishableFact(official.fact)).toBe(true);
    else expect(PERSONS.map((p) => p.slug)).toContain(content.essOfficialSlug);
  });

  it('uses valid slugs, keys, levers, periods and values', () => {
    for (const item of [...content.plans, ...content.fundingProgrammes, ...content.supportStructures, ...content.officials]) {
      expect(isSlug(item.slug), item.slug).toBe(true);
    }
    for (const figure of content.figures) {
      expect(isSlug(figure.key) && isSlug(figure.indicator), figure.key).toBe(true);
      expect(figure.value ?? factAt(figure.fact).value, figure.key).not.toBeNull();
      if (figure.periodStartYear !== null && figure.periodEndYear !== null) expect(figure.periodStartYear).toBeLessThanOrEqual(figure.periodEndYear);
    }
    for (const plan of content.plans) {
      for (const lever of plan.leverSlugs) expect(leverSlugs.has(lever), lever).toBe(true);
      if (plan.endYear !== null) expect(plan.startYear).toBeLessThanOrEqual(plan.endYear);
      if (plan.predecessorSlug) expect(content.plans.map((p) => p.slug).concat(MEL_PLAN.slug)).toContain(plan.predecessorSlug);
    }
    for (const programme of content.fundingProgrammes) {
      if (programme.startYear !== null && programme.endYear !== null) expect(programme.startYear).toBeLessThanOrEqual(programme.endYear);
    }
    for (const structure of content.supportStructures) {
      for (const link of structure.metropolises) expect(seedSlugs.has(link.metropolisSlug)).toBe(true);
    }
  });

  it('writes clean French text in its own words (no run of 12 words copied from an excerpt)', () => {
    for (const { where, text, facts } of textsOf(content)) {
      expect(text.trim().length, where).toBeGreaterThan(0);
      expect(isCleanText(text, 'multi-line'), where).toBe(true);
      for (const index of facts) expect(longestSharedRun(text, factAt(index).excerpt), `${where} / fait ${index}`).toBeLessThan(12);
    }
  });
});

describe('all fact files together', () => {
  const all = METROPOLIS_FACTS;

  it('name each métropole once', () => {
    const slugs = all.map((content) => content.metropolisSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('list in SHARED_INDICATORS every indicator two métropoles use, so that comparisons find them', () => {
    const users = new Map<string, Set<string>>();
    for (const content of all) for (const figure of content.figures) users.set(figure.indicator, (users.get(figure.indicator) ?? new Set()).add(content.metropolisSlug));
    const unlisted = [...users].filter(([indicator, slugs]) => slugs.size > 1 && !Object.hasOwn(SHARED_INDICATORS, indicator)).map(([indicator]) => indicator);
    expect(unlisted).toEqual([]);
  });

  it('use slugs and keys no other row of the seed uses', () => {
    const kinds = {
      plans: [MEL_PLAN.slug, ...all.flatMap((c) => c.plans.map((p) => p.slug))],
      programmes: [...FUNDING_PROGRAMMES.map((p) => p.slug), ...all.flatMap((c) => c.fundingProgrammes.map((p) => p.slug))],
      structures: [...SUPPORT_STRUCTURES.map((s) => s.slug), ...all.flatMap((c) => c.supportStructures.map((s) => s.slug))],
      persons: [...PERSONS.map((p) => p.slug), ...all.flatMap((c) => c.officials.map((o) => o.slug))],
      figures: all.flatMap((c) => c.figures.map((f) => f.key)),
    };
    for (const [kind, slugs] of Object.entries(kinds)) {
      const duplicates = slugs.filter((slug, index) => slugs.indexOf(slug) !== index);
      expect(duplicates, kind).toEqual([]);
    }
  });
});

describe('the programme-wide facts', () => {
  it('are each stated by the programme, its studies or working groups, or set aside with a reason', () => {
    const accounted = new Set([...programmeFacts(), ...METROPOLIS_FACTS.flatMap(accountedFacts)]);
    const programmeWide = FACTS.flatMap((fact, index) => (fact.metropole === '(all)' ? [index] : []));
    expect(programmeWide.filter((index) => !accounted.has(index))).toEqual([]);
    for (const index of programmeFacts()) expect(factAt(index).metropole).toBe('(all)');
  });

  it('are written in our own words and rest only on publishable sources', () => {
    const texts: Array<{ text: string; facts: readonly number[] }> = [
      ...PROGRAMME_HISTORY,
      RTES_PARTNERSHIP,
      { text: STUDY_2019.summary, facts: STUDY_2019.facts },
      { text: STUDY_2021.summary, facts: STUDY_2021.facts },
      { text: `${FIRST_WORKING_GROUP.summary}\n${FIRST_WORKING_GROUP.body}`, facts: FIRST_WORKING_GROUP.facts },
      ...PROGRAMME_FIGURES.map((figure) => ({ text: figure.label, facts: [figure.fact] })),
    ];
    for (const { text, facts } of texts) {
      expect(statusOfFacts(facts)).toBe('PUBLISHED');
      for (const index of facts) expect(longestSharedRun(text, factAt(index).excerpt), text.slice(0, 40)).toBeLessThan(12);
    }
  });
});
