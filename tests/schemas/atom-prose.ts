/**
 * RFC 4287 rules the RELAX NG grammar does not express (its §4.1.1, §4.1.2),
 * checked on a document that already validated against atom.rng (so it is
 * well-formed, and elements are where the grammar puts them). Returns the
 * broken rules, in French, empty when all hold.
 */
export function checkAtomProse(xml: string): string[] {
  const problems: string[] = [];
  const entries = [...xml.matchAll(/<entry\b[^>]*>([\s\S]*?)<\/entry>/g)].map((match) => match[1]!);
  const head = xml.replace(/<entry\b[^>]*>[\s\S]*?<\/entry>/g, '');
  const feedHasAuthor = /<author\b/.test(head);
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const id = /<id>([^<]*)<\/id>/.exec(entry)?.[1];
    if (!id) problems.push(`entrée ${index + 1} : pas d’atom:id`);
    else if (ids.has(id)) problems.push(`entrée ${index + 1} : atom:id répété (${id})`);
    else ids.add(id);
    if (!feedHasAuthor && !/<author\b/.test(entry)) problems.push(`entrée ${index + 1} : ni l’entrée ni le flux n’ont d’auteur (§4.1.1)`);
    const hasContent = /<content\b/.test(entry);
    if (!hasContent && !/<link\b(?=[^>]*\brel="alternate")[^>]*>/.test(entry) && !/<link\b(?![^>]*\brel=)[^>]*>/.test(entry)) {
      problems.push(`entrée ${index + 1} : ni atom:content ni lien alternate (§4.1.2)`);
    }
    if (/<content\b[^>]*\bsrc=/.test(entry) && !/<summary\b/.test(entry)) problems.push(`entrée ${index + 1} : contenu externe sans atom:summary (§4.1.2)`);
    const alternates = [...entry.matchAll(/<link\b(?=[^>]*\brel="alternate")[^>]*>/g)].map((match) => {
      const type = /\btype="([^"]*)"/.exec(match[0])?.[1] ?? '';
      const lang = /\bhreflang="([^"]*)"/.exec(match[0])?.[1] ?? '';
      return `${type}|${lang}`;
    });
    if (new Set(alternates).size !== alternates.length) problems.push(`entrée ${index + 1} : deux liens alternate de même type et langue (§4.1.1)`);
  });
  if (!/<updated>/.test(head)) problems.push('le flux n’a pas d’atom:updated');
  if (!/<link\b(?=[^>]*\brel="self")[^>]*>/.test(head)) problems.push('le flux n’a pas de lien self (recommandé, §4.1.1)');
  return problems;
}
