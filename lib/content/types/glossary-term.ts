import { defineContentType } from '../definition';

/** Letters or digits at both ends: a term is matched in texts as a whole word. */
const TERM_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{N}’' .&-]*[\p{L}\p{N}])?$/u;

export const glossaryTermType = defineContentType({
  entityType: 'GlossaryTerm',
  segment: 'glossaire',
  singular: 'terme du glossaire',
  plural: 'termes du glossaire',
  feminine: false,
  titleField: 'term',
  slugFrom: 'term',
  fields: [
    {
      kind: 'text',
      name: 'term',
      label: 'Sigle ou terme',
      required: true,
      max: 40,
      hint: 'Tel qu’il s’écrit dans les textes, majuscules comprises (ESS, Avise) : chaque première occurrence dans un texte public renvoie ici.',
    },
    { kind: 'slug', name: 'slug', label: 'Identifiant (slug)', hint: 'Laissez vide pour le générer depuis le sigle. Sert d’ancre : /glossaire#ess.' },
    { kind: 'text', name: 'expansion', label: 'Forme développée', required: true, max: 200, hint: 'Ex. : Économie sociale et solidaire. Affichée au survol du sigle.' },
    { kind: 'markdown', name: 'definition', label: 'Définition', required: true, max: 2_000, hint: 'En quelques phrases, dans nos propres mots.' },
    { kind: 'relation', name: 'sourceId', label: 'Source de la définition', target: 'Source', hint: 'Le texte officiel ou la page qui définit le terme, si elle existe.' },
  ],
  listColumns: ['expansion'],
  listFilters: [],
  sourcedBy: 'sourceId',
  refine: (values, add) => {
    if (typeof values.term === 'string' && !TERM_PATTERN.test(values.term)) {
      add('term', 'Commencez et finissez par une lettre ou un chiffre (espaces, tirets et apostrophes permis au milieu).');
    }
  },
});
