import { FieldShell } from '@/components/forms/field-shell';
import { legalFormLabels } from '@/lib/format';
import type { ExplorerOptions } from '@/lib/projects/explorer';
import {
  DEFAULT_ORDER,
  EXPLORER_PATH,
  LEGAL_FORM_PARAMS,
  legalFormParam,
  QPV_VALUES,
  SEARCH_MAX_LENGTH,
  type ProjectQuery,
} from '@/lib/projects/filter';
import { QPV_LABELS } from '@/lib/projects/labels';
import { MAX_YEAR, MIN_YEAR } from '@/lib/import/funded-projects/columns';
import { FormFollowsAddress } from './form-follows-address';

const controlClass = 'w-full rounded border border-gray-500 bg-white px-3 py-2 text-gray-900';

interface Choice {
  value: string;
  label: string;
}

function Select({ name, label, value, choices, emptyLabel }: { name: string; label: string; value: string; choices: Choice[]; emptyLabel: string }) {
  return (
    <FieldShell name={name} label={label} className="mb-3">
      {(control) => (
        <select {...control} defaultValue={value} className={controlClass}>
          <option value="">{emptyLabel}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

function groupByMetropolis(options: ExplorerOptions) {
  const groups = new Map<string, Choice[]>();
  for (const programme of options.programmes) {
    groups.set(programme.metropolisName, [...(groups.get(programme.metropolisName) ?? []), { value: programme.slug, label: programme.name }]);
  }
  return [...groups];
}

const SORT_LABELS: Record<ProjectQuery['sort'], string> = { annee: 'Année', montant: 'Montant', titre: 'Titre' };

/**
 * A plain GET form: submitting it writes the state into the query string, so it
 * works without JavaScript and every result has its own address. Choosing
 * again starts from the first page (no position field).
 */
export function FilterForm({ query, options }: { query: ProjectQuery; options: ExplorerOptions }) {
  const { filter } = query;
  const yearHint = options.firstYear !== null ? `Projets enregistrés de ${options.firstYear} à ${options.lastYear}.` : undefined;
  return (
    <form id="filtres-projets" method="get" action={EXPLORER_PATH} aria-labelledby="titre-filtres" className="mb-8 rounded border border-gray-300 bg-gray-50 p-4">
      <FormFollowsAddress formId="filtres-projets" />
      <h2 id="titre-filtres" className="mb-3 text-2xl font-bold text-gray-900">
        Filtrer et trier
      </h2>
      <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        <Select name="metropole" label="Métropole" value={filter.metropolis ?? ''} emptyLabel="Toutes les métropoles" choices={options.metropolises.map((item) => ({ value: item.slug, label: item.name }))} />
        <FieldShell name="dispositif" label="Dispositif de financement" className="mb-3">
          {(control) => (
            <select {...control} defaultValue={filter.programme ?? ''} className={controlClass}>
              <option value="">Tous les dispositifs</option>
              {groupByMetropolis(options).map(([metropolis, choices]) => (
                <optgroup key={metropolis} label={metropolis}>
                  {choices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FieldShell>
        <Select
          name="forme"
          label="Forme juridique"
          value={filter.legalForm ? legalFormParam(filter.legalForm) : ''}
          emptyLabel="Toutes les formes"
          choices={Object.entries(LEGAL_FORM_PARAMS).map(([value, code]) => ({ value, label: legalFormLabels[code] }))}
        />
        <fieldset className="mb-3" aria-describedby={yearHint ? 'annees-aide' : undefined}>
          <legend className="mb-1 font-semibold text-gray-900">Années de financement</legend>
          {yearHint && (
            <p id="annees-aide" className="mb-1 text-sm text-gray-700">
              {yearHint}
            </p>
          )}
          <div className="flex items-end gap-3">
            <label className="flex flex-col text-gray-900">
              De
              <input type="number" name="annee_min" min={MIN_YEAR} max={MAX_YEAR} step={1} inputMode="numeric" defaultValue={filter.yearFrom ?? ''} className={`${controlClass} w-28`} />
            </label>
            <label className="flex flex-col text-gray-900">
              à
              <input type="number" name="annee_max" min={MIN_YEAR} max={MAX_YEAR} step={1} inputMode="numeric" defaultValue={filter.yearTo ?? ''} className={`${controlClass} w-28`} />
            </label>
          </div>
        </fieldset>
        <Select
          name="qpv"
          label="Quartier prioritaire de la politique de la ville"
          value={filter.qpv ?? ''}
          emptyLabel="Toutes les situations"
          choices={QPV_VALUES.map((value) => ({ value, label: QPV_LABELS[value] }))}
        />
        <Select name="thematique" label="Thématique" value={filter.theme ?? ''} emptyLabel="Toutes les thématiques" choices={options.themes.map((item) => ({ value: item.slug, label: item.name }))} />
        <Select name="levier" label="Levier d’action du plan" value={filter.lever ?? ''} emptyLabel="Tous les leviers" choices={options.levers.map((item) => ({ value: item.slug, label: item.name }))} />
        <FieldShell name="q" label="Titre ou structure porteuse" hint="Sans tenir compte des majuscules ni des accents." className="mb-3">
          {(control) => <input {...control} type="search" defaultValue={filter.text ?? ''} maxLength={SEARCH_MAX_LENGTH} className={controlClass} />}
        </FieldShell>
        <div className="grid grid-cols-2 gap-3">
          <Select name="tri" label="Trier par" value={query.sort === 'annee' ? '' : query.sort} emptyLabel={SORT_LABELS.annee} choices={(['montant', 'titre'] as const).map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))} />
          <Select
            name="ordre"
            label="Ordre"
            value={query.order === DEFAULT_ORDER[query.sort] ? '' : query.order}
            emptyLabel="Habituel"
            choices={[
              { value: 'croissant', label: 'Croissant' },
              { value: 'decroissant', label: 'Décroissant' },
            ]}
          />
        </div>
      </div>
      <p className="mb-3 text-sm text-gray-700">Ordre habituel : années et montants du plus grand au plus petit, titres de A à Z.</p>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Afficher les projets
        </button>
        <a href={EXPLORER_PATH} className="text-brand-700 underline hover:text-brand-800">
          Effacer les filtres
        </a>
      </div>
    </form>
  );
}
