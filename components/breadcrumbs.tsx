import Link from 'next/link';
import { JsonLd } from '@/components/json-ld';
import { breadcrumbJsonLd, type BreadcrumbItem } from '@/lib/seo/json-ld';

export type Crumb = BreadcrumbItem;

/** The trail, and its schema.org BreadcrumbList built from the same items (one source). */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(items)} />
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
    </>
  );
}
