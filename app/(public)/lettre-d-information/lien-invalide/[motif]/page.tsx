import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isLinkRefusal, LINK_REFUSALS } from '@/lib/newsletter/refusals';

// Where proxy.ts rewrites a refused newsletter link (status 400 or 410, the
// address in the browser unchanged), and where a refused POST is sent (303).
// Not prerendered, so each response keeps the proxy's status (see the
// comparison's refusal page). With cacheComponents the list cannot be empty:
// this value is no reason, so its page is a 404.
export function generateStaticParams() {
  return [{ motif: 'aucun' }];
}

export async function generateMetadata({ params }: { params: Promise<{ motif: string }> }): Promise<Metadata> {
  const { motif } = await params;
  return { title: isLinkRefusal(motif) ? LINK_REFUSALS[motif].title : 'Page introuvable', robots: { index: false } };
}

export default async function LinkRefusedPage({ params }: { params: Promise<{ motif: string }> }) {
  const { motif } = await params;
  if (!isLinkRefusal(motif)) notFound();
  const refusal = LINK_REFUSALS[motif];
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-gray-900">{refusal.title}</h1>
      <p className="mb-4 max-w-3xl text-lg text-gray-900">{refusal.message}</p>
      <p>
        <Link href="/lettre-d-information" className="text-brand-700 underline hover:text-brand-800">
          Page de la lettre d’information
        </Link>
      </p>
    </>
  );
}
