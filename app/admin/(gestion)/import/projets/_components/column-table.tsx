import { FUNDED_PROJECT_COLUMNS } from '@/lib/import/funded-projects/columns';

export function ColumnTable() {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-gray-700">Colonnes du fichier, dans l’ordre du modèle (l’ordre du fichier est libre).</caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className="py-2 pr-3 font-semibold">Colonne</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Contenu</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Obligatoire</th>
            <th scope="col" className="py-2 font-semibold">Format</th>
          </tr>
        </thead>
        <tbody>
          {FUNDED_PROJECT_COLUMNS.map((column) => (
            <tr key={column.name} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <code>{column.name}</code>
              </th>
              <td className="py-2 pr-3">{column.label}</td>
              <td className="py-2 pr-3">{column.isRequired ? 'Oui' : 'Non'}</td>
              <td className="py-2">{column.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
