import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/not-found-content';
import { NOT_FOUND_DESCRIPTION } from '@/lib/seo/descriptions';
import { pageMetadata } from '@/lib/seo/metadata';

// No canonical and no og:url (the address is unknown); Next itself adds `noindex` to every 404 response.
export const metadata: Metadata = pageMetadata({ title: 'Page introuvable', description: NOT_FOUND_DESCRIPTION, path: null, canonical: false });

// notFound() from a public page (unknown slug): rendered inside the public layout, which has the header and footer.
export default function PublicNotFound() {
  return <NotFoundContent />;
}
