import { defineContentType } from '../definition';

export const themeType = defineContentType({
  entityType: 'Theme',
  segment: 'thematiques',
  singular: 'thématique',
  plural: 'thématiques',
  feminine: true,
  titleField: 'name',
  slugFrom: 'name',
  fields: [
    { kind: 'text', name: 'name', label: 'Nom', required: true, max: 120 },
    { kind: 'slug', name: 'slug', label: 'Identifiant (slug)', hint: 'Laissez vide pour le générer depuis le nom. Sert aussi dans l’import CSV.' },
    { kind: 'markdown', name: 'description', label: 'Description', max: 5_000 },
  ],
  listColumns: [],
  listFilters: [],
});
