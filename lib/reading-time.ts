/** Average silent reading speed of French prose, in words per minute. */
export const WORDS_PER_MINUTE = 220;

/** Words a reader actually reads in a Markdown body: markup, URLs and code fences are left out. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^\s*(?:[-+*]|\d+\.)\s/gm, ' ')
    .replace(/[#>*_`~|]+/g, ' ');
  // Elisions ("l'innovation") and hyphenated words count as one word each.
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return words?.length ?? 0;
}

/** Reading time in whole minutes, at least 1. */
export function readingTimeMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
