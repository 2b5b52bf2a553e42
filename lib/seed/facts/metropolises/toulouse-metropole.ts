import { lever } from '../levers';
import type { MetropolisFacts } from '../types';

const PLAN_2012 = 'plan-d-actions-ess-grand-toulouse-2012-2014';
const CALL = 'appel-a-projets-toulouse-impact';
const PRIZE = 'prix-toulouse-impact';

export const toulouse: MetropolisFacts = {
  metropolisSlug: 'toulouse-metropole',
  policySummary: [
    {
      facts: [55, 57],
      text:
        "Selon la CRESS Occitanie (juin 2021), Toulouse Métropole a approuvé le 12 juin 2020 un **plan de relance pour l'emploi** de 95 millions d'euros, " +
        "dont l'ESS bénéficiait en particulier par l'appel à projets et les prix « Toulouse Impact ». En juin 2020, ToulÉco en détaillait d'autres " +
        "mesures en faveur de l'ESS : une plateforme « citoyen consom'acteur » et des aides à la trésorerie et à l'accompagnement. Le même article évaluait le poids de l'ESS à 3 100 établissements employeurs (11 % des employeurs du territoire) " +
        "et 33 000 emplois, sans préciser l'année de ces données.",
    },
    {
      facts: [54, 55],
      text:
        "En décembre 2020, selon ToulÉco, la métropole a fait connaître les lauréats de la première édition de **Toulouse Impact** : dix projets retenus " +
        "par l'appel à projets ont obtenu 15 000 € chacun, et les cinq lauréats des prix 10 000 € chacun. L'opération a été reconduite en 2021 autour " +
        "de trois défis (inclusion, économie circulaire, alimentation durable), avec des candidatures ouvertes jusqu'au 11 juillet 2021, selon la CRESS Occitanie.",
    },
    {
      facts: [52],
      text:
        "En juillet 2019, Localtis, rendant compte de l'étude de l'Avise et du RTES sur les métropoles, relevait le travail de Toulouse Métropole " +
        "pour organiser un parcours d'accompagnement des porteurs de projet : un dispositif construit avec des partenaires, grâce auquel une trentaine " +
        "d'acteurs recevaient un nombre d'heures d'accompagnement adapté à leurs besoins.",
    },
    {
      facts: [59, 53],
      text:
        "Selon l'Avise (mars 2020), le collectif Toulouse Impact, piloté par la métropole, figurait en décembre 2019 parmi les territoires " +
        "labellisés **« Territoire French Impact »** ; la même année, la métropole avait confié à la SCOP Ellyx une étude sur l'impact social de 30 entreprises " +
        "de l'ESS soutenues par ses dispositifs. En 2023, le média Le 24/7 présentait la métropole comme pilote de la démarche depuis une labellisation qu'il " +
        "date de 2020 : un collectif de 22 acteurs, Toulouse Métropole Impact, en assure la gouvernance, et sa feuille de route prévoit un réseau de " +
        "« lieux totems » de l'ESS d'ici 2026, dont six existaient alors.",
    },
    {
      facts: [51, 50, 48],
      text:
        "En mars 2020, l'Avise présentait Nicole Miquel-Belaud comme conseillère métropolitaine déléguée à l'ESS ; un entretien publié par Entreprises Occitanie " +
        "(page non datée) la décrit comme conseillère municipale déléguée de Toulouse et conseillère métropolitaine en charge de l'ESS. En mai 2024, selon le RTES, " +
        "elle a apporté le regard de Toulouse Métropole à une table ronde du réseau sur les enjeux de l'ESS dans les territoires urbains.",
    },
  ],
  rtesMembership: { fact: 58, isMember: true, year: 2018 },
  officials: [
    { fact: 51, slug: 'nicole-miquel-belaud', fullName: 'Nicole Miquel-Belaud', role: "Conseillère métropolitaine déléguée à l'ESS", year: 2020 },
    { fact: 49, slug: 'antoine-maurice', fullName: 'Antoine Maurice', role: "Vice-président du Grand Toulouse chargé de l'ESS", year: 2012 },
  ],
  essOfficialSlug: 'nicole-miquel-belaud',
  plans: [
    {
      fact: 47,
      alsoFacts: [56],
      slug: PLAN_2012,
      title: "Plan d'actions en faveur de l'ESS 2012-2014",
      kind: 'PLAN',
      startYear: 2012,
      endYear: 2014,
      summary:
        "Plan d'actions du Grand Toulouse pour l'économie sociale et solidaire sur la période 2012-2014, inscrit à l'ordre du jour du conseil " +
        "communautaire du 9 février 2012 (la source, publiée avant la séance, en annonçait l'adoption). Il comptait 37 actions, pour les 37 communes du territoire, parmi lesquelles :\n\n" +
        "- un appel à projets « Innovation sociale » ;\n" +
        '- un soutien aux sociétés coopératives d\'intérêt collectif (SCIC).\n\n' +
        "Il s'appuyait sur une concertation de 250 participants réunis en 27 ateliers, qui avait d'abord mesuré le poids de l'ESS sur le territoire.",
      leverSlugs: [lever('Financement')],
    },
  ],
  fundingProgrammes: [
    {
      fact: 54,
      alsoFacts: [55],
      slug: CALL,
      name: 'Appel à projets Toulouse Impact',
      kind: 'CALL_FOR_PROJECTS',
      description:
        "Appel à projets en faveur de l'ESS inscrit dans le plan de relance pour l'emploi que Toulouse Métropole a approuvé le 12 juin 2020 " +
        "(95 millions d'euros pour l'ensemble du plan). En décembre 2020, selon ToulÉco, dix projets lauréats de la première édition ont reçu 15 000 € chacun. " +
        "Reconduit en 2021 autour de trois défis (inclusion, économie circulaire, alimentation durable), il recevait des candidatures jusqu'au 11 juillet 2021, " +
        "selon la CRESS Occitanie. Les sources consultées ne disent pas s'il a été reconduit ensuite.",
      startYear: 2020,
      endYear: 2021,
      isRecurring: false,
    },
    {
      fact: 54,
      alsoFacts: [55],
      slug: PRIZE,
      name: 'Prix Toulouse Impact',
      kind: 'PRIZE',
      description:
        "Prix en faveur de l'ESS décernés par Toulouse Métropole dans le cadre de son plan de relance pour l'emploi de juin 2020, en complément de l'appel à projets " +
        "du même nom. En décembre 2020, selon ToulÉco, cinq lauréats ont reçu 10 000 € chacun. La CRESS Occitanie annonçait une nouvelle édition en 2021 " +
        "(candidatures jusqu'au 11 juillet 2021). Les sources consultées ne disent pas s'ils ont été décernés ensuite.",
      startYear: 2020,
      endYear: 2021,
      isRecurring: false,
    },
  ],
  figures: [
    {
      fact: 54,
      key: 'toulouse-impact-projets-laureats-2020',
      indicator: 'projets-finances',
      label: "Projets lauréats de l'appel à projets Toulouse Impact (première édition)",
      value: 10,
      unit: 'COUNT',
      periodStartYear: 2020,
      periodEndYear: 2020,
      fundingProgrammeSlug: CALL,
    },
    {
      fact: 54,
      key: 'toulouse-impact-montant-par-projet-2020',
      indicator: 'montant-par-laureat',
      label: "Soutien accordé à chaque projet lauréat de l'appel à projets Toulouse Impact",
      unit: 'EUR',
      periodStartYear: 2020,
      periodEndYear: 2020,
      fundingProgrammeSlug: CALL,
    },
    {
      fact: 54,
      key: 'toulouse-impact-prix-laureats-2020',
      indicator: 'projets-finances',
      label: 'Lauréats des prix Toulouse Impact (première édition)',
      value: 5,
      unit: 'COUNT',
      periodStartYear: 2020,
      periodEndYear: 2020,
      fundingProgrammeSlug: PRIZE,
    },
    {
      fact: 54,
      key: 'toulouse-impact-prix-montant-par-laureat-2020',
      indicator: 'montant-par-laureat',
      label: 'Montant reçu par chaque lauréat des prix Toulouse Impact',
      value: 10000,
      unit: 'EUR',
      periodStartYear: 2020,
      periodEndYear: 2020,
      fundingProgrammeSlug: PRIZE,
    },
    {
      fact: 57,
      key: 'toulouse-etablissements-employeurs-ess',
      indicator: 'etablissements-employeurs-ess',
      label: "Établissements employeurs de l'ESS sur le territoire",
      value: 3100,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 57,
      key: 'toulouse-part-employeurs-ess',
      indicator: 'part-employeurs-ess',
      label: "Part de l'ESS parmi les employeurs du territoire",
      value: 11,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 57,
      key: 'toulouse-emplois-ess',
      indicator: 'emplois-ess',
      label: "Emplois de l'ESS sur le territoire",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 60,
      key: 'toulouse-part-emploi-ess',
      indicator: 'part-emploi-ess',
      label: "Part de l'ESS dans l'emploi de la métropole, selon une étude de cas de l'Avise (juin 2021)",
      value: 8,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 56,
      key: 'toulouse-etablissements-ess-diagnostic-2012',
      indicator: 'etablissements-ess',
      label: "Établissements de l'ESS du Grand Toulouse, selon le diagnostic préalable au plan d'actions 2012-2014",
      value: 3000,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 56,
      key: 'toulouse-salaries-ess-diagnostic-2012',
      indicator: 'emplois-ess',
      label: "Salariés de l'ESS du Grand Toulouse, selon le diagnostic préalable au plan d'actions 2012-2014",
      unit: 'COUNT',
      isLowerBound: true,
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 56,
      key: 'toulouse-part-etablissements-ess-diagnostic-2012',
      indicator: 'part-etablissements-ess',
      label: "Part de l'ESS dans les établissements du Grand Toulouse, selon le même diagnostic",
      value: 10.7,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 56,
      key: 'toulouse-part-salaries-ess-diagnostic-2012',
      indicator: 'part-emploi-salarie-ess',
      label: "Part de l'ESS dans les salariés du Grand Toulouse, selon le même diagnostic",
      value: 8.1,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 56,
      key: 'toulouse-participants-concertation-2012',
      indicator: 'participants-concertation',
      label: "Participants à la concertation préparatoire au plan d'actions 2012-2014",
      value: 250,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
      policyPlanSlug: PLAN_2012,
    },
    {
      fact: 56,
      key: 'toulouse-ateliers-concertation-2012',
      indicator: 'ateliers-concertation',
      label: "Ateliers de la concertation préparatoire au plan d'actions 2012-2014",
      value: 27,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
      policyPlanSlug: PLAN_2012,
    },
  ],
  supportStructures: [],
  setAside: [],
};
