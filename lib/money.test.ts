import { describe, expect, it } from 'vitest';
import { formatCentsForInput, GRANTED_AMOUNT_BOUNDS, MAX_AMOUNT_CENTS, parseEurosToCents, readAmount } from './money';
import { formatEurosFromCents } from './format';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseEurosToCents', () => {
  it.each([
    ['768200', 76_820_000],
    ['768 200', 76_820_000],
    ['768 200,50', 76_820_050],
    ['768 200,5', 76_820_050],
    ['768200.5', 76_820_050],
    ['768200.05', 76_820_005],
    ['768 200 €', 76_820_000],
    ['768 200€', 76_820_000],
    ['768 200 EUR', 76_820_000],
    ['12 euros', 1_200],
    [`768${NBSP}200,50${NBSP}€`, 76_820_050],
    [`1${NNBSP}234${NNBSP}567`, 123_456_700],
    ['  42  ', 4_200],
    ['0', 0],
    ['0,05', 5],
    ['007', 700],
    ['20 000 000', MAX_AMOUNT_CENTS],
  ])('reads %j as %d cents', (input, cents) => {
    expect(parseEurosToCents(input)).toBe(cents);
  });

  it('reads back what Intl fr-FR writes', () => {
    expect(parseEurosToCents(formatEurosFromCents(76_820_050))).toBe(76_820_050);
    expect(parseEurosToCents(formatEurosFromCents(76_820_000))).toBe(76_820_000);
  });

  it.each([
    '',
    '   ',
    '€',
    'abc',
    '12 abc',
    '-5',
    '- 5',
    '+5',
    '1,234',
    '768.200',
    '768 200,505',
    '1.000.000',
    '1,000,000',
    '76 82 00',
    '7682 00',
    '768  200',
    '12,',
    ',5',
    '1e6',
    '0x10',
    '20 000 000,01',
    '99999999999999999999',
  ])('refuses %j', (input) => {
    expect(parseEurosToCents(input)).toBeNull();
  });
});

describe('formatCentsForInput', () => {
  it.each([
    [76_820_000, '768200'],
    [76_820_050, '768200,50'],
    [76_820_005, '768200,05'],
    [5, '0,05'],
    [0, '0'],
  ])('writes %d cents as %j', (cents, text) => {
    expect(formatCentsForInput(cents)).toBe(text);
  });

  it('round-trips through parseEurosToCents', () => {
    for (const cents of [0, 1, 99, 100, 12_345, 76_820_050, MAX_AMOUNT_CENTS]) {
      expect(parseEurosToCents(formatCentsForInput(cents))).toBe(cents);
    }
  });

  it('refuses a non-integer amount', () => {
    expect(() => formatCentsForInput(1.5)).toThrow(TypeError);
  });
});

describe('readAmount', () => {
  const bounds = { minCents: 100, maxCents: 500_000 };

  it('reads an amount within its bounds', () => {
    expect(readAmount('1', bounds)).toEqual({ status: 'valid', cents: 100 });
    expect(readAmount('5 000 €', bounds)).toEqual({ status: 'valid', cents: 500_000 });
  });

  it('tells a malformed amount from one out of its bounds', () => {
    expect(readAmount('-5', bounds)).toEqual({ status: 'malformed' });
    expect(readAmount('douze', bounds)).toEqual({ status: 'malformed' });
    expect(readAmount('0,99', bounds)).toEqual({ status: 'out-of-range', message: expect.stringMatching(/^Le montant doit être d’au moins 1\s€\.$/u) });
    expect(readAmount('5 000,01', bounds)).toEqual({ status: 'out-of-range', message: expect.stringMatching(/^Le montant ne peut pas dépasser 5\s000\s€\.$/u) });
    expect(readAmount('99999999999999999999999', bounds)).toMatchObject({ status: 'out-of-range' });
  });

  it('gives a funded project more than 0 € and at most the column’s 20 000 000 €', () => {
    expect(GRANTED_AMOUNT_BOUNDS).toEqual({ minCents: 1, maxCents: MAX_AMOUNT_CENTS });
    expect(readAmount('0', GRANTED_AMOUNT_BOUNDS)).toEqual({ status: 'out-of-range', message: 'Le montant doit être supérieur à 0 €.' });
    expect(readAmount('0,01', GRANTED_AMOUNT_BOUNDS)).toEqual({ status: 'valid', cents: 1 });
  });
});
