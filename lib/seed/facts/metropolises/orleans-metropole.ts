import type { MetropolisFacts } from '../types';

const POLE_ESS = 'pole-ess-pont-bordeau-saint-jean-de-braye';

// The sources say little of a policy of the métropole: one undated press article on a
// Pôle ESS of a commune (the métropole sat on the jury and shares its governance) and
// a count of ESS establishments. Both are context, not an ESS policy of the métropole.
export const orleans: MetropolisFacts = {
  metropolisSlug: 'orleans-metropole',
  policySummary: [],
  contextSummary: [
    {
      facts: [118],
      text:
        "Selon un article non daté de La Tribune Hebdo Orléans, un **Pôle ESS** de 330 m² a été créé dans le quartier prioritaire du Pont Bordeau, à Saint-Jean-de-Braye. " +
        "Six structures de l'Orléanais, choisies par un jury où siégeaient notamment la ville, Orléans Métropole et la chambre régionale de l'ESS, devaient s'y installer ; " +
        "sa gouvernance associe les associations, la ville, le bailleur et Orléans Métropole.",
    },
    {
      facts: [117],
      text:
        "Le même article cite la chambre régionale de l'ESS (CRESS) Centre-Val de Loire : les communes de la métropole comptent 748 établissements " +
        "référencés dans l'ESS, dont 590 à Orléans. L'article ne précise pas l'année de ce recensement.",
    },
  ],
  rtesMembership: { fact: 119, isMember: true, year: 2018 },
  officials: [],
  essOfficialSlug: null,
  plans: [],
  fundingProgrammes: [],
  figures: [
    {
      fact: 117,
      key: 'orleans-etablissements-ess',
      indicator: 'etablissements-ess',
      label: "Établissements référencés dans l'ESS dans les communes de la métropole, selon la CRESS Centre-Val de Loire",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 117,
      key: 'orleans-etablissements-ess-ville-d-orleans',
      indicator: 'etablissements-ess-ville-centre',
      label: "Établissements référencés dans l'ESS dans la seule ville d'Orléans, selon la CRESS Centre-Val de Loire",
      value: 590,
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
    },
    {
      fact: 118,
      key: 'orleans-pole-ess-structures',
      indicator: 'structures-hebergees',
      label: 'Structures retenues par le jury pour occuper le Pôle ESS du Pont Bordeau',
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
      supportStructureSlug: POLE_ESS,
    },
  ],
  supportStructures: [
    {
      fact: 118,
      slug: POLE_ESS,
      name: 'Pôle ESS du Pont Bordeau',
      kind: 'OTHER',
      description:
        "Lieu de 330 m² consacré à l'économie sociale et solidaire, créé dans le quartier prioritaire du Pont Bordeau à Saint-Jean-de-Braye, selon un article " +
        "non daté de La Tribune Hebdo Orléans. Orléans Métropole faisait partie du jury qui a retenu les six structures appelées à l'occuper, " +
        "et elle est associée à sa gouvernance avec les associations, la ville et le bailleur.",
      metropolises: [{ metropolisSlug: 'orleans-metropole', partnershipStartYear: null }],
    },
  ],
  setAside: [],
};
