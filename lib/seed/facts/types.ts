// The shape of what the portal says about one métropole from the sourced facts.
// Every piece names the facts it rests on (their index in metropoles-facts.json):
// its Source row is the one of its first fact, and it is published only when
// that source needs no verification (otherwise it is loaded as a draft for editors).
// French text, in the portal's own words, dated ("en 2019, selon le RTES, …").
import type { FigureUnit, FundingKind, PlanKind, SupportStructureKind } from '../../generated/prisma/enums';

/** A paragraph (or a Markdown list item) of a métropole's summary, with the facts it states. */
export interface SummaryPart {
  facts: readonly number[];
  text: string;
}

export interface RtesMembershipFact {
  fact: number;
  isMember: boolean;
  /** The year the source states the membership for. */
  year: number;
}

export interface OfficialFact {
  fact: number;
  slug: string;
  fullName: string;
  /** The role as the source states it, without the year ("vice-président chargé de l'ESS"). */
  role: string;
  /** The year the source states the role for. */
  year: number;
}

export interface PlanFact {
  fact: number;
  /** Other facts the summary also states (their sources are cited in the text). */
  alsoFacts?: readonly number[];
  slug: string;
  title: string;
  kind: PlanKind;
  startYear: number;
  endYear: number | null;
  /** Markdown, in our own words; dated. */
  summary: string;
  /** Slugs of ACTION_LEVERS the source names. */
  leverSlugs: readonly string[];
  /** Slug of the previous edition, when the sources say this plan followed it. */
  predecessorSlug?: string;
}

export interface ProgrammeFact {
  fact: number;
  alsoFacts?: readonly number[];
  slug: string;
  name: string;
  kind: FundingKind;
  description: string;
  startYear: number | null;
  endYear: number | null;
  isRecurring: boolean;
  policyPlanSlug?: string;
}

export interface FigureFact {
  fact: number;
  /** Stable key: the row's id is `seed-fact-<key>`. */
  key: string;
  /** Stable key of what is measured, shared across métropoles for comparisons. */
  indicator: string;
  label: string;
  /** Defaults to the fact's value; given when one fact holds several numbers. */
  value?: number;
  unit: FigureUnit;
  isLowerBound?: boolean;
  periodStartYear: number | null;
  periodEndYear: number | null;
  /** The plan, programme or structure the figure is about (slugs); the métropole otherwise. */
  policyPlanSlug?: string;
  fundingProgrammeSlug?: string;
  supportStructureSlug?: string;
}

export interface StructureFact {
  fact: number;
  alsoFacts?: readonly number[];
  slug: string;
  name: string;
  kind: SupportStructureKind;
  description: string;
  /** Métropoles the structure serves (seed slugs), with the partnership's start when a source gives it. */
  metropolises: ReadonlyArray<{ metropolisSlug: string; partnershipStartYear: number | null }>;
}

/** A fact not turned into a row of its own, and why (stated in a summary, thin, contradicted…). */
export interface SetAsideFact {
  fact: number;
  reason: string;
}

export interface MetropolisFacts {
  /** The seed's slug of the métropole. */
  metropolisSlug: string;
  /** "Politique en faveur de l'ESS": what the sources say the métropole does. Empty when they say nothing of a policy. */
  policySummary: readonly SummaryPart[];
  /** "Éléments de contexte": indirect facts that are not an ESS policy of the métropole. */
  contextSummary?: readonly SummaryPart[];
  rtesMembership: RtesMembershipFact | null;
  officials: readonly OfficialFact[];
  /** Slug of the official shown as the métropole's ESS official (the most recent with a publishable source). */
  essOfficialSlug: string | null;
  plans: readonly PlanFact[];
  fundingProgrammes: readonly ProgrammeFact[];
  figures: readonly FigureFact[];
  supportStructures: readonly StructureFact[];
  setAside: readonly SetAsideFact[];
}
