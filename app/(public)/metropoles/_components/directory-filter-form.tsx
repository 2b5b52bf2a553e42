import Link from 'next/link';
import { SelectField, type SelectOption } from '@/components/forms/select-field';
import { coverageLabels, METROPOLIS_COVERAGES } from '@/lib/metropolises/coverage';
import {
  coverageFilterValue,
  directoryFilterParamLabels,
  hasDirectoryFilter,
  rtesFilterLabels,
  rtesFilterValue,
  type DirectoryFilters,
  type RtesMembershipFilter,
} from '@/lib/metropolises/directory-filters';

const coverageOptions: SelectOption[] = METROPOLIS_COVERAGES.map((coverage) => ({ value: coverageFilterValue(coverage), label: coverageLabels[coverage] }));

const rtesOptions: SelectOption[] = (['MEMBER', 'NOT_MEMBER', 'UNKNOWN'] as const satisfies RtesMembershipFilter[]).map((rtes) => ({
  value: rtesFilterValue(rtes),
  label: rtesFilterLabels[rtes],
}));

interface DirectoryFilterFormProps {
  filters: DirectoryFilters;
  /** Regions to offer, as slug and name. */
  regions: SelectOption[];
}

/**
 * A plain GET form to /metropoles: the filters land in the query string, so the
 * result works without JavaScript and its address can be shared (proxy.ts drops
 * the filters left on "toutes" with a redirect).
 */
export function DirectoryFilterForm({ filters, regions }: DirectoryFilterFormProps) {
  return (
    <form method="get" action="/metropoles" aria-labelledby="titre-filtres" className="rounded border border-gray-300 bg-gray-50 p-4">
      <h2 id="titre-filtres" className="mb-3 text-xl font-bold text-gray-900">
        Filtrer les métropoles
      </h2>
      <div className="grid gap-x-6 sm:grid-cols-3">
        <SelectField name="region" label={directoryFilterParamLabels.region} options={regions} emptyOption="Toutes les régions" defaultValue={filters.region ?? ''} />
        <SelectField
          name="couverture"
          label={directoryFilterParamLabels.couverture}
          options={coverageOptions}
          emptyOption="Toutes"
          defaultValue={filters.coverage ? coverageFilterValue(filters.coverage) : ''}
        />
        <SelectField
          name="rtes"
          label={directoryFilterParamLabels.rtes}
          options={rtesOptions}
          emptyOption="Toutes"
          defaultValue={filters.rtes ? rtesFilterValue(filters.rtes) : ''}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Filtrer
        </button>
        {hasDirectoryFilter(filters) && (
          <Link href="/metropoles" prefetch={false} className="text-brand-700 underline hover:text-brand-800">
            Effacer les filtres
          </Link>
        )}
      </div>
    </form>
  );
}
