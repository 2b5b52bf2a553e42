import Link from 'next/link';

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Fil d’Ariane" className="mb-6 text-sm text-gray-700">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} className="flex items-center gap-x-2">
            {index > 0 && (
              <span aria-hidden="true" className="text-gray-600">
                /
              </span>
            )}
            {item.href ? (
              <Link href={item.href} className="text-brand-700 underline hover:text-brand-800">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
