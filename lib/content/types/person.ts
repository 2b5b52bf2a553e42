import { defineContentType } from '../definition';

export const personType = defineContentType({
  entityType: 'Person',
  segment: 'personnes',
  singular: 'personne',
  plural: 'personnes',
  feminine: true,
  titleField: 'fullName',
  slugFrom: 'fullName',
  fields: [
    { kind: 'text', name: 'fullName', label: 'Prénom et nom', required: true, max: 160 },
    { kind: 'slug', name: 'slug', label: 'Identifiant (slug)', hint: 'Laissez vide pour le générer depuis le nom.' },
    { kind: 'text', name: 'role', label: 'Fonction', max: 200 },
    { kind: 'relation', name: 'organisationId', label: 'Organisation', target: 'Organisation' },
    { kind: 'relation', name: 'metropolisId', label: 'Métropole', target: 'Metropolis' },
  ],
  listColumns: ['role', 'metropolisId'],
  listFilters: ['metropolisId'],
});
