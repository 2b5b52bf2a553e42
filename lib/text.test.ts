import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { checkText, findInvalidCharacter, invalidCharactersMessage, isCleanText, normalizeText, refuseInvalidCharacters } from './text';

// What `new TextDecoder().decode()` and URLSearchParams make of invalid UTF-8.
const DECODED_INVALID_UTF8 = new TextDecoder().decode(new Uint8Array([0x41, 0xc3, 0x28]));

describe('findInvalidCharacter', () => {
  it.each([
    ['\u0000', 'U+0000'],
    ['\u0001', 'U+0001'],
    ['\u0007', 'U+0007'],
    ['\u000b', 'U+000B'],
    ['\u000c', 'U+000C'],
    ['\u001b', 'U+001B'],
    ['\u007f', 'U+007F'],
    ['\u0080', 'U+0080'],
    ['\u0085', 'U+0085'],
    ['\u009f', 'U+009F'],
  ])('refuses the control character %j everywhere', (character, codePoint) => {
    for (const shape of ['single-line', 'multi-line'] as const) {
      expect(findInvalidCharacter(`ab${character}cd`, shape)).toEqual({ reason: 'control', codePoint, position: 3 });
    }
  });

  it.each([
    ['a lone high surrogate', '\ud800', 'U+D800'],
    ['a lone low surrogate', '\udc00', 'U+DC00'],
    ['U+FFFD', '\ufffd', 'U+FFFD'],
    ['a noncharacter', '\uffff', 'U+FFFF'],
    ['a noncharacter', '\ufdd0', 'U+FDD0'],
  ])('refuses %s, the trace of a broken encoding', (_what, character, codePoint) => {
    expect(findInvalidCharacter(`x${character}`, 'multi-line')).toEqual({ reason: 'unreadable', codePoint, position: 2 });
  });

  it('sees the U+FFFD that invalid UTF-8 decodes to', () => {
    expect(DECODED_INVALID_UTF8).toBe('A\ufffd(');
    expect(findInvalidCharacter(DECODED_INVALID_UTF8, 'single-line')?.reason).toBe('unreadable');
    expect(findInvalidCharacter(new URLSearchParams('q=%FF').get('q')!, 'single-line')?.reason).toBe('unreadable');
  });

  it('allows TAB and line breaks in multi-line text only', () => {
    expect(findInvalidCharacter('a\tb\nc\rd\u2028e', 'multi-line')).toBeNull();
    expect(findInvalidCharacter('a\tb', 'single-line')).toEqual({ reason: 'tab', codePoint: 'U+0009', position: 2 });
    expect(findInvalidCharacter('a\nb', 'single-line')).toEqual({ reason: 'line-break', codePoint: 'U+000A', position: 2 });
    expect(findInvalidCharacter('a\rb', 'single-line')?.reason).toBe('line-break');
    expect(findInvalidCharacter('a\u2029b', 'single-line')?.reason).toBe('line-break');
  });

  it('accepts French text, emoji, other scripts, no-break spaces and bidirectional marks', () => {
    const text = 'Cœur d’Économie « sociale » – ÉÀÇ 😀 𝔸 日本語 العربية\u200f \u00a0\u202f€';
    expect(findInvalidCharacter(text, 'single-line')).toBeNull();
    expect(isCleanText(text)).toBe(true);
  });

  it('counts positions in characters, not UTF-16 units', () => {
    expect(findInvalidCharacter('😀😀\u0000', 'single-line')?.position).toBe(3);
  });
});

describe('normalizeText', () => {
  it('composes to NFC', () => {
    expect(normalizeText('E\u0301conomie', 'single-line')).toBe('Économie');
  });

  it('turns CRLF, CR and Unicode line separators into LF in multi-line text only', () => {
    expect(normalizeText('a\r\nb\rc\u2028d\u2029e', 'multi-line')).toBe('a\nb\nc\nd\ne');
    expect(normalizeText('a\r\nb', 'single-line')).toBe('a\r\nb');
  });
});

describe('checkText', () => {
  it('returns the normalised text when it is clean', () => {
    expect(checkText('Ligne 1\r\nLigne 2', 'multi-line')).toEqual({ ok: true, text: 'Ligne 1\nLigne 2' });
  });

  it('explains the problem in French, with the character and where it is', () => {
    const result = checkText('Nom\u0000', 'single-line');
    expect(result).toMatchObject({ ok: false, message: 'Ce champ contient des caractères invalides (caractère de contrôle invisible U+0000 en position 4) : supprimez-les.' });
    expect(checkText('a\ufffd', 'multi-line', 'Cette cellule')).toMatchObject({
      message: 'Cette cellule contient des caractères invalides (caractère illisible U+FFFD en position 2, souvent dû à un problème d’encodage) : supprimez-les.',
    });
    expect(invalidCharactersMessage({ reason: 'line-break', codePoint: 'U+000A', position: 2 })).toBe(
      'Ce champ contient des caractères invalides (retour à la ligne en position 2, non permis ici) : supprimez-les.',
    );
  });
});

describe('refuseInvalidCharacters', () => {
  it('adds the French message to a zod schema', () => {
    const schema = z.string().superRefine(refuseInvalidCharacters('single-line'));
    expect(schema.safeParse('Camille').success).toBe(true);
    expect(schema.safeParse('Cam\u0000ille').error?.issues[0]?.message).toMatch(/^Ce champ contient des caractères invalides \(caractère de contrôle/);
  });
});
