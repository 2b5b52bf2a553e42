import { datePrecisionLabels } from '@/lib/format';
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
    { kind: 'date', name: 'publishedOn', label: 'Date de publication', hint: 'Si la page ne donne que le mois ou l’année, saisissez le 1er du mois (ou le 1er janvier) et précisez-le ci-dessous.' },
    { kind: 'enum', name: 'publishedOnPrecision', label: 'Précision de la date', required: true, options: datePrecisionLabels, initial: 'DAY' },
    { kind: 'url', name: 'url', label: 'Adresse du document' },
    { kind: 'text', name: 'note', label: 'Précision', max: 500, hint: 'Page, tableau ou extrait utilisé ; pour une source à vérifier, ce qu’il reste à contrôler.' },
    {
      kind: 'boolean',
      name: 'needsVerification',
      label: 'Source à vérifier',
      hint: 'Page d’un groupe politique, site personnel ou copie d’un document hébergée ailleurs : à confronter à l’original avant de publier ce qui repose sur elle.',
    },
  ],
  listColumns: ['publisher', 'publishedOn', 'needsVerification'],
  listFilters: ['needsVerification'],
});
