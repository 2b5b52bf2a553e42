import { formatNumber } from '@/lib/format';
import { exportHref, type ProjectQuery } from '@/lib/projects/filter';
import { LICENCE_NAME, LICENCE_URL } from '@/lib/projects/csv';

const linkClass = 'font-medium text-brand-700 underline hover:text-brand-800';

/** Plain links (no prefetch): a route handler streams the files. */
export function Downloads({ query, total }: { query: ProjectQuery; total: number }) {
  return (
    <section aria-labelledby="titre-telechargement" className="mb-8">
      <h2 id="titre-telechargement" className="mb-2 text-2xl font-bold text-gray-900">
        Télécharger la sélection
      </h2>
      <p className="mb-2 text-gray-800">
        Les {formatNumber(total)} projets de la sélection, dans l’ordre de la liste, en un fichier CSV :
      </p>
      <ul className="mb-2 flex list-disc flex-col gap-1 pl-6">
        <li>
          <a href={exportHref(query, 'open-data')} download className={linkClass}>
            CSV données ouvertes
          </a>{' '}
          (UTF-8, virgules, montants en euros avec un point décimal, dates ISO 8601)
        </li>
        <li>
          <a href={exportHref(query, 'excel')} download className={linkClass}>
            CSV pour Excel
          </a>{' '}
          (points-virgules, virgule décimale, s’ouvre directement dans un tableur en français)
        </li>
      </ul>
      <p className="text-sm text-gray-700">
        Données publiées sous{' '}
        <a href={LICENCE_URL} rel="license noopener noreferrer" className="text-brand-700 underline hover:text-brand-800">
          {LICENCE_NAME}
        </a>
        , à réutiliser en citant l’observatoire. La date d’extraction figure dans le nom du fichier.
      </p>
    </section>
  );
}
