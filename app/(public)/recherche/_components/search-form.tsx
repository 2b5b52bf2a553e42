import { Field } from '@/components/forms/field';
import { SEARCH_MAX_LENGTH, SEARCH_PATH } from '@/lib/search/params';

/** A plain GET form: works without JavaScript, and a search has its address. */
export function SearchForm({ text }: { text: string }) {
  return (
    <form role="search" method="get" action={SEARCH_PATH} aria-label="Rechercher dans l’observatoire" className="flex flex-wrap items-end gap-3">
      <Field name="q" type="search" label="Mots recherchés" defaultValue={text} maxLength={SEARCH_MAX_LENGTH} />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Rechercher
      </button>
    </form>
  );
}
