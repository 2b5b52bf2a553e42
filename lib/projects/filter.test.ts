import { describe, expect, it } from 'vitest';
import {
  encodeCursor,
  explorerHref,
  exportHref,
  fromCacheSegments,
  isCacheableQuery,
  parseExportFormat,
  parseProjectQuery,
  toCacheSegments,
  toQueryString,
  withoutFilter,
  type ProjectQuery,
} from './filter';

function parse(search: string, options?: Parameters<typeof parseProjectQuery>[1]) {
  return parseProjectQuery(new URLSearchParams(search), options);
}

function query(search: string): ProjectQuery {
  const result = parse(search);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.query;
}

function issues(search: string, options?: Parameters<typeof parseProjectQuery>[1]) {
  const result = parse(search, options);
  if (result.success) throw new Error(`accepted: ${search}`);
  return result.issues;
}

describe('parseProjectQuery', () => {
  it('reads every filter, the sort and the order', () => {
    expect(
      query('metropole=metropole-de-lyon&dispositif=entreprendre-autrement&annee_min=2015&annee_max=2020&forme=entreprise-esus&qpv=inconnu&thematique=ess&levier=financement&q=%20Recyclerie%20%20solidaire%20&tri=montant&ordre=croissant'),
    ).toEqual({
      filter: {
        metropolis: 'metropole-de-lyon',
        programme: 'entreprendre-autrement',
        yearFrom: 2015,
        yearTo: 2020,
        legalForm: 'ESUS_COMPANY',
        qpv: 'inconnu',
        theme: 'ess',
        lever: 'financement',
        text: 'Recyclerie solidaire',
      },
      sort: 'montant',
      order: 'croissant',
    });
  });

  it('defaults to the newest years first, the largest amounts first and titles from A', () => {
    expect(query('')).toEqual({ filter: {}, sort: 'annee', order: 'decroissant' });
    expect(query('tri=montant').order).toBe('decroissant');
    expect(query('tri=titre').order).toBe('croissant');
  });

  it('treats the empty fields a GET form sends as absent', () => {
    expect(query('metropole=&dispositif=&annee_min=&annee_max=&forme=&qpv=&thematique=&levier=&q=++&tri=&ordre=')).toEqual({ filter: {}, sort: 'annee', order: 'decroissant' });
  });

  it('reads one year as a period of one year', () => {
    expect(query('annee=2019').filter).toEqual({ yearFrom: 2019, yearTo: 2019 });
    expect(query('annee_min=2019').filter).toEqual({ yearFrom: 2019 });
  });

  it.each([
    ['annee=abc', 'annee', 'L’année « abc » n’est pas valide : indiquez une année de 1990 à 2100, en chiffres (par exemple 2019).'],
    ['annee=1989', 'annee', 'L’année « 1989 » n’est pas valide'],
    ['annee_min=20190', 'annee_min', 'L’année de début « 20190 »'],
    ['annee_max=2019.5', 'annee_max', 'L’année de fin « 2019.5 »'],
    ['forme=sarl', 'forme', 'La forme juridique « sarl » n’existe pas : valeurs possibles association, scop, scic, cooperative, mutuelle, fondation, entreprise-esus, autre.'],
    ['qpv=peut-etre', 'qpv', 'La situation en quartier prioritaire « peut-etre » n’existe pas : valeurs possibles oui, non, inconnu.'],
    ['tri=date', 'tri', 'Le tri « date » n’existe pas'],
    ['ordre=haut', 'ordre', 'L’ordre « haut » n’existe pas'],
    ['metropole=Lyon%20!', 'metropole', 'La métropole « Lyon ! » n’est pas un identifiant valide'],
    ['dispositif=../etc', 'dispositif', 'Le dispositif « ../etc »'],
    ['page=0', 'page', 'Le paramètre « page » n’existe pas ici'],
    ['metropoel=lyon', 'metropoel', 'Le paramètre « metropoel » n’existe pas. Paramètres possibles : metropole, dispositif,'],
    ['metropole=a&metropole=b', 'metropole', 'Le paramètre « metropole » est donné plusieurs fois'],
    ['annee_min=2020&annee_max=2019', 'annee_min', 'La période est inversée : l’année de début (2020) est après l’année de fin (2019).'],
    ['annee=2019&annee_min=2018', 'annee', 'Choisissez soit une année'],
    ['q=%00', 'q', 'La recherche contient des caractères invalides (caractère de contrôle invisible U+0000'],
    ['q=%C3%28', 'q', 'caractère illisible U+FFFD'],
    [`q=${'a'.repeat(101)}`, 'q', 'La recherche est limitée à 100 caractères.'],
    ['apres=nimportequoi', 'apres', 'La position dans la liste n’est pas lisible'],
    ['apres=e30', 'apres', 'La position dans la liste n’est pas lisible'],
  ])('refuses %s with a French message on %s', (search, param, message) => {
    const found = issues(search);
    expect(found.map((issue) => issue.param)).toContain(param);
    expect(found.find((issue) => issue.param === param)!.message).toContain(message);
  });

  it('reports every problem at once', () => {
    expect(issues('annee=abc&forme=sarl&inconnu=1').map((issue) => issue.param).sort()).toEqual(['annee', 'forme', 'inconnu']);
  });

  it('accepts the same value given twice, and ignores the router’s and campaigns’ parameters', () => {
    expect(query('metropole=lyon&metropole=lyon&_rsc=1x2y&utm_source=lettre').filter).toEqual({ metropolis: 'lyon' });
  });

  it('reads a page position made for the same sort, and refuses one made for another', () => {
    const after = encodeCursor('montant', 'decroissant', 1_250_000, 'cm0abc');
    expect(query(`tri=montant&apres=${after}`).cursor).toEqual({ direction: 'after', value: 1_250_000, id: 'cm0abc' });
    const before = encodeCursor('titre', 'croissant', 'Épicerie « solidaire » & café', 'cm0abd');
    expect(query(`tri=titre&avant=${before}`).cursor).toEqual({ direction: 'before', value: 'Épicerie « solidaire » & café', id: 'cm0abd' });
    expect(issues(`tri=annee&apres=${after}`)[0]!.message).toContain('correspond à un autre tri');
    expect(issues(`tri=montant&ordre=croissant&apres=${after}`)[0]!.message).toContain('correspond à un autre tri');
    expect(issues(`tri=montant&apres=${after}&avant=${after}`)[0]!.param).toBe('apres');
    // A title where a number is expected (a hand-made token) is not a position.
    expect(issues(`apres=${encodeCursor('annee', 'decroissant', 'texte', 'cm0abc')}`)[0]!.param).toBe('apres');
  });

  it('leaves to the caller the parameters it declares, and refuses page positions where they mean nothing', () => {
    expect(parse('format=excel&metropole=lyon', { extraParams: ['format'], allowCursor: false }).success).toBe(true);
    expect(issues(`apres=${encodeCursor('annee', 'decroissant', 2019, 'x')}`, { allowCursor: false })[0]!.message).toContain('« apres » n’existe pas');
    expect(issues('format=excel')[0]!.param).toBe('format');
  });
});

describe('the URL of a state', () => {
  it('is canonical: fixed order, defaults and empty fields left out, one year written once', () => {
    expect(toQueryString(query('q=recyclerie&tri=annee&ordre=decroissant&metropole=lyon&annee_min=2019&annee_max=2019&qpv=&forme=scop'))).toBe(
      'metropole=lyon&annee=2019&forme=scop&q=recyclerie',
    );
    expect(explorerHref(query('tri=titre&ordre=croissant'))).toBe('/projets?tri=titre');
    expect(explorerHref(query(''))).toBe('/projets');
  });

  it('survives a round trip, page position included', () => {
    const cursor = encodeCursor('titre', 'decroissant', 'Zéro déchet', 'cm1');
    const state = query(`metropole=lyon&annee_min=2010&forme=entreprise-esus&qpv=non&q=%C3%A9picerie&tri=titre&ordre=decroissant&avant=${cursor}`);
    expect(query(toQueryString(state))).toEqual(state);
  });

  it('widens by one filter at a time, back on the first page', () => {
    const state = query(`metropole=lyon&annee=2019&forme=scop&apres=${encodeCursor('annee', 'decroissant', 2019, 'cm1')}`);
    expect(explorerHref(withoutFilter(state, 'yearFrom'))).toBe('/projets?metropole=lyon&forme=scop');
    expect(explorerHref(withoutFilter(state, 'metropolis'))).toBe('/projets?annee=2019&forme=scop');
    expect(explorerHref(withoutFilter(query('annee_min=2015&annee_max=2019'), 'yearTo'))).toBe('/projets?annee_min=2015');
  });

  it('downloads the whole filter in the page’s order, whatever the page', () => {
    const state = query(`metropole=lyon&tri=montant&apres=${encodeCursor('montant', 'decroissant', 100, 'cm1')}`);
    expect(exportHref(state, 'open-data')).toBe('/projets/export.csv?metropole=lyon&tri=montant');
    expect(exportHref(state, 'excel')).toBe('/projets/export.csv?metropole=lyon&tri=montant&format=excel');
    expect(exportHref(query(''), 'open-data')).toBe('/projets/export.csv');
  });

  it('reads the export format', () => {
    expect(parseExportFormat(null)).toBe('open-data');
    expect(parseExportFormat('csv')).toBe('open-data');
    expect(parseExportFormat('excel')).toBe('excel');
    expect(parseExportFormat('xlsx')).toBeNull();
  });
});

describe('the cached page of a state', () => {
  it('exists for filters and sorts only: searches and page positions render on demand', () => {
    expect(isCacheableQuery(query('metropole=lyon&tri=montant'))).toBe(true);
    expect(isCacheableQuery(query('q=recyclerie'))).toBe(false);
    expect(isCacheableQuery(query(`apres=${encodeCursor('annee', 'decroissant', 2019, 'cm1')}`))).toBe(false);
  });

  it('has safe path segments that read back to the same state', () => {
    const state = query('metropole=metropole-de-lyon&annee_min=2015&forme=entreprise-esus&qpv=inconnu&tri=titre&ordre=decroissant');
    const segments = toCacheSegments(state);
    expect(segments).toEqual(['metropole', 'metropole-de-lyon', 'annee_min', '2015', 'forme', 'entreprise-esus', 'qpv', 'inconnu', 'tri', 'titre', 'ordre', 'decroissant']);
    for (const segment of segments) expect(segment).toMatch(/^[a-z0-9_-]+$/);
    expect(fromCacheSegments(segments)).toEqual({ success: true, query: state });
    expect(toCacheSegments(query(''))).toEqual(['tous']);
    expect(fromCacheSegments(['tous'])).toEqual({ success: true, query: query('') });
  });

  it('refuses segments that are not a canonical cacheable state', () => {
    expect(fromCacheSegments(['metropole']).success).toBe(false);
    expect(fromCacheSegments(['q', 'recyclerie']).success).toBe(false);
    expect(fromCacheSegments(['tri', 'annee']).success).toBe(false);
    expect(fromCacheSegments(['forme', 'scop', 'metropole', 'lyon']).success).toBe(false);
    expect(fromCacheSegments(['annee', 'abc']).success).toBe(false);
  });
});
