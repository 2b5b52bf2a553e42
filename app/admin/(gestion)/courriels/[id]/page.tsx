import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatParisDateTime } from '@/lib/audit/labels';
import { requirePagePermission } from '@/lib/auth/session';
import { findStoredEmail } from '@/lib/newsletter/queries';
import { LinkedText } from './_components/linked-text';

export const metadata: Metadata = { title: 'Courriel' };

export default async function StoredEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission('newsletter:manage', `/admin/courriels/${encodeURIComponent(id)}`);
  const email = await findStoredEmail(id);
  if (!email) notFound();
  const headers = Object.entries((email.headers ?? {}) as Record<string, string>);
  return (
    <>
      <p className="mb-4">
        <Link prefetch={false} href="/admin/courriels" className="text-brand-700 underline hover:text-brand-800">
          Tous les courriels
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold text-gray-900">{email.subject}</h1>
      <dl className="mb-6 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Destinataire</dt>
        <dd className="break-all">{email.to}</dd>
        <dt className="font-semibold">Date</dt>
        <dd>
          <time dateTime={email.createdAt.toISOString()}>{formatParisDateTime(email.createdAt)}</time>
        </dd>
        {headers.map(([name, value]) => (
          <HeaderRow key={name} name={name} value={String(value)} />
        ))}
      </dl>
      <h2 className="mb-2 text-xl font-semibold text-gray-900">Texte du courriel</h2>
      <LinkedText text={email.text} />
    </>
  );
}

function HeaderRow({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt className="font-semibold">{name}</dt>
      <dd className="font-mono text-sm break-all">{value}</dd>
    </>
  );
}
