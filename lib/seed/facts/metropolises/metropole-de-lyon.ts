import type { MetropolisFacts } from '../types';

const FONDATION = 'fondation-de-soutien-a-l-innovation-sociale-lyon';
const FABRIQUE = 'fabrique-a-solutions-lyon';

export const lyon: MetropolisFacts = {
  metropolisSlug: 'metropole-de-lyon',
  policySummary: [
    {
      facts: [21, 29],
      text:
        "Selon l'Aderly, la Métropole de Lyon a officiellement obtenu le 12 mars 2019 le label « Territoire French Impact », pour un projet porté par un collectif de 16 partenaires, " +
        "et a annoncé à cette occasion un fonds de soutien à l'innovation sociale. Parmi les services de ce projet figurait une « Fabrique à solutions », " +
        "appuyée sur les incubateurs Ronalpia et Alter'Incub, qui visait l'accompagnement d'une dizaine de projets chaque année.",
    },
    {
      facts: [23, 25],
      text:
        "Selon une étude de l'Avise, de France urbaine et du RTES présentée par Carenews en 2021, la métropole a mis en place en 2018 une " +
        "**Fondation de soutien à l'innovation sociale**, chargée d'aider financièrement des projets ; 16 projets en ont bénéficié en 2019. " +
        "Bref Eco, en 2019, situait le lancement de cette fondation par la métropole et ses partenaires cette année-là, avec une dotation d'un million d'euros.",
    },
    {
      facts: [22, 20, 18],
      text:
        "Selon le RTES, la Métropole de Lyon a tenu le 14 mai 2024 la deuxième édition de ses **Journées métropolitaines de l'ESS**, qui a rassemblé près de 300 personnes " +
        "autour de nouveaux récits pour l'ESS, après une première édition en 2022 consacrée à la coopération. Le RTES, partenaire de l'événement, y a réuni son conseil d'administration, " +
        "accueilli par Emeline Baume de Brosses, alors première vice-présidente de la métropole et membre de ce conseil.",
    },
    {
      facts: [26],
      text:
        "Sur le site du Grand Lyon consacré au développement durable (page non datée), l'ESS pèse 12,2 % des entreprises privées et 9,2 % de l'emploi de l'agglomération lyonnaise.",
    },
  ],
  rtesMembership: { fact: 30, isMember: true, year: 2018 },
  officials: [
    {
      fact: 18,
      slug: 'emeline-baume-de-brosses',
      fullName: 'Emeline Baume de Brosses',
      role: "Première vice-présidente de la Métropole de Lyon, membre du conseil d'administration du RTES",
      year: 2024,
    },
  ],
  essOfficialSlug: null,
  plans: [],
  fundingProgrammes: [
    {
      fact: 23,
      alsoFacts: [25],
      slug: FONDATION,
      name: "Fondation de soutien à l'innovation sociale",
      kind: 'GRANT_SCHEME',
      description:
        "Fondation mise en place à l'initiative de la Métropole de Lyon pour soutenir financièrement des projets d'innovation sociale. " +
        "Selon une étude de l'Avise, de France urbaine et du RTES présentée par Carenews en 2021, elle a été créée en 2018 et a financé 16 projets en 2019. " +
        "Bref Eco date son lancement de 2019 et indique qu'elle était dotée d'un million d'euros ; faute d'accord entre les sources, l'année de création n'est pas retenue.",
      startYear: null,
      endYear: null,
      isRecurring: false,
    },
  ],
  figures: [
    {
      fact: 23,
      key: 'lyon-fondation-innovation-sociale-projets-finances-2019',
      indicator: 'projets-finances',
      label: "Projets financés par la Fondation de soutien à l'innovation sociale",
      unit: 'COUNT',
      periodStartYear: 2019,
      periodEndYear: 2019,
      fundingProgrammeSlug: FONDATION,
    },
    {
      fact: 25,
      key: 'lyon-fondation-innovation-sociale-dotation',
      indicator: 'dotation-initiale',
      label: "Dotation de la Fondation de soutien à l'innovation sociale à son lancement",
      unit: 'EUR',
      periodStartYear: 2019,
      periodEndYear: 2019,
      fundingProgrammeSlug: FONDATION,
    },
    {
      fact: 29,
      key: 'lyon-fabrique-a-solutions-objectif-projets-par-an',
      indicator: 'objectif-projets-accompagnes-par-an',
      label: 'Objectif de projets accompagnés chaque année (une dizaine)',
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
      supportStructureSlug: FABRIQUE,
    },
    {
      fact: 26,
      key: 'lyon-part-emploi-ess',
      indicator: 'part-emploi-ess',
      label: "Part de l'ESS dans l'emploi de l'agglomération lyonnaise",
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 26,
      key: 'lyon-part-entreprises-privees-ess',
      indicator: 'part-entreprises-privees-ess',
      label: "Part de l'ESS dans les entreprises privées de l'agglomération lyonnaise",
      value: 12.2,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 24,
      key: 'lyon-subvention-ess-conseil-15-mars-2021',
      indicator: 'montant-finance',
      label: "Subvention soumise au conseil métropolitain du 15 mars 2021 pour les actions 2021-2022 de 13 organismes de l'ESS",
      unit: 'EUR',
      periodStartYear: 2021,
      periodEndYear: 2022,
    },
    {
      fact: 24,
      key: 'lyon-organismes-ess-subventionnes-mars-2021',
      indicator: 'organismes-subventionnes',
      label: "Organismes de l'ESS concernés par la subvention soumise au conseil du 15 mars 2021",
      value: 13,
      unit: 'COUNT',
      periodStartYear: 2021,
      periodEndYear: 2022,
    },
    {
      fact: 27,
      key: 'lyon-part-emploi-ess-deliberation-2021',
      indicator: 'part-emploi-ess',
      label: "Part de l'ESS dans les emplois de la métropole, selon une délibération de 2021",
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 27,
      key: 'lyon-part-entreprises-ess-deliberation-2021',
      indicator: 'part-entreprises-ess',
      label: "Part de l'ESS dans les entreprises de la métropole, selon une délibération de 2021",
      value: 10,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 27,
      key: 'lyon-progression-emploi-ess-2010-2015',
      indicator: 'progression-emploi-ess',
      label: "Progression de l'emploi dans l'ESS (contre 3 % pour l'emploi salarié total), selon une délibération de 2021",
      value: 23,
      unit: 'PERCENT',
      periodStartYear: 2010,
      periodEndYear: 2015,
    },
    {
      fact: 28,
      key: 'lyon-subvention-ess-8-structures-2021',
      indicator: 'montant-finance',
      label: "Subventions proposées en 2021 pour 8 structures de l'ESS",
      unit: 'EUR',
      periodStartYear: 2021,
      periodEndYear: 2021,
    },
    {
      fact: 28,
      key: 'lyon-budget-structures-ess-2021',
      indicator: 'budget-ess-annuel',
      label: "Montant consacré en 2021 aux structures qui développent l'ESS (environ), selon une délibération de 2021",
      value: 2600000,
      unit: 'EUR',
      periodStartYear: 2021,
      periodEndYear: 2021,
    },
  ],
  supportStructures: [
    {
      fact: 29,
      slug: FABRIQUE,
      name: 'Fabrique à solutions',
      kind: 'INCUBATOR',
      description:
        "Service d'accompagnement des entreprises à fort potentiel d'impact, prévu par le projet « Territoire French Impact » de la Métropole de Lyon (Aderly, 2019). " +
        "Appuyé sur les incubateurs Ronalpia et Alter'Incub, il se donnait pour objectif d'accompagner une dizaine de projets par an.",
      metropolises: [{ metropolisSlug: 'metropole-de-lyon', partnershipStartYear: null }],
    },
  ],
  setAside: [
    {
      fact: 19,
      reason:
        "Même personne qu'Emeline Baume de Brosses (fait 18), dont le rôle est daté de 2024 par une source publiable ; le rôle de 2021 ne repose que sur la page d'un groupe politique.",
    },
  ],
};
