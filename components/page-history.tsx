import { DateText } from '@/components/date-text';
import { TEXT_CHANGED } from '@/lib/history/changes';
import type { PageHistory } from '@/lib/history/page';

/** "Mis à jour le …": only once the page or a figure on it was corrected after publication. */
export function UpdatedOn({ history }: { history?: PageHistory }) {
  if (!history?.updatedOn) return null;
  return (
    <p className="text-sm text-gray-700">
      Mis à jour le <DateText date={history.updatedOn} /> ·{' '}
      <a href="#historique" className="text-brand-700 underline hover:text-brand-800">
        historique des modifications
      </a>
    </p>
  );
}

/**
 * "Historique des modifications": each published correction of the page and of
 * the figures it shows, newest first, with what changed (old → new). Built from
 * published versions only (lib/history): no draft, no name of who edited.
 */
export function PageHistorySection({ history }: { history?: PageHistory }) {
  if (!history || history.entries.length === 0) return null;
  return (
    <section aria-labelledby="historique" className="mt-12 border-t border-gray-200 pt-6">
      <h2 id="historique" className="mb-4 scroll-mt-4 text-xl font-bold text-gray-900">
        Historique des modifications
      </h2>
      <ol className="space-y-4">
        {history.entries.map((entry) => (
          <li key={entry.anchor} id={entry.anchor} className="scroll-mt-4 rounded-lg p-2 target:ring-2 target:ring-brand-700">
            <p className="font-medium text-gray-900">
              <DateText date={entry.date} />
              {entry.subject ? ` · ${entry.subject}` : ' · cette page'}
            </p>
            <ul className="mt-1 list-disc space-y-1 pl-6 text-gray-800">
              {entry.changes.map((change) => (
                <li key={change.label}>
                  {change.label} :{' '}
                  {change.kind === 'text' ? (
                    TEXT_CHANGED
                  ) : (
                    <>
                      <span className="whitespace-pre-line">{change.before}</span>
                      {' → '}
                      <span className="whitespace-pre-line">{change.after}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
