import type { Metadata } from 'next';
import { can } from '@/lib/auth/roles';
import { requirePagePermission } from '@/lib/auth/session';
import { MAX_IMPORT_ROWS } from '@/lib/import/funded-projects/columns';
import { TEMPLATE_FILE_NAME, TEMPLATE_PATH } from '@/lib/import/funded-projects/template';
import { ColumnTable } from './_components/column-table';
import { ImportForm } from './_components/import-form';

export const metadata: Metadata = { title: 'Importer des projets financés' };

export default async function ImportFundedProjectsPage() {
  const user = await requirePagePermission('content:create', '/admin/import/projets');
  const canPublish = can(user.role, 'content:publish');
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold text-gray-900">Importer des projets financés</h1>
      <p className="mb-2 max-w-3xl text-gray-800">
        Ajoutez d’un coup jusqu’à {MAX_IMPORT_ROWS.toLocaleString('fr-FR')} projets financés à partir d’un tableau enregistré au format CSV. Le fichier est
        d’abord vérifié ligne par ligne et un aperçu est affiché ; rien n’est enregistré avant la confirmation.
      </p>
      <p className="mb-6 max-w-3xl text-gray-800">
        L’import est tout ou rien : si une seule ligne est en erreur, aucun projet n’est importé et la liste des lignes à corriger est affichée.
        {canPublish ? ' Sans la case « Publier directement », les projets sont enregistrés comme brouillons.' : ' Les projets sont enregistrés comme brouillons.'}
      </p>

      <section aria-labelledby="format-du-fichier" className="mb-10">
        <h2 id="format-du-fichier" className="mb-4 text-2xl font-bold text-gray-900">
          Format du fichier
        </h2>
        <p className="mb-4 max-w-3xl">
          Partez du modèle :{' '}
          <a href={TEMPLATE_PATH} download={TEMPLATE_FILE_NAME} className="font-semibold text-brand-700 underline hover:text-brand-800">
            télécharger le modèle de fichier (CSV, UTF-8)
          </a>
          . La première ligne porte les noms des colonnes ; chaque ligne suivante est un projet. Remplacez la ligne d’exemple. Dans Excel, enregistrez au
          format « CSV UTF-8 ».
        </p>
        <ColumnTable />
      </section>

      <section aria-labelledby="verifier-le-fichier" className="border-t border-gray-300 pt-6">
        <h2 id="verifier-le-fichier" className="mb-4 text-2xl font-bold text-gray-900">
          Vérifier le fichier
        </h2>
        <ImportForm canPublish={canPublish} />
      </section>
    </>
  );
}
