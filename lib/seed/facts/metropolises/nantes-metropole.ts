import type { MetropolisFacts } from '../types';

const ROADMAP_2021 = 'feuille-de-route-ess-nantes-metropole-2021-2026';
const ROADMAP_2015 = 'feuille-de-route-ess-nantes-metropole-2015-2020';
const PLAN_2013 = 'plan-d-action-ess-nantes-metropole-2013-2014';
const PLAN_2009 = 'plan-triennal-ess-nantes-metropole-2009-2011';
const COMMITMENTS_2006 = 'engagements-pour-l-ess-nantes-metropole-2006-2008';
const FACTORY = 'ess-nantes-factory';
const FONCIERE = 'fonciere-ess-nantes-metropole';

/** The frameworks listed on the métropole's RTES profile (2024), all cited by fact 61. */
const EARLIER_FRAMEWORK =
  "Document-cadre de la politique ESS de Nantes Métropole que cite la fiche de la métropole sur le site du RTES (2024), dans la liste de ses documents successifs. " +
  "La fiche n'en détaille pas le contenu.";

export const nantes: MetropolisFacts = {
  metropolisSlug: 'nantes-metropole',
  policySummary: [
    {
      facts: [8],
      text:
        "En mars 2019, l'Avise, qui rendait compte du 2e groupe de travail « Métropoles, ESS et innovation sociale », décrivait l'action de Nantes Métropole " +
        "sur un territoire au fort héritage mutualiste et syndical. Mahel Coppey, alors vice-présidente chargée de l'ESS et de l'économie circulaire, " +
        "y avait présenté deux piliers de cette action :\n\n" +
        "- **Coopération avec les acteurs** : un partenariat étroit, depuis 2006, avec Les Ecossolies, réseau qui comptait alors plus de 600 adhérents ;\n" +
        "- **Visibilité et prix** : un Prix de l'innovation sociale, remis chaque année pour aider des projets collectifs à se lancer ou à se consolider.",
    },
    {
      facts: [61],
      text:
        "Sur sa fiche du site du RTES (2024), la métropole présente sa **feuille de route ESS du territoire 2021-2026**, qui entend appuyer la transition " +
        "énergétique, écologique, sociétale et environnementale du territoire en bâtissant des solutions collectives ; elle s'organise en 8 leviers d'action mis au service de 10 filières " +
        "de coopération. Elle a pris la suite d'une feuille de route 2015-2020, d'un plan d'action 2013-2014, d'un plan triennal 2009-2011 et des " +
        "« engagements pour l'ESS » de 2006-2008.",
    },
    {
      facts: [65],
      text:
        "La même fiche indique qu'une chargée de mission ESS travaille en transversalité avec une quarantaine de chefs de projet et chargés de mission " +
        "des directions thématiques. Elle fait état d'un budget de fonctionnement de 1,1 M€ réservé au soutien des acteurs de l'ESS (hors subventions " +
        "versées par les autres directions), sans en préciser l'année. En investissement, elle annonçait 300 000 € sur 2024 et 2025 " +
        "pour l'expérimentation « Pays de la Loire Capital Impact ».",
    },
    {
      facts: [63, 64],
      text:
        "En septembre 2017, selon Presse Océan, la métropole a lancé un nouveau fonds d'amorçage, **ESS Nantes Factory**, après avoir soutenu 140 projets " +
        "depuis 2006. Selon le site de la métropole (décembre 2024), le Prix de l'innovation sociale et solidaire est remis chaque année depuis 2017 ; " +
        "les prix 2024 ont été décernés le vendredi 13 décembre.",
    },
    {
      facts: [66],
      text:
        "Dans la même annonce de décembre 2024, la métropole faisait part de la création prévue en 2025 d'une **foncière de l'ESS**, associant Les Ecossolies, " +
        "la Banque des Territoires, Lieux Communs et Loire-Atlantique Développement, dont la première mission serait d'aider à financer un nouveau Solilab. " +
        "Elle y chiffrait l'ESS du territoire à près de 3 000 entreprises et 36 000 emplois, soit environ 16 % de l'emploi salarié privé.",
    },
    {
      facts: [69, 62],
      text:
        "Selon une page non datée de la Banque des Territoires, la communauté d'agglomération a créé en octobre 2002 une délégation à l'ESS, rattachée en 2004 " +
        "à la direction du développement économique, et présente Jean-Philippe Magnen comme le conseiller communautaire délégué à l'ESS. À l'automne 2024, un communiqué " +
        "du RTES sur le projet de loi de finances 2025 présentait Mahel Coppey comme présidente du réseau et vice-présidente de Nantes Métropole.",
    },
  ],
  rtesMembership: { fact: 67, isMember: true, year: 2024 },
  officials: [],
  essOfficialSlug: 'mahel-coppey',
  plans: [
    {
      fact: 61,
      slug: ROADMAP_2021,
      title: 'Feuille de route ESS du territoire 2021-2026',
      kind: 'ROADMAP',
      startYear: 2021,
      endYear: 2026,
      summary:
        "Feuille de route de Nantes Métropole pour l'économie sociale et solidaire sur la période 2021-2026, présentée sur la fiche de la métropole " +
        "du site du RTES (2024). Son ambition est d'appuyer la transition énergétique, écologique, sociétale et environnementale du territoire par des solutions collectives, " +
        "et elle est structurée en :\n\n" +
        "- 8 leviers d'action ;\n" +
        '- 10 filières de coopération, que ces leviers doivent développer.\n\n' +
        'Elle fait suite à la feuille de route 2015-2020.',
      leverSlugs: [],
      predecessorSlug: ROADMAP_2015,
    },
    {
      fact: 61,
      slug: ROADMAP_2015,
      title: 'Feuille de route ESS du territoire 2015-2020',
      kind: 'ROADMAP',
      startYear: 2015,
      endYear: 2020,
      summary: `${EARLIER_FRAMEWORK} Elle couvrait la période 2015-2020, à la suite du plan d'action 2013-2014, et la feuille de route 2021-2026 lui a succédé.`,
      leverSlugs: [],
      predecessorSlug: PLAN_2013,
    },
    {
      fact: 61,
      slug: PLAN_2013,
      title: "Plan d'action ESS 2013-2014",
      kind: 'PLAN',
      startYear: 2013,
      endYear: 2014,
      summary: `${EARLIER_FRAMEWORK} Ce plan d'action couvrait 2013 et 2014, après le plan triennal 2009-2011.`,
      leverSlugs: [],
      predecessorSlug: PLAN_2009,
    },
    {
      fact: 61,
      slug: PLAN_2009,
      title: "Plan triennal 2009-2011 pour l'économie sociale et solidaire",
      kind: 'PLAN',
      startYear: 2009,
      endYear: 2011,
      summary: `${EARLIER_FRAMEWORK} Ce plan triennal couvrait la période 2009-2011 et succédait aux « engagements pour l'ESS » de 2006-2008.`,
      leverSlugs: [],
      predecessorSlug: COMMITMENTS_2006,
    },
    {
      fact: 61,
      slug: COMMITMENTS_2006,
      title: "Les engagements pour l'ESS 2006-2008",
      kind: 'PLAN',
      startYear: 2006,
      endYear: 2008,
      summary: `${EARLIER_FRAMEWORK} C'est le plus ancien des documents de cette liste ; il portait sur la période 2006-2008.`,
      leverSlugs: [],
    },
  ],
  fundingProgrammes: [
    {
      fact: 63,
      slug: FACTORY,
      name: 'ESS Nantes Factory',
      kind: 'GRANT_SCHEME',
      description:
        "Fonds d'amorçage pour les projets de l'ESS lancé par Nantes Métropole en septembre 2017, selon Presse Océan, après 140 projets soutenus depuis 2006. " +
        "L'article ne précise ni le montant du fonds ni ses modalités, et les sources consultées ne disent pas s'il existe toujours.",
      startYear: 2017,
      endYear: null,
      isRecurring: false,
    },
  ],
  figures: [
    {
      fact: 65,
      key: 'nantes-budget-fonctionnement-ess',
      indicator: 'budget-fonctionnement-ess',
      label: "Budget de fonctionnement consacré au seul soutien des acteurs de l'ESS, hors subventions des autres directions",
      unit: 'EUR',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 65,
      key: 'nantes-budget-investissement-ess-2024-2025',
      indicator: 'budget-investissement-ess',
      label: "Budget d'investissement pour l'expérimentation « Pays de la Loire Capital Impact »",
      value: 300000,
      unit: 'EUR',
      periodStartYear: 2024,
      periodEndYear: 2025,
    },
    {
      fact: 63,
      key: 'nantes-projets-soutenus-2006-2017',
      indicator: 'projets-soutenus',
      label: "Projets de l'ESS soutenus par la métropole avant le lancement d'ESS Nantes Factory",
      unit: 'COUNT',
      periodStartYear: 2006,
      periodEndYear: 2017,
    },
    {
      fact: 66,
      key: 'nantes-emplois-ess',
      indicator: 'emplois-ess',
      label: "Emplois de l'ESS sur le territoire",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 66,
      key: 'nantes-entreprises-ess',
      indicator: 'entreprises-ess',
      label: "Entreprises de l'ESS sur le territoire (près de)",
      value: 3000,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 66,
      key: 'nantes-part-emploi-prive-ess',
      indicator: 'part-emploi-prive-ess',
      label: "Part de l'ESS dans l'emploi salarié privé (environ)",
      value: 16,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 67,
      key: 'nantes-etablissements-employeurs-ess',
      indicator: 'etablissements-employeurs-ess',
      label: "Établissements employeurs de l'ESS sur le territoire",
      value: 2819,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 67,
      key: 'nantes-associations-employeuses-ess',
      indicator: 'associations-employeuses-ess',
      label: "Associations parmi les établissements employeurs de l'ESS",
      value: 2438,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
  ],
  supportStructures: [
    {
      fact: 66,
      slug: FONCIERE,
      name: "Foncière de l'ESS (projet)",
      kind: 'OTHER',
      description:
        "Société foncière consacrée à l'économie sociale et solidaire dont Nantes Métropole annonçait en décembre 2024 la création pour 2025, " +
        "avec Les Ecossolies, la Banque des Territoires, Lieux Communs et Loire-Atlantique Développement. Elle devait d'abord contribuer au financement " +
        "d'un nouveau Solilab. Les sources consultées ne disent pas si elle a été créée depuis.",
      metropolises: [{ metropolisSlug: 'nantes-metropole', partnershipStartYear: null }],
    },
  ],
  setAside: [
    { fact: 68, reason: "Adhésion au RTES datée plus récemment par la fiche de la métropole sur le site du RTES (2024, fait 67)." },
  ],
};
