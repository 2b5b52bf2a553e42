import { defineContentType } from '../definition';

export const workingGroupReportType = defineContentType({
  entityType: 'WorkingGroupReport',
  segment: 'groupes-de-travail',
  singular: 'compte rendu de groupe de travail',
  plural: 'comptes rendus de groupes de travail',
  feminine: false,
  titleField: 'title',
  slugFrom: 'title',
  fields: [
    { kind: 'text', name: 'title', label: 'Titre', required: true, max: 300 },
    { kind: 'slug', name: 'slug', label: 'Adresse de la page (slug)', hint: 'Laissez vide pour la générer depuis le titre.' },
    { kind: 'integer', name: 'sequenceNumber', label: 'Numéro de la réunion', required: true, min: 1, max: 500 },
    { kind: 'date', name: 'meetingDate', label: 'Date de la réunion', required: true },
    { kind: 'integer', name: 'participantCount', label: 'Nombre de métropoles présentes', required: true, min: 0, max: 100, hint: 'Y compris celles qui ne sont pas nommées.' },
    { kind: 'relations', name: 'participants', label: 'Métropoles participantes nommées', target: 'Metropolis', through: { key: 'metropolisId' } },
    { kind: 'text', name: 'summary', label: 'Chapeau', required: true, max: 1_000 },
    { kind: 'markdown', name: 'body', label: 'Compte rendu', required: true, max: 50_000 },
    {
      kind: 'repeater',
      name: 'focusPresentations',
      label: 'Présentations « focus »',
      itemLabel: 'Présentation',
      positionColumn: 'position',
      maxItems: 20,
      fields: [
        { kind: 'relation', name: 'metropolisId', label: 'Métropole présentée', required: true, target: 'Metropolis' },
        { kind: 'relation', name: 'speakerId', label: 'Intervenant·e', target: 'Person' },
        { kind: 'text', name: 'topic', label: 'Sujet', required: true, max: 300 },
        { kind: 'markdown', name: 'body', label: 'Contenu', required: true, max: 20_000 },
      ],
    },
    { kind: 'date', name: 'firstPublishedOn', label: 'Date de publication affichée', required: true },
    { kind: 'date', name: 'lastUpdatedOn', label: 'Date de mise à jour affichée' },
    { kind: 'relation', name: 'programmeId', label: 'Programme', target: 'Programme' },
    { kind: 'relation', name: 'publicationId', label: 'Publication liée', target: 'Publication' },
    { kind: 'relations', name: 'organisers', label: 'Organisateurs', target: 'Organisation' },
    { kind: 'relations', name: 'themes', label: 'Thématiques', target: 'Theme' },
    {
      kind: 'relations',
      name: 'citedStructures',
      label: 'Structures citées',
      target: 'SupportStructure',
      hint: 'Les structures d’accompagnement que les présentations nomment. Sur la page, chacune est rangée sous le focus de la métropole qu’elle accompagne.',
    },
  ],
  listColumns: ['meetingDate', 'sequenceNumber'],
  listFilters: ['programmeId'],
  refine: (values, add) => {
    const named = Array.isArray(values.participants) ? values.participants.length : 0;
    if (typeof values.participantCount === 'number' && named > values.participantCount) {
      add('participantCount', `Il y a ${named} métropoles nommées : le total ne peut pas être inférieur.`);
    }
    const rows = (values.focusPresentations ?? []) as Array<Record<string, unknown>>;
    const ids = rows.map((row) => row.metropolisId);
    if (new Set(ids).size !== ids.length) add('focusPresentations', 'Une seule présentation par métropole.');
    if (typeof values.lastUpdatedOn === 'string' && typeof values.firstPublishedOn === 'string' && values.lastUpdatedOn < values.firstPublishedOn) {
      add('lastUpdatedOn', 'La mise à jour ne peut pas précéder la publication.');
    }
  },
});
