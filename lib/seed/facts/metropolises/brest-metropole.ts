import type { MetropolisFacts } from '../types';

const CALL = 'appel-a-projets-ess-brest-metropole';
const ADESS = 'adess-pays-de-brest';
const TAG_29 = 'tag-29';
const LIEU_DIT = 'le-lieu-dit-brest';

export const brest: MetropolisFacts = {
  metropolisSlug: 'brest-metropole',
  policySummary: [
    {
      facts: [130, 131],
      text:
        "En février 2013, dans un entretien publié par le RTES, Michel Briand, vice-président de Brest Métropole Océane chargé de l'ESS depuis 2008, " +
        "présentait un **appel à projets annuel** mis en place avec la Région Bretagne et le conseil général du Finistère, qui permettait " +
        "alors d'accompagner une dizaine de projets de l'ESS chaque année. La métropole cofinançait aussi, depuis 2008, un poste d'animateur à l'ADESS du Pays de Brest.",
    },
    {
      facts: [133, 134],
      text:
        "En 2021, selon Radio Évasion, l'ADESS du Pays de Brest, pôle local de développement de l'ESS, portait avec les trois autres pôles du Finistère " +
        "le TAg 29, qui suit chaque année une douzaine de projets dans son « idéateur » et une dizaine dans son incubateur ; la radio ne précise pas le rôle " +
        "de la métropole dans ce dispositif. La même radio indiquait que Le Lieu-Dit, collectif lancé en 2015 par une dizaine d'associations et une coopérative, " +
        'était financé notamment par des subventions de Brest métropole.',
    },
    {
      facts: [136],
      text:
        "Sur une page non datée, le RTES rend compte d'un colloque de deux jours, « Politiques publiques et économie sociale et solidaire », organisé par " +
        "Brest Métropole Océane : un peu plus de 200 personnes y ont participé, dont 25 élus.",
    },
  ],
  rtesMembership: { fact: 135, isMember: true, year: 2018 },
  officials: [
    { fact: 130, slug: 'michel-briand', fullName: 'Michel Briand', role: "Vice-président en charge de l'ESS à Brest Métropole Océane", year: 2013 },
  ],
  essOfficialSlug: 'michel-briand',
  plans: [],
  fundingProgrammes: [
    {
      fact: 131,
      slug: CALL,
      name: "Appel à projets annuel de l'ESS",
      kind: 'CALL_FOR_PROJECTS',
      description:
        "Appel à projets annuel en faveur de l'économie sociale et solidaire, mis en place par Brest Métropole Océane avec la Région Bretagne " +
        "et le conseil général du Finistère. En 2013, selon le vice-président chargé de l'ESS, il permettait d'accompagner une dizaine de projets par an. " +
        "La source ne donne pas son année de lancement et les sources consultées ne disent pas s'il se poursuit.",
      startYear: null,
      endYear: null,
      isRecurring: true,
    },
  ],
  figures: [
    {
      fact: 131,
      key: 'brest-appel-a-projets-projets-par-an',
      indicator: 'projets-finances',
      label: "Projets de l'ESS accompagnés chaque année par l'appel à projets (une dizaine, selon le vice-président en 2013)",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
      fundingProgrammeSlug: CALL,
    },
    {
      fact: 133,
      key: 'brest-tag-29-projets-ideateur',
      indicator: 'projets-accompagnes',
      label: "Projets suivis chaque année dans l'« idéateur » du TAg 29 (une douzaine)",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
      supportStructureSlug: TAG_29,
    },
    {
      fact: 133,
      key: 'brest-tag-29-projets-incubateur',
      indicator: 'projets-accompagnes',
      label: "Projets suivis chaque année dans l'incubateur du TAg 29 (une dizaine)",
      value: 10,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
      supportStructureSlug: TAG_29,
    },
    {
      fact: 132,
      key: 'brest-pays-emplois-ess',
      indicator: 'emplois-ess',
      label: "Salariés de l'ESS dans le Pays de Brest (panorama de novembre 2012)",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 132,
      key: 'brest-pays-etablissements-ess',
      indicator: 'etablissements-ess',
      label: "Établissements de l'ESS dans le Pays de Brest (panorama de novembre 2012)",
      value: 1600,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 132,
      key: 'brest-pays-masse-salariale-ess',
      indicator: 'masse-salariale-ess',
      label: "Masse salariale de l'ESS dans le Pays de Brest (panorama de novembre 2012)",
      value: 512000000,
      unit: 'EUR',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 132,
      key: 'brest-pays-part-emploi-ess',
      indicator: 'part-emploi-ess',
      label: "Part de l'ESS dans l'emploi du Pays de Brest (panorama de novembre 2012)",
      value: 16.7,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
  ],
  supportStructures: [
    {
      fact: 133,
      alsoFacts: [131],
      slug: ADESS,
      name: 'ADESS du Pays de Brest',
      kind: 'ACTOR_NETWORK',
      description:
        "Pôle de développement de l'économie sociale et solidaire du Pays de Brest, qui porte le TAg 29 avec les trois autres pôles du Finistère " +
        "(Radio Évasion, 2021). Selon un entretien publié par le RTES en 2013, Brest Métropole Océane cofinançait depuis 2008 un poste d'animateur de l'association.",
      metropolises: [{ metropolisSlug: 'brest-metropole', partnershipStartYear: 2008 }],
    },
    {
      fact: 133,
      slug: TAG_29,
      name: 'TAg 29',
      kind: 'INCUBATOR',
      description:
        "Dispositif d'accompagnement de projets porté par les quatre pôles de développement de l'ESS du Finistère, dont l'ADESS du Pays de Brest. " +
        "En 2021, selon Radio Évasion, il suivait chaque année une douzaine de projets dans son « idéateur » et une dizaine dans son incubateur. " +
        'La source ne mentionne pas de rôle de Brest métropole.',
      metropolises: [{ metropolisSlug: 'brest-metropole', partnershipStartYear: null }],
    },
    {
      fact: 134,
      slug: LIEU_DIT,
      name: 'Le Lieu-Dit',
      kind: 'ACTOR_NETWORK',
      description:
        "Collectif brestois lancé en 2015 par une dizaine d'associations et une coopérative, parmi lesquelles la coopérative d'activités et d'emploi Chrysalide " +
        "et la monnaie locale Heol. En novembre 2021, selon Radio Évasion, il était financé par des subventions, notamment de Brest métropole, et par l'État " +
        'au titre de la Fabrique des territoires.',
      metropolises: [{ metropolisSlug: 'brest-metropole', partnershipStartYear: null }],
    },
  ],
  setAside: [],
};
