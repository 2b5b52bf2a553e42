import { organisationKindLabels } from '@/lib/format';
import { defineContentType } from '../definition';

export const organisationType = defineContentType({
  entityType: 'Organisation',
  segment: 'organisations',
  singular: 'organisation',
  plural: 'organisations',
  feminine: true,
  titleField: 'name',
  slugFrom: 'name',
  fields: [
    { kind: 'text', name: 'name', label: 'Nom', required: true, max: 200 },
    { kind: 'slug', name: 'slug', label: 'Identifiant (slug)', hint: 'Laissez vide pour le générer depuis le nom.' },
    { kind: 'text', name: 'acronym', label: 'Sigle', max: 30 },
    { kind: 'enum', name: 'kind', label: 'Type d’organisation', required: true, options: organisationKindLabels },
    { kind: 'url', name: 'website', label: 'Site web' },
    { kind: 'markdown', name: 'description', label: 'Description', max: 5_000 },
  ],
  listColumns: ['acronym', 'kind'],
  listFilters: ['kind'],
});
