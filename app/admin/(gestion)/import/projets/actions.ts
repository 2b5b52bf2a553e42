'use server';

import { randomUUID } from 'node:crypto';
import { updateTag } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { can } from '@/lib/auth/roles';
import { requirePermission, type CurrentUser } from '@/lib/auth/session';
import { cacheTags } from '@/lib/cache-tags';
import { getDb } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { formatEurosFromCents } from '@/lib/format';
import { commitFundedProjectImport, ImportInvalidError } from '@/lib/import/funded-projects/commit';
import { decodeImportFile } from '@/lib/import/funded-projects/parse';
import { ImportCommitFormSchema, ImportFileFormSchema, type ImportIssue } from '@/lib/import/funded-projects/schema';
import { validateFundedProjectImport } from '@/lib/import/funded-projects/validate';
import { getClientAddress } from '@/lib/request';
import type { CheckImportState, CommitImportState, ImportReport } from './_components/import-state';

// Same shape as lib/action.ts's authorizedAction (authenticate → parse → authorize →
// run → typed state), written out because a file field and a report do not fit it.

/** A longer report helps nobody: the first problems show what to fix. */
const MAX_REPORTED_ISSUES = 500;

const PUBLISH_REFUSED = 'Votre rôle ne permet pas de publier : décochez « Publier directement les projets importés ».';

type Authenticated = { user: CurrentUser } | { formError: string };

async function authenticate(): Promise<Authenticated> {
  try {
    return { user: await requirePermission('content:create') };
  } catch (error) {
    if (isAppError(error)) return { formError: error.userMessage };
    throw error;
  }
}

function toReport(issues: ImportIssue[], rowCount: number): ImportReport {
  const lines = new Set(issues.flatMap((issue) => (issue.line !== null && issue.line > 1 ? [issue.line] : [])));
  return {
    issues: issues.slice(0, MAX_REPORTED_ISSUES),
    totalIssues: issues.length,
    errorLineCount: lines.size,
    rowCount,
    isFileUnreadable: rowCount === 0,
  };
}

function projectCount(count: number): string {
  return count === 1 ? '1 projet' : `${count.toLocaleString('fr-FR')} projets`;
}

/** Step 1: reads and checks the uploaded file; writes nothing. */
export async function checkFundedProjectImportAction(_previous: CheckImportState, formData: FormData): Promise<CheckImportState> {
  const values = { publier: typeof formData.get('publier') === 'string' ? String(formData.get('publier')) : undefined };
  const authenticated = await authenticate();
  if ('formError' in authenticated) return { status: 'error', fieldErrors: {}, formError: authenticated.formError, values };
  const { user } = authenticated;

  const parsed = ImportFileFormSchema.safeParse({ fichier: formData.get('fichier') ?? undefined, publier: formData.get('publier') ?? undefined });
  if (!parsed.success) {
    return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, formError: 'Certains champs sont à corriger.', values };
  }
  const { fichier, publier } = parsed.data;
  const isPublishRequested = publier === 'on';
  if (isPublishRequested && !can(user.role, 'content:publish')) {
    return { status: 'error', fieldErrors: { publier: [PUBLISH_REFUSED] }, formError: PUBLISH_REFUSED, values };
  }

  const decoded = decodeImportFile(new Uint8Array(await fichier.arrayBuffer()));
  if (decoded.status === 'unreadable') {
    return { status: 'error', fieldErrors: { fichier: decoded.issues.map((issue) => issue.message) }, formError: 'Le fichier ne peut pas être lu.', values };
  }
  const validation = await validateFundedProjectImport({ db: getDb(), csv: decoded.text });
  if (validation.status === 'invalid') {
    return { status: 'invalid', fileName: fichier.name, report: toReport(validation.issues, validation.rowCount), values };
  }
  return {
    status: 'valid',
    token: randomUUID(),
    fileName: fichier.name,
    csv: decoded.text,
    isPublishRequested,
    preview: validation.rows.map((row) => ({
      line: row.line,
      title: row.title,
      carrierName: row.carrierName,
      programmeName: row.fundingProgramme.name,
      year: row.year,
      amount: formatEurosFromCents(row.amountCents),
    })),
  };
}

/** Step 2: checks the same text again and imports every row, or nothing. */
export async function commitFundedProjectImportAction(_previous: CommitImportState, formData: FormData): Promise<CommitImportState> {
  const authenticated = await authenticate();
  if ('formError' in authenticated) return { status: 'error', formError: authenticated.formError };
  const { user } = authenticated;

  const parsed = ImportCommitFormSchema.safeParse({
    csv: formData.get('csv') ?? undefined,
    fileName: formData.get('fileName') ?? undefined,
    publier: formData.get('publier') ?? undefined,
  });
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    return { status: 'error', formError: first?.message ?? 'Le formulaire est incomplet : vérifiez à nouveau le fichier.' };
  }
  const { csv, fileName, publier } = parsed.data;
  const isPublishRequested = publier === 'on';
  if (isPublishRequested && !can(user.role, 'content:publish')) return { status: 'error', formError: PUBLISH_REFUSED };

  let count: number;
  try {
    const ipAddress = getClientAddress(await headers());
    ({ count } = await commitFundedProjectImport({ db: getDb(), actor: user, csv, fileName, isPublishRequested, ipAddress }));
  } catch (error) {
    if (error instanceof ImportInvalidError) return { status: 'invalid', report: toReport(error.issues, error.rowCount) };
    if (isAppError(error)) return { status: 'error', formError: error.userMessage };
    throw error;
  }

  if (isPublishRequested) {
    updateTag(cacheTags.fundedProjects);
    updateTag(cacheTags.fundingProgrammes);
  }
  const plural = count === 1 ? '' : 's';
  return {
    status: 'success',
    count,
    isPublished: isPublishRequested,
    message: `${projectCount(count)} importé${plural} ${isPublishRequested ? `et publié${plural}` : 'en brouillon'}.`,
  };
}
