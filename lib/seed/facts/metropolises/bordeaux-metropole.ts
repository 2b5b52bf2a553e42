import { lever } from '../levers';
import type { MetropolisFacts } from '../types';

const PLAN_2016 = 'plan-d-actions-ess-bordeaux-metropole-2016-2018';
const CONVENTION_2021 = 'convention-de-cooperation-ess-bordeaux-2021';
const ROADMAP_2022 = 'feuille-de-route-ess-bordeaux-metropole-2022';
const PRIX = 'prix-coup-de-coeur-ess-bordeaux-metropole';
const CALL = 'appel-a-projets-initiatives-ess-bordeaux-metropole';

export const bordeaux: MetropolisFacts = {
  metropolisSlug: 'bordeaux-metropole',
  policySummary: [
    {
      facts: [39, 36, 43],
      text:
        "En 2016, dans un entretien publié par la métropole, Christine Bost, alors vice-présidente de Bordeaux Métropole pour l'ESS, présentait un **plan d'action triennal (2016-2018)** " +
        "soumis au conseil métropolitain en avril de cette année-là. La métropole disposait d'un service ESS de trois agents et consacrait 60 000 € par an à l'ESS. " +
        "Elle avait aussi lancé un appel à projets pour accompagner pendant trois ans six initiatives liées à ses compétences (environnement, déplacements alternatifs, déchets, réemploi).",
    },
    {
      facts: [40, 41, 42, 38],
      text:
        "Selon Aqui.fr (page non datée), le **Prix coup de cœur de l'initiative sociale et solidaire**, créé en 2009 par la Communauté urbaine de Bordeaux, récompense chaque année des projets par une dotation de 5 000 €. " +
        "Selon La Tribune, la 12e édition (2020) a distingué quatre projets, dont trois ont reçu 5 000 € ; la 13e (2021) a reçu 24 candidatures, " +
        "et ses trois lauréats ont obtenu 5 000 € chacun et un parcours d'accompagnement avec mentorat. Le prix 2021 a été remis par Alain Garnier, " +
        "alors vice-président de la métropole en charge de l'ESS et de l'économie de proximité.",
    },
    {
      facts: [35],
      text:
        "En 2021, selon La Gazette des communes (février 2022), la Région Nouvelle-Aquitaine, le Département de la Gironde, la Ville de Bordeaux et Bordeaux Métropole ont signé " +
        "une **convention de coopération en faveur de l'ESS**, organisée en six axes de travail. Les quatre collectivités ont fixé un premier budget annuel commun de 260 000 € " +
        "pour accueillir à Bordeaux le siège du Forum mondial de l'économie sociale et solidaire (GSEF).",
    },
    {
      facts: [37],
      text:
        "Selon La Tribune (novembre 2023), Bordeaux Métropole a adopté en 2022 une **feuille de route consacrée à l'ESS**, élaborée avec les acteurs de la tech. " +
        "L'un de ses engagements, la Foncière solidaire, devait consacrer 10 millions d'euros à huit projets immobiliers pour le secteur à partir du printemps 2024.",
    },
    {
      facts: [44],
      text:
        "En décembre 2020, la métropole évaluait le poids de l'ESS à 10 % de l'emploi salarié de l'agglomération, soit environ 36 500 salariés, " +
        "dans près de 3 000 établissements employeurs (dont 2 468 associations), pour près de 950 millions d'euros de rémunérations brutes (chiffres cités par La Tribune, sans année de référence).",
    },
  ],
  contextSummary: [
    {
      facts: [46],
      text:
        "La Ville de Bordeaux, distincte de la métropole, a lancé sa propre feuille de route de l'ESS en juin 2021, puis trois appels à manifestation d'intérêt ouverts du 25 août au 3 octobre 2021, " +
        "selon Placéco ; Stéphane Pfeiffer y était l'adjoint au maire chargé de l'ESS. Il s'agit d'une politique municipale, non de celle de Bordeaux Métropole.",
    },
  ],
  rtesMembership: { fact: 45, isMember: true, year: 2018 },
  officials: [
    {
      fact: 38,
      slug: 'alain-garnier',
      fullName: 'Alain Garnier',
      role: "Maire d'Artigues-près-Bordeaux, vice-président de Bordeaux Métropole en charge de l'ESS et de l'économie de proximité",
      year: 2021,
    },
    {
      fact: 39,
      slug: 'christine-bost',
      fullName: 'Christine Bost',
      role: "Vice-présidente de Bordeaux Métropole pour l'économie sociale et solidaire",
      year: 2016,
    },
  ],
  essOfficialSlug: 'alain-garnier',
  plans: [
    {
      fact: 36,
      slug: PLAN_2016,
      title: "Plan d'action en faveur de l'ESS 2016-2018",
      kind: 'PLAN',
      startYear: 2016,
      endYear: 2018,
      summary:
        "Plan d'action triennal de Bordeaux Métropole pour l'économie sociale et solidaire, présenté au conseil métropolitain en avril 2016, " +
        "selon un entretien de Christine Bost, alors vice-présidente chargée de l'ESS, publié la même année. " +
        "La métropole disposait alors d'un service ESS de trois agents et consacrait 60 000 € par an à l'ESS. Les sources consultées ne détaillent pas le contenu du plan.",
      leverSlugs: [],
    },
    {
      fact: 35,
      slug: CONVENTION_2021,
      title: "Convention de coopération en faveur de l'ESS (Région, Département, Ville et Métropole)",
      kind: 'FRAMEWORK_RESOLUTION',
      startYear: 2021,
      endYear: null,
      summary:
        "Convention signée en 2021 par la Région Nouvelle-Aquitaine, le Département de la Gironde, la Ville de Bordeaux et Bordeaux Métropole pour coordonner leur soutien à l'ESS, " +
        "en six axes de travail (La Gazette des communes, février 2022). Sa première réalisation a été l'accueil à Bordeaux du siège du GSEF, " +
        "pour lequel les quatre collectivités ont défini un premier budget annuel commun de 260 000 €.",
      leverSlugs: [lever('Coopération territoriale et mise en réseau')],
    },
    {
      fact: 37,
      slug: ROADMAP_2022,
      title: "Feuille de route de l'ESS",
      kind: 'ROADMAP',
      startYear: 2022,
      endYear: null,
      summary:
        "Feuille de route de Bordeaux Métropole consacrée à l'économie sociale et solidaire, adoptée en 2022 et élaborée avec les acteurs de la tech, selon La Tribune (novembre 2023). " +
        "Elle comprenait l'engagement de créer une Foncière solidaire, appelée à mobiliser 10 millions d'euros pour huit projets immobiliers du secteur à partir du printemps 2024. " +
        "La source ne donne pas de date de fin.",
      leverSlugs: [lever('Foncier et locaux')],
    },
  ],
  fundingProgrammes: [
    {
      fact: 40,
      alsoFacts: [41, 42],
      slug: PRIX,
      name: "Prix coup de cœur de l'initiative sociale et solidaire",
      kind: 'PRIZE',
      description:
        "Prix annuel lancé en 2009 par la Communauté urbaine de Bordeaux et poursuivi par Bordeaux Métropole, qui récompense des projets d'utilité sociale ou environnementale par une dotation de 5 000 €. " +
        "Sa 10e édition (page d'Aqui.fr non datée) a retenu 40 dossiers, dix de plus que l'année précédente. " +
        "En 2020 (12e édition), quatre projets ont été distingués, dont trois dotés de 5 000 € ; en 2021 (13e édition), 24 candidatures ont été reçues " +
        "et les trois lauréats ont obtenu 5 000 € chacun ainsi qu'un parcours d'accompagnement avec mentorat (La Tribune).",
      startYear: 2009,
      endYear: null,
      isRecurring: true,
    },
    {
      fact: 43,
      slug: CALL,
      name: "Appel à projets pour l'accompagnement d'initiatives de l'ESS",
      kind: 'CALL_FOR_PROJECTS',
      description:
        "Appel à projets de Bordeaux Métropole destiné à accompagner pendant trois ans six initiatives de l'ESS en lien avec ses compétences : " +
        "environnement, déplacements alternatifs, traitement des déchets, réemploi et réutilisation. Il est mentionné dans un entretien de 2016, qui n'en donne pas les années.",
      startYear: null,
      endYear: null,
      isRecurring: false,
    },
  ],
  figures: [
    {
      fact: 36,
      key: 'bordeaux-budget-ess-annuel-2016',
      indicator: 'budget-ess-annuel',
      label: "Montant consacré chaque année à l'ESS, déclaré en 2016",
      unit: 'EUR',
      periodStartYear: 2016,
      periodEndYear: 2016,
    },
    {
      fact: 36,
      key: 'bordeaux-agents-service-ess-2016',
      indicator: 'agents-service-ess',
      label: "Agents du service Économie sociale et solidaire de la métropole",
      value: 3,
      unit: 'COUNT',
      periodStartYear: 2016,
      periodEndYear: 2016,
    },
    {
      fact: 35,
      key: 'bordeaux-budget-annuel-partage-gsef',
      indicator: 'budget-annuel-partage',
      label: "Premier budget annuel partagé par les quatre collectivités pour accueillir le siège du GSEF",
      unit: 'EUR',
      periodStartYear: null,
      periodEndYear: null,
      policyPlanSlug: CONVENTION_2021,
    },
    {
      fact: 37,
      key: 'bordeaux-fonciere-solidaire-montant',
      indicator: 'montant-mobilise',
      label: 'Montant que la Foncière solidaire doit mobiliser, à partir du printemps 2024',
      unit: 'EUR',
      periodStartYear: 2024,
      periodEndYear: null,
      policyPlanSlug: ROADMAP_2022,
    },
    {
      fact: 37,
      key: 'bordeaux-fonciere-solidaire-projets',
      indicator: 'projets-immobiliers',
      label: 'Projets immobiliers prévus par la Foncière solidaire',
      value: 8,
      unit: 'COUNT',
      periodStartYear: 2024,
      periodEndYear: null,
      policyPlanSlug: ROADMAP_2022,
    },
    {
      fact: 40,
      key: 'bordeaux-prix-coup-de-coeur-dossiers-10e-edition',
      indicator: 'dossiers-retenus',
      label: 'Dossiers retenus lors de la 10e édition du prix',
      value: 40,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
      fundingProgrammeSlug: PRIX,
    },
    {
      fact: 41,
      key: 'bordeaux-prix-coup-de-coeur-montant-par-laureat-2020',
      indicator: 'montant-par-laureat',
      label: 'Dotation de chacun des trois lauréats dotés (12e édition)',
      unit: 'EUR',
      periodStartYear: 2020,
      periodEndYear: 2020,
      fundingProgrammeSlug: PRIX,
    },
    {
      fact: 42,
      key: 'bordeaux-prix-coup-de-coeur-candidatures-2021',
      indicator: 'candidatures',
      label: 'Candidatures reçues par la 13e édition du prix',
      unit: 'COUNT',
      periodStartYear: 2021,
      periodEndYear: 2021,
      fundingProgrammeSlug: PRIX,
    },
    {
      fact: 43,
      key: 'bordeaux-appel-a-projets-initiatives-accompagnees',
      indicator: 'initiatives-accompagnees',
      label: "Initiatives accompagnées pendant trois ans par l'appel à projets",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
      fundingProgrammeSlug: CALL,
    },
    {
      fact: 44,
      key: 'bordeaux-part-emploi-salarie-ess',
      indicator: 'part-emploi-ess',
      label: "Part de l'ESS dans l'emploi salarié de l'agglomération, selon la métropole",
      value: 10,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 44,
      key: 'bordeaux-emplois-ess',
      indicator: 'emplois-ess',
      label: "Salariés de l'ESS dans l'agglomération (environ), selon la métropole",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 44,
      key: 'bordeaux-etablissements-employeurs-ess',
      indicator: 'etablissements-employeurs-ess',
      label: "Établissements employeurs de l'ESS (près de), selon la métropole",
      value: 3000,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 44,
      key: 'bordeaux-associations-employeuses',
      indicator: 'associations-employeuses',
      label: "Associations parmi les établissements employeurs de l'ESS, selon la métropole",
      value: 2468,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 44,
      key: 'bordeaux-remunerations-brutes-ess',
      indicator: 'masse-salariale-brute-ess',
      label: "Rémunérations brutes versées par l'ESS (près de), selon la métropole",
      value: 950000000,
      unit: 'EUR',
      periodStartYear: null,
      periodEndYear: null,
    },
  ],
  supportStructures: [],
  setAside: [],
};
