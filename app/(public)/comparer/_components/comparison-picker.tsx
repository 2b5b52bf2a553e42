interface ComparisonPickerProps {
  metropolises: Array<{ slug: string; shortName: string }>;
  selected: string[];
  /** The métropoles on show: the form then folds away under "Modifier la sélection". */
  comparedNames: string[] | null;
}

/**
 * A plain GET form: it works without scripts. Checkboxes send `m=a&m=b`, which
 * the proxy redirects to the shareable `?m=a,b`.
 */
function PickerForm({ metropolises, selected }: Pick<ComparisonPickerProps, 'metropolises' | 'selected'>) {
  return (
    <form action="/comparer" method="get" className="flex flex-col gap-4">
      <fieldset aria-describedby="choix-aide">
        <legend className="mb-1 font-semibold text-gray-900">Métropoles à comparer</legend>
        <p id="choix-aide" className="mb-3 text-sm text-gray-700">
          Cochez de deux à quatre métropoles.
        </p>
        <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
          {metropolises.map((metropolis) => (
            <li key={metropolis.slug}>
              <label className="flex items-center gap-2 text-gray-900">
                <input type="checkbox" name="m" value={metropolis.slug} defaultChecked={selected.includes(metropolis.slug)} className="h-4 w-4 accent-brand-700" />
                {metropolis.shortName}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Comparer
        </button>
      </div>
    </form>
  );
}

export function ComparisonPicker({ metropolises, selected, comparedNames }: ComparisonPickerProps) {
  if (comparedNames) {
    return (
      <section aria-labelledby="selection" className="mb-10">
        <h2 id="selection" className="mb-2 text-2xl font-bold text-gray-900">
          Métropoles comparées
        </h2>
        <p className="mb-3 text-gray-800">{comparedNames.join(', ')}</p>
        <details>
          <summary className="mb-3 cursor-pointer font-medium text-brand-700 underline hover:text-brand-800">Modifier la sélection</summary>
          <PickerForm metropolises={metropolises} selected={selected} />
        </details>
      </section>
    );
  }
  return (
    <section aria-labelledby="selection" className="mb-10">
      <h2 id="selection" className="mb-4 text-2xl font-bold text-gray-900">
        Choisir les métropoles
      </h2>
      <PickerForm metropolises={metropolises} selected={selected} />
    </section>
  );
}
