import { lever } from '../levers';
import type { MetropolisFacts } from '../types';

const PLAN_2016 = 'plan-de-developpement-de-l-ess-clermont-2016-2020';
const PLAN_2022 = 'plan-ess-clermont-auvergne-metropole-2022-2026';

export const clermont: MetropolisFacts = {
  metropolisSlug: 'clermont-auvergne-metropole',
  policySummary: [
    {
      facts: [121],
      text:
        "En décembre 2016, selon le site de la métropole, l'agglomération, alors Clermont Communauté, s'est dotée d'un **plan stratégique et opérationnel " +
        "de développement de l'ESS pour 2016-2020**, articulé autour de cinq défis. Il faisait suite à un premier acte en 2014 : le vote d'une subvention " +
        'à la SCOP Les Volcans.',
    },
    {
      facts: [8],
      text:
        "En mars 2019, selon l'Avise, qui rendait compte du 2e groupe de travail « Métropoles, ESS et innovation sociale » réuni le 5 mars, " +
        'Clermont Auvergne Métropole avait financé en 2017 une étude de faisabilité pour un pôle territorial de recherche et développement (R&D). ' +
        "L'étude associait des acteurs socio-économiques (d'une association de quartier à Michelin), des collectivités (villes de Clermont, Thiers et Lyon, " +
        "métropole, département, région) et l'enseignement supérieur (université et laboratoires).",
    },
    {
      facts: [8],
      text:
        "Toujours selon l'Avise, le **CISCA**, centre de R&D et de transfert en innovation sociale, est né en octobre 2018. Il est coprésidé par l'élu " +
        "de la métropole chargé de l'ESS, le président de l'université de Clermont et le directeur de la SCIC Epicentre Factory.",
    },
    {
      facts: [122],
      text:
        "Sur sa fiche du site du RTES (mise à jour en juillet 2019), la métropole déclarait consacrer chaque année à l'ESS 60 000 € au soutien direct des acteurs, " +
        "75 000 € aux structures d'accompagnement et 15 000 € à des événements (journées d'échanges, trophées de l'ESS). La même fiche comptait " +
        "1 295 établissements employeurs de l'ESS et 14 500 salariés, soit environ 14 % de l'activité du territoire, sans préciser l'année de ces chiffres.",
    },
    {
      facts: [120],
      text:
        "Sur sa fiche du RTES mise à jour en février 2025, la métropole présente son **plan ESS 2022-2026** : cinq priorités stratégiques et un budget " +
        "de 1 312 500 € sur la période, dont, en investissement, 95 000 € pour la création et le développement de sociétés coopératives et 47 500 € " +
        "pour les tiers-lieux. Un chargé de mission est consacré à l'ESS.",
    },
  ],
  rtesMembership: { fact: 123, isMember: true, year: 2025 },
  officials: [],
  essOfficialSlug: null,
  plans: [
    {
      fact: 121,
      slug: PLAN_2016,
      title: "Plan stratégique et opérationnel de développement de l'ESS 2016-2020",
      kind: 'PLAN',
      startYear: 2016,
      endYear: 2020,
      summary:
        "Plan adopté en décembre 2016 par l'agglomération clermontoise, alors Clermont Communauté, pour développer l'économie sociale et solidaire " +
        "sur la période 2016-2020 ; il s'articulait autour de cinq défis, selon le site de la métropole. Il faisait suite au vote, en 2014, " +
        "d'une subvention à la SCOP Les Volcans, présenté comme un premier acte de cette politique.",
      leverSlugs: [],
    },
    {
      fact: 120,
      alsoFacts: [121],
      slug: PLAN_2022,
      title: 'Plan ESS 2022-2026',
      kind: 'PLAN',
      startYear: 2022,
      endYear: 2026,
      summary:
        "Plan de Clermont Auvergne Métropole en faveur de l'économie sociale et solidaire pour 2022-2026, décrit sur la fiche de la métropole " +
        'du site du RTES (mise à jour en février 2025). Il comprend :\n\n' +
        '- cinq priorités stratégiques ;\n' +
        '- un budget de 1 312 500 € sur la période, dont 95 000 € d\'investissement pour la création et le développement de sociétés coopératives ' +
        'et 47 500 € pour celle de tiers-lieux ;\n' +
        "- un chargé de mission consacré à l'ESS.\n\n" +
        "Le plan précédent de l'agglomération couvrait 2016-2020.",
      leverSlugs: [lever('Financement')],
      predecessorSlug: PLAN_2016,
    },
  ],
  fundingProgrammes: [],
  figures: [
    {
      fact: 120,
      key: 'clermont-budget-ess-2022-2026',
      indicator: 'budget-ess-periode',
      label: "Budget du plan ESS sur toute la période",
      unit: 'EUR',
      periodStartYear: 2022,
      periodEndYear: 2026,
      policyPlanSlug: PLAN_2022,
    },
    {
      fact: 120,
      key: 'clermont-investissement-cooperatives-2022-2026',
      indicator: 'budget-investissement-cooperatives',
      label: 'Investissement prévu pour la création et le développement de sociétés coopératives',
      value: 95000,
      unit: 'EUR',
      periodStartYear: 2022,
      periodEndYear: 2026,
      policyPlanSlug: PLAN_2022,
    },
    {
      fact: 120,
      key: 'clermont-investissement-tiers-lieux-2022-2026',
      indicator: 'budget-investissement-tiers-lieux',
      label: 'Investissement prévu pour la création et le développement de tiers-lieux',
      value: 47500,
      unit: 'EUR',
      periodStartYear: 2022,
      periodEndYear: 2026,
      policyPlanSlug: PLAN_2022,
    },
    {
      fact: 122,
      key: 'clermont-budget-ess-annuel-2019',
      indicator: 'budget-ess-annuel',
      label: "Budget annuel consacré à l'ESS (total des trois postes de la fiche : soutien direct, accompagnement, événements)",
      unit: 'EUR',
      periodStartYear: 2019,
      periodEndYear: 2019,
    },
    {
      fact: 122,
      key: 'clermont-budget-soutien-direct-2019',
      indicator: 'budget-ess-soutien-direct',
      label: "Budget annuel de soutien direct aux acteurs de l'ESS",
      value: 60000,
      unit: 'EUR',
      periodStartYear: 2019,
      periodEndYear: 2019,
    },
    {
      fact: 122,
      key: 'clermont-budget-accompagnement-2019',
      indicator: 'budget-ess-accompagnement',
      label: "Budget annuel de soutien aux structures d'accompagnement",
      value: 75000,
      unit: 'EUR',
      periodStartYear: 2019,
      periodEndYear: 2019,
    },
    {
      fact: 122,
      key: 'clermont-budget-evenements-2019',
      indicator: 'budget-ess-evenements',
      label: "Budget annuel des événements de l'ESS (journées d'échanges, trophées)",
      value: 15000,
      unit: 'EUR',
      periodStartYear: 2019,
      periodEndYear: 2019,
    },
    {
      fact: 122,
      key: 'clermont-etablissements-employeurs-ess',
      indicator: 'etablissements-employeurs-ess',
      label: "Établissements employeurs de l'ESS sur le territoire",
      value: 1295,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 122,
      key: 'clermont-emplois-ess',
      indicator: 'emplois-ess',
      label: "Salariés de l'ESS sur le territoire",
      value: 14500,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 122,
      key: 'clermont-part-activite-ess',
      indicator: 'part-activite-ess',
      label: "Poids de l'ESS dans l'activité du territoire (environ)",
      value: 14,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
  ],
  supportStructures: [],
  setAside: [
    {
      fact: 124,
      reason:
        "Adhésion au RTES en 2018, datée plus récemment par la fiche de la métropole sur le site du RTES, mise à jour en février 2025 (fait 123).",
    },
  ],
};
