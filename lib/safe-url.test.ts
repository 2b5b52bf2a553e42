import { describe, expect, it } from 'vitest';
import { displayHost, isExternalHref, toSafeHref } from './safe-url';

describe('toSafeHref', () => {
  it.each([
    'https://www.avise.org/actualites',
    'http://example.org',
    'mailto:contact@example.org',
    '/metropoles/nantes-metropole',
    'metropoles/nantes-metropole',
    '#contenu',
    '?region=bretagne',
  ])('keeps %s', (url) => {
    expect(toSafeHref(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.org/file',
    '//evil.example/path',
    '\\\\evil.example',
    '',
    '   ',
  ])('rejects %j', (url) => {
    expect(toSafeHref(url)).toBeNull();
  });

  it('rejects missing values', () => {
    expect(toSafeHref(null)).toBeNull();
    expect(toSafeHref(undefined)).toBeNull();
  });
});

describe('isExternalHref', () => {
  it('tells site links from outside links', () => {
    expect(isExternalHref('https://www.rtes.fr')).toBe(true);
    expect(isExternalHref('/structures')).toBe(false);
    expect(isExternalHref('mailto:a@b.fr')).toBe(false);
  });
});

describe('displayHost', () => {
  it('shortens a URL for display', () => {
    expect(displayHost('https://www.rtes.fr/')).toBe('www.rtes.fr');
    expect(displayHost('https://github.com/etalab/decoupage-administratif')).toBe('github.com/etalab/decoupage-administratif');
    expect(displayHost('pas une adresse')).toBe('pas une adresse');
  });
});
