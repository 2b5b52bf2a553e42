import type { MetropolisFacts } from '../types';

export const toulon: MetropolisFacts = {
  metropolisSlug: 'metropole-toulon-provence-mediterranee',
  policySummary: [],
  contextSummary: [
    {
      facts: [113],
      text:
        "À la demande du président de la métropole, formulée en 2021, le Conseil de développement de Toulon Provence Méditerranée a rédigé une contribution " +
        "sur l'ESS, qu'il lui a transmise (page non datée). Elle compte huit propositions, parmi lesquelles une conférence des acteurs de l'ESS, une " +
        "cartographie de ces acteurs, un tiers-lieu dédié, des financements pluriannuels et la préparation d'un pôle territorial de coopération économique " +
        "(PTCE). Les sources consultées ne disent pas quelle suite la métropole y a donnée.",
    },
    {
      facts: [112],
      text:
        "En décembre 2016, selon Var-Matin, l'« Accélérateur social Var - Toulon », incubateur d'entrepreneuriat social fondé par Pascaline Rougié et " +
        "installé à la Maison du numérique de Toulon (TVT Innovation), tenait sa quatrième rencontre de porteurs de changement ; sa fondatrice expliquait " +
        "l'avoir créé faute d'incubateur social à Toulon. L'article ne mentionne aucun rôle de la métropole.",
    },
  ],
  rtesMembership: { fact: 0, isMember: false, year: 2018 },
  officials: [],
  essOfficialSlug: null,
  plans: [],
  fundingProgrammes: [],
  figures: [],
  supportStructures: [
    {
      fact: 112,
      slug: 'accelerateur-social-var-toulon',
      name: 'Accélérateur social Var - Toulon',
      kind: 'INCUBATOR',
      description:
        "Incubateur d'entrepreneuriat social fondé par Pascaline Rougié et hébergé à la Maison du numérique de Toulon (TVT Innovation). " +
        "En décembre 2016, selon Var-Matin, il tenait sa quatrième rencontre de porteurs de changement. L'article ne mentionne aucun rôle " +
        'de la Métropole Toulon Provence Méditerranée.',
      metropolises: [{ metropolisSlug: 'metropole-toulon-provence-mediterranee', partnershipStartYear: null }],
    },
  ],
  setAside: [],
};
