import { NextResponse, type NextRequest } from 'next/server';
import { escapeHtml } from '@/lib/projects/error-page';
import { findUndecodableParams, parseSearchParams, SEARCH_MAX_LENGTH, SEARCH_PATH } from './params';

function errorPage(problems: string[]): string {
  const items = problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('');
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Recherche non valide · Observatoire des politiques ESS des métropoles</title></head><body><header><p><a href="/">Observatoire des politiques ESS des métropoles</a></p></header><main><h1>Recherche non valide</h1><p>L’adresse de cette recherche ne peut pas être lue :</p><ul>${items}</ul><h2>Chercher à nouveau</h2><form role="search" method="get" action="${SEARCH_PATH}"><label for="q">Rechercher dans l’observatoire</label> <input id="q" name="q" type="search" maxlength="${SEARCH_MAX_LENGTH}"> <button type="submit">Rechercher</button></form><p><a href="/">Accueil de l’observatoire</a></p></main></body></html>`;
}

/**
 * GET /recherche before rendering (a streamed page cannot say 400): an
 * unreadable or over-long query gets a self-contained French page with a 400
 * and a new search form; anything else renders.
 */
export function gateSearchRequest(request: NextRequest): NextResponse {
  const undecodable = findUndecodableParams(request.nextUrl.search);
  const problems = undecodable.length > 0
    ? [`L’adresse contient des caractères illisibles (encodage non valide) dans ${undecodable.map((name) => `« ${name.slice(0, 20)} »`).join(', ')} : retapez votre recherche.`]
    : (() => {
        const parsed = parseSearchParams(request.nextUrl.searchParams);
        return parsed.success ? [] : parsed.issues;
      })();
  if (problems.length === 0) return NextResponse.next();
  return new NextResponse(errorPage(problems), { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
