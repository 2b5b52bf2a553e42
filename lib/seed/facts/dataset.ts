// The sourced facts about the métropoles (metropoles-facts.json, copied from the
// team's shared data, collected on 2026-12-01): each one read in a public page,
// with the page's publisher, title, address and date and a French excerpt to
// check against. The seed never copies the English notes or the excerpts onto
// the site; it reads the sources from here, so that no address is retyped.
import { z } from 'zod';
import type { DatePrecision } from '../../generated/prisma/enums';
import rawFacts from './metropoles-facts.json';

const factSchema = z.object({
  metropole: z.string().min(1),
  kind: z.enum(['plan', 'official', 'programme', 'figure', 'structure', 'rtes_membership', 'study', 'working_group', 'other']),
  fact: z.string().min(1),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  period: z.string().nullable(),
  source: z.object({
    publisher: z.string().min(1),
    title: z.string().min(1),
    url: z.string().url(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullable(),
  }),
  excerpt: z.string().min(1),
});

export type Fact = z.infer<typeof factSchema>;
export type FactKind = Fact['kind'];

export const FACTS: readonly Fact[] = z.array(factSchema).parse(rawFacts);

export function factAt(index: number): Fact {
  const fact = FACTS[index];
  if (!fact) throw new Error(`Fait n° ${index} introuvable dans metropoles-facts.json.`);
  return fact;
}

/** Why a source cannot carry a published fact on its own. */
export type VerificationReason = 'partisan' | 'personal' | 'mirror';

// Hosts whose pages are not the original publisher's: a political group's site,
// an elected official's personal site, or a site re-hosting someone else's document.
const UNVERIFIED_HOSTS: ReadonlyArray<{ host: string; reason: VerificationReason }> = [
  { host: 'lesecologistesgrandlyon.com', reason: 'partisan' },
  { host: 'inventer-demain-lyon.com', reason: 'partisan' },
  { host: 'fairerespirer.fr', reason: 'partisan' },
  { host: 'antoinemaurice.fr', reason: 'personal' },
  { host: 'studylibfr.com', reason: 'mirror' },
  { host: 'pdfslide.fr', reason: 'mirror' },
  { host: 'fr.readkong.com', reason: 'mirror' },
  { host: '5dok.net', reason: 'mirror' },
  { host: 'issuu.com', reason: 'mirror' },
  { host: 'europesays.com', reason: 'mirror' },
];

const REASON_NOTES: Record<VerificationReason, string> = {
  partisan: "Source à vérifier : page d'un groupe politique. À confronter au document d'origine (délibération, communiqué de la métropole) avant publication.",
  personal: "Source à vérifier : site personnel d'un élu. À confronter au document d'origine (délibération, communiqué de la collectivité) avant publication.",
  mirror: "Source à vérifier : copie d'un document ou d'un article hébergée par un site tiers. À confronter à l'original avant publication.",
};

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '');
}

export function verificationReasonOf(url: string): VerificationReason | null {
  const host = hostOf(url);
  return UNVERIFIED_HOSTS.find((entry) => host === entry.host || host.endsWith(`.${entry.host}`))?.reason ?? null;
}

/** A Source row as the seed writes it. */
export interface FactSourceSeed {
  publisher: string;
  title: string;
  url: string;
  publishedOn: Date | null;
  publishedOnPrecision: DatePrecision;
  needsVerification: boolean;
  note: string | null;
}

function sourceDate(date: string | null): Pick<FactSourceSeed, 'publishedOn' | 'publishedOnPrecision'> {
  if (!date) return { publishedOn: null, publishedOnPrecision: 'DAY' };
  const [year, month, day] = date.split('-');
  return {
    publishedOn: new Date(`${year}-${month ?? '01'}-${day ?? '01'}T00:00:00.000Z`),
    publishedOnPrecision: day ? 'DAY' : month ? 'MONTH' : 'YEAR',
  };
}

// Notes for editors on particular sources, beyond their host.
const SOURCE_NOTES: Readonly<Record<string, string>> = {
  'http://www.rtes.fr/dijon-metropole':
    "La fiche indique 2001 comme année d'adhésion au RTES, ce que contredit un entretien publié par le RTES en 2010 : l'année n'est pas reprise sur le portail.",
};

/** The Source of a fact: publisher, title, address and date as the page shows them. */
export function sourceOfFact(index: number): FactSourceSeed {
  const { source } = factAt(index);
  const reason = verificationReasonOf(source.url);
  const notes = [reason ? REASON_NOTES[reason] : null, SOURCE_NOTES[source.url] ?? null].filter(Boolean);
  return {
    publisher: source.publisher,
    title: source.title,
    url: source.url,
    ...sourceDate(source.date),
    needsVerification: reason !== null,
    note: notes.length ? notes.join(' ') : null,
  };
}

/** A fact can be published when its source needs no verification. */
export function isPublishableFact(index: number): boolean {
  return verificationReasonOf(factAt(index).source.url) === null;
}
