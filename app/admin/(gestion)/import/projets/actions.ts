'use server';

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { staffAction } from '@/lib/action';
import { can } from '@/lib/auth/roles';
import { invalidationTags } from '@/lib/content/server/descriptors';
import { formatEurosFromCents } from '@/lib/format';
import { commitFundedProjectImport, ImportInvalidError } from '@/lib/import/funded-projects/commit';
import { decodeImportFile } from '@/lib/import/funded-projects/parse';
import { ImportCommitFormSchema, ImportFileFormSchema, type ImportIssue } from '@/lib/import/funded-projects/schema';
import { validateFundedProjectImport } from '@/lib/import/funded-projects/validate';
import type { CheckImportState, CommitImportState, ImportReport } from './_components/import-state';

// Both steps go through staffAction (lib/action.ts), like every staff action: the
// file field and the report only change what is parsed and what a refusal shows.

/** A longer report helps nobody: the first problems show what to fix. */
const MAX_REPORTED_ISSUES = 500;

const PUBLISH_REFUSED = 'Votre rôle ne permet pas de publier : décochez « Publier directement les projets importés ».';

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

function publishValue(formData: FormData): { publier?: string } {
  const publier = formData.get('publier');
  return { publier: typeof publier === 'string' ? publier : undefined };
}

type ImportFileForm = z.infer<typeof ImportFileFormSchema>;

/** Step 1: reads and checks the uploaded file; writes nothing. */
export const checkFundedProjectImportAction = staffAction<ImportFileForm, CheckImportState>(
  {
    permission: 'content:create',
    parse: (formData) => {
      const parsed = ImportFileFormSchema.safeParse({ fichier: formData.get('fichier') ?? undefined, publier: formData.get('publier') ?? undefined });
      return parsed.success ? { success: true, data: parsed.data } : { success: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
    },
    echo: publishValue,
  },
  async ({ fichier, publier }, { user, db }) => {
    const values = { publier };
    const isPublishRequested = publier === 'on';
    if (isPublishRequested && !can(user.role, 'content:publish')) {
      return { status: 'error', fieldErrors: { publier: [PUBLISH_REFUSED] }, formError: PUBLISH_REFUSED, values };
    }
    const decoded = decodeImportFile(new Uint8Array(await fichier.arrayBuffer()));
    if (decoded.status === 'unreadable') {
      return { status: 'error', fieldErrors: { fichier: decoded.issues.map((issue) => issue.message) }, formError: 'Le fichier ne peut pas être lu.', values };
    }
    const validation = await validateFundedProjectImport({ db, csv: decoded.text });
    if (validation.status === 'invalid') {
      return { status: 'error', formError: 'Le fichier contient des erreurs : rien n’a été importé.', fieldErrors: {}, fileName: fichier.name, report: toReport(validation.issues, validation.rowCount), values };
    }
    return {
      status: 'success',
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
  },
);

type ImportCommitForm = z.infer<typeof ImportCommitFormSchema>;

/** Step 2: checks the same text again and imports every row, or nothing. */
export const commitFundedProjectImportAction = staffAction<ImportCommitForm, CommitImportState>(
  {
    permission: 'content:create',
    parse: (formData) => {
      const parsed = ImportCommitFormSchema.safeParse({
        csv: formData.get('csv') ?? undefined,
        fileName: formData.get('fileName') ?? undefined,
        publier: formData.get('publier') ?? undefined,
      });
      if (parsed.success) return { success: true, data: parsed.data };
      const [first] = parsed.error.issues;
      return { success: false, fieldErrors: {}, formError: first?.message ?? 'Le formulaire est incomplet : vérifiez à nouveau le fichier.' };
    },
    echo: publishValue,
    refusal: (error) => (error instanceof ImportInvalidError ? { report: toReport(error.issues, error.rowCount) } : undefined),
  },
  async ({ csv, fileName, publier }, context) => {
    const isPublishRequested = publier === 'on';
    if (isPublishRequested && !can(context.user.role, 'content:publish')) return { status: 'error', formError: PUBLISH_REFUSED, fieldErrors: {} };
    const { count } = await commitFundedProjectImport({ db: context.db, actor: context.actor, csv, fileName, isPublishRequested, ipAddress: context.ipAddress });
    // Published projects change their programmes' totals too.
    if (isPublishRequested) context.invalidate([...invalidationTags('FundedProject', []), ...invalidationTags('FundingProgramme', [])]);
    const plural = count === 1 ? '' : 's';
    return {
      status: 'success',
      count,
      isPublished: isPublishRequested,
      message: `${projectCount(count)} importé${plural} ${isPublishRequested ? `et publié${plural}` : 'en brouillon'}.`,
    };
  },
);
