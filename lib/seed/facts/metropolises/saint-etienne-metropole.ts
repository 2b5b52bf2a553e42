import type { MetropolisFacts } from '../types';

const PTCE = 'ptce-sante-saint-etienne-metropole';

export const saintEtienne: MetropolisFacts = {
  metropolisSlug: 'saint-etienne-metropole',
  policySummary: [
    {
      facts: [137],
      text:
        "En décembre 2022, selon un entretien publié par le RTES, Siham Labich était vice-présidente de Saint-Étienne Métropole chargée de l'économie circulaire " +
        "et de l'ESS, une délégation nouvelle qui lui avait été confiée dès 2020 ; elle était aussi adjointe au maire de Saint-Étienne.",
    },
    {
      facts: [138],
      text:
        "Dans le même entretien, l'ESS était créditée de 14 % de l'emploi total et de 19 % de l'emploi privé de la métropole, soit 35 % de plus " +
        "que la moyenne nationale ; l'entretien ne précise pas l'année de ces chiffres.",
    },
    {
      facts: [140],
      text:
        "En octobre 2025, selon son magazine, Saint-Étienne Métropole a présenté son **pôle territorial de coopération économique (PTCE) en santé** " +
        "au Forum mondial de l'économie sociale et solidaire, à Bordeaux.",
    },
  ],
  rtesMembership: { fact: 141, isMember: true, year: 2018 },
  officials: [
    {
      fact: 137,
      slug: 'siham-labich',
      fullName: 'Siham Labich',
      role: "Vice-présidente de Saint-Étienne Métropole chargée de l'économie circulaire et de l'ESS",
      year: 2022,
    },
  ],
  essOfficialSlug: 'siham-labich',
  plans: [],
  fundingProgrammes: [],
  figures: [
    {
      fact: 138,
      key: 'saint-etienne-part-emploi-prive-ess',
      indicator: 'part-emploi-prive-ess',
      label: "Part de l'ESS dans l'emploi privé",
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 138,
      key: 'saint-etienne-part-emploi-ess',
      indicator: 'part-emploi-ess',
      label: "Part de l'ESS dans l'emploi total",
      value: 14,
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 139,
      key: 'saint-etienne-emplois-ess-2025',
      indicator: 'emplois-ess',
      label: "Emplois salariés de l'ESS sur le territoire (chiffre cité en novembre 2025)",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 139,
      key: 'saint-etienne-etablissements-employeurs-ess-2025',
      indicator: 'etablissements-employeurs-ess',
      label: "Établissements employeurs de l'ESS sur le territoire (chiffre cité en novembre 2025)",
      value: 1529,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
  ],
  supportStructures: [
    {
      fact: 140,
      slug: PTCE,
      name: 'PTCE en santé de Saint-Étienne Métropole',
      kind: 'ACTOR_NETWORK',
      description:
        "Pôle territorial de coopération économique (PTCE) consacré à la santé, que Saint-Étienne Métropole a présenté en octobre 2025 au Forum mondial " +
        "de l'économie sociale et solidaire à Bordeaux, selon le magazine de la métropole. La source ne détaille ni ses membres ni le rôle exact de la métropole dans le pôle.",
      metropolises: [{ metropolisSlug: 'saint-etienne-metropole', partnershipStartYear: null }],
    },
  ],
  setAside: [],
};
