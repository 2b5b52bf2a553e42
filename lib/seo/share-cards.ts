import { coverageLabels, type MetropolisCoverage } from '@/lib/metropolises/coverage';
import { formatDate, formatNumber, formatOrdinal } from '@/lib/format';
import type { SourceRef } from '@/lib/sources/select';
import type { ShareCard } from './share-image';

// Pure: what each share card says, from the data the public pages show.

export const SITE_SHARE_CARD: ShareCard = {
  kicker: 'Économie sociale et solidaire',
  title: 'Les politiques ESS des 22 métropoles françaises',
  lines: ['Plans, leviers, projets financés, structures d’accompagnement', 'Chiffres sourcés, données ouvertes'],
};

export function recapShareCard(recap: { title: string; sequenceNumber: number; meetingDate: Date; participantCount: number }): ShareCard {
  const lines = [`Réunion du ${formatDate(recap.meetingDate)}`];
  if (recap.participantCount > 0) {
    lines.push(recap.participantCount > 1 ? `${formatNumber(recap.participantCount)} métropoles participantes` : '1 métropole participante');
  }
  const group = `${formatOrdinal(recap.sequenceNumber)} groupe de travail`;
  // Recap titles often begin with their number already: the kicker does not repeat it.
  const kicker = recap.title.toLocaleLowerCase('fr').startsWith(group) ? 'Compte rendu de groupe de travail' : `Compte rendu · ${group}`;
  return { kicker, title: recap.title, lines };
}

export function metropolisShareCard(metropolis: {
  officialName: string;
  region: string;
  seatCity: string;
  coverage: MetropolisCoverage;
  population: number | null;
  identitySource: SourceRef | null;
}): ShareCard {
  const lines = [`Politique ESS : ${coverageLabels[metropolis.coverage].toLocaleLowerCase('fr')}`];
  // A figure is shown with its source, or not at all.
  if (metropolis.population !== null && metropolis.identitySource) {
    lines.push(`Population : ${formatNumber(metropolis.population)}\u00a0hab. (${metropolis.identitySource.publisher})`);
  }
  return { kicker: `${metropolis.region} · siège : ${metropolis.seatCity}`, title: metropolis.officialName, lines };
}
