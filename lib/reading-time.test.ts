import { describe, expect, it } from 'vitest';
import { WORDS_PER_MINUTE, countWords, readingTimeMinutes } from './reading-time';

function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');
}

describe('countWords', () => {
  it('counts French words, elisions and hyphenated words as one', () => {
    expect(countWords("L'économie sociale et solidaire d'aujourd'hui")).toBe(5);
    expect(countWords('Saint-Étienne Métropole')).toBe(2);
  });

  it('ignores Markdown markup, link targets and code', () => {
    const body = [
      '## Un titre',
      '',
      '- **premier** point',
      '- [un lien](https://example.org/une/longue/adresse)',
      '',
      '```',
      'const ignored = true;',
      '```',
    ].join('\n');
    expect(countWords(body)).toBe(6);
  });

  it('is zero for an empty body', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n# \n')).toBe(0);
  });
});

describe('readingTimeMinutes', () => {
  it('is at least one minute', () => {
    expect(readingTimeMinutes('')).toBe(1);
    expect(readingTimeMinutes('Bonjour')).toBe(1);
  });

  it('rounds to the nearest minute', () => {
    expect(readingTimeMinutes(words(WORDS_PER_MINUTE * 4))).toBe(4);
    expect(readingTimeMinutes(words(Math.round(WORDS_PER_MINUTE * 4.4)))).toBe(4);
    expect(readingTimeMinutes(words(Math.round(WORDS_PER_MINUTE * 4.6)))).toBe(5);
  });

  it('puts an article of about 900 words at about 4 minutes', () => {
    expect(readingTimeMinutes(words(900))).toBe(4);
  });
});
