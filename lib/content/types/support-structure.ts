import { supportStructureKindLabels } from '@/lib/format';
import { defineContentType } from '../definition';

export const supportStructureType = defineContentType({
  entityType: 'SupportStructure',
  segment: 'structures',
  singular: 'structure d’accompagnement',
  plural: 'structures d’accompagnement',
  feminine: true,
  titleField: 'name',
  slugFrom: 'name',
  fields: [
    { kind: 'text', name: 'name', label: 'Nom', required: true, max: 200 },
    { kind: 'slug', name: 'slug', label: 'Adresse de la page (slug)', hint: 'Laissez vide pour la générer depuis le nom.' },
    { kind: 'enum', name: 'kind', label: 'Type de structure', required: true, options: supportStructureKindLabels },
    { kind: 'markdown', name: 'description', label: 'Description', max: 10_000 },
    { kind: 'url', name: 'website', label: 'Site web' },
    { kind: 'integer', name: 'memberCount', label: 'Nombre d’adhérents', min: 0, max: 10_000_000 },
    { kind: 'relation', name: 'sourceId', label: 'Source', target: 'Source' },
    {
      kind: 'repeater',
      name: 'metropolises',
      label: 'Métropoles accompagnées',
      itemLabel: 'Partenariat',
      maxItems: 30,
      fields: [
        { kind: 'relation', name: 'metropolisId', label: 'Métropole', required: true, target: 'Metropolis' },
        { kind: 'year', name: 'partnershipStartYear', label: 'Début du partenariat (année)' },
      ],
    },
  ],
  listColumns: ['kind'],
  listFilters: ['kind'],
  sourcedBy: 'sourceId',
  refine: (values, add) => {
    const rows = (values.metropolises ?? []) as Array<Record<string, unknown>>;
    const ids = rows.map((row) => row.metropolisId);
    if (new Set(ids).size !== ids.length) add('metropolises', 'Chaque métropole ne figure qu’une fois.');
  },
});
