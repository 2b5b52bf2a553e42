import { describe, expect, it } from 'vitest';
import { diffValues, formatFieldValue } from './display';
import { emptyRawValues, parseContentValues, rawFromFormData, rawFromValues, type FieldDefinition } from './fields';
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
