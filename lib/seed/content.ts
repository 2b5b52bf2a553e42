// Editorial content of the seed: only the facts of PRODUCT.md ("Facts to seed the
// portal with", from an Avise news article of 22 March 2019, updated 2 April 2019),
// in French, in our own words. Unknown values stay null; nothing here is invented.
import type {
  FigureUnit,
  FundingKind,
  OrganisationKind,
  PlanKind,
  PlanStatus,
  StudyStatus,
  SupportStructureKind,
} from '../generated/prisma/enums';
import { slugify } from '../slug';
import { sourceOfFact } from './facts/dataset';
import { FIRST_WORKING_GROUP, PROGRAMME_HISTORY, RTES_PARTNERSHIP, STUDY_2019, STUDY_2021 } from './facts/programme';
import { CLERMONT_SLUG, MEL_SLUG, NANTES_SLUG } from './metropolises';

/** publishedAt of every seeded row: the article's date, so that re-runs write identical rows. */
export const SEED_PUBLISHED_AT = new Date('2019-03-22T00:00:00.000Z');

/** A date column (@db.Date) from "YYYY-MM-DD". */
export function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

// ---------------------------------------------------------------- sources

export interface SourceSeed {
  publisher: string;
  title: string;
  publishedOn: Date | null;
  publishedOnPrecision?: 'DAY' | 'MONTH' | 'YEAR';
  url: string | null;
  note: string | null;
}

/** The Avise news article every fact below comes from; its title and address are those of fact 8 of the sourced facts. */
export const AVISE_ARTICLE_SOURCE: SourceSeed = {
  ...sourceOfFact(8),
  note: "Article d'actualité publié par l'Avise le 22 mars 2019 et mis à jour le 2 avril 2019.",
};

// ---------------------------------------------------------------- taxonomies

export interface OrganisationSeed {
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  description: string;
}

export const RTES_SLUG = 'rtes';
export const AVISE_SLUG = 'avise';
export const FRANCE_URBAINE_SLUG = 'france-urbaine';
export const EPICENTRE_FACTORY_SLUG = 'epicentre-factory';

export const ORGANISATIONS: readonly OrganisationSeed[] = [
  {
    slug: RTES_SLUG,
    name: 'Réseau des collectivités territoriales pour une économie solidaire',
    acronym: 'RTES',
    kind: 'NATIONAL_NETWORK',
    description:
      "Réseau national des collectivités territoriales engagées en faveur de l'économie sociale et solidaire. " +
      "Il conduit avec l'Avise le programme « Métropoles, ESS et innovation sociale ».\n\n" +
      RTES_PARTNERSHIP.text,
  },
  {
    slug: AVISE_SLUG,
    name: 'Avise',
    acronym: null,
    kind: 'NATIONAL_AGENCY',
    description:
      "Agence nationale de l'économie sociale et solidaire et de l'innovation sociale. " +
      'Elle conduit avec le RTES le programme « Métropoles, ESS et innovation sociale ».',
  },
  {
    slug: FRANCE_URBAINE_SLUG,
    name: 'France urbaine',
    acronym: null,
    kind: 'NATIONAL_NETWORK',
    description:
      "Association de grandes villes, métropoles et agglomérations. Elle a publié en 2021 avec l'Avise et le RTES l'étude " +
      '« Territoires urbains, économie sociale et solidaire et innovation sociale ».',
  },
  {
    slug: EPICENTRE_FACTORY_SLUG,
    name: 'Epicentre Factory',
    acronym: null,
    kind: 'COMPANY',
    description:
      "Société coopérative d'intérêt collectif (SCIC). Son directeur copréside le CISCA, centre de R&D et de transfert " +
      'en innovation sociale créé en 2018 à Clermont.',
  },
];

export interface ThemeSeed {
  slug: string;
  name: string;
  description: string;
}

export const THEMES: readonly ThemeSeed[] = [
  { name: 'ESS', description: "Économie sociale et solidaire : associations, coopératives, mutuelles, fondations et entreprises de l'ESS." },
  { name: 'Innovation sociale', description: 'Réponses nouvelles à des besoins sociaux mal ou peu satisfaits, et leur diffusion.' },
  { name: 'Politiques publiques', description: "Action des collectivités en faveur de l'ESS et de l'innovation sociale." },
].map((theme) => ({ ...theme, slug: slugify(theme.name) }));

export interface ActionLeverSeed {
  slug: string;
  name: string;
  description: string;
  position: number;
}

export const ACTION_LEVERS: readonly ActionLeverSeed[] = [
  {
    name: 'Accompagnement des entrepreneurs',
    description: "Soutien aux structures et dispositifs qui accompagnent la création et le développement d'activités de l'ESS.",
  },
  { name: 'Financement', description: "Subventions, appels à projets et autres aides financières aux projets de l'ESS." },
  { name: 'Foncier et locaux', description: "Mobilisation de terrains, de bâtiments et de locaux pour les activités de l'ESS." },
  {
    name: 'Commande publique responsable',
    description: "Usage de la commande publique pour favoriser des achats socialement et écologiquement responsables.",
  },
  { name: 'Économie circulaire', description: 'Soutien au réemploi, à la réparation, au recyclage et à la réduction des déchets.' },
  {
    name: 'Coopération territoriale et mise en réseau',
    description: "Animation des réseaux d'acteurs et coopération entre collectivités et avec les acteurs du territoire.",
  },
  {
    name: 'Recherche et développement en innovation sociale',
    description: "Liens entre acteurs de terrain, chercheurs et enseignement supérieur pour développer l'innovation sociale.",
  },
  { name: 'Visibilité et prix', description: "Valorisation de l'ESS et des projets : prix, événements, communication." },
].map((lever, index) => ({ ...lever, slug: slugify(lever.name), position: index + 1 }));

const leverSlug = (name: string) => {
  const lever = ACTION_LEVERS.find((candidate) => candidate.name === name);
  if (!lever) throw new Error(`Levier inconnu : ${name}`);
  return lever.slug;
};

// ---------------------------------------------------------------- programme and study

export interface ProgrammeSeed {
  slug: string;
  name: string;
  description: string;
  startYear: number;
  endYear: number | null;
  axes: string[];
  organiserSlugs: string[];
}

export const PROGRAMME: ProgrammeSeed = {
  slug: slugify('Métropoles, ESS et innovation sociale'),
  name: 'Métropoles, ESS et innovation sociale',
  description:
    "Programme conduit conjointement par l'Avise et le RTES. Lancé en 2018 et poursuivi en 2019, il vise à mieux comprendre, " +
    "valoriser et développer les politiques des métropoles en faveur de l'économie sociale et solidaire et de l'innovation sociale. " +
    "Il s'articule autour de quatre axes : une enquête, des groupes de travail, une étude et un événement.\n\n" +
    PROGRAMME_HISTORY.map((part) => part.text).join('\n\n'),
  startYear: 2018,
  endYear: null,
  axes: ['Enquête', 'Groupes de travail', 'Étude', 'Événement'],
  organiserSlugs: [RTES_SLUG, AVISE_SLUG],
};

export interface PublicationSeed {
  slug: string;
  title: string;
  summary: string;
  studyStatus: StudyStatus;
  expectedYear: number | null;
  expectedMonth: number | null;
  publishedOn: Date | null;
  publisherSlugs: string[];
}

/**
 * The study announced for July 2019 and published on 5 July 2019 (sourced facts 2
 * and 5); its slug is the one it had while forthcoming, so links keep working.
 */
export const STUDY: PublicationSeed = {
  slug: slugify('Étude du programme Métropoles, ESS et innovation sociale'),
  title: STUDY_2019.title,
  summary: STUDY_2019.summary,
  studyStatus: 'PUBLISHED',
  expectedYear: 2019,
  expectedMonth: 7,
  publishedOn: day(STUDY_2019.publishedOn),
  publisherSlugs: [RTES_SLUG, AVISE_SLUG],
};

/** The 2021 follow-up study (sourced facts 3 and 4). */
export const STUDY_2021_PUBLICATION: PublicationSeed = {
  slug: STUDY_2021.slug,
  title: STUDY_2021.title,
  summary: STUDY_2021.summary,
  studyStatus: 'PUBLISHED',
  expectedYear: null,
  expectedMonth: null,
  publishedOn: day(STUDY_2021.publishedOn),
  publisherSlugs: [FRANCE_URBAINE_SLUG, AVISE_SLUG, RTES_SLUG],
};

export const PUBLICATIONS: readonly PublicationSeed[] = [STUDY, STUDY_2021_PUBLICATION];

// ---------------------------------------------------------------- people

/** People of the Avise article; their roles are dated by it (March 2019). */
export interface PersonSeed {
  slug: string;
  fullName: string;
  role: string;
  roleYear: number;
  metropolisSlug: string | null;
}

export const CLARA_SCHMIDT = 'clara-schmidt';
export const MAHEL_COPPEY = 'mahel-coppey';
export const NICOLAS_DURACKA = 'nicolas-duracka';

export const PERSONS: readonly PersonSeed[] = [
  { slug: CLARA_SCHMIDT, fullName: 'Clara Schmidt', role: 'Chargée de mission ESS', roleYear: 2019, metropolisSlug: MEL_SLUG },
  {
    slug: MAHEL_COPPEY,
    fullName: 'Mahel Coppey',
    role: "Vice-présidente de Nantes Métropole chargée de l'ESS et de l'économie circulaire",
    roleYear: 2019,
    metropolisSlug: NANTES_SLUG,
  },
  { slug: NICOLAS_DURACKA, fullName: 'Nicolas Duracka', role: 'Coordinateur du CISCA', roleYear: 2019, metropolisSlug: null },
];

// ---------------------------------------------------------------- MEL's plan (the article's)

export interface PolicyPlanSeed {
  slug: string;
  metropolisSlug: string;
  title: string;
  kind: PlanKind;
  startYear: number;
  endYear: number;
  planStatus: PlanStatus;
  summary: string;
  leverSlugs: string[];
}

const MEL_PLAN_TITLE = "Plan métropolitain de développement de l'ESS";

export const MEL_PLAN: PolicyPlanSeed = {
  slug: slugify(`${MEL_PLAN_TITLE} MEL 2015-2020`),
  metropolisSlug: MEL_SLUG,
  title: MEL_PLAN_TITLE,
  kind: 'PLAN',
  startYear: 2015,
  endYear: 2020,
  planStatus: 'ENDED',
  summary: [
    "Plan de la Métropole européenne de Lille pour le développement de l'économie sociale et solidaire sur la période 2015-2020, " +
      'dans la continuité de la politique ESS structurée que la métropole mène depuis 2011.',
    '',
    "Clara Schmidt, chargée de mission ESS, en a présenté le bilan d'étape en mars 2019, lors du 2e groupe de travail du programme " +
      '« Métropoles, ESS et innovation sociale ». Ce bilan fait état :',
    '',
    "- de l'appel à projets « Entreprendre autrement », qui a financé 62 projets entre 2015 et 2018 pour 768 200 € au total, dont 43 % situés en quartier de la politique de la ville ;",
    "- du soutien à des structures d'accompagnement des entrepreneurs : Maillage, CitésLab, BGE et Little Big Women ;",
    "- de l'appel à projets « MEL Makers », consacré à l'économie circulaire ;",
    '- du travail mené sur les questions foncières.',
  ].join('\n'),
  leverSlugs: [
    leverSlug('Accompagnement des entrepreneurs'),
    leverSlug('Financement'),
    leverSlug('Foncier et locaux'),
    leverSlug('Économie circulaire'),
  ],
};

export interface FundingProgrammeSeed {
  slug: string;
  metropolisSlug: string;
  policyPlanSlug: string | null;
  name: string;
  kind: FundingKind;
  description: string;
  startYear: number | null;
  endYear: number | null;
  isRecurring: boolean;
}

export const ENTREPRENDRE_AUTREMENT = 'entreprendre-autrement';

export const FUNDING_PROGRAMMES: readonly FundingProgrammeSeed[] = [
  {
    slug: ENTREPRENDRE_AUTREMENT,
    metropolisSlug: MEL_SLUG,
    policyPlanSlug: MEL_PLAN.slug,
    name: 'Entreprendre autrement',
    kind: 'CALL_FOR_PROJECTS',
    description:
      "Appel à projets permanent de la Métropole européenne de Lille, ouvert depuis 2011 selon le RTES (avril 2024), et mené dans le cadre " +
      "de son plan métropolitain de développement de l'ESS 2015-2020. Selon l'Avise (mars 2019), il a financé 62 projets entre 2015 et 2018 " +
      'pour un montant total de 768 200 € ; 43 % de ces projets sont situés en quartier de la politique de la ville.',
    startYear: 2011,
    endYear: null,
    isRecurring: false,
  },
  {
    slug: 'mel-makers',
    metropolisSlug: MEL_SLUG,
    policyPlanSlug: null,
    name: 'MEL Makers',
    kind: 'CALL_FOR_PROJECTS',
    description: "Appel à projets de la Métropole européenne de Lille consacré à l'économie circulaire.",
    startYear: null,
    endYear: null,
    isRecurring: false,
  },
  {
    slug: slugify("Prix de l'innovation sociale Nantes Métropole"),
    metropolisSlug: NANTES_SLUG,
    policyPlanSlug: null,
    name: "Prix de l'innovation sociale",
    kind: 'PRIZE',
    description: 'Prix décerné chaque année par Nantes Métropole pour soutenir le lancement ou la consolidation de projets collectifs.',
    startYear: null,
    endYear: null,
    isRecurring: true,
  },
];

// ---------------------------------------------------------------- support structures

export interface SupportStructureSeed {
  slug: string;
  name: string;
  kind: SupportStructureKind;
  description: string;
  memberCount: number | null;
  metropolises: { metropolisSlug: string; partnershipStartYear: number | null }[];
}

const melAccompaniment = (name: string): SupportStructureSeed => ({
  slug: slugify(name),
  name,
  kind: 'ACCOMPANIMENT_NETWORK',
  description: `Structure d'accompagnement des entrepreneurs soutenue par la Métropole européenne de Lille dans le cadre de sa politique en faveur de l'ESS.`,
  memberCount: null,
  metropolises: [{ metropolisSlug: MEL_SLUG, partnershipStartYear: null }],
});

export const ECOSSOLIES = 'les-ecossolies';
export const CISCA = 'cisca';

export const SUPPORT_STRUCTURES: readonly SupportStructureSeed[] = [
  melAccompaniment('Maillage'),
  melAccompaniment('CitésLab'),
  melAccompaniment('BGE'),
  melAccompaniment('Little Big Women'),
  {
    slug: ECOSSOLIES,
    name: 'Les Ecossolies',
    kind: 'ACTOR_NETWORK',
    description: "Réseau d'acteurs de l'économie sociale et solidaire qui compte plus de 600 adhérents. Nantes Métropole travaille étroitement avec lui depuis 2006.",
    memberCount: null,
    metropolises: [{ metropolisSlug: NANTES_SLUG, partnershipStartYear: 2006 }],
  },
  {
    slug: CISCA,
    name: 'CISCA',
    kind: 'RESEARCH_CENTRE',
    description: [
      "Centre de recherche et développement (R&D) et de transfert en innovation sociale, créé en octobre 2018 à la suite d'une étude de faisabilité " +
        'financée en 2017 par Clermont Auvergne Métropole.',
      '',
      "Il est coprésidé par l'élu de la métropole chargé de l'ESS, le président de l'université de Clermont et le directeur de la SCIC Epicentre Factory. " +
        'Son coordinateur, Nicolas Duracka, conduit deux missions :',
      '',
      "- mettre en relation les demandes de R&D en innovation sociale des acteurs du territoire avec des chercheurs ;",
      "- mener une démarche territoriale qui retient un thème de R&D, l'étudie pendant trois ans en recherche appliquée et en tire des outils.",
    ].join('\n'),
    memberCount: null,
    metropolises: [{ metropolisSlug: CLERMONT_SLUG, partnershipStartYear: 2018 }],
  },
];

// ---------------------------------------------------------------- figures

export interface FigureSeed {
  /** Fixed id: a figure has no natural key, the seed upserts it by id. */
  id: string;
  indicator: string;
  label: string;
  value: number;
  unit: FigureUnit;
  isLowerBound: boolean;
  periodStartYear: number | null;
  periodEndYear: number | null;
  metropolisSlug: string | null;
  fundingProgrammeSlug: string | null;
  supportStructureSlug: string | null;
  position: number;
}

export const FIGURES: readonly FigureSeed[] = [
  {
    id: 'seed-figure-mel-projets-finances',
    indicator: 'projets-finances',
    label: "Projets financés par l'appel à projets « Entreprendre autrement »",
    value: 62,
    unit: 'COUNT',
    isLowerBound: false,
    periodStartYear: 2015,
    periodEndYear: 2018,
    metropolisSlug: MEL_SLUG,
    fundingProgrammeSlug: ENTREPRENDRE_AUTREMENT,
    supportStructureSlug: null,
    position: 1,
  },
  {
    id: 'seed-figure-mel-montant-finance',
    indicator: 'montant-finance',
    label: "Montant total accordé aux projets de l'appel à projets « Entreprendre autrement »",
    value: 768200,
    unit: 'EUR',
    isLowerBound: false,
    periodStartYear: 2015,
    periodEndYear: 2018,
    metropolisSlug: MEL_SLUG,
    fundingProgrammeSlug: ENTREPRENDRE_AUTREMENT,
    supportStructureSlug: null,
    position: 2,
  },
  {
    id: 'seed-figure-mel-part-projets-qpv',
    indicator: 'part-projets-qpv',
    label: 'Part des projets situés en quartier prioritaire de la politique de la ville',
    value: 43,
    unit: 'PERCENT',
    isLowerBound: false,
    periodStartYear: 2015,
    periodEndYear: 2018,
    metropolisSlug: MEL_SLUG,
    fundingProgrammeSlug: ENTREPRENDRE_AUTREMENT,
    supportStructureSlug: null,
    position: 3,
  },
  {
    id: 'seed-figure-ecossolies-adherents',
    indicator: 'adherents',
    label: 'Adhérents du réseau Les Ecossolies',
    value: 600,
    unit: 'COUNT',
    isLowerBound: true,
    periodStartYear: 2019,
    periodEndYear: 2019,
    metropolisSlug: NANTES_SLUG,
    fundingProgrammeSlug: null,
    supportStructureSlug: ECOSSOLIES,
    position: 1,
  },
  {
    id: 'seed-figure-metropoles-membres-rtes-2018',
    indicator: 'metropoles-membres-rtes',
    label: 'Métropoles membres du RTES (sur 22)',
    value: 15,
    unit: 'COUNT',
    isLowerBound: false,
    periodStartYear: 2018,
    periodEndYear: 2018,
    metropolisSlug: null,
    fundingProgrammeSlug: null,
    supportStructureSlug: null,
    position: 1,
  },
];

// ---------------------------------------------------------------- working-group report

export interface FocusPresentationSeed {
  metropolisSlug: string;
  speakerSlug: string;
  topic: string;
  body: string;
  position: number;
}

export interface WorkingGroupReportSeed {
  slug: string;
  title: string;
  sequenceNumber: number;
  meetingDate: Date;
  participantCount: number;
  summary: string;
  body: string;
  firstPublishedOn: Date;
  lastUpdatedOn: Date | null;
  /** The study the meeting prepared, when it had been announced. */
  publicationSlug: string | null;
  organiserSlugs: string[];
  themeSlugs: string[];
  /** The attending métropoles that are known by name (participantCount counts all of them). */
  participantSlugs: string[];
  focusPresentations: FocusPresentationSeed[];
  /** Support structures the presentations name (the article names each of them). */
  citedStructureSlugs: string[];
}

/** The day the sourced facts were collected and this portal's recap of the 1st working group written. */
const FACTS_COLLECTED_ON = day('2026-12-01');

/** The 1st working group (sourced fact 7): what the Avise's page says, nothing more. */
export const FIRST_WORKING_GROUP_REPORT: WorkingGroupReportSeed = {
  slug: slugify(FIRST_WORKING_GROUP.title),
  title: FIRST_WORKING_GROUP.title,
  sequenceNumber: 1,
  meetingDate: day(FIRST_WORKING_GROUP.meetingDate),
  participantCount: FIRST_WORKING_GROUP.participantCount,
  summary: FIRST_WORKING_GROUP.summary,
  body: FIRST_WORKING_GROUP.body,
  firstPublishedOn: FACTS_COLLECTED_ON,
  lastUpdatedOn: null,
  publicationSlug: null,
  organiserSlugs: [RTES_SLUG, AVISE_SLUG],
  themeSlugs: THEMES.map((theme) => theme.slug),
  participantSlugs: [],
  focusPresentations: [],
  citedStructureSlugs: [],
};

const REPORT_TITLE =
  "2e groupe de travail : les champs d'action des métropoles pour structurer un écosystème ESS et innovation sociale";

export const WORKING_GROUP_REPORT: WorkingGroupReportSeed = {
  slug: slugify(REPORT_TITLE),
  title: REPORT_TITLE,
  sequenceNumber: 2,
  meetingDate: day('2019-03-05'),
  participantCount: 11,
  summary:
    "Le 5 mars 2019, le 2e groupe de travail du programme « Métropoles, ESS et innovation sociale » de l'Avise et du RTES a réuni 11 métropoles " +
    "autour des champs dans lesquels une métropole peut agir pour structurer un écosystème local de l'ESS et de l'innovation sociale. " +
    'La Métropole européenne de Lille, Nantes Métropole et Clermont Auvergne Métropole y ont présenté leur démarche.',
  body: [
    '## Le programme',
    '',
    "Le programme « Métropoles, ESS et innovation sociale », conduit conjointement par l'Avise et le RTES, a été lancé en 2018 et se poursuit en 2019. " +
      "Il vise à mieux comprendre, valoriser et développer les politiques que les métropoles mènent en faveur de l'économie sociale et solidaire (ESS) " +
      "et de l'innovation sociale.",
    '',
    'Il repose sur quatre axes :',
    '',
    '- une enquête ;',
    '- des groupes de travail ;',
    '- une étude ;',
    '- un événement.',
    '',
    "L'étude, annoncée pour juillet 2019, portera sur les cadres d'intervention des métropoles, leurs principaux leviers d'action " +
      'et les pratiques collaboratives au sein des collectivités et entre elles.',
    '',
    "## Une séance consacrée aux champs d'action",
    '',
    "Le 2e groupe de travail s'est réuni le 5 mars 2019 en présence de 11 métropoles. Les échanges ont porté sur les domaines dans lesquels " +
      "une métropole peut intervenir pour structurer, sur son territoire, un écosystème favorable à l'ESS et à l'innovation sociale.",
    '',
    'Trois métropoles ont présenté leur démarche, détaillée dans les focus ci-dessous.',
    '',
    "- **Métropole européenne de Lille** : Clara Schmidt, chargée de mission ESS, a présenté le bilan d'étape du plan métropolitain " +
      "de développement de l'ESS 2015-2020, dont l'appel à projets « Entreprendre autrement » (62 projets financés entre 2015 et 2018).",
    "- **Nantes Métropole** : Mahel Coppey, vice-présidente chargée de l'ESS et de l'économie circulaire, a présenté le partenariat " +
      "noué depuis 2006 avec le réseau Les Ecossolies et le Prix de l'innovation sociale.",
    '- **Clermont Auvergne Métropole** : Nicolas Duracka a présenté le CISCA, centre de R&D et de transfert en innovation sociale créé en octobre 2018.',
  ].join('\n'),
  firstPublishedOn: day('2019-03-22'),
  lastUpdatedOn: day('2019-04-02'),
  publicationSlug: STUDY.slug,
  organiserSlugs: [RTES_SLUG, AVISE_SLUG],
  themeSlugs: THEMES.map((theme) => theme.slug),
  participantSlugs: [MEL_SLUG, NANTES_SLUG, CLERMONT_SLUG],
  citedStructureSlugs: [...SUPPORT_STRUCTURES.map((structure) => structure.slug)],
  focusPresentations: [
    {
      position: 1,
      metropolisSlug: MEL_SLUG,
      speakerSlug: CLARA_SCHMIDT,
      topic: "Bilan d'étape du plan métropolitain de développement de l'ESS 2015-2020",
      body: [
        "Clara Schmidt, chargée de mission ESS à la Métropole européenne de Lille (MEL), a présenté le bilan d'étape du plan métropolitain " +
          "de développement de l'ESS, qui couvre la période 2015-2020. La MEL conduit une politique publique structurée en faveur de l'ESS depuis 2011.",
        '',
        "**Financer les projets.** Entre 2015 et 2018, l'appel à projets « Entreprendre autrement » a financé 62 projets pour un montant total " +
          'de 768 200 €. 43 % de ces projets sont situés dans des quartiers de la politique de la ville.',
        '',
        "**Accompagner les entrepreneurs.** La métropole soutient plusieurs structures d'accompagnement : Maillage, CitésLab, BGE et Little Big Women.",
        '',
        "**Économie circulaire et foncier.** La MEL mène aussi un appel à projets consacré à l'économie circulaire, « MEL Makers », " +
          'et travaille sur les questions foncières.',
      ].join('\n'),
    },
    {
      position: 2,
      metropolisSlug: NANTES_SLUG,
      speakerSlug: MAHEL_COPPEY,
      topic: "Les Ecossolies et le Prix de l'innovation sociale : un partenariat de long terme avec les acteurs de l'ESS",
      body: [
        "Mahel Coppey, vice-présidente de Nantes Métropole chargée de l'ESS et de l'économie circulaire, a présenté l'action de la métropole, " +
          'sur un territoire marqué par un fort héritage mutualiste et syndical.',
        '',
        '**Un partenariat depuis 2006.** La métropole travaille étroitement avec Les Ecossolies, un réseau qui rassemble plus de 600 adhérents.',
        '',
        "**Un prix annuel.** Chaque année, Nantes Métropole décerne un Prix de l'innovation sociale, qui soutient le lancement ou la " +
          'consolidation de projets collectifs.',
      ].join('\n'),
    },
    {
      position: 3,
      metropolisSlug: CLERMONT_SLUG,
      speakerSlug: NICOLAS_DURACKA,
      topic: 'Le CISCA, centre de R&D et de transfert en innovation sociale',
      body: [
        'Nicolas Duracka, coordinateur du CISCA, a présenté ce centre de recherche et développement (R&D) et de transfert en innovation sociale.',
        '',
        '**Une étude de faisabilité en 2017.** Clermont Auvergne Métropole a financé une étude de faisabilité pour un pôle territorial de R&D. ' +
          "Elle a associé des acteurs socio-économiques (d'une association de quartier à Michelin), des collectivités (villes de Clermont, " +
          "Thiers et Lyon, métropole, département, région) et l'enseignement supérieur (université et laboratoires).",
        '',
        "**Un centre créé en octobre 2018.** Le CISCA est coprésidé par l'élu de la métropole chargé de l'ESS, le président de l'université " +
          'de Clermont et le directeur de la SCIC Epicentre Factory.',
        '',
        '**Deux missions.**',
        '',
        "1. Mettre en relation les demandes de R&D en innovation sociale des acteurs du territoire avec des chercheurs.",
        "2. Conduire une démarche territoriale : retenir un thème de R&D, l'étudier pendant trois ans sous forme de recherche appliquée et en tirer des outils.",
      ].join('\n'),
    },
  ],
};

export const WORKING_GROUP_REPORTS: readonly WorkingGroupReportSeed[] = [FIRST_WORKING_GROUP_REPORT, WORKING_GROUP_REPORT];
