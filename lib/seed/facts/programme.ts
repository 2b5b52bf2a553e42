// What the programme-wide facts ("(all)" in metropoles-facts.json) say about the
// Avise–RTES programme, its studies and its working groups: in our own words,
// dated, each piece naming the facts it rests on.
import type { SummaryPart } from './types';

/** Paragraphs added to the programme's description. */
export const PROGRAMME_HISTORY: readonly SummaryPart[] = [
  {
    facts: [1],
    text:
      "En 2018, selon l'Avise, une enquête a été menée de mars à juin auprès de 13 métropoles ; enrichie d'études de cas et d'analyses, " +
      "elle devait aboutir à une étude finale en 2019.",
  },
  {
    facts: [2],
    text:
      "L'étude a été publiée le 5 juillet 2019 ; selon Banque des Territoires (Localtis, 9 juillet 2019), elle repose sur une enquête " +
      "auprès des 22 métropoles et met en avant six champs d'action.",
  },
  {
    facts: [6],
    text:
      "Le 30 octobre 2019, l'Avise a publié une analyse de l'engagement des métropoles en faveur d'une commande publique responsable, " +
      "l'un des leviers de soutien à l'entrepreneuriat de l'ESS repérés par le programme.",
  },
  {
    facts: [9],
    text:
      "En 2020, une conférence en ligne du programme, annoncée par le RTES, a porté sur l'évaluation des politiques d'ESS et d'innovation sociale, " +
      'à partir des expériences de Toulouse Métropole et de Bordeaux Métropole.',
  },
  {
    facts: [4],
    text:
      "En novembre 2021, France urbaine, l'Avise et le RTES ont publié une nouvelle étude, étendue aux territoires urbains, qui actualise celle de 2019.",
  },
];

/** The 2019 study: its title and date as the sources give them. */
export const STUDY_2019 = {
  facts: [2, 5] as const,
  title: "Cadres et leviers d'action des métropoles pour renforcer l'économie sociale et solidaire",
  publishedOn: '2019-07-05',
  summary:
    "Étude de l'Avise et du RTES publiée le 5 juillet 2019, annoncée en mars 2019 lors du 2e groupe de travail. " +
    "Selon Banque des Territoires (Localtis, 9 juillet 2019), elle s'appuie sur une enquête menée auprès des 22 métropoles et dégage six champs d'action. " +
    "Selon Miroir Social (18 juillet 2019), elle s'ouvre sur une introduction de Christiane Bouchart, présidente du RTES, et de Jérôme Saddier, président de l'Avise.",
};

/** The 2021 follow-up study by France urbaine, Avise and RTES. */
export const STUDY_2021 = {
  facts: [4, 3] as const,
  slug: 'territoires-urbains-economie-sociale-et-solidaire-et-innovation-sociale',
  title: 'Territoires urbains, économie sociale et solidaire et innovation sociale',
  publishedOn: '2021-11-17',
  summary:
    "Étude publiée le 17 novembre 2021 par France urbaine, l'Avise et le RTES. Selon le RTES (24 novembre 2021), elle met à jour " +
    "et étend aux territoires urbains l'étude de 2019, qui ne portait que sur les métropoles, et présente sept leviers d'action. " +
    "Selon Banque des Territoires (Localtis), elle couvre 128 collectivités, dont 84 avaient désigné un élu chargé de l'ESS " +
    "(66 avec une délégation intitulée explicitement « économie sociale et solidaire »).",
};

/** The 1st working group, as the Avise's 2018 page reports it (the attending métropoles are not named). */
export const FIRST_WORKING_GROUP = {
  facts: [7] as const,
  title: "1er groupe de travail : les premiers résultats de l'enquête auprès des métropoles",
  meetingDate: '2018-06-19',
  participantCount: 9,
  summary:
    "Le 19 juin 2018, le 1er groupe de travail du programme « Métropoles, ESS et innovation sociale » a réuni 9 métropoles " +
    "autour des premiers résultats de l'enquête conduite par l'Avise et le RTES.",
  body: [
    '## Ce que dit la source',
    '',
    "Selon la page de l'Avise consacrée au programme (2018), l'enquête menée de mars à juin 2018 auprès de 13 métropoles a été suivie " +
      "d'un groupe de travail : réuni le 19 juin 2018, il a rassemblé 9 métropoles, à qui les premiers résultats ont été présentés.",
    '',
    "La source ne nomme pas les métropoles présentes et ne détaille pas les échanges : ce compte rendu n'en dit pas davantage.",
    '',
    'Source : [Avise, « Métropoles, ESS et innovation sociale » (2018)](https://avise.org/actualites/metropoles-ess-et-innovation-sociale).',
  ].join('\n'),
};

/** Figures of the programme (attached to it, each with its fact's source). */
export const PROGRAMME_FIGURES = [
  { fact: 1, key: 'programme-metropoles-enquetees-2018', indicator: 'metropoles-enquetees', label: 'Métropoles interrogées par l’enquête de mars à juin 2018', value: 13, period: 2018 },
  { fact: 3, key: 'programme-collectivites-etudiees-2021', indicator: 'collectivites-etudiees', label: 'Collectivités étudiées par l’étude de 2021 (France urbaine, Avise, RTES)', value: 128, period: 2021 },
  { fact: 3, key: 'programme-collectivites-elu-ess-2021', indicator: 'collectivites-avec-elu-ess', label: 'Collectivités étudiées ayant désigné un élu chargé de l’ESS', value: 84, period: 2021 },
  {
    fact: 3,
    key: 'programme-delegations-intitulees-ess-2021',
    indicator: 'delegations-intitulees-ess',
    label: 'Délégations dont l’intitulé mentionne explicitement l’économie sociale et solidaire',
    value: 66,
    period: 2021,
  },
] as const;

/** The France urbaine–RTES partnership, added to the RTES's description. */
export const RTES_PARTNERSHIP: SummaryPart = {
  facts: [10],
  text:
    "Le 14 mai 2024, lors des Journées métropolitaines de l'ESS à Lyon, France urbaine et le RTES ont signé une deuxième convention de partenariat " +
    'pour 2024-2026, après celle de 2020-2023 (RTES, 17 mai 2024).',
};

/** Programme-wide facts used elsewhere, and why. */
export const PROGRAMME_SET_ASIDE: ReadonlyArray<{ fact: number; reason: string }> = [
  { fact: 0, reason: "Liste des 15 métropoles adhérentes au RTES en 2018 : elle date l'adhésion (ou son absence) de chaque métropole." },
  { fact: 8, reason: 'Le 2e groupe de travail (5 mars 2019) : déjà chargé depuis le même article de l’Avise (compte rendu et focus).' },
];

/** Every programme-wide fact these pieces state. */
export function programmeFacts(): number[] {
  return [
    ...PROGRAMME_HISTORY.flatMap((part) => part.facts),
    ...STUDY_2019.facts,
    ...STUDY_2021.facts,
    ...FIRST_WORKING_GROUP.facts,
    ...PROGRAMME_FIGURES.map((figure) => figure.fact),
    ...RTES_PARTNERSHIP.facts,
    ...PROGRAMME_SET_ASIDE.map((item) => item.fact),
  ];
}
