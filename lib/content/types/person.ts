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
    { kind: 'text', name: 'role', label: 'Fonction', max: 200, hint: 'Telle que la source l’indique, sans l’année. Ex. : vice-président chargé de l’ESS.' },
    { kind: 'year', name: 'roleYear', label: 'Fonction : année attestée', hint: 'L’année pour laquelle la source atteste la fonction : elle n’est jamais présentée comme actuelle.' },
    { kind: 'relation', name: 'roleSourceId', label: 'Fonction : source', target: 'Source' },
    { kind: 'relation', name: 'organisationId', label: 'Organisation', target: 'Organisation' },
    { kind: 'relation', name: 'metropolisId', label: 'Métropole', target: 'Metropolis' },
  ],
  listColumns: ['role', 'roleYear', 'metropolisId'],
  listFilters: ['metropolisId'],
  sourcedBy: 'roleSourceId',
  refine: (values, add) => {
    if (values.roleYear !== null && !values.role) add('role', 'Indiquez la fonction que l’année date.');
  },
});
