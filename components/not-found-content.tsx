import Link from 'next/link';

const linkClass = 'text-brand-700 underline hover:text-brand-800';

/** Body of the 404 page, shared by the root and the public not-found files. */
export function NotFoundContent() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Page introuvable</h1>
      <p className="mb-6 max-w-2xl text-lg text-gray-800">
        L’adresse demandée ne correspond à aucune page publiée. Elle a pu être mal saisie, ou la fiche a été déplacée ou
        retirée.
      </p>
      <ul className="flex flex-col gap-2">
        <li>
          <Link href="/" className={`font-medium ${linkClass}`}>
            Retour à l’accueil
          </Link>
        </li>
        <li>
          <Link href="/metropoles" className={linkClass}>
            Liste des métropoles
          </Link>
        </li>
        <li>
          <Link href="/groupes-de-travail" className={linkClass}>
            Comptes rendus des groupes de travail
          </Link>
        </li>
      </ul>
    </>
  );
}
