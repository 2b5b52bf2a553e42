import type { Metadata } from 'next';
import {
  absoluteUrl,
  DEFAULT_SHARE_IMAGE_ALT,
  DEFAULT_SHARE_IMAGE_PATH,
  SHARE_IMAGE_SIZE,
  SITE_LOCALE,
  SITE_NAME,
} from './site';

// One builder for every public page's metadata: title, description, canonical,
// Open Graph and Twitter card (docs/decisions/015). Next merges metadata
// shallowly, so a page's openGraph replaces its layout's whole: the builder
// always returns all of it.

export interface ShareImage {
  /** Path on the site or absolute address. */
  url: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface PageMetadataInput {
  /** Without the site's name: the layout's template adds it to <title>. `{ absolute }` for the home. */
  title: string | { absolute: string };
  description: string;
  /** The page's canonical path ("/metropoles/nantes-metropole"), also og:url; null when unknown (a 404). */
  path: string | null;
  type?: 'website' | 'article';
  /**
   * 'segment': the route's own opengraph-image file (Next adds it, with its
   * generated address); otherwise an image, by default the site's.
   */
  image?: 'segment' | ShareImage;
  /** false for pages that are not the canonical version of their content (a filter state…). Default true. */
  canonical?: boolean;
  /** false adds `noindex` (sign-in, refusals, selections). Default true. */
  index?: boolean;
  /** og:article:* for recaps. */
  article?: { publishedTime?: Date; modifiedTime?: Date | null; section?: string; tags?: string[] };
  /** Other alternates (feeds: `types`); kept beside the canonical. */
  alternates?: Omit<NonNullable<Metadata['alternates']>, 'canonical'>;
}

export const defaultShareImage: ShareImage = {
  url: DEFAULT_SHARE_IMAGE_PATH,
  alt: DEFAULT_SHARE_IMAGE_ALT,
  ...SHARE_IMAGE_SIZE,
};

function titleText(title: PageMetadataInput['title']): string {
  return typeof title === 'string' ? title : title.absolute;
}

function ogImage(image: ShareImage, siteUrl?: string) {
  return {
    url: absoluteUrl(image.url, siteUrl),
    alt: image.alt,
    width: image.width ?? SHARE_IMAGE_SIZE.width,
    height: image.height ?? SHARE_IMAGE_SIZE.height,
    type: 'image/png',
  };
}

/** Pure, apart from reading SITE_URL when `siteUrl` is not given. */
export function pageMetadata(input: PageMetadataInput, siteUrl?: string): Metadata {
  const { description, path, type = 'website', image = defaultShareImage, canonical = true, index = true, article } = input;
  const title = titleText(input.title);
  const url = path === null ? undefined : absoluteUrl(path, siteUrl);
  const images = image === 'segment' ? undefined : [ogImage(image, siteUrl)];

  const openGraphBase = {
    title,
    description,
    ...(url ? { url } : {}),
    siteName: SITE_NAME,
    locale: SITE_LOCALE,
    // Leaving `images` out (not undefined) lets Next put the segment's opengraph-image in.
    ...(images ? { images } : {}),
  };
  const openGraph: Metadata['openGraph'] =
    type === 'article'
      ? {
          ...openGraphBase,
          type: 'article',
          ...(article?.publishedTime ? { publishedTime: article.publishedTime.toISOString() } : {}),
          ...(article?.modifiedTime ? { modifiedTime: article.modifiedTime.toISOString() } : {}),
          ...(article?.section ? { section: article.section } : {}),
          ...(article?.tags?.length ? { tags: article.tags } : {}),
        }
      : { ...openGraphBase, type: 'website' };

  return {
    title: input.title,
    description,
    ...((canonical && url) || input.alternates ? { alternates: { ...input.alternates, ...(canonical && url ? { canonical: url } : {}) } } : {}),
    ...(index ? {} : { robots: { index: false, follow: true } }),
    openGraph,
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      ...(images ? { images } : {}),
    },
  };
}
