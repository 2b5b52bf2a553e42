import type { MetropolisFacts } from '../types';

// No public page consulted says anything of an ESS policy of Nice Côte d'Azur: its
// profile says "aucune donnée publiée". The only fact is that it was not among
// the 15 métropoles that were RTES members in 2018 (fact 0).
export const nice: MetropolisFacts = {
  metropolisSlug: 'metropole-nice-cote-d-azur',
  policySummary: [],
  rtesMembership: { fact: 0, isMember: false, year: 2018 },
  officials: [],
  essOfficialSlug: null,
  plans: [],
  fundingProgrammes: [],
  figures: [],
  supportStructures: [],
  setAside: [],
};
