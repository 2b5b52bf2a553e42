import { getSiteUrl } from '@/lib/env';

// Pure and client-safe: who the portal is, for titles, share cards and JSON-LD.

export const SITE_NAME = 'Observatoire des politiques ESS des métropoles';
export const SITE_LOCALE = 'fr_FR';
export const SITE_LANGUAGE = 'fr';
export const SITE_DESCRIPTION =
  "Comment les 22 métropoles françaises soutiennent l'économie sociale et solidaire et l'innovation sociale : politiques, leviers, projets financés, structures d'accompagnement. Publié par RTES et Avise.";

/** The portal's publishers, as readers know them. */
export const SITE_PUBLISHERS = ['RTES', 'Avise'] as const;

/** Size of every share image (Open Graph and Twitter's summary_large_image). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The site's default share image (app/opengraph-image.tsx). */
export const DEFAULT_SHARE_IMAGE_PATH = '/opengraph-image';
export const DEFAULT_SHARE_IMAGE_ALT = `${SITE_NAME}, publié par RTES et Avise`;

/**
 * Absolute address of a path on the public origin (SITE_URL). A path that is
 * already absolute is returned as it is.
 */
export function absoluteUrl(path: string, siteUrl: string = getSiteUrl()): string {
  if (/^https?:\/\//i.test(path)) return path;
  const origin = siteUrl.replace(/\/+$/, '');
  return `${origin}${path.startsWith('/') ? path : `/${path}`}`;
}
