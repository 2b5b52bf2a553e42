import type { ActionState } from '@/lib/action-state';
import type { ImportIssue } from '@/lib/import/funded-projects/schema';

/** What the error report shows: at most MAX_REPORTED_ISSUES problems, with the totals. */
export interface ImportReport {
  issues: ImportIssue[];
  totalIssues: number;
  /** Data rows with at least one problem. */
  errorLineCount: number;
  /** Data rows read; 0 when the file itself could not be read. */
  rowCount: number;
  isFileUnreadable: boolean;
}

/** One row of the preview, formatted on the server. */
export interface ImportPreviewRow {
  line: number;
  title: string;
  carrierName: string;
  programmeName: string;
  year: number;
  /** fr-FR: "768 200 €". */
  amount: string;
}

type PublishValues = { publier?: string };

/** Step 1: refused (field errors, or the file's report), or checked (its preview). */
export type CheckImportState = ActionState<
  { fichier: unknown; publier?: string },
  {
    /** New for every check, so the confirmation form starts afresh. */
    token: string;
    fileName: string;
    /** The checked text, sent back by the confirmation form and validated again. */
    csv: string;
    isPublishRequested: boolean;
    preview: ImportPreviewRow[];
  },
  { fileName?: string; report?: ImportReport },
  PublishValues
>;

/** Step 2: refused (the report when the file no longer passes), or imported. */
export type CommitImportState = ActionState<{ csv: string; fileName: string; publier?: string }, { count: number; isPublished: boolean; message: string }, { report?: ImportReport }, PublishValues>;

export const initialCheckState: CheckImportState = { status: 'idle' };
export const initialCommitState: CommitImportState = { status: 'idle' };
