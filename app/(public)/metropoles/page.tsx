import type { Metadata } from 'next';
import { NO_DIRECTORY_FILTERS } from '@/lib/metropolises/directory-filters';
import { DIRECTORY_DESCRIPTION } from '@/lib/seo/descriptions';
import { pageMetadata } from '@/lib/seo/metadata';
import { MetropolisDirectory } from './_components/metropolis-directory';

export const metadata: Metadata = pageMetadata({ title: 'Les métropoles', description: DIRECTORY_DESCRIPTION, path: '/metropoles' });

// With a query string, proxy.ts sends the request to annuaire-filtre/… instead (docs/decisions/011).
export default function MetropolisesPage() {
  return <MetropolisDirectory filters={NO_DIRECTORY_FILTERS} />;
}
