import type { MetropolisFacts } from '../types';

const CRESS_IDF = 'cress-ile-de-france';

export const grandParis: MetropolisFacts = {
  metropolisSlug: 'metropole-du-grand-paris',
  policySummary: [],
  contextSummary: [
    {
      facts: [11, 12],
      text:
        "En 2020, selon la CRESS Île-de-France, Xavier Lemoine, maire de Montfermeil et vice-président de la Métropole du Grand Paris délégué notamment à l'ESS, " +
        "déclarait que la métropole n'avait pas encore de politique de l'économie sociale et solidaire à proprement parler : " +
        "depuis 2016, son action en lien avec l'ESS avait surtout porté sur l'économie circulaire.",
    },
    {
      facts: [15],
      text:
        "En 2019, lors de la présentation de l'étude de l'Avise et du RTES sur les métropoles, la Métropole du Grand Paris était citée parmi celles qui n'avaient pas encore rédigé " +
        "de feuille de route pour l'ESS (La Gazette Santé Social).",
    },
    {
      facts: [14, 13],
      text:
        "Selon Objectif Grand Paris (juin 2020), un partenariat noué en décembre 2019 entre la métropole et la CRESS Île-de-France a débouché sur la parution, " +
        "le 18 juin 2020, d'un Atlas métropolitain de l'ESS. Selon cet atlas, l'ESS compte sur le territoire 22 600 établissements (7,1 % des établissements privés), " +
        "qui totalisent 275 000 emplois et une masse salariale brute de 9 milliards d'euros ; l'article ne précise pas l'année des données.",
    },
  ],
  rtesMembership: { fact: 0, isMember: false, year: 2018 },
  officials: [
    {
      fact: 12,
      slug: 'xavier-lemoine',
      fullName: 'Xavier Lemoine',
      role: "Vice-président de la Métropole du Grand Paris délégué à l'économie sociale et solidaire, à l'économie circulaire et à l'économie collaborative ; maire de Montfermeil",
      year: 2020,
    },
  ],
  essOfficialSlug: 'xavier-lemoine',
  plans: [],
  fundingProgrammes: [],
  figures: [
    {
      fact: 13,
      key: 'grand-paris-etablissements-ess',
      indicator: 'etablissements-ess',
      label: "Établissements de l'ESS sur le territoire, selon l'Atlas métropolitain de l'ESS (2020)",
      value: 22600,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 13,
      key: 'grand-paris-part-etablissements-prives-ess',
      indicator: 'part-etablissements-prives-ess',
      label: "Part de l'ESS dans les établissements privés, selon l'Atlas métropolitain de l'ESS (2020)",
      value: 7.1,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 13,
      key: 'grand-paris-emplois-ess',
      indicator: 'emplois-ess',
      label: "Emplois de l'ESS sur le territoire, selon l'Atlas métropolitain de l'ESS (2020)",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 13,
      key: 'grand-paris-masse-salariale-brute-ess',
      indicator: 'masse-salariale-brute-ess',
      label: "Masse salariale brute de l'ESS, selon l'Atlas métropolitain de l'ESS (2020)",
      value: 9000000000,
      unit: 'EUR',
      periodStartYear: null,
      periodEndYear: null,
    },
  ],
  supportStructures: [
    {
      fact: 14,
      slug: CRESS_IDF,
      name: 'CRESS Île-de-France',
      kind: 'ACTOR_NETWORK',
      description:
        "Chambre régionale de l'économie sociale et solidaire d'Île-de-France. Selon Objectif Grand Paris (juin 2020), la Métropole du Grand Paris a signé avec elle " +
        "un partenariat en décembre 2019, dont est issu l'Atlas métropolitain de l'ESS publié le 18 juin 2020. La source ne décrit pas d'autre engagement de la métropole à ses côtés.",
      metropolises: [{ metropolisSlug: 'metropole-du-grand-paris', partnershipStartYear: 2019 }],
    },
  ],
  setAside: [],
};
