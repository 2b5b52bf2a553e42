import { MEL_PLAN } from '../../content';
import { lever } from '../levers';
import type { MetropolisFacts } from '../types';

const ROADMAP_2022 = 'feuille-de-route-ess-mel-2022-2026';
const ENTREPRENDRE_AUTREMENT = 'entreprendre-autrement';

export const lille: MetropolisFacts = {
  metropolisSlug: 'metropole-europeenne-de-lille',
  policySummary: [
    {
      facts: [33, 8],
      text:
        "En mars 2019, selon l'Avise, la Métropole européenne de Lille (MEL) menait depuis 2011 une politique structurée en faveur de l'économie sociale et solidaire. " +
        "Lors du 2e groupe de travail du programme « Métropoles, ESS et innovation sociale », le 5 mars 2019, sa chargée de mission ESS a présenté " +
        "le bilan d'étape du **plan métropolitain de développement de l'ESS**, qui couvrait la période 2015-2020.",
    },
    {
      facts: [33],
      text:
        "Ce bilan faisait état, toujours selon l'Avise :\n\n" +
        "- **Financement** : de 2015 à 2018, l'appel à projets « Entreprendre autrement » avait financé 62 projets, pour 768 200 € au total, dont 43 % dans des quartiers de la politique de la ville ;\n" +
        "- **Accompagnement des entrepreneurs** : la MEL soutenait des structures d'accompagnement (Maillage, CitésLab, BGE, Little Big Women) ;\n" +
        "- **Économie circulaire** : un appel à projets dédié, « MEL Makers » ;\n" +
        '- **Foncier** : un travail engagé sur les questions foncières.',
    },
    {
      facts: [32],
      text:
        "En avril 2024, selon le RTES, l'appel à projets permanent « Entreprendre autrement », actif depuis 2011, avait aidé plus de 140 projets, pour près de 1,8 million d'euros au total. " +
        "Début 2024, son aide maximale est passée de 20 000 € à 30 000 € par projet, toujours plafonnée à 30 % du budget prévisionnel.",
    },
  ],
  rtesMembership: { fact: 34, isMember: true, year: 2018 },
  officials: [],
  essOfficialSlug: null,
  plans: [
    {
      fact: 31,
      slug: ROADMAP_2022,
      title: "Feuille de route de l'économie sociale et solidaire 2022-2026",
      kind: 'ROADMAP',
      startYear: 2022,
      endYear: 2026,
      summary:
        "Feuille de route de la MEL en faveur de l'ESS, examinée par le conseil métropolitain du 25 février 2022 et prenant la suite de la stratégie 2015-2020, " +
        "selon l'intervention d'un groupe politique du conseil publiée le même jour. Elle prévoit trois axes et quinze actions, " +
        "avec un budget de fonctionnement d'un million d'euros par an, et met l'accent sur la visibilité de l'ESS.",
      leverSlugs: [lever('Visibilité et prix')],
      predecessorSlug: MEL_PLAN.slug,
    },
  ],
  fundingProgrammes: [],
  figures: [
    {
      fact: 31,
      key: 'lille-budget-ess-annuel-2022-2026',
      indicator: 'budget-ess-annuel',
      label: "Budget de fonctionnement annuel de la feuille de route ESS 2022-2026",
      unit: 'EUR',
      periodStartYear: 2022,
      periodEndYear: 2026,
      policyPlanSlug: ROADMAP_2022,
    },
    {
      fact: 32,
      key: 'lille-entreprendre-autrement-projets-soutenus-2011-2024',
      indicator: 'projets-finances',
      label: "Projets soutenus par l'appel à projets permanent « Entreprendre autrement » depuis 2011",
      value: 140,
      unit: 'COUNT',
      isLowerBound: true,
      periodStartYear: 2011,
      periodEndYear: 2024,
      fundingProgrammeSlug: ENTREPRENDRE_AUTREMENT,
    },
    {
      fact: 32,
      key: 'lille-entreprendre-autrement-montant-2011-2024',
      indicator: 'montant-finance',
      label: "Montant total accordé par l'appel à projets permanent « Entreprendre autrement » depuis 2011 (près de)",
      unit: 'EUR',
      periodStartYear: 2011,
      periodEndYear: 2024,
      fundingProgrammeSlug: ENTREPRENDRE_AUTREMENT,
    },
    {
      fact: 32,
      key: 'lille-entreprendre-autrement-aide-maximale-2024',
      indicator: 'plafond-aide-par-projet',
      label: "Aide maximale par projet depuis 2024 (dans la limite de 30 % du budget prévisionnel)",
      value: 30000,
      unit: 'EUR',
      periodStartYear: 2024,
      periodEndYear: null,
      fundingProgrammeSlug: ENTREPRENDRE_AUTREMENT,
    },
  ],
  supportStructures: [],
  setAside: [],
};
