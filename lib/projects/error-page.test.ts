import { describe, expect, it } from 'vitest';
import { renderExplorerErrorPage } from './error-page';

describe('renderExplorerErrorPage', () => {
  it('is a French document with its problems, escaped, and the links that continue', () => {
    const html = renderExplorerErrorPage({
      title: 'Filtre non valide',
      introduction: 'L’adresse demandée contient :',
      problems: ['La métropole « <script>alert(1)</script> » n’existe pas.'],
      widerHref: '/projets?metropole=lyon&tri=montant',
    });
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr">/);
    expect(html).toContain('<title>Filtre non valide · Projets financés');
    expect(html).toContain('<main><h1>Filtre non valide</h1>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/style=/);
    expect(html).toContain('<a href="/projets?metropole=lyon&amp;tri=montant">Afficher les projets sans ces filtres</a>');
    expect(html).toContain('<a href="/projets">Tous les projets financés</a>');
  });

  it('offers no narrower link when nothing of the address is left', () => {
    expect(renderExplorerErrorPage({ title: 'T', introduction: 'I', problems: [], widerHref: '/projets' })).not.toContain('sans ces filtres');
  });
});
