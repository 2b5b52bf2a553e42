import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/not-found-content';
import { NOT_FOUND_DESCRIPTION } from '@/lib/seo/descriptions';
import { pageMetadata } from '@/lib/seo/metadata';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SkipLink } from '@/components/skip-link';

// No canonical and no og:url (the address is unknown); Next itself adds `noindex` to every 404 response.
export const metadata: Metadata = pageMetadata({ title: 'Page introuvable', description: NOT_FOUND_DESCRIPTION, path: null, canonical: false });

// For URLs that match no route: rendered in the root layout only, so it brings the site's header and footer.
export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <SiteHeader />
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-12 focus:outline-none">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </div>
  );
}
