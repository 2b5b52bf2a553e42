import type { MetropolisFacts } from '../types';

const BLIDA = 'tcrm-blida-metz';

export const metz: MetropolisFacts = {
  metropolisSlug: 'metz-metropole',
  policySummary: [],
  contextSummary: [
    {
      facts: [116],
      text:
        "Selon une page non datée de la Ville de Metz, la ville et Metz Métropole ont créé en 2011, par convention, un poste partagé de chargé de mission pour développer " +
        "les clauses sociales dans leurs marchés publics. Sur le chantier du Mettis, 25 marchés comportant de telles clauses ont permis de réaliser 71 000 heures d'insertion en moins de deux ans. " +
        "Il s'agit d'un levier d'insertion par la commande publique, non d'un plan en faveur de l'ESS.",
    },
    {
      facts: [115],
      text:
        "En 2019, selon la Fédération des élus des entreprises publiques locales, le tiers-lieu TCRM-Blida, installé depuis 2014 dans un ancien dépôt de bus des transports de l'agglomération, " +
        "réunissait industries culturelles et créatives, innovation sociale et solidaire, numérique et médias. Ses murs devaient être rachetés par la SEM Metz Techno'pôles, " +
        "dont la ville et la métropole étaient actionnaires, avant des travaux estimés à environ 12 millions d'euros (projet Bliiida).",
    },
  ],
  rtesMembership: { fact: 0, isMember: false, year: 2018 },
  officials: [],
  essOfficialSlug: null,
  plans: [],
  fundingProgrammes: [],
  figures: [
    {
      fact: 116,
      key: 'metz-heures-insertion-mettis',
      indicator: 'heures-insertion',
      label: "Heures d'insertion réalisées en moins de deux ans grâce aux clauses sociales de 25 marchés du chantier du Mettis",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 115,
      key: 'metz-tcrm-blida-cout-travaux',
      indicator: 'cout-travaux',
      label: "Coût annoncé des travaux du tiers-lieu (environ)",
      unit: 'EUR',
      periodStartYear: null,
      periodEndYear: null,
      supportStructureSlug: BLIDA,
    },
  ],
  supportStructures: [
    {
      fact: 115,
      slug: BLIDA,
      name: 'TCRM-Blida (Bliiida)',
      kind: 'OTHER',
      description:
        "Tiers-lieu ouvert en 2014 à Metz dans un ancien dépôt de bus des transports de l'agglomération, qui associait, selon la source, industries culturelles et créatives, innovation sociale et solidaire, " +
        "numérique et médias (Les EPL, 2019). Le seul lien avec la métropole que décrit la source est immobilier : les locaux devaient passer à la SEM Metz Techno'pôles, " +
        "dont la ville et la métropole étaient actionnaires, pour un projet de rénovation d'environ 12 millions d'euros. Aucun soutien de la métropole à l'ESS n'y est mentionné.",
      metropolises: [{ metropolisSlug: 'metz-metropole', partnershipStartYear: null }],
    },
  ],
  setAside: [],
};
