import type { MetropolisFacts } from '../types';

const PLAN_2009 = 'orientations-ess-grenoble-2009-2013';
const PLAN_2016 = 'plan-de-developpement-de-l-ess-grenoble-2016-2020';

export const grenoble: MetropolisFacts = {
  metropolisSlug: 'grenoble-alpes-metropole',
  policySummary: [
    {
      facts: [96],
      text:
        "Selon sa fiche sur le site du RTES, Grenoble-Alpes Métropole a renouvelé son **plan de développement de l'ESS (PDESS) pour 2016-2020** " +
        "après une concertation avec les acteurs : trois orientations, cinq thèmes prioritaires (transition énergétique et environnement, déchets, " +
        "circuits courts et alimentation, mobilité, logement) et quatre axes d'intervention. Les sources consultées ne disent pas si un nouveau plan a pris la suite en 2021.",
    },
    {
      facts: [101, 102],
      text:
        "En 2019, toujours selon le RTES, la métropole consacrait 350 000 € par an à l'ESS (hors structures d'insertion par l'activité économique, " +
        "structures d'accompagnement et de financement, services thématiques et financements des communes), avec deux chargés de mission ESS " +
        "à la direction du développement économique. Le territoire compte 1 875 établissements de l'ESS (10 % des entreprises) et 20 000 emplois, soit un emploi sur dix.",
    },
    {
      facts: [98],
      text:
        "La métropole attribue des subventions de fonctionnement aux structures de l'ESS dans le cadre d'un appel à candidatures annuel ; " +
        "pour 2026, les demandes étaient à déposer avant le 13 mars, selon son site.",
    },
  ],
  rtesMembership: { fact: 104, isMember: true, year: 2019 },
  officials: [
    { fact: 97, slug: 'guy-jullien', fullName: 'Guy Jullien', role: "Vice-président de la Métro délégué à l'économie solidaire", year: 2007 },
  ],
  essOfficialSlug: null,
  plans: [
    {
      fact: 95,
      slug: PLAN_2009,
      title: "Orientations du plan de développement de l'ESS 2009-2013",
      kind: 'FRAMEWORK_RESOLUTION',
      startYear: 2009,
      endYear: 2013,
      summary:
        "La Métro a engagé un plan de développement de l'ESS en 2003. Après une évaluation menée en 2009, une délibération du 3 juillet 2009 " +
        'en a validé de nouvelles orientations pour 2009-2013.',
      leverSlugs: [],
    },
    {
      fact: 96,
      slug: PLAN_2016,
      title: "Plan de développement de l'ESS (PDESS) 2016-2020",
      kind: 'PLAN',
      startYear: 2016,
      endYear: 2020,
      summary:
        "Plan de développement de l'économie sociale et solidaire de Grenoble-Alpes Métropole pour 2016-2020, renouvelé après une concertation avec les acteurs, " +
        "selon la fiche de la métropole sur le site du RTES. Il comprend :\n\n" +
        '- trois orientations ;\n' +
        '- cinq thèmes prioritaires : transition énergétique et environnement, déchets, circuits courts et alimentation, mobilité, logement ;\n' +
        "- quatre axes d'intervention.\n\n" +
        "Les sources consultées ne mentionnent pas de plan qui lui aurait succédé.",
      leverSlugs: [],
      predecessorSlug: PLAN_2009,
    },
  ],
  fundingProgrammes: [
    {
      fact: 98,
      slug: 'subventions-de-fonctionnement-ess-grenoble-alpes-metropole',
      name: "Subventions de fonctionnement aux structures de l'ESS",
      kind: 'GRANT_SCHEME',
      description:
        "Grenoble-Alpes Métropole soutient le fonctionnement de structures de l'ESS par des subventions, demandées lors d'un appel à candidatures annuel. " +
        'Pour 2026, la date limite de dépôt était le 13 mars.',
      startYear: null,
      endYear: null,
      isRecurring: true,
    },
    {
      fact: 99,
      slug: 'appel-a-projets-ess-grenoble-2007',
      name: "Appel à projets du plan de développement de l'ESS (2007)",
      kind: 'CALL_FOR_PROJECTS',
      description: "Appel à projets lancé par la Métro en janvier 2007 dans le cadre de son plan de développement de l'ESS (réponses attendues avant le 17 février 2007).",
      startYear: 2007,
      endYear: 2007,
      isRecurring: false,
    },
  ],
  figures: [
    {
      fact: 101,
      key: 'grenoble-budget-ess-annuel-2019',
      indicator: 'budget-ess-annuel',
      label: "Budget annuel consacré à l'ESS (hors IAE, structures d'accompagnement et de financement, services thématiques et communes)",
      unit: 'EUR',
      periodStartYear: 2019,
      periodEndYear: 2019,
    },
    {
      fact: 102,
      key: 'grenoble-etablissements-ess',
      indicator: 'etablissements-ess',
      label: "Établissements de l'ESS sur le territoire",
      value: 1875,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 102,
      key: 'grenoble-emplois-ess',
      indicator: 'emplois-ess',
      label: "Emplois de l'ESS sur le territoire (un emploi sur dix)",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 100,
      key: 'grenoble-salaries-ess-2007',
      indicator: 'emplois-ess',
      label: "Salariés de l'ESS sur le territoire de la Métro",
      unit: 'COUNT',
      periodStartYear: 2007,
      periodEndYear: 2007,
    },
  ],
  supportStructures: [
    {
      fact: 103,
      slug: 'poles-d-activites-artis',
      name: "Pôles d'activités ARTIS",
      kind: 'OTHER',
      description:
        "Équipements créés dans le cadre du plan de développement de l'ESS engagé par la Métro en 2003 (Fontaine depuis 2008 ; Échirolles et Grenoble en projet " +
        "à la date du document). Le même plan a institué un comité de suivi réunissant acteurs de l'ESS, collectivités, Caisse des Dépôts, Conseil de développement et entreprises.",
      metropolises: [{ metropolisSlug: 'grenoble-alpes-metropole', partnershipStartYear: null }],
    },
  ],
  setAside: [{ fact: 105, reason: 'Adhésion au RTES datée plus récemment par la fiche du RTES (2019, fait 104).' }],
};
