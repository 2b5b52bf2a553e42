import type { Metadata } from 'next';
import Link from 'next/link';
import { formatParisDateTime } from '@/lib/audit/labels';
import { requirePagePermission } from '@/lib/auth/session';
import { getMailer } from '@/lib/mail/mailer';
import { findStoredEmails } from '@/lib/newsletter/queries';

export const metadata: Metadata = { title: 'Courriels' };

function pageOf(value: string | string[] | undefined): number {
  const page = Number(typeof value === 'string' ? value : '1');
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export default async function StoredEmailsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission('newsletter:manage', '/admin/courriels');
  const page = pageOf((await searchParams).page);
  const { emails, total, pageCount } = await findStoredEmails(page);
  const isSmtp = getMailer().kind === 'smtp';
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-gray-900">Courriels</h1>
      <p className="mb-6 max-w-3xl text-gray-800">
        {isSmtp
          ? 'Les courriels partent par le serveur SMTP configuré (SMTP_URL) ; ceux ci-dessous ont été conservés avant sa configuration.'
          : 'Aucun serveur SMTP n’est configuré (SMTP_URL) : les courriels du portail sont conservés ici au lieu d’être envoyés.'}
      </p>
      {emails.length === 0 ? (
        <p>{total === 0 ? 'Aucun courriel conservé.' : 'Cette page est vide : revenez à la première page.'}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-gray-800">
            Courriels conservés, du plus récent au plus ancien (heure de Paris) : {total} au total, page {page} sur {pageCount}.
          </caption>
          <thead>
            <tr className="border-b border-gray-400">
              <th scope="col" className="py-2 pr-4">Date</th>
              <th scope="col" className="py-2 pr-4">Destinataire</th>
              <th scope="col" className="py-2 pr-4">Objet</th>
            </tr>
          </thead>
          <tbody>
            {emails.map((email) => (
              <tr key={email.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">
                  <time dateTime={email.createdAt.toISOString()}>{formatParisDateTime(email.createdAt)}</time>
                </td>
                <td className="py-2 pr-4 break-all">{email.to}</td>
                <td className="py-2 pr-4">
                  <Link prefetch={false} href={`/admin/courriels/${email.id}`} className="text-brand-700 underline hover:text-brand-800">
                    {email.subject}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pageCount > 1 && (
        <nav aria-label="Pagination des courriels" className="mt-6">
          <ul className="flex flex-wrap items-center gap-4">
            {page > 1 && (
              <li>
                <Link prefetch={false} href={`/admin/courriels?page=${page - 1}`} className="text-brand-700 underline hover:text-brand-800">
                  Page précédente
                </Link>
              </li>
            )}
            <li>
              Page {page} sur {pageCount}
            </li>
            {page < pageCount && (
              <li>
                <Link prefetch={false} href={`/admin/courriels?page=${page + 1}`} className="text-brand-700 underline hover:text-brand-800">
                  Page suivante
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
