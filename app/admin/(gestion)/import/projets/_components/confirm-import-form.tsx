'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormError } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { commitFundedProjectImportAction } from '../actions';
import { ImportReportView } from './import-report';
import { initialCommitState, type CheckImportState } from './import-state';
import { PreviewTable } from './preview-table';

type CheckedFile = Extract<CheckImportState, { status: 'success' }>;

function projectCount(count: number): string {
  return count === 1 ? '1 projet' : `${count.toLocaleString('fr-FR')} projets`;
}

/** Step 2: the preview of a valid file and the button that imports it. */
export function ConfirmImportForm({ checked }: { checked: CheckedFile }) {
  const [state, formAction] = useActionState(commitFundedProjectImportAction, initialCommitState);
  const count = checked.preview.length;
  return (
    <section aria-labelledby="apercu-import" className="mt-10 border-t border-gray-300 pt-6">
      <h2 id="apercu-import" className="mb-4 text-2xl font-bold text-gray-900">
        {state.status === 'success' ? 'Import terminé' : `Aperçu : ${projectCount(count)} prêt${count === 1 ? '' : 's'} à importer`}
      </h2>
      <div role="status" className={state.status === 'success' ? 'mb-4 rounded border border-brand-700 bg-brand-50 px-4 py-3 text-gray-900' : undefined}>
        {state.status === 'success' && (
          <>
            <p className="font-semibold">{state.message}</p>
            <p className="mt-2">
              <Link prefetch={false} href="/admin/contenus/projets" className="text-brand-700 underline hover:text-brand-800">
                Voir les projets financés
              </Link>
            </p>
          </>
        )}
      </div>
      {state.status !== 'success' && (
        <>
          <FormError message={state.status === 'error' && !state.report ? state.formError : undefined} />
          {state.status === 'error' && state.report && <ImportReportView report={state.report} fileName={checked.fileName} />}
          <PreviewTable rows={checked.preview} fileName={checked.fileName} />
          <form action={formAction}>
            <input type="hidden" name="csv" value={checked.csv} />
            <input type="hidden" name="fileName" value={checked.fileName} />
            {checked.isPublishRequested && <input type="hidden" name="publier" value="on" />}
            <p className="mb-4">
              {checked.isPublishRequested
                ? 'Les projets seront publiés dès l’import.'
                : 'Les projets seront enregistrés comme brouillons, à relire puis publier.'}{' '}
              Le fichier est vérifié à nouveau au moment de l’import : si une ligne n’est plus valide, rien n’est importé.
            </p>
            <SubmitButton pendingLabel="Import en cours…">Importer {projectCount(count)}</SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}
