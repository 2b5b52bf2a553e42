import type { MetropolisFacts } from '../types';

export const aixMarseille: MetropolisFacts = {
  metropolisSlug: 'metropole-d-aix-marseille-provence',
  policySummary: [],
  contextSummary: [
    {
      facts: [16],
      text:
        "Sur une page non datée de l'UDESS 05, le territoire de la métropole Aix-Marseille-Provence figure, avec le Pays de Grasse, parmi les deux territoires de Provence-Alpes-Côte d'Azur " +
        "labellisés « Territoire French Impact », dans la première vague de 20 territoires retenus après l'appel lancé en juillet 2018. " +
        "Ce label ne constitue pas en soi une politique de la métropole en faveur de l'ESS, et la page ne décrit pas son rôle.",
    },
    {
      facts: [17],
      text:
        "Sur la fiche de Marseille du site du RTES (non datée), c'est la Ville de Marseille, et non la métropole, qui adhère au réseau. " +
        "Son conseil municipal a adopté une feuille de route économique pour 2023-2030, dont un axe porte sur la mobilisation de l'ESS ; " +
        "la fiche indique que l'ESS emploie 40 000 salariés à Marseille, près d'un salarié du privé sur cinq.",
    },
  ],
  rtesMembership: { fact: 0, isMember: false, year: 2018 },
  officials: [],
  essOfficialSlug: null,
  plans: [],
  fundingProgrammes: [],
  figures: [],
  supportStructures: [],
  setAside: [],
};
