import { legalFormLabels } from '@/lib/format';
import { GRANTED_AMOUNT_BOUNDS } from '@/lib/money';
import { defineContentType } from '../definition';

export const fundedProjectType = defineContentType({
  entityType: 'FundedProject',
  segment: 'projets',
  singular: 'projet financé',
  plural: 'projets financés',
  feminine: false,
  titleField: 'title',
  bulkImportPath: '/admin/import/projets',
  slugFrom: 'title',
  fields: [
    { kind: 'text', name: 'title', label: 'Intitulé du projet', required: true, max: 200 },
    { kind: 'slug', name: 'slug', label: 'Identifiant (slug)', hint: 'Laissez vide pour le générer depuis l’intitulé.' },
    { kind: 'relation', name: 'fundingProgrammeId', label: 'Dispositif de financement', required: true, target: 'FundingProgramme' },
    { kind: 'relation', name: 'metropolisId', label: 'Métropole', required: true, target: 'Metropolis' },
    { kind: 'text', name: 'carrierName', label: 'Structure porteuse', required: true, max: 200 },
    { kind: 'enum', name: 'legalForm', label: 'Forme juridique', required: true, options: legalFormLabels },
    { kind: 'year', name: 'year', label: 'Année du financement', required: true },
    { kind: 'money', name: 'amountCents', label: 'Montant accordé (en euros)', required: true, bounds: GRANTED_AMOUNT_BOUNDS, hint: 'Ex. : 15 000 ou 12 500,50.' },
    { kind: 'tristate', name: 'isInPriorityNeighbourhood', label: 'En quartier prioritaire de la politique de la ville' },
    { kind: 'markdown', name: 'description', label: 'Description', max: 5_000 },
    { kind: 'relations', name: 'themes', label: 'Thématiques', target: 'Theme' },
  ],
  listColumns: ['metropolisId', 'year', 'amountCents'],
  listFilters: ['metropolisId', 'fundingProgrammeId', 'legalForm'],
});
