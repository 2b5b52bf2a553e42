import { defineContentType } from '../definition';

export const metropolisType = defineContentType({
  entityType: 'Metropolis',
  segment: 'metropoles',
  singular: 'métropole',
  plural: 'métropoles',
  feminine: true,
  titleField: 'officialName',
  slugFrom: 'shortName',
  fields: [
    { kind: 'text', name: 'officialName', label: 'Nom officiel', required: true, max: 200, hint: 'Ex. : Métropole européenne de Lille.' },
    { kind: 'text', name: 'shortName', label: 'Nom court', required: true, max: 80, hint: 'Utilisé dans les listes et la carte. Ex. : Lille.' },
    { kind: 'slug', name: 'slug', label: 'Adresse de la page (slug)', hint: 'Laissez vide pour la générer depuis le nom court. Changer l’adresse d’une fiche publiée garde l’ancienne en redirection.' },
    { kind: 'text', name: 'sirenCode', label: 'Numéro SIREN', max: 9, hint: '9 chiffres.' },
    { kind: 'text', name: 'region', label: 'Région', required: true, max: 80 },
    { kind: 'text', name: 'seatCity', label: 'Ville siège', required: true, max: 80 },
    { kind: 'year', name: 'creationYear', label: 'Année de création' },
    { kind: 'coordinate', name: 'latitude', label: 'Latitude', required: true, min: 41, max: 52, hint: 'En degrés décimaux, ex. : 50,6292.' },
    { kind: 'coordinate', name: 'longitude', label: 'Longitude', required: true, min: -6, max: 10, hint: 'En degrés décimaux, ex. : 3,0573.' },
    { kind: 'integer', name: 'population', label: 'Population légale', min: 0, max: 10_000_000 },
    { kind: 'integer', name: 'communeCount', label: 'Nombre de communes', min: 1, max: 1000 },
    { kind: 'relation', name: 'identitySourceId', label: 'Source de la population et du nombre de communes', target: 'Source' },
    { kind: 'tristate', name: 'isRtesMember', label: 'Adhérente au RTES' },
    { kind: 'year', name: 'rtesMembershipYear', label: 'Adhésion au RTES : année attestée', hint: 'L’année pour laquelle la source atteste l’adhésion (ou son absence).' },
    { kind: 'relation', name: 'rtesMembershipSourceId', label: 'Adhésion au RTES : source', target: 'Source' },
    { kind: 'url', name: 'website', label: 'Site web' },
    { kind: 'markdown', name: 'policySummary', label: 'Résumé de la politique ESS', max: 10_000, hint: 'Ce que disent les sources, daté : « En 2019, selon le RTES, … ».' },
    {
      kind: 'markdown',
      name: 'contextSummary',
      label: 'Éléments de contexte',
      max: 10_000,
      hint: 'Faits indirects qui ne constituent pas une politique ESS de la métropole (un label, une clause sociale, une structure du territoire).',
    },
    { kind: 'relation', name: 'essOfficialId', label: 'Élu·e en charge de l’ESS', target: 'Person', hint: 'Sa fonction est affichée avec l’année et la source indiquées sur sa fiche.' },
  ],
  listColumns: ['region', 'isRtesMember'],
  listFilters: ['isRtesMember'],
  refine: (values, add) => {
    if (typeof values.sirenCode === 'string' && !/^\d{9}$/.test(values.sirenCode)) add('sirenCode', 'Le SIREN compte exactement 9 chiffres.');
    if (typeof values.population === 'number' && values.identitySourceId === null) add('identitySourceId', 'Indiquez la source de la population.');
    if (values.isRtesMember !== null && values.rtesMembershipYear === null) add('rtesMembershipYear', 'Indiquez l’année pour laquelle la source atteste l’adhésion.');
    if (values.isRtesMember !== null && values.rtesMembershipSourceId === null) add('rtesMembershipSourceId', 'Indiquez la source de l’adhésion.');
  },
});
