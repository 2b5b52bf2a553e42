import { figureUnitLabels } from '@/lib/format';
import { defineContentType } from '../definition';
import { periodRule } from '../fields';

const SUBJECTS = ['metropolisId', 'policyPlanId', 'fundingProgrammeId', 'supportStructureId', 'programmeId'] as const;

export const figureType = defineContentType({
  entityType: 'Figure',
  segment: 'chiffres',
  singular: 'chiffre clé',
  plural: 'chiffres clés',
  feminine: false,
  titleField: 'label',
  fields: [
    { kind: 'text', name: 'label', label: 'Libellé', required: true, max: 200, hint: 'Ex. : Projets financés.' },
    { kind: 'text', name: 'indicator', label: 'Indicateur (clé stable)', required: true, max: 80, hint: 'Minuscules et tirets, ex. : projets-finances. Permet de comparer les métropoles.' },
    { kind: 'decimal', name: 'value', label: 'Valeur', required: true, min: 0, max: 99_999_999_999_999 },
    { kind: 'enum', name: 'unit', label: 'Unité', required: true, options: figureUnitLabels },
    { kind: 'boolean', name: 'isLowerBound', label: 'Valeur minimale (« plus de … »)' },
    { kind: 'year', name: 'periodStartYear', label: 'Période : année de début' },
    { kind: 'year', name: 'periodEndYear', label: 'Période : année de fin' },
    { kind: 'relation', name: 'sourceId', label: 'Source', required: true, target: 'Source', hint: 'Un chiffre n’est jamais publié sans sa source.' },
    { kind: 'relation', name: 'metropolisId', label: 'Métropole concernée', target: 'Metropolis' },
    { kind: 'relation', name: 'policyPlanId', label: 'Politique ou plan concerné', target: 'PolicyPlan' },
    { kind: 'relation', name: 'fundingProgrammeId', label: 'Dispositif concerné', target: 'FundingProgramme' },
    { kind: 'relation', name: 'supportStructureId', label: 'Structure concernée', target: 'SupportStructure' },
    { kind: 'relation', name: 'programmeId', label: 'Programme concerné', target: 'Programme' },
    { kind: 'integer', name: 'position', label: 'Ordre d’affichage', required: true, min: 0, max: 1000 },
  ],
  listColumns: ['metropolisId', 'value', 'unit'],
  listFilters: ['unit', 'metropolisId'],
  sourcedBy: 'sourceId',
  refine: (values, add) => {
    periodRule('periodStartYear', 'periodEndYear')(values, add);
    if (typeof values.indicator === 'string' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.indicator)) {
      add('indicator', 'Minuscules sans accents, chiffres et tirets seulement.');
    }
    if (values.unit === 'PERCENT' && typeof values.value === 'string' && Number(values.value) > 100) {
      add('value', 'Un pourcentage est compris entre 0 et 100.');
    }
    if (!SUBJECTS.some((subject) => values[subject] !== null)) {
      add('metropolisId', 'Rattachez le chiffre à au moins une métropole, un plan, un dispositif, une structure ou un programme.');
    }
  },
});
