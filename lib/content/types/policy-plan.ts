import { planKindLabels, planStatusLabels } from '@/lib/format';
import { defineContentType } from '../definition';
import { periodRule } from '../fields';

export const policyPlanType = defineContentType({
  entityType: 'PolicyPlan',
  segment: 'politiques',
  singular: 'politique ou plan',
  plural: 'politiques et plans',
  feminine: true,
  titleField: 'title',
  slugFrom: 'title',
  fields: [
    { kind: 'text', name: 'title', label: 'Intitulé', required: true, max: 200 },
    { kind: 'slug', name: 'slug', label: 'Adresse de la page (slug)', hint: 'Laissez vide pour la générer depuis l’intitulé.' },
    { kind: 'relation', name: 'metropolisId', label: 'Métropole', required: true, target: 'Metropolis' },
    { kind: 'enum', name: 'kind', label: 'Type de document', required: true, options: planKindLabels },
    { kind: 'year', name: 'startYear', label: 'Année de début', required: true },
    { kind: 'year', name: 'endYear', label: 'Année de fin' },
    { kind: 'enum', name: 'planStatus', label: 'État du plan', required: true, options: planStatusLabels },
    { kind: 'markdown', name: 'summary', label: 'Résumé', max: 10_000 },
    { kind: 'relation', name: 'sourceId', label: 'Source', target: 'Source' },
    { kind: 'relation', name: 'predecessorId', label: 'Plan précédent', target: 'PolicyPlan', hint: 'L’édition antérieure de ce plan, s’il y en a une.' },
    { kind: 'relations', name: 'levers', label: 'Leviers d’action', target: 'ActionLever' },
  ],
  listColumns: ['metropolisId', 'startYear', 'planStatus'],
  listFilters: ['metropolisId', 'planStatus'],
  sourcedBy: 'sourceId',
  refine: periodRule('startYear', 'endYear'),
});
