// The one rule for the characters of text typed by staff: editing forms, CSV cells,
// account names and e-mails, and the back-office lists' query parameters. Client-safe.
//
// Refused everywhere: C0 controls (U+0000–U+001F) and DEL, C1 controls (U+0080–U+009F),
// lone surrogates, U+FFFD (what invalid UTF-8 decodes to) and noncharacters: PostgreSQL
// refuses U+0000 in text, and the others are invisible or the trace of a broken encoding.
// Multi-line text (Markdown, one-item-per-line lists, long plain texts) also accepts TAB and
// line breaks. Normalised before checking: NFC; in multi-line text CRLF, CR, U+2028 and
// U+2029 become LF (browsers send textarea line breaks as CRLF). See docs/decisions/007.
import type { z } from 'zod';

export type TextShape = 'single-line' | 'multi-line';

export type InvalidCharacterReason = 'control' | 'line-break' | 'tab' | 'unreadable';

export interface InvalidCharacter {
  reason: InvalidCharacterReason;
  /** "U+0000". */
  codePoint: string;
  /** 1-based, counted in characters (code points) of the normalised text. */
  position: number;
}

const LINE_SEPARATORS = /\r\n?|[\u2028\u2029]/g;

export function normalizeText(text: string, shape: TextShape): string {
  const composed = text.normalize('NFC');
  return shape === 'multi-line' ? composed.replace(LINE_SEPARATORS, '\n') : composed;
}

function classify(code: number, shape: TextShape): InvalidCharacterReason | null {
  if (code === 0x09) return shape === 'multi-line' ? null : 'tab';
  if (code === 0x0a || code === 0x0d) return shape === 'multi-line' ? null : 'line-break';
  if (code === 0x2028 || code === 0x2029) return shape === 'multi-line' ? null : 'line-break';
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return 'control';
  // for…of yields a well-formed pair as one code point: a surrogate here is alone.
  if (code >= 0xd800 && code <= 0xdfff) return 'unreadable';
  if (code === 0xfffd || (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return 'unreadable';
  return null;
}

/** The first character the rule refuses, or null. Does not normalise: see checkText. */
export function findInvalidCharacter(text: string, shape: TextShape): InvalidCharacter | null {
  let position = 0;
  for (const character of text) {
    position += 1;
    const code = character.codePointAt(0)!;
    const reason = classify(code, shape);
    if (reason) return { reason, position, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
  }
  return null;
}

const DETAILS: Record<InvalidCharacterReason, (found: InvalidCharacter) => string> = {
  control: (found) => `caractère de contrôle invisible ${found.codePoint} en position ${found.position}`,
  'line-break': (found) => `retour à la ligne en position ${found.position}, non permis ici`,
  tab: (found) => `tabulation en position ${found.position}, non permise ici`,
  unreadable: (found) => `caractère illisible ${found.codePoint} en position ${found.position}, souvent dû à un problème d’encodage`,
};

/** "Ce champ contient des caractères invalides (caractère de contrôle invisible U+0000 en position 4) : supprimez-les." */
export function invalidCharactersMessage(found: InvalidCharacter, subject = 'Ce champ'): string {
  return `${subject} contient des caractères invalides (${DETAILS[found.reason](found)}) : supprimez-les.`;
}

export type TextCheck = { ok: true; text: string } | { ok: false; message: string; found: InvalidCharacter };

/** Normalises, then applies the rule: the text to keep, or the French message. */
export function checkText(text: string, shape: TextShape, subject?: string): TextCheck {
  const normalized = normalizeText(text, shape);
  const found = findInvalidCharacter(normalized, shape);
  return found ? { ok: false, found, message: invalidCharactersMessage(found, subject) } : { ok: true, text: normalized };
}

export function isCleanText(text: string, shape: TextShape = 'single-line'): boolean {
  return findInvalidCharacter(text, shape) === null;
}

/** For zod: `z.string().overwrite(…normalizeText).superRefine(refuseInvalidCharacters('single-line'))`. */
export function refuseInvalidCharacters(shape: TextShape, subject?: string) {
  return (value: string, context: z.core.$RefinementCtx<string>) => {
    const found = findInvalidCharacter(value, shape);
    if (found) context.addIssue({ code: 'custom', message: invalidCharactersMessage(found, subject), input: value });
  };
}
