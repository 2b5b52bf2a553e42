import type { ImportPreviewRow } from './import-state';

export function PreviewTable({ rows, fileName }: { rows: ImportPreviewRow[]; fileName: string }) {
  return (
    <div className="mb-6 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-gray-700">
          {rows.length === 1 ? `Le projet de « ${fileName} ».` : `Les ${rows.length.toLocaleString('fr-FR')} projets de « ${fileName} », dans l’ordre du fichier.`}
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className="py-2 pr-3 font-semibold">Ligne</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Titre</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Porteur</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Dispositif</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Année</th>
            <th scope="col" className="py-2 text-right font-semibold">Montant</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className="border-b border-gray-200 align-top">
              <td className="py-2 pr-3">{row.line}</td>
              <th scope="row" className="py-2 pr-3 font-normal">{row.title}</th>
              <td className="py-2 pr-3">{row.carrierName}</td>
              <td className="py-2 pr-3">{row.programmeName}</td>
              <td className="py-2 pr-3">{row.year}</td>
              <td className="py-2 text-right whitespace-nowrap">{row.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
