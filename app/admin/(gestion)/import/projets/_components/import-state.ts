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

export type CheckImportState =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: { fichier?: string[]; publier?: string[] }; formError?: string; values: PublishValues }
  | { status: 'invalid'; fileName: string; report: ImportReport; values: PublishValues }
  | {
      status: 'valid';
      /** New for every check, so the confirmation form starts afresh. */
      token: string;
      fileName: string;
      /** The checked text, sent back by the confirmation form and validated again. */
      csv: string;
      isPublishRequested: boolean;
      preview: ImportPreviewRow[];
    };

export type CommitImportState =
  | { status: 'idle' }
  | { status: 'error'; formError: string }
  | { status: 'invalid'; report: ImportReport }
  | { status: 'success'; count: number; isPublished: boolean; message: string };

export const initialCheckState: CheckImportState = { status: 'idle' };
export const initialCommitState: CommitImportState = { status: 'idle' };
