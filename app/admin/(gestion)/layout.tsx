import { Suspense } from 'react';
import { SkipLink } from '@/components/skip-link';
import { AdminHeader } from './_components/admin-header';

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <Suspense fallback={<div className="h-24 border-b border-gray-300 bg-gray-50" />}>
        <AdminHeader />
      </Suspense>
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        <Suspense fallback={<p>Chargement…</p>}>{children}</Suspense>
      </main>
    </div>
  );
}
