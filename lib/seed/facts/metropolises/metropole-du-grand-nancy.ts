import type { MetropolisFacts } from '../types';

const SERRE = 'la-serre-a-projets';

export const grandNancy: MetropolisFacts = {
  metropolisSlug: 'metropole-du-grand-nancy',
  policySummary: [],
  contextSummary: [
    {
      facts: [114],
      text:
        "Selon Le Journal des Entreprises (2024), La Serre à projets, incubateur et fabrique à projets ouvert à Nancy en 2019 sous la houlette de " +
        "France Active Lorraine et de la SCIC Kèpos, avait alors accompagné 35 projets, tous liés à la transition écologique. L'article ne mentionne " +
        "aucun rôle de la Métropole du Grand Nancy, et les sources consultées ne font état d'aucune politique de la métropole en faveur de l'ESS.",
    },
  ],
  rtesMembership: { fact: 0, isMember: false, year: 2018 },
  officials: [],
  essOfficialSlug: null,
  plans: [],
  fundingProgrammes: [],
  figures: [
    {
      fact: 114,
      key: 'nancy-serre-a-projets-projets-accompagnes',
      indicator: 'projets-accompagnes',
      label: 'Projets liés à la transition écologique accompagnés par La Serre à projets depuis son lancement',
      unit: 'COUNT',
      periodStartYear: 2019,
      periodEndYear: 2024,
      supportStructureSlug: SERRE,
    },
  ],
  supportStructures: [
    {
      fact: 114,
      slug: SERRE,
      name: 'La Serre à projets',
      kind: 'INCUBATOR',
      description:
        "Incubateur et fabrique à projets lancé à Nancy en 2019, porté par France Active Lorraine et la SCIC Kèpos, qui avait accompagné 35 projets " +
        "liés à la transition écologique en 2024, selon Le Journal des Entreprises. L'article ne mentionne aucun rôle de la Métropole du Grand Nancy.",
      metropolises: [{ metropolisSlug: 'metropole-du-grand-nancy', partnershipStartYear: null }],
    },
  ],
  setAside: [],
};
