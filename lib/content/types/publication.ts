import { studyStatusLabels } from '@/lib/format';
import { defineContentType } from '../definition';

export const publicationType = defineContentType({
  entityType: 'Publication',
  segment: 'publications',
  singular: 'publication',
  plural: 'publications',
  feminine: true,
  titleField: 'title',
  slugFrom: 'title',
  fields: [
    { kind: 'text', name: 'title', label: 'Titre', required: true, max: 300 },
    { kind: 'slug', name: 'slug', label: 'Identifiant (slug)', hint: 'Laissez vide pour le générer depuis le titre.' },
    { kind: 'markdown', name: 'summary', label: 'Résumé', max: 10_000 },
    { kind: 'enum', name: 'studyStatus', label: 'État', required: true, options: studyStatusLabels },
    { kind: 'year', name: 'expectedYear', label: 'Parution annoncée : année' },
    { kind: 'month', name: 'expectedMonth', label: 'Parution annoncée : mois (1 à 12)' },
    { kind: 'date', name: 'publishedOn', label: 'Date de parution' },
    { kind: 'url', name: 'url', label: 'Adresse du document' },
    { kind: 'relation', name: 'programmeId', label: 'Programme', target: 'Programme' },
    { kind: 'relations', name: 'publishers', label: 'Éditeurs', target: 'Organisation' },
  ],
  listColumns: ['studyStatus', 'publishedOn'],
  listFilters: ['studyStatus'],
  refine: (values, add) => {
    if (typeof values.expectedMonth === 'number' && values.expectedYear === null) add('expectedYear', 'Indiquez l’année du mois annoncé.');
    if (values.studyStatus === 'PUBLISHED' && values.publishedOn === null) add('publishedOn', 'Indiquez la date de parution d’une étude parue.');
  },
});
