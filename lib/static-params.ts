/**
 * Slug used when nothing is published yet: with cacheComponents,
 * generateStaticParams must return at least one entry. No row can have it
 * (slugs are lowercase words and hyphens), so its page is a 404.
 */
export const PLACEHOLDER_SLUG = 'aucune-fiche-publiee--';

export interface SlugParams {
  slug: string;
}

export function withPlaceholder(slugs: string[]): SlugParams[] {
  return slugs.length > 0 ? slugs.map((slug) => ({ slug })) : [{ slug: PLACEHOLDER_SLUG }];
}

/** Props of a [slug] page: params is a promise in Next 16. */
export interface SlugPageProps {
  params: Promise<SlugParams>;
}
