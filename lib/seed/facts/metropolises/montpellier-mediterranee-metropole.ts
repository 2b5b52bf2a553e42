import type { MetropolisFacts } from '../types';

const TROPISME = 'halle-tropisme';

export const montpellier: MetropolisFacts = {
  metropolisSlug: 'montpellier-mediterranee-metropole',
  policySummary: [
    {
      facts: [80, 82],
      text:
        "Sur sa fiche du site du RTES (mise à jour en juillet 2019), Montpellier Méditerranée Métropole fait état d'un panorama de l'ESS réalisé en 2015 " +
        "en partenariat avec la chambre régionale de l'ESS (CRESS). L'ESS y pesait 12 % de l'emploi total et 18 % de l'emploi privé du territoire, " +
        "avec 2 298 établissements employeurs et 23 570 salariés.",
    },
    {
      facts: [81],
      text:
        "En novembre 2022, le site de développement économique de la métropole indiquait qu'elle avait soutenu la création de la **Halle Tropisme**, " +
        "une SCIC qui offre des espaces de travail aux porteurs de projet des secteurs culturels et créatifs, et estimait que l'ESS représentait " +
        "au moins 11,5 % de l'emploi salarié du territoire. Les sources consultées ne mentionnent ni plan ni budget de la métropole consacré à l'ESS.",
    },
  ],
  rtesMembership: { fact: 82, isMember: true, year: 2019 },
  officials: [],
  essOfficialSlug: null,
  plans: [],
  fundingProgrammes: [],
  figures: [
    {
      fact: 80,
      key: 'montpellier-salaries-ess-2015',
      indicator: 'emplois-ess',
      label: "Salariés de l'ESS sur le territoire (panorama réalisé avec la CRESS)",
      unit: 'COUNT',
      periodStartYear: 2015,
      periodEndYear: 2015,
    },
    {
      fact: 80,
      key: 'montpellier-etablissements-employeurs-ess-2015',
      indicator: 'etablissements-employeurs-ess',
      label: "Établissements employeurs de l'ESS sur le territoire (panorama réalisé avec la CRESS)",
      value: 2298,
      unit: 'COUNT',
      periodStartYear: 2015,
      periodEndYear: 2015,
    },
    {
      fact: 80,
      key: 'montpellier-part-emploi-ess-2015',
      indicator: 'part-emploi-ess',
      label: "Part de l'ESS dans l'emploi total du territoire",
      value: 12,
      unit: 'PERCENT',
      periodStartYear: 2015,
      periodEndYear: 2015,
    },
    {
      fact: 80,
      key: 'montpellier-part-emploi-prive-ess-2015',
      indicator: 'part-emploi-prive-ess',
      label: "Part de l'ESS dans l'emploi privé du territoire",
      value: 18,
      unit: 'PERCENT',
      periodStartYear: 2015,
      periodEndYear: 2015,
    },
    {
      fact: 81,
      key: 'montpellier-part-emploi-salarie-ess',
      indicator: 'part-emploi-salarie-ess',
      label: "Part de l'ESS dans l'emploi salarié du territoire (au moins)",
      unit: 'PERCENT',
      isLowerBound: true,
      periodStartYear: null,
      periodEndYear: null,
    },
  ],
  supportStructures: [
    {
      fact: 81,
      slug: TROPISME,
      name: 'Halle Tropisme',
      kind: 'COOPERATIVE',
      description:
        "Société coopérative d'intérêt collectif (SCIC) de Montpellier qui met des postes de travail en open space et des bureaux partagés ou privatifs " +
        "à la disposition de porteurs de projet des secteurs culturels et créatifs. Selon le site de développement économique de la métropole " +
        "(novembre 2022), Montpellier Méditerranée Métropole a soutenu sa création.",
      metropolises: [{ metropolisSlug: 'montpellier-mediterranee-metropole', partnershipStartYear: null }],
    },
  ],
  setAside: [
    { fact: 83, reason: 'Adhésion au RTES datée plus récemment par la fiche de la métropole sur le site du RTES (juillet 2019, fait 82).' },
  ],
};
