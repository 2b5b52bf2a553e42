import { defineContentType } from '../definition';

export const sourceType = defineContentType({
  entityType: 'Source',
  segment: 'sources',
  singular: 'source',
  plural: 'sources',
  feminine: true,
  titleField: 'title',
  fields: [
    { kind: 'text', name: 'title', label: 'Titre du document', required: true, max: 300 },
    { kind: 'text', name: 'publisher', label: 'Éditeur', required: true, max: 200, hint: 'Organisme qui publie le document (Avise, INSEE…).' },
    { kind: 'date', name: 'publishedOn', label: 'Date de publication' },
    { kind: 'url', name: 'url', label: 'Adresse du document' },
    { kind: 'text', name: 'note', label: 'Précision', max: 500, hint: 'Page, tableau ou extrait utilisé.' },
  ],
  listColumns: ['publisher', 'publishedOn'],
  listFilters: [],
});
