import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/not-found-content';
import { NOT_FOUND_DESCRIPTION } from '@/lib/seo/descriptions';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({ title: 'Page introuvable', description: NOT_FOUND_DESCRIPTION, path: null, canonical: false, index: false });

// notFound() from a public page (unknown slug): rendered inside the public layout, which has the header and footer.
export default function PublicNotFound() {
  return <NotFoundContent />;
}
