// Free-text search that ignores case and accents ("economie" finds "Économie")
// without a database extension (the embedded database has no unaccent): the
// query becomes a PostgreSQL regular expression where each letter stands for
// all its accented forms, matched case-insensitively (~*). Pure.

/** Accented letters of French (and neighbours) by their plain letter; lower and upper case. */
const VARIANTS: Record<string, string> = {
  a: 'aàáâãäåAÀÁÂÃÄÅ',
  c: 'cçCÇ',
  e: 'eèéêëEÈÉÊË',
  i: 'iìíîïIÌÍÎÏ',
  n: 'nñNÑ',
  o: 'oòóôõöOÒÓÔÕÖ',
  u: 'uùúûüUÙÚÛÜ',
  y: 'yýÿYÝŸ',
  "'": "'’",
};

const PLAIN = new Map(Object.entries(VARIANTS).flatMap(([plain, forms]) => [...forms].map((form) => [form, plain] as const)));

/** The query as the search sees it: plain letters, lower case, single spaces. */
export function foldForSearch(text: string): string {
  return [...text.normalize('NFC')]
    .map((character) => PLAIN.get(character) ?? character)
    .join('')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A regular expression (PostgreSQL advanced syntax) that finds the query
 * anywhere, whatever the accents: every character other than a letter or a
 * digit is escaped, so the query is always taken literally.
 */
export function searchPattern(text: string): string {
  return [...foldForSearch(text)]
    .map((character) => {
      if (VARIANTS[character]) return `[${VARIANTS[character]}]`;
      // No-break spaces (French typography: "n° 12", "12 %") count as spaces.
      if (character === ' ') return '[[:space:]\u00a0\u202f]+';
      return /[\p{L}\p{N}]/u.test(character) ? character : `\\${character}`;
    })
    .join('');
}
