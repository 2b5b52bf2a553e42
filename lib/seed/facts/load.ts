// Pure helpers that turn the per-métropole fact files into what the seed writes:
// which facts an item rests on, whether it can be published, and the summaries
// made only of publishable statements.
import type { PlanStatus } from '../../generated/prisma/enums';
import { isPublishableFact } from './dataset';
import type { MetropolisFacts, SummaryPart } from './types';

/** The year the facts were collected: a plan's status is derived from its period against it. */
export const FACTS_COLLECTED_YEAR = 2026;

export function factsOf(item: { fact: number; alsoFacts?: readonly number[] }): number[] {
  return [item.fact, ...(item.alsoFacts ?? [])];
}

/** Published when every fact it states has a source that needs no verification; a draft for editors otherwise. */
export function statusOfFacts(facts: readonly number[]): 'PUBLISHED' | 'DRAFT' {
  return facts.every(isPublishableFact) ? 'PUBLISHED' : 'DRAFT';
}

/**
 * A plan's status from its period: ended when its last year is past, planned
 * when it has not started, unknown when the sources give no end.
 */
export function derivePlanStatus(startYear: number, endYear: number | null, currentYear = FACTS_COLLECTED_YEAR): PlanStatus {
  if (startYear > currentYear) return 'PLANNED';
  if (endYear === null) return 'UNKNOWN';
  return endYear < currentYear ? 'ENDED' : 'IN_FORCE';
}

/** The Markdown of a summary: its publishable parts only, one paragraph (or list item) each. */
export function summaryMarkdown(parts: readonly SummaryPart[] | undefined): string | null {
  const published = (parts ?? []).filter((part) => statusOfFacts(part.facts) === 'PUBLISHED');
  if (published.length === 0) return null;
  return published.map((part) => part.text.trim()).join('\n\n');
}

/** Every fact index a métropole's file accounts for (rows, summaries, set aside). */
export function accountedFacts(content: MetropolisFacts): number[] {
  return [
    ...content.policySummary.flatMap((part) => part.facts),
    ...(content.contextSummary ?? []).flatMap((part) => part.facts),
    ...(content.rtesMembership ? [content.rtesMembership.fact] : []),
    ...content.officials.map((official) => official.fact),
    ...content.plans.flatMap(factsOf),
    ...content.fundingProgrammes.flatMap(factsOf),
    ...content.figures.map((figure) => figure.fact),
    ...content.supportStructures.flatMap(factsOf),
    ...content.setAside.map((item) => item.fact),
  ];
}
