import { lever } from '../levers';
import type { MetropolisFacts } from '../types';

const PLAN = 'plan-de-developpement-de-l-ess-rouen-2022-2026';
const CALL = 'appel-a-projets-ess-metropole-rouen-normandie';
const ADRESS = 'adress';

export const rouen: MetropolisFacts = {
  metropolisSlug: 'metropole-rouen-normandie',
  policySummary: [
    {
      facts: [106],
      text:
        "La Métropole Rouen Normandie s'est dotée d'un **plan de développement de l'ESS pour 2022-2026**, qui compte 22 actions. " +
        "Selon la page de son appel à projets 2025, cet appel annuel soutient les projets qui contribuent à ces actions.",
    },
    {
      facts: [107, 108],
      text:
        "Sur sa fiche du site du RTES (non datée), la métropole déclare consacrer chaque année 170 000 € à l'ESS, hors frais de personnel. " +
        "La même fiche dénombre près de 1 700 établissements de l'ESS sur le territoire, qui emploient 21 300 personnes, soit 15 % de l'emploi privé.",
    },
    {
      facts: [109],
      text:
        "Toujours selon cette fiche, la métropole est membre d'ADRESS, qui anime la Fabrique à initiatives et un incubateur d'innovation sociale structuré en 2018. " +
        "Elle gère aussi un réseau de cinq pépinières d'entreprises et « La Prépa », un dispositif de pré-incubation ouvert aux projets de l'ESS.",
    },
  ],
  rtesMembership: { fact: 111, isMember: true, year: 2018 },
  officials: [],
  essOfficialSlug: null,
  plans: [
    {
      fact: 106,
      slug: PLAN,
      title: "Plan de développement de l'ESS 2022-2026",
      kind: 'PLAN',
      startYear: 2022,
      endYear: 2026,
      summary:
        "Plan de la Métropole Rouen Normandie pour le développement de l'économie sociale et solidaire sur la période 2022-2026. " +
        "Il compte 22 actions, auxquelles les projets soutenus par l'appel à projets annuel de la métropole doivent contribuer (page de l'appel à projets 2025).",
      leverSlugs: [lever('Financement')],
    },
  ],
  fundingProgrammes: [
    {
      fact: 106,
      slug: CALL,
      name: 'Appel à projets ESS',
      kind: 'CALL_FOR_PROJECTS',
      description:
        "Appel à projets annuel de la Métropole Rouen Normandie en faveur de l'économie sociale et solidaire. " +
        "L'édition 2025 soutient des projets qui contribuent aux actions du plan de développement de l'ESS 2022-2026.",
      startYear: null,
      endYear: null,
      isRecurring: true,
      policyPlanSlug: PLAN,
    },
  ],
  figures: [
    {
      fact: 107,
      key: 'rouen-budget-ess-annuel',
      indicator: 'budget-ess-annuel',
      label: "Budget annuel consacré à l'ESS (hors frais de personnel), déclaré par la métropole",
      unit: 'EUR',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 108,
      key: 'rouen-etablissements-ess',
      indicator: 'etablissements-ess',
      label: "Établissements de l'ESS sur le territoire (environ)",
      value: 1700,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 108,
      key: 'rouen-emplois-ess',
      indicator: 'emplois-ess',
      label: "Personnes employées par les établissements de l'ESS",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 108,
      key: 'rouen-part-emploi-prive-ess',
      indicator: 'part-emploi-prive-ess',
      label: "Part de l'ESS dans l'emploi privé",
      value: 15,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
  ],
  supportStructures: [
    {
      fact: 109,
      slug: ADRESS,
      name: 'ADRESS',
      kind: 'ACCOMPANIMENT_NETWORK',
      description:
        "Structure dont la Métropole Rouen Normandie est membre, selon la fiche de la métropole sur le site du RTES. " +
        "Elle anime la Fabrique à initiatives et un incubateur d'innovation sociale structuré en 2018.",
      metropolises: [{ metropolisSlug: 'metropole-rouen-normandie', partnershipStartYear: null }],
    },
  ],
  setAside: [{ fact: 110, reason: "Redit l'adhésion au RTES, déjà datée par la source de 2018 (fait 111)." }],
};
