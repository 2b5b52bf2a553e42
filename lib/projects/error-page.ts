// The page the proxy answers a bad explorer address with. A page rendered by
// Next.js cannot carry a 4xx status once it streams, so this one is a small
// self-contained document (no script, no inline style: nothing a strict CSP
// refuses), like the proxy's other status pages. Pure.
import { EXPLORER_PATH } from './filter';

export interface ExplorerErrorPage {
  title: string;
  introduction: string;
  problems: string[];
  /** The same address without the faulty parameters, when something is left. */
  widerHref: string | null;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

export function renderExplorerErrorPage({ title, introduction, problems, widerHref }: ExplorerErrorPage): string {
  const items = problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('');
  const wider = widerHref && widerHref !== EXPLORER_PATH ? `<li><a href="${escapeHtml(widerHref)}">Afficher les projets sans ces filtres</a></li>` : '';
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · Projets financés · Observatoire des politiques ESS des métropoles</title></head><body><header><p><a href="/">Observatoire des politiques ESS des métropoles</a></p></header><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(introduction)}</p><ul>${items}</ul><h2>Continuer</h2><ul>${wider}<li><a href="${EXPLORER_PATH}">Tous les projets financés</a></li><li><a href="/">Accueil de l’observatoire</a></li></ul></main></body></html>`;
}
