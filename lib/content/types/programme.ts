import { defineContentType } from '../definition';
import { periodRule } from '../fields';

export const programmeType = defineContentType({
  entityType: 'Programme',
  segment: 'programmes',
  singular: 'programme',
  plural: 'programmes',
  feminine: false,
  titleField: 'name',
  slugFrom: 'name',
  fields: [
    { kind: 'text', name: 'name', label: 'Nom', required: true, max: 200 },
    { kind: 'slug', name: 'slug', label: 'Identifiant (slug)', hint: 'Laissez vide pour le générer depuis le nom.' },
    { kind: 'markdown', name: 'description', label: 'Description', max: 10_000 },
    { kind: 'year', name: 'startYear', label: 'Année de début' },
    { kind: 'year', name: 'endYear', label: 'Année de fin' },
    { kind: 'lines', name: 'axes', label: 'Axes du programme', max: 300, maxItems: 20, hint: 'Un axe par ligne.' },
    { kind: 'relations', name: 'organisers', label: 'Organisations qui le portent', target: 'Organisation' },
  ],
  listColumns: ['startYear'],
  listFilters: [],
  refine: periodRule('startYear', 'endYear'),
});
