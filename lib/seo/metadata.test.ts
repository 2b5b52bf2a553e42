import { describe, expect, it } from 'vitest';
import { pageMetadata } from './metadata';
import { absoluteUrl } from './site';

const SITE = 'https://observatoire.example';

describe('absoluteUrl', () => {
  it('joins origin and path with one slash and keeps absolute addresses', () => {
    expect(absoluteUrl('/metropoles', `${SITE}/`)).toBe('https://observatoire.example/metropoles');
    expect(absoluteUrl('projets', SITE)).toBe('https://observatoire.example/projets');
    expect(absoluteUrl('https://autre.example/x', SITE)).toBe('https://autre.example/x');
  });
});

describe('pageMetadata', () => {
  it('gives a canonical page an absolute canonical, Open Graph and a large Twitter card with the site image', () => {
    const metadata = pageMetadata({ title: 'Les métropoles', description: 'Les 22 métropoles.', path: '/metropoles' }, SITE);
    expect(metadata.alternates?.canonical).toBe('https://observatoire.example/metropoles');
    expect(metadata.robots).toBeUndefined();
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: 'https://observatoire.example/metropoles',
      title: 'Les métropoles',
      description: 'Les 22 métropoles.',
      locale: 'fr_FR',
      siteName: 'Observatoire des politiques ESS des métropoles',
      images: [{ url: 'https://observatoire.example/opengraph-image', width: 1200, height: 630, alt: expect.any(String) }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'Les métropoles', images: [expect.objectContaining({ width: 1200 })] });
  });

  it('leaves images out for a route with its own opengraph-image, and dates articles', () => {
    const metadata = pageMetadata(
      {
        title: 'Un compte rendu',
        description: 'd',
        path: '/groupes-de-travail/x',
        type: 'article',
        image: 'segment',
        article: { publishedTime: new Date('2019-03-22T00:00:00.000Z'), modifiedTime: null, tags: ['ESS'] },
      },
      SITE,
    );
    expect(metadata.openGraph).not.toHaveProperty('images');
    expect(metadata.twitter).not.toHaveProperty('images');
    expect(metadata.openGraph).toMatchObject({ type: 'article', publishedTime: '2019-03-22T00:00:00.000Z', tags: ['ESS'] });
    expect(metadata.openGraph).not.toHaveProperty('modifiedTime');
  });

  it('drops the canonical and asks not to index when told, keeping other alternates', () => {
    const metadata = pageMetadata(
      { title: 'Connexion', description: 'd', path: '/connexion', canonical: false, index: false, alternates: { types: { 'application/atom+xml': '/flux.xml' } } },
      SITE,
    );
    expect(metadata.alternates).toEqual({ types: { 'application/atom+xml': '/flux.xml' } });
    expect(metadata.robots).toEqual({ index: false, follow: true });
    const unknown = pageMetadata({ title: 'Page introuvable', description: 'd', path: null, canonical: false, index: false }, SITE);
    expect(unknown.alternates).toBeUndefined();
    expect(unknown.openGraph).not.toHaveProperty('url');
  });
});
