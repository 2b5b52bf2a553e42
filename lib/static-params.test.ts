import { describe, expect, it } from 'vitest';
import { isSlug } from '@/lib/slug';
import { PLACEHOLDER_SLUG, withPlaceholder } from './static-params';

describe('withPlaceholder', () => {
  it('maps slugs to params', () => {
    expect(withPlaceholder(['nantes-metropole', 'brest-metropole'])).toEqual([
      { slug: 'nantes-metropole' },
      { slug: 'brest-metropole' },
    ]);
  });

  it('returns one placeholder when nothing is published', () => {
    expect(withPlaceholder([])).toEqual([{ slug: PLACEHOLDER_SLUG }]);
  });

  it('uses a placeholder no stored slug can equal', () => {
    expect(isSlug(PLACEHOLDER_SLUG)).toBe(false);
  });
});
