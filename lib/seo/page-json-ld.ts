import { formatOrdinal } from '@/lib/format';
import type { MetropolisListItem, MetropolisProfile } from '@/lib/metropolises/select';
import type { WorkingGroupDetail } from '@/lib/working-groups/select';
import { articleJsonLd, datasetJsonLd, metropolisJsonLd, type JsonLdDocument } from './json-ld';

// Pure: the JSON-LD of each kind of public page, from the data the page shows.

export const recapPath = (slug: string) => `/groupes-de-travail/${slug}`;
export const metropolisPath = (slug: string) => `/metropoles/${slug}`;

export function recapJsonLd(recap: WorkingGroupDetail, siteUrl?: string): JsonLdDocument {
  return articleJsonLd(
    {
      path: recapPath(recap.slug),
      headline: recap.title,
      description: recap.summary,
      datePublished: recap.firstPublishedOn,
      dateModified: recap.lastUpdatedOn,
      authors: recap.organisers.map((organiser) => ({ name: organiser.name, url: organiser.website })),
      about: recap.participants,
      mentions: recap.focusPresentations.map((focus) => focus.metropolis),
      keywords: recap.themes.map((theme) => theme.name),
      articleSection: `${formatOrdinal(recap.sequenceNumber)} groupe de travail`,
    },
    siteUrl,
  );
}

export function metropolisDescription(metropolis: Pick<MetropolisProfile, 'officialName' | 'region'>): string {
  return `${metropolis.officialName} (${metropolis.region}) : politique en faveur de l’économie sociale et solidaire, plans, dispositifs de financement et structures d’accompagnement.`;
}

/** `place` is the directory's entry of the same métropole: it carries the map position. */
export function metropolisPageJsonLd(metropolis: MetropolisProfile, place: Pick<MetropolisListItem, 'latitude' | 'longitude'> | null, siteUrl?: string): JsonLdDocument {
  return metropolisJsonLd(
    {
      slug: metropolis.slug,
      officialName: metropolis.officialName,
      shortName: metropolis.shortName,
      region: metropolis.region,
      seatCity: metropolis.seatCity,
      sirenCode: metropolis.sirenCode,
      website: metropolis.website,
      description: metropolisDescription(metropolis),
      geo: place ? { latitude: place.latitude, longitude: place.longitude } : null,
    },
    siteUrl,
  );
}

/** The funded projects as a data set: the explorer's page and its CSV export. */
export function fundedProjectsDatasetJsonLd(years: { firstYear: number | null; lastYear: number | null }, siteUrl?: string): JsonLdDocument {
  const { firstYear, lastYear } = years;
  const temporalCoverage = firstYear !== null && lastYear !== null ? (firstYear === lastYear ? String(firstYear) : `${firstYear}/${lastYear}`) : null;
  return datasetJsonLd(
    {
      path: '/projets',
      name: 'Projets financés par les dispositifs ESS des métropoles',
      description:
        'Les projets soutenus par les appels à projets, prix et aides des métropoles en faveur de l’économie sociale et solidaire, tels qu’ils sont enregistrés dans l’observatoire : porteur, forme juridique, année, montant accordé, quartier prioritaire, thématiques.',
      downloadPath: '/projets/export.csv',
      keywords: ['économie sociale et solidaire', 'innovation sociale', 'métropoles', 'subventions', 'appels à projets'],
      temporalCoverage,
    },
    siteUrl,
  );
}
