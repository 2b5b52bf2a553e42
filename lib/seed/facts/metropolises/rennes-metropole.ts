import { lever } from '../levers';
import type { MetropolisFacts } from '../types';

const SCHEMA = 'schema-de-developpement-de-l-ess-rennes-metropole-2015';
const ECO_MOTIVE = 'eco-motive-rennes-metropole';
const QUADRI = 'le-quadri-rennes';

type EcosystemKind = 'ACTOR_NETWORK' | 'INCUBATOR' | 'COOPERATIVE' | 'OTHER';

// The structures Rennes Métropole's page on its ESS support names (fact 91); fact 84
// states that supporting the main ones is one of the two strands of its action.
const ECOSYSTEM_NOTE =
  "Rennes Métropole la cite, sur sa page consacrée au soutien à l'ESS (non datée), parmi les structures d'accompagnement et de financement de l'ESS du territoire. " +
  "Selon cette page, le soutien aux principales de ces structures est l'un des deux volets de l'action de la métropole.";

const ecosystemStructure = (slug: string, name: string, kind: EcosystemKind, what?: string) => ({
  fact: 91,
  alsoFacts: [84],
  slug,
  name,
  kind,
  description: what ? `${what} ${ECOSYSTEM_NOTE}` : ECOSYSTEM_NOTE,
  metropolises: [{ metropolisSlug: 'rennes-metropole', partnershipStartYear: null }],
});

export const rennes: MetropolisFacts = {
  metropolisSlug: 'rennes-metropole',
  policySummary: [
    {
      facts: [85, 84],
      text:
        "En janvier 2015, Rennes Métropole a adopté à l'unanimité un **schéma métropolitain de développement de l'ESS**, selon le site Eco-Bretons (2015). " +
        "Il prévoit 30 actions réparties entre quatre enjeux : l'accompagnement des entreprises, la promotion à l'international, l'émergence de nouveaux projets " +
        "et la transformation de l'innovation en emplois. Sur sa page consacrée au soutien à l'ESS (non datée), la métropole décrit une action en deux volets : " +
        "le soutien aux principales structures d'accompagnement et de financement, et des aides directes aux entreprises au moyen d'un appel à projets. " +
        "Les sources consultées ne donnent pas de date de fin à ce schéma.",
    },
    {
      facts: [88, 87, 90, 92],
      text:
        "En novembre 2018, dans un article de son site, Rennes Métropole présentait **Éco Motive**, son appel à projets permanent : il avait alors permis " +
        "le développement de 24 entreprises et la création de 50 emplois. Matthieu Theurier, alors vice-président chargé de l'ESS, y estimait que l'ESS " +
        "avait représenté 20 % des créations d'emplois de la métropole entre 2015 et 2017. Le même article annonçait pour 2019 l'inauguration du Quadri, " +
        "un immeuble de 5 000 m² consacré à l'innovation sociale et à l'entrepreneuriat.",
    },
    {
      facts: [91, 84],
      text:
        "Parmi les structures d'accompagnement et de financement de l'ESS du territoire, la page de la métropole (non datée) cite RÉSO solidaire, pôle de " +
        "développement de l'ESS du Pays de Rennes, TAg 35, Les Scop de l'Ouest, les coopératives d'activités et d'emploi Élan créateur et Élan bâtisseur, " +
        "France Active Bretagne et Les Cigales de Bretagne.",
    },
    {
      facts: [89],
      text:
        "La même page dénombre 2 100 entreprises de l'ESS sur le territoire, dont 70 % d'associations, et 25 000 emplois, soit 14 % de l'emploi privé, " +
        "sans préciser l'année de ces chiffres. Elle indique aussi que Rennes Métropole a effectué plus de 6 millions d'euros d'achats publics auprès d'entreprises de l'ESS.",
    },
  ],
  rtesMembership: { fact: 93, isMember: true, year: 2018 },
  officials: [
    { fact: 87, slug: 'matthieu-theurier', fullName: 'Matthieu Theurier', role: "Vice-président de Rennes Métropole en charge de l'ESS", year: 2018 },
  ],
  essOfficialSlug: 'matthieu-theurier',
  plans: [
    {
      fact: 84,
      alsoFacts: [85],
      slug: SCHEMA,
      title: "Schéma métropolitain de développement de l'ESS",
      kind: 'SCHEMA',
      startYear: 2015,
      endYear: null,
      summary:
        "Schéma de Rennes Métropole pour le développement de l'économie sociale et solidaire, adopté à l'unanimité en janvier 2015 (Eco-Bretons, 2015). " +
        'Il compte 30 actions, organisées autour de quatre enjeux :\n\n' +
        "- l'accompagnement des entreprises ;\n" +
        "- la promotion à l'international ;\n" +
        "- l'émergence de nouveaux projets ;\n" +
        "- la transformation de l'innovation en emplois.\n\n" +
        "Sur sa page consacrée au soutien à l'ESS (non datée), la métropole présente sa mise en œuvre en deux volets : le soutien aux principales structures " +
        "d'accompagnement et de financement, et des aides directes aux entreprises par un appel à projets. Les sources consultées ne lui donnent pas de date de fin.",
      leverSlugs: [lever('Accompagnement des entrepreneurs'), lever('Financement')],
    },
  ],
  fundingProgrammes: [
    {
      fact: 88,
      slug: ECO_MOTIVE,
      name: 'Éco Motive',
      kind: 'CALL_FOR_PROJECTS',
      description:
        "Appel à projets permanent de Rennes Métropole en faveur de l'économie sociale et solidaire. " +
        "En novembre 2018, la métropole indiquait qu'il avait permis de développer 24 entreprises et de créer 50 emplois. La source ne donne pas son année de lancement.",
      startYear: null,
      endYear: null,
      isRecurring: true,
    },
  ],
  figures: [
    {
      fact: 88,
      key: 'rennes-eco-motive-entreprises',
      indicator: 'projets-finances',
      label: "Entreprises dont l'appel à projets Éco Motive a permis le développement (bilan publié en novembre 2018)",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: 2018,
      fundingProgrammeSlug: ECO_MOTIVE,
    },
    {
      fact: 88,
      key: 'rennes-eco-motive-emplois-crees',
      indicator: 'emplois-crees',
      label: "Emplois créés grâce à l'appel à projets Éco Motive (bilan publié en novembre 2018)",
      value: 50,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: 2018,
      fundingProgrammeSlug: ECO_MOTIVE,
    },
    {
      fact: 89,
      key: 'rennes-entreprises-ess',
      indicator: 'entreprises-ess',
      label: "Entreprises de l'ESS sur le territoire",
      value: 2100,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 89,
      key: 'rennes-part-associations-ess',
      indicator: 'part-associations-ess',
      label: "Part des associations parmi les entreprises de l'ESS",
      value: 70,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 89,
      key: 'rennes-emplois-ess',
      indicator: 'emplois-ess',
      label: "Emplois de l'ESS sur le territoire",
      value: 25000,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 89,
      key: 'rennes-part-emploi-prive-ess',
      indicator: 'part-emploi-prive-ess',
      label: "Part de l'ESS dans l'emploi privé",
      value: 14,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 89,
      key: 'rennes-achats-publics-ess',
      indicator: 'achats-publics-ess',
      label: "Achats publics de Rennes Métropole auprès d'entreprises de l'ESS",
      unit: 'EUR',
      isLowerBound: true,
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 90,
      key: 'rennes-part-creations-emplois-ess',
      indicator: 'part-creations-emplois-ess',
      label: "Part de l'ESS dans les créations d'emplois de la métropole, selon le vice-président chargé de l'ESS",
      unit: 'PERCENT',
      periodStartYear: 2015,
      periodEndYear: 2017,
    },
  ],
  supportStructures: [
    ecosystemStructure('reso-solidaire', 'RÉSO solidaire', 'ACTOR_NETWORK', "Pôle de développement de l'ESS du Pays de Rennes."),
    ecosystemStructure('tag-35', 'TAg 35', 'INCUBATOR', "« Propulseur » d'entrepreneuriat collectif d'Ille-et-Vilaine."),
    ecosystemStructure('les-scop-de-l-ouest', "Les Scop de l'Ouest", 'ACTOR_NETWORK'),
    ecosystemStructure('elan-createur', 'Élan créateur', 'COOPERATIVE', "Coopérative d'activités et d'emploi (CAE)."),
    ecosystemStructure('elan-batisseur', 'Élan bâtisseur', 'COOPERATIVE', "Coopérative d'activités et d'emploi (CAE)."),
    ecosystemStructure('france-active-bretagne', 'France Active Bretagne', 'OTHER'),
    ecosystemStructure('les-cigales-de-bretagne', 'Les Cigales de Bretagne', 'OTHER'),
    {
      fact: 92,
      slug: QUADRI,
      name: 'Le Quadri',
      kind: 'OTHER',
      description:
        "Immeuble de 5 000 m² consacré à l'innovation sociale et à l'entrepreneuriat, dont Rennes Métropole annonçait l'inauguration pour 2019 " +
        "dans un article de novembre 2018 consacré à l'ESS. La source, telle qu'elle a été relevée, ne précise pas le rôle de la métropole dans le projet.",
      metropolises: [{ metropolisSlug: 'rennes-metropole', partnershipStartYear: null }],
    },
  ],
  setAside: [
    {
      fact: 86,
      reason:
        "Schéma des achats publics responsables de la Ville de Rennes, de son CCAS et de Rennes Métropole : la source ne donne pas son année d'adoption " +
        "(il ne peut donc pas être une ligne de plan) et n'est qu'une copie hébergée par un site tiers (readkong), à confronter au document d'origine.",
    },
    {
      fact: 94,
      reason:
        "Portrait de l'ESS dans la métropole rennaise publié par l'AUDIAR en novembre 2019 : une étude de l'agence d'urbanisme, non une politique de la métropole, " +
        "connue seulement par une copie sur un site tiers (pdfslide) ; à rattacher à la publication d'origine de l'AUDIAR avant tout usage.",
    },
  ],
};
