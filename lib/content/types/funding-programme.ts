import { fundingKindLabels } from '@/lib/format';
import { defineContentType } from '../definition';
import { periodRule } from '../fields';

export const fundingProgrammeType = defineContentType({
  entityType: 'FundingProgramme',
  segment: 'dispositifs',
  singular: 'dispositif de financement',
  plural: 'dispositifs de financement',
  feminine: false,
  titleField: 'name',
  slugFrom: 'name',
  fields: [
    { kind: 'text', name: 'name', label: 'Nom', required: true, max: 200 },
    { kind: 'slug', name: 'slug', label: 'Identifiant (slug)', hint: 'Laissez vide pour le générer depuis le nom. Sert aussi de colonne « dispositif » dans l’import CSV.' },
    { kind: 'relation', name: 'metropolisId', label: 'Métropole', required: true, target: 'Metropolis' },
    { kind: 'relation', name: 'policyPlanId', label: 'Politique ou plan de rattachement', target: 'PolicyPlan' },
    { kind: 'enum', name: 'kind', label: 'Type de dispositif', required: true, options: fundingKindLabels },
    { kind: 'markdown', name: 'description', label: 'Description', max: 10_000 },
    { kind: 'year', name: 'startYear', label: 'Année de début' },
    { kind: 'year', name: 'endYear', label: 'Année de fin' },
    { kind: 'boolean', name: 'isRecurring', label: 'Dispositif reconduit chaque année' },
    { kind: 'relation', name: 'sourceId', label: 'Source', target: 'Source' },
  ],
  listColumns: ['metropolisId', 'kind', 'startYear'],
  listFilters: ['metropolisId', 'kind'],
  sourcedBy: 'sourceId',
  refine: periodRule('startYear', 'endYear'),
});
