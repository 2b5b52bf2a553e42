import Link from 'next/link';

const NAVIGATION = [
  { href: '/metropoles', label: 'Métropoles' },
  { href: '/comparer', label: 'Comparer' },
  { href: '/projets', label: 'Projets financés' },
  { href: '/structures', label: 'Structures d’accompagnement' },
  { href: '/groupes-de-travail', label: 'Groupes de travail' },
  { href: '/glossaire', label: 'Glossaire' },
  { href: '/donnees', label: 'Données ouvertes' },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <Link href="/" className="group flex flex-col no-underline">
          <span className="text-lg leading-tight font-bold text-brand-800 group-hover:underline">
            Observatoire des politiques ESS des métropoles
          </span>
          <span className="text-sm text-gray-700">Économie sociale et solidaire et innovation sociale · RTES et Avise</span>
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-base">
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-medium text-brand-700 underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form role="search" method="get" action="/recherche" aria-label="Recherche sur le site" className="flex items-center gap-2">
          <label htmlFor="recherche-entete" className="sr-only">
            Rechercher dans l’observatoire
          </label>
          <input id="recherche-entete" name="q" type="search" maxLength={200} placeholder="Rechercher…" className="w-44 rounded border border-gray-500 px-2 py-1 text-gray-900" />
          <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
            Rechercher
          </button>
        </form>
      </div>
    </header>
  );
}
