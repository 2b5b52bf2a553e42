// Free-text search that ignores case and accents ("economie" finds "Économie")
// without a database extension (the embedded database has no unaccent or
// pg_trgm): a trigger keeps FundedProject.searchText as the folded title and
// carrier, and the query is folded the same way here, then looked for with
// LIKE. The trigger's translate() and this map must agree: the migration
// 20261201131017_explorer_search_text writes FOLD_FROM and FOLD_TO as they are
// here, and tests/integration/project-explorer.test.ts compares both. Pure.

/** Accented and special letters, and what each becomes (one character each, as translate() needs). */
// Capitals are in the map too: lower() depends on the database's locale (under C
// it lowers ASCII only), translate() does not, so both databases fold alike.
export const FOLD_FROM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿŒÆ’';
export const FOLD_TO = "abcdefghijklmnopqrstuvwxyzaaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyyœæ'";

const FOLD_MAP = new Map([...FOLD_FROM].map((character, index) => [character, [...FOLD_TO][index]!]));

/** What the database counts as a space, collapsed to one (French typography puts no-break spaces in "n° 12", "12 %"). */
const SPACES = /[ \t\n\r\f\v\u00a0\u202f\u2009]+/g;

/** The text as the search compares it: letters through the map, single spaces. */
export function foldForSearch(text: string): string {
  return [...text.normalize('NFC')]
    .map((character) => FOLD_MAP.get(character) ?? character)
    .join('')
    .replace(SPACES, ' ')
    .trim();
}

/** A LIKE pattern that finds the folded query anywhere, its own %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${foldForSearch(text).replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
