import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_COLLECTIONS } from './collections';
import { buildTableSchema, cellOf, csvHeaderLine, csvLine, tableFields } from './table-schema';

const item = {
  id: 'cm1',
  slug: 'p',
  title: 'Titre, "cité"\net suite',
  carrierName: ' espace ',
  legalForm: 'scop',
  year: 2020,
  amountCents: 5,
  amountEuros: '0.05',
  isInPriorityNeighbourhood: false,
  description: null,
  programme: { slug: 'aap', name: 'AAP', url: 'https://x/projets?dispositif=aap', apiUrl: null },
  metropolis: { slug: 'lyon', name: 'Lyon', url: 'https://x/metropoles/lyon', apiUrl: 'https://x/api/v1/metropoles/lyon' },
  themeSlugs: ['ess', 'insertion'],
  publishedOn: '2024-01-02',
  url: null,
  apiUrl: 'https://x/api/v1/projets/cm1',
  updatedAt: '2024-01-02T03:04:05.000Z',
};

describe('Table Schema and CSV columns', () => {
  it('flatten nested objects into camelCase columns and keep scalar types', () => {
    const fields = tableFields('projets');
    const byName = Object.fromEntries(fields.map((field) => [field.name, field]));
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining(['metropolisSlug', 'metropolisName', 'programmeSlug', 'themeSlugs', 'amountCents', 'amountEuros']));
    expect(byName.amountCents).toMatchObject({ type: 'integer', constraints: { required: true, minimum: 0 } });
    expect(byName.publishedOn!.type).toBe('date');
    expect(byName.updatedAt!.type).toBe('datetime');
    expect(byName.isInPriorityNeighbourhood).toMatchObject({ type: 'boolean', constraints: {} });
    expect(byName.legalForm!.constraints.enum).toContain('entreprise-esus');
  });

  it('writes a line that csv-parse reads back to the item’s scalar fields', () => {
    const [header, row] = parse(csvHeaderLine('projets') + csvLine('projets', item)) as string[][];
    const record = Object.fromEntries(header!.map((name, index) => [name, row![index]]));
    expect(record).toMatchObject({ title: item.title, carrierName: ' espace ', amountCents: '5', isInPriorityNeighbourhood: 'false', description: '', metropolisSlug: 'lyon', programmeApiUrl: '', themeSlugs: 'ess | insertion' });
    expect(cellOf(tableFields('projets').find((field) => field.name === 'themeSlugs')!, item)).toBe('ess | insertion');
  });

  it('describes every collection with licence, primary key and missing values', () => {
    for (const collection of OPEN_DATA_COLLECTIONS) {
      const schema = buildTableSchema(collection.key, 'https://x') as { fields: { name: string }[]; primaryKey: string; licenses: { name: string }[]; missingValues: string[] };
      expect(schema.fields.map((field) => field.name)).toContain(schema.primaryKey);
      expect(schema.licenses[0]!.name).toBe('etalab-2.0');
      expect(schema.missingValues).toEqual(['']);
    }
  });
});
