import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePagePermission } from '@/lib/auth/session';
import { contentTypes } from '@/lib/content/registry';
import { countContentByStatus } from '@/lib/dashboard/queries';

export const metadata: Metadata = { title: 'Contenus' };

export default async function ContentIndexPage() {
  await requirePagePermission('admin:access', '/admin/contenus');
  const counts = new Map((await countContentByStatus()).map((row) => [row.entityType, row.counts]));
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-gray-900">Contenus</h1>
      <p className="mb-6 text-gray-800">Choisissez un type de contenu pour chercher, créer ou modifier ses fiches.</p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {contentTypes.map((type) => {
          const count = counts.get(type.entityType);
          const total = count ? Object.values(count).reduce((sum, value) => sum + value, 0) : 0;
          return (
            <li key={type.segment} className="rounded border border-gray-300 p-4">
              <Link prefetch={false} href={`/admin/contenus/${type.segment}`} className="text-lg font-semibold text-brand-700 underline hover:text-brand-800">
                {type.plural.charAt(0).toUpperCase() + type.plural.slice(1)}
              </Link>
              <p className="text-sm text-gray-800">
                {total} fiche{total > 1 ? 's' : ''}
                {count && count.IN_REVIEW > 0 ? `, dont ${count.IN_REVIEW} en relecture` : ''}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
