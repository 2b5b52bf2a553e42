import { defineContentType } from '../definition';

export const actionLeverType = defineContentType({
  entityType: 'ActionLever',
  segment: 'leviers',
  singular: 'levier d’action',
  plural: 'leviers d’action',
  feminine: false,
  titleField: 'name',
  slugFrom: 'name',
  fields: [
    { kind: 'text', name: 'name', label: 'Nom', required: true, max: 160 },
    { kind: 'slug', name: 'slug', label: 'Identifiant (slug)', hint: 'Laissez vide pour le générer depuis le nom.' },
    { kind: 'markdown', name: 'description', label: 'Description', max: 5_000 },
    { kind: 'integer', name: 'position', label: 'Ordre d’affichage', required: true, min: 0, max: 1000 },
  ],
  listColumns: ['position'],
  listFilters: [],
});
