import type { MetadataRoute } from 'next';
import { getSiteUrl } from '@/lib/env';

// /robots.txt: staff pages, sign-in and the API stay out of search engines; the sitemap is named.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/connexion', '/api/'] },
    sitemap: `${getSiteUrl()}/sitemap.xml`,
  };
}
