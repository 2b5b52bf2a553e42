import { describe, expect, it } from 'vitest';
import { diffValues, formatFieldValue } from './display';
import { emptyRawValues, fieldSchema, parseContentValues, rawFromFormData, rawFromValues, type FieldDefinition, type RawValue } from './fields';
import { contentTypes, getContentType } from './registry';

const project = getContentType('FundedProject');
const report = getContentType('WorkingGroupReport');

function formData(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe('content type definitions', () => {
  it('give every type a unique segment, a title field and a slug field when slugs are generated', () => {
    const segments = contentTypes.map((type) => type.segment);
    expect(new Set(segments).size).toBe(contentTypes.length);
    for (const type of contentTypes) {
      expect(type.fields.some((field) => field.name === type.titleField)).toBe(true);
      if (type.slugFrom) expect(type.fields.some((field) => field.kind === 'slug')).toBe(true);
    }
  });
});

describe('parseContentValues', () => {
  const base = {
    ...emptyRawValues(project.fields),
    title: '  Recyclerie  ',
    fundingProgrammeId: 'cprogramme0001',
    metropolisId: 'cmetropole0001',
    carrierName: 'Asso',
    legalForm: 'ASSOCIATION',
    year: '2019',
    amountCents: '768 200,50',
  };

  it('trims text, turns euros into cents and empty optional fields into null', () => {
    const result = parseContentValues(project.fields, base, project.refine);
    expect(result).toEqual({
      success: true,
      values: expect.objectContaining({ title: 'Recyclerie', amountCents: 76_820_050, description: null, isInPriorityNeighbourhood: null, slug: null, themes: [] }),
    });
  });

  it('reports every problem at once, in French, on its field', () => {
    const result = parseContentValues(project.fields, { ...base, title: '', year: '19', amountCents: '-5', legalForm: 'SARL', slug: 'Pas Un Slug' }, project.refine);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.fieldErrors).toEqual({
      title: ['Ce champ est obligatoire.'],
      year: ['Saisissez une valeur entre 1900 et 2100.'],
      amountCents: [expect.stringMatching(/^Saisissez un montant positif/)],
      legalForm: ['Choisissez une valeur de la liste.'],
      slug: [expect.stringMatching(/^Lettres minuscules/)],
    });
  });

  it('refuses 0 € and more than 20 000 000 € for a funded project, as the CSV import does', () => {
    const message = (amount: string) => {
      const result = parseContentValues(project.fields, { ...base, amountCents: amount }, project.refine);
      return result.success ? null : result.fieldErrors.amountCents;
    };
    expect(message('0')).toEqual(['Le montant doit être supérieur à 0 €.']);
    expect(message('0,00 €')).toEqual(['Le montant doit être supérieur à 0 €.']);
    expect(message('20 000 000,01')).toEqual([expect.stringMatching(/^Le montant ne peut pas dépasser 20\s000\s000\s€\.$/u)]);
    expect(message('0,01')).toBeNull();
    expect(message('20 000 000')).toBeNull();
  });

  it('checks URLs, percentages, periods and dates', () => {
    const figure = getContentType('Figure');
    const raw = { ...emptyRawValues(figure.fields), label: 'Part', indicator: 'part-ess', value: '143', unit: 'PERCENT', sourceId: 'csource000001', metropolisId: 'cmetropole0001', position: '0', periodStartYear: '2020', periodEndYear: '2019' };
    const result = parseContentValues(figure.fields, raw, figure.refine);
    expect(result.success ? {} : result.fieldErrors).toEqual({
      value: ['Un pourcentage est compris entre 0 et 100.'],
      periodEndYear: ['La fin ne peut pas précéder le début.'],
    });
    const source = getContentType('Source');
    const bad = parseContentValues(source.fields, { ...emptyRawValues(source.fields), title: 'T', publisher: 'P', url: 'javascript:alert(1)', publishedOn: '2019-02-30' });
    expect(bad.success ? {} : bad.fieldErrors).toEqual({
      url: ['Saisissez une adresse web complète commençant par https:// ou http://.'],
      publishedOn: ['Saisissez une date valide.'],
    });
  });

  it('parses repeater rows and reports their errors with the row path', () => {
    const raw = rawFromFormData(
      report.fields,
      formData([
        ['title', 'Compte rendu'],
        ['sequenceNumber', '2'],
        ['meetingDate', '2019-03-05'],
        ['participantCount', '1'],
        ['participants', 'cmetropole0001'],
        ['participants', 'cmetropole0002'],
        ['summary', 'Chapeau'],
        ['body', 'Texte'],
        ['firstPublishedOn', '2019-03-22'],
        ['focusPresentations.1.metropolisId', 'cmetropole0001'],
        ['focusPresentations.1.topic', ''],
        ['focusPresentations.1.body', 'Contenu'],
      ]),
    );
    expect(raw.focusPresentations).toEqual([{ metropolisId: 'cmetropole0001', speakerId: '', topic: '', body: 'Contenu' }]);
    const result = parseContentValues(report.fields, raw, report.refine);
    expect(result.success ? {} : result.fieldErrors).toEqual({
      'focusPresentations.0.topic': ['Ce champ est obligatoire.'],
      participantCount: ['Il y a 2 métropoles nommées : le total ne peut pas être inférieur.'],
    });
  });

  it('round-trips stored values through the form', () => {
    const first = parseContentValues(project.fields, base, project.refine);
    if (!first.success) throw new Error('valid input refused');
    const values = { ...first.values, themes: ['ctheme000001'] };
    const again = parseContentValues(project.fields, rawFromValues(project.fields, values), project.refine);
    expect(again).toEqual({ success: true, values });
  });
});

describe('characters the database or a reader cannot take', () => {
  const INVALID = /^Ce champ contient des caractères invalides \(/;
  const ID = 'cmetropole0001';

  /** A value of the field's shape with `bad` inside. */
  function rawWith(field: FieldDefinition, bad: string): RawValue {
    if (field.kind === 'relations') return [ID, `cmetro${bad}pole0002`];
    if (field.kind === 'lines') return `Axe 1\nAxe${bad} 2`;
    if (field.kind === 'repeater') return [Object.fromEntries(field.fields.map((sub) => [sub.name, `a${bad}b`]))];
    return `a${bad}b`;
  }

  function errorKeys(field: FieldDefinition): string[] {
    return field.kind === 'repeater' ? field.fields.map((sub) => `${field.name}.0.${sub.name}`) : [field.name];
  }

  const textBearing = contentTypes.flatMap((type) =>
    type.fields.filter((field) => field.kind !== 'boolean').map((field) => [type.entityType, field.name, field.kind, field] as const),
  );

  // NUL, other C0 and C1 controls, DEL, U+FFFD (decoded invalid UTF-8), a lone surrogate.
  const BAD = ['\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\ufffd', '\ud800'];

  it.each(textBearing)('%s.%s (%s) refuses control and unreadable characters with the French message on the field', (_type, _name, _kind, field) => {
    for (const bad of BAD) {
      const result = parseContentValues([field], { [field.name]: rawWith(field, bad) });
      expect(result.success, `U+${bad.charCodeAt(0).toString(16)}`).toBe(false);
      if (result.success) continue;
      for (const key of errorKeys(field)) expect(result.fieldErrors[key], `U+${bad.charCodeAt(0).toString(16)}`).toEqual([expect.stringMatching(INVALID)]);
    }
  });

  it('allows TAB and line breaks in multi-line kinds only, and stores LF line ends', () => {
    const markdown = { kind: 'markdown', name: 'body', label: 'Texte', max: 1000 } as const;
    const longText = { kind: 'text', name: 'summary', label: 'Chapeau', max: 1000 } as const;
    const shortText = { kind: 'text', name: 'name', label: 'Nom', max: 200 } as const;
    expect(fieldSchema(markdown).parse('- un\r\n- deux\tfin\rtrois')).toBe('- un\n- deux\tfin\ntrois');
    expect(fieldSchema(longText).parse('Première\r\nseconde')).toBe('Première\nseconde');
    expect(fieldSchema(shortText).safeParse('Nom\nsur deux lignes').error?.issues[0]?.message).toMatch(/retour à la ligne/);
    expect(fieldSchema(shortText).safeParse('Nom\tcollé').error?.issues[0]?.message).toMatch(/tabulation/);
    // Leading and trailing whitespace is trimmed before the rule applies, as before.
    expect(fieldSchema(shortText).parse('  Nom\t\n')).toBe('Nom');
  });

  it('stores text composed (NFC), so that searches and uniqueness see one spelling', () => {
    const shortText = { kind: 'text', name: 'name', label: 'Nom', max: 200 } as const;
    expect(fieldSchema(shortText).parse('E\u0301conomie')).toBe('Économie');
    const lines = { kind: 'lines', name: 'axes', label: 'Axes', max: 300, maxItems: 20 } as const;
    expect(fieldSchema(lines).parse('Axe 1\r\nE\u0301tude\r\n\r\n')).toEqual(['Axe 1', 'Étude']);
  });

  it('reports list problems on the field itself, where the form shows them', () => {
    const lines = { kind: 'lines', name: 'axes', label: 'Axes', max: 5, maxItems: 2 } as const;
    expect(parseContentValues([lines], { axes: 'un\ntrop long' })).toEqual({ success: false, fieldErrors: { axes: ['Chaque ligne : 5 caractères au maximum.'] } });
    const themes = { kind: 'relations', name: 'themes', label: 'Thématiques', target: 'Theme' } as const;
    expect(parseContentValues([themes], { themes: ['pas un id !'] })).toEqual({ success: false, fieldErrors: { themes: ['Choisissez des éléments de la liste.'] } });
    expect(parseContentValues([themes], { themes: Array.from({ length: 501 }, (_, index) => `ctheme${String(index).padStart(6, '0')}`) })).toEqual({
      success: false,
      fieldErrors: { themes: ['500 éléments au maximum.'] },
    });
  });
});

describe('display and diff', () => {
  const labelOf = (_target: string, id: string) => (id === 'cmetropole0001' ? 'Lyon' : 'élément supprimé');

  it('formats money, booleans, enums and links for reading', () => {
    const field = (name: string) => project.fields.find((candidate) => candidate.name === name) as FieldDefinition;
    expect(formatFieldValue(field('amountCents'), 76_820_000, labelOf)).toMatch(/^768\s200\s€$/u);
    expect(formatFieldValue(field('isInPriorityNeighbourhood'), false, labelOf)).toBe('Non');
    expect(formatFieldValue(field('legalForm'), 'SCOP', labelOf)).toBe('SCOP (société coopérative et participative)');
    expect(formatFieldValue(field('metropolisId'), 'cmetropole0001', labelOf)).toBe('Lyon');
    expect(formatFieldValue(field('description'), null, labelOf)).toBe('Non renseigné');
  });

  it('lists only the fields that differ, in form order', () => {
    const changes = diffValues(project, { title: 'A', year: 2019, themes: [] }, { title: 'B', year: 2019, themes: ['x'] }, labelOf);
    expect(changes.map((change) => [change.name, change.before, change.after])).toEqual([
      ['title', 'A', 'B'],
      ['themes', 'Non renseigné', 'élément supprimé'],
    ]);
  });
});
