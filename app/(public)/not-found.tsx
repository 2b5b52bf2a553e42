import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/not-found-content';

export const metadata: Metadata = {
  title: 'Page introuvable',
  robots: { index: false },
};

// notFound() from a public page (unknown slug): rendered inside the public layout, which has the header and footer.
export default function PublicNotFound() {
  return <NotFoundContent />;
}
