import { describe, expect, it } from 'vitest';
import { emptyRawValues, parseContentValues } from '../content/fields';
import { getContentType } from '../content/registry';
import { slugify } from '../slug';
import { GLOSSARY_TERMS } from './glossary';

const glossaryType = getContentType('GlossaryTerm');

describe('the seeded glossary', () => {
  it.each(GLOSSARY_TERMS.map((term) => [term.term, term] as const))('%s passes the editing form’s rules', (_term, seed) => {
    const parsed = parseContentValues(
      glossaryType.fields,
      { ...emptyRawValues(glossaryType.fields), term: seed.term, slug: seed.slug, expansion: seed.expansion, definition: seed.definition },
      glossaryType.refine,
    );
    expect(parsed.success && parsed.values).toMatchObject({ term: seed.term, slug: seed.slug });
    expect(seed.slug).toBe(slugify(seed.term));
  });

  it('has one entry per term, and the acronyms the portal uses', () => {
    const terms = GLOSSARY_TERMS.map((term) => term.term);
    expect(new Set(terms).size).toBe(terms.length);
    for (const acronym of ['ESS', 'QPV', 'SCOP', 'SCIC', 'ESUS', 'CRESS', 'DLA', 'PTCE', 'EPCI', 'RTES', 'Avise', 'IAE', 'SIREN', 'CAE', 'SEM', 'AAP']) {
      expect(terms).toContain(acronym);
    }
  });
});
