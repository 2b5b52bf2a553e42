import { Field } from '@/components/forms/field';
import { SelectField, type SelectOption } from '@/components/forms/select-field';
import type { AuditFilters } from '@/lib/audit/filters';

export interface AuditFilterChoices {
  people: SelectOption[];
  entityTypes: SelectOption[];
  actions: SelectOption[];
}

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked or shared. */
export function AuditFilterForm({ filters, choices }: { filters: AuditFilters; choices: AuditFilterChoices }) {
  return (
    <form method="get" action="/admin/journal" aria-labelledby="titre-filtres" className="mb-6 rounded border border-gray-300 bg-gray-50 p-4">
      <h2 id="titre-filtres" className="mb-3 text-xl font-bold text-gray-900">
        Filtrer le journal
      </h2>
      <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField name="actorId" label="Personne" options={choices.people} emptyOption="Toutes" defaultValue={filters.actorId ?? ''} />
        <SelectField name="entityType" label="Type d’élément" options={choices.entityTypes} emptyOption="Tous" defaultValue={filters.entityType ?? ''} />
        <SelectField name="action" label="Action" options={choices.actions} emptyOption="Toutes" defaultValue={filters.action ?? ''} />
        <Field name="from" label="Du" type="date" defaultValue={filters.from ?? ''} />
        <Field name="to" label="Au (inclus)" type="date" defaultValue={filters.to ?? ''} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Filtrer
        </button>
        <a href="/admin/journal" className="text-brand-700 underline hover:text-brand-800">
          Effacer les filtres
        </a>
      </div>
    </form>
  );
}
