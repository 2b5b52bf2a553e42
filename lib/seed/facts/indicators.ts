// Keys of what a figure measures, shared by every métropole so that figures can
// be compared (issue 10's comparisons read them). A figure outside this list
// uses a key of its own; these are the ones the sourced facts share.
export const SHARED_INDICATORS = {
  'budget-ess-annuel': "Budget annuel de la métropole consacré à l'ESS (euros par an)",
  'budget-ess-periode': "Budget de la métropole consacré à l'ESS sur toute la période d'un plan (euros)",
  'emplois-ess': "Emplois (ou salariés) de l'ESS sur le territoire",
  'part-emploi-ess': "Part de l'ESS dans l'emploi total du territoire (%)",
  'part-emploi-prive-ess': "Part de l'ESS dans l'emploi privé du territoire (%)",
  'part-emploi-salarie-ess': "Part de l'ESS dans l'emploi salarié du territoire (%)",
  'masse-salariale-brute-ess': "Masse salariale brute versée par l'ESS sur le territoire (euros)",
  'entreprises-ess': "Entreprises de l'ESS sur le territoire",
  'etablissements-ess': "Établissements de l'ESS sur le territoire",
  'etablissements-employeurs-ess': "Établissements employeurs de l'ESS sur le territoire",
  'projets-finances': "Projets financés par un dispositif",
  'montant-finance': 'Montant accordé par un dispositif (euros)',
  'montant-par-laureat': 'Montant accordé à chaque lauréat (euros)',
  'candidatures': 'Candidatures reçues par un appel ou un prix',
  'projets-accompagnes': "Projets accompagnés par une structure ou un dispositif",
  /** Used by the programme-wide figure of the Avise article (lib/seed/content.ts). */
  'metropoles-membres-rtes': 'Métropoles membres du RTES',
} as const;

export type SharedIndicator = keyof typeof SHARED_INDICATORS;
