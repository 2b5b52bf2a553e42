import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { formatStudyStatus } from '@/lib/format';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadPublicDates } from '@/lib/history/load';
import { publishedWhere } from '@/lib/publication';
import { toSafeHref } from '@/lib/safe-url';
import { renderAtom, tagUri, type AtomEntry, type AtomFeed } from './atom';
import { feedPath, type FeedFilter } from './filter';

export const OBSERVATORY_AUTHOR = { name: 'Observatoire des politiques ESS des métropoles (RTES et Avise)' };
export const FEED_TITLE = 'Observatoire des politiques ESS des métropoles : comptes rendus et publications';
/** Only for a feed that has no entry yet, which still needs an `updated`. */
const FEED_EPOCH = new Date('2026-01-01T00:00:00.000Z');

export type FeedResult = { kind: 'feed'; xml: string; feed: AtomFeed } | { kind: 'unknown'; message: string };

interface ResolvedFilter {
  recaps: Prisma.WorkingGroupReportWhereInput;
  /** Publications carry no métropole or theme: they follow the published recaps that link them. */
  publications: Prisma.PublicationWhereInput;
  title: string;
  idPart: string;
  alternate: string;
}

async function resolveFilter(db: DbClient, filter: FeedFilter, siteUrl: string): Promise<ResolvedFilter | string> {
  const recapConditions: Prisma.WorkingGroupReportWhereInput[] = [];
  const titles: string[] = [];
  const idParts: string[] = [];
  let alternate = `${siteUrl}/groupes-de-travail`;
  if (filter.metropole) {
    const metropolis = await db.metropolis.findFirst({ where: { slug: filter.metropole, ...publishedWhere }, select: { id: true, officialName: true } });
    if (!metropolis) return `Aucune métropole publiée n’a pour identifiant « ${filter.metropole} ».`;
    // A métropole's feed: the meetings it attended or where it presented a focus.
    recapConditions.push({ OR: [{ participants: { some: { metropolisId: metropolis.id } } }, { focusPresentations: { some: { metropolisId: metropolis.id } } }] });
    titles.push(metropolis.officialName);
    idParts.push(`metropole/${metropolis.id}`);
    alternate = `${siteUrl}/metropoles/${filter.metropole}`;
  }
  if (filter.theme) {
    const theme = await db.theme.findFirst({ where: { slug: filter.theme, ...publishedWhere }, select: { id: true, name: true } });
    if (!theme) return `Aucun thème publié n’a pour identifiant « ${filter.theme} ».`;
    recapConditions.push({ themes: { some: { id: theme.id, ...publishedWhere } } });
    titles.push(`thème « ${theme.name} »`);
    idParts.push(`theme/${theme.id}`);
  }
  const recaps: Prisma.WorkingGroupReportWhereInput = { ...publishedWhere, AND: recapConditions };
  return {
    recaps,
    publications: recapConditions.length ? { ...publishedWhere, reports: { some: recaps } } : publishedWhere,
    title: titles.length ? `${FEED_TITLE} (${titles.join(', ')})` : FEED_TITLE,
    idPart: idParts.length ? `flux/${idParts.join('/')}` : 'flux',
    alternate,
  };
}

const later = (a: Date, b: Date | null) => (b && b > a ? b : a);

/**
 * The Atom feed of published recaps and publications, narrowed by a filter;
 * `unknown` when the filter names no published métropole or theme. Entry ids
 * come from row ids; `updated` moves only with a public change (lib/history).
 */
export async function loadFeed(db: DbClient, filter: FeedFilter, siteUrl: string): Promise<FeedResult> {
  const resolved = await resolveFilter(db, filter, siteUrl);
  if (typeof resolved === 'string') return { kind: 'unknown', message: resolved };

  const [recaps, publications] = await Promise.all([
    db.workingGroupReport.findMany({
      where: resolved.recaps,
      orderBy: [{ firstPublishedOn: 'desc' }, { id: 'asc' }],
      select: {
        id: true,
        slug: true,
        title: true,
        summary: true,
        firstPublishedOn: true,
        lastUpdatedOn: true,
        createdAt: true,
        organisers: { where: publishedWhere, orderBy: { name: 'asc' }, select: { name: true, website: true } },
        themes: { where: publishedWhere, orderBy: { name: 'asc' }, select: { slug: true, name: true } },
      },
    }),
    db.publication.findMany({
      where: resolved.publications,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      select: {
        id: true,
        title: true,
        summary: true,
        studyStatus: true,
        expectedYear: true,
        expectedMonth: true,
        publishedOn: true,
        url: true,
        createdAt: true,
        publishers: { where: publishedWhere, orderBy: { name: 'asc' }, select: { name: true, website: true } },
      },
    }),
  ]);
  const [recapDates, publicationDates] = await Promise.all([loadPublicDates(db, 'WorkingGroupReport', recaps), loadPublicDates(db, 'Publication', publications)]);

  const personOf = (organisation: { name: string; website: string | null }) => {
    const uri = organisation.website ? toSafeHref(organisation.website) : null;
    return uri ? { name: organisation.name, uri } : { name: organisation.name };
  };

  const entries: AtomEntry[] = [
    ...recaps.map((recap): AtomEntry => {
      const dates = recapDates.get(recap.id)!;
      return {
        id: tagUri(siteUrl, `groupe-de-travail/${recap.id}`),
        title: recap.title,
        alternate: `${siteUrl}/groupes-de-travail/${recap.slug}`,
        published: recap.firstPublishedOn,
        // The editorial dates readers see on the page, or a later correction published here.
        updated: later(recap.lastUpdatedOn ?? recap.firstPublishedOn, dates.lastCorrectedAt),
        summary: recap.summary,
        authors: recap.organisers.map(personOf),
        categories: recap.themes.map((theme) => ({ term: theme.slug, label: theme.name })),
      };
    }),
    ...publications.map((publication): AtomEntry => {
      const dates = publicationDates.get(publication.id)!;
      const status = formatStudyStatus(publication);
      const href = publication.url ? toSafeHref(publication.url) : null;
      return {
        id: tagUri(siteUrl, `publication/${publication.id}`),
        title: publication.title,
        ...(href ? { alternate: href } : {}),
        ...(publication.publishedOn ? { published: publication.publishedOn } : {}),
        updated: dates.lastCorrectedAt ?? publication.publishedOn ?? dates.firstPublishedAt,
        summary: `Publication ${status}.`,
        content: [publication.summary, `Statut : ${status}.`].filter(Boolean).join('\n\n'),
        authors: publication.publishers.map(personOf),
        categories: [],
      };
    }),
  ].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id));

  const feed: AtomFeed = {
    id: tagUri(siteUrl, resolved.idPart),
    title: resolved.title,
    subtitle: 'Comptes rendus des groupes de travail et publications du programme « Métropoles, ESS et innovation sociale ».',
    self: `${siteUrl}${feedPath(filter)}`,
    alternate: resolved.alternate,
    updated: entries.reduce((max, entry) => later(max, entry.updated), entries.length ? entries[0]!.updated : FEED_EPOCH),
    authors: [OBSERVATORY_AUTHOR],
    icon: `${siteUrl}/icon.svg`,
    rights: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
    entries,
  };
  return { kind: 'feed', xml: renderAtom(feed), feed };
}
