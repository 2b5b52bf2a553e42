import type { ImportReport } from './import-state';

function lineCount(count: number): string {
  return count === 1 ? '1 ligne en erreur' : `${count.toLocaleString('fr-FR')} lignes en erreur`;
}

/** The summary is an alert; the table after it is read at the user's pace. */
export function ImportReportView({ report, fileName }: { report: ImportReport; fileName?: string }) {
  const { issues, totalIssues, errorLineCount, rowCount, isFileUnreadable } = report;
  const summary = isFileUnreadable
    ? 'Le fichier ne peut pas être lu : rien n’a été importé.'
    : `${lineCount(errorLineCount)} : rien n’a été importé.`;
  const of = fileName ? `de « ${fileName} »` : 'du fichier';
  return (
    <div className="mt-6">
      <div role="alert" className="mb-4 rounded border border-red-700 bg-red-50 px-4 py-3 text-red-900">
        <p className="font-semibold">{summary}</p>
        <p>
          {isFileUnreadable
            ? 'Corrigez les points ci-dessous, puis vérifiez à nouveau le fichier.'
            : `Le fichier compte ${rowCount.toLocaleString('fr-FR')} ligne${rowCount === 1 ? '' : 's'} de données. Corrigez les lignes ci-dessous, puis vérifiez à nouveau le fichier : un import ne passe que si toutes ses lignes sont valides.`}
        </p>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-gray-700">
            Problèmes {of}, ligne par ligne (l’en-tête est la ligne 1, comme dans un tableur)
            {totalIssues > issues.length ? ` : les ${issues.length} premiers sur ${totalIssues.toLocaleString('fr-FR')}.` : '.'}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-300">
              <th scope="col" className="py-2 pr-3 font-semibold">Ligne</th>
              <th scope="col" className="py-2 pr-3 font-semibold">Colonne</th>
              <th scope="col" className="py-2 font-semibold">Problème</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => (
              <tr key={index} className="border-b border-gray-200 align-top">
                <td className="py-2 pr-3">{issue.line ?? 'Fichier'}</td>
                <td className="py-2 pr-3">{issue.column ? <code>{issue.column}</code> : '—'}</td>
                <td className="py-2">{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
