import type { Metadata } from 'next';
import { NO_DIRECTORY_FILTERS } from '@/lib/metropolises/directory-filters';
import { MetropolisDirectory } from './_components/metropolis-directory';

export const metadata: Metadata = {
  title: 'Les métropoles',
  description:
    'Les 22 métropoles françaises : région, siège, population, adhésion au RTES et politique en faveur de l’économie sociale et solidaire, sur une carte et en liste.',
};

// With a query string, proxy.ts sends the request to annuaire-filtre/… instead (docs/decisions/011).
export default function MetropolisesPage() {
  return <MetropolisDirectory filters={NO_DIRECTORY_FILTERS} />;
}
