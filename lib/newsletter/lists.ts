import type { NewsletterList } from '@/lib/generated/prisma/enums';

/** The lists one can subscribe to: form value (French, stable), label. */
export const NEWSLETTER_LISTS = [
  { list: 'WORKING_GROUPS', value: 'groupes-de-travail', label: 'Groupes de travail', hint: 'Un courriel à la publication de chaque compte rendu de groupe de travail.' },
  { list: 'OBSERVATORY_NEWS', value: 'actualites', label: 'Actualités de l’observatoire', hint: 'Les études et publications du programme, à leur parution.' },
] as const satisfies ReadonlyArray<{ list: NewsletterList; value: string; label: string; hint: string }>;

export type NewsletterListValue = (typeof NEWSLETTER_LISTS)[number]['value'];

export const listLabel = (list: NewsletterList) => NEWSLETTER_LISTS.find((entry) => entry.list === list)!.label;

export function listFromValue(value: string): NewsletterList | undefined {
  return NEWSLETTER_LISTS.find((entry) => entry.value === value)?.list;
}
