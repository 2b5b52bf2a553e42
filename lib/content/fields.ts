import { z } from 'zod';
import type { ContentEntityType } from './entity-types';
import { readAmount, type AmountBounds } from '@/lib/money';
import { toSafeHref } from '@/lib/safe-url';
import { SLUG_PATTERN } from '@/lib/slug';
import { checkText, type TextShape } from '@/lib/text';

/**
 * The field kit of the editing forms. One description per field drives the form
 * control, the zod schema (run in the browser before sending and again on the
 * server), the revision snapshot, the database write and the diff.
 * Client-safe: no database access here.
 */

/** A JSON-safe value as kept in revision snapshots. */
export type SnapshotValue = string | number | boolean | null | string[] | Array<Record<string, string | number | boolean | null>>;
export type ContentValues = Record<string, SnapshotValue>;

/** Form input as typed: strings, lists of ids, rows of a repeater. */
export type RawValue = string | string[] | Array<Record<string, string>>;
export type RawValues = Record<string, RawValue>;

export type FieldErrors = Record<string, string[]>;

interface FieldBase {
  /** Column (or relation) name in the Prisma model, and key in snapshots. */
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

export type FieldDefinition =
  | (FieldBase & { kind: 'text'; max: number })
  | (FieldBase & { kind: 'markdown'; max: number })
  | (FieldBase & { kind: 'slug' })
  | (FieldBase & { kind: 'url' })
  | (FieldBase & { kind: 'integer'; min: number; max: number })
  | (FieldBase & { kind: 'year' })
  | (FieldBase & { kind: 'month' })
  /** Euros typed, integer cents stored. */
  | (FieldBase & { kind: 'money'; bounds: AmountBounds })
  /** Exact decimal kept as a string (Prisma Decimal). */
  | (FieldBase & { kind: 'decimal'; min: number; max: number })
  | (FieldBase & { kind: 'coordinate'; min: number; max: number })
  | (FieldBase & { kind: 'boolean' })
  /** Oui / non / non renseigné. */
  | (FieldBase & { kind: 'tristate' })
  /** `initial`: the choice a new entry starts with (else none). */
  | (FieldBase & { kind: 'enum'; options: Record<string, string>; initial?: string })
  | (FieldBase & { kind: 'date' })
  /** One linked entry: the value is its id, stored in the `name` column. */
  | (FieldBase & { kind: 'relation'; target: ContentEntityType })
  /**
   * Several linked entries (ids). Stored through Prisma's implicit many-to-many
   * relation `name`, or through a join model (`through`).
   */
  | (FieldBase & { kind: 'relations'; target: ContentEntityType; through?: { key: string } })
  /** A list of short texts, one per line. */
  | (FieldBase & { kind: 'lines'; max: number; maxItems: number })
  /** Child rows owned by the entry (relation `name`), replaced as a whole on each write. */
  | (FieldBase & { kind: 'repeater'; fields: RepeaterFieldDefinition[]; itemLabel: string; positionColumn?: string; maxItems: number });

export type RepeaterFieldDefinition = Extract<
  FieldDefinition,
  { kind: 'text' | 'markdown' | 'integer' | 'year' | 'relation' }
>;

const REQUIRED_MESSAGE = 'Ce champ est obligatoire.';

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

type Issue = (message: string) => typeof z.NEVER;

/** A plain text long enough to be typed in a textarea, where line breaks are expected. */
export function isMultilineText(field: Extract<FieldDefinition, { kind: 'text' }>): boolean {
  return field.max > 400;
}

function textShape(field: FieldDefinition): TextShape {
  if (field.kind === 'markdown' || field.kind === 'lines') return 'multi-line';
  return field.kind === 'text' && isMultilineText(field) ? 'multi-line' : 'single-line';
}

function issuer(ctx: z.core.$RefinementCtx<unknown>): Issue {
  return (message) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
}

/**
 * Normalised (lib/text.ts), trimmed text checked for invalid characters, whatever
 * the kind: empty → null (or "required"), else converted.
 */
function scalar<T>(required: boolean | undefined, convert: (text: string, issue: Issue) => T, shape: TextShape = 'single-line') {
  return z.string().transform((input, ctx): T | null => {
    const issue = issuer(ctx);
    const checked = checkText(input.trim(), shape);
    if (!checked.ok) return issue(checked.message);
    const text = checked.text;
    if (text === '') return required ? issue(REQUIRED_MESSAGE) : null;
    return convert(text, issue);
  });
}

function parseInteger(text: string, min: number, max: number, issue: Issue, what = 'un nombre entier'): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d+$/.test(compact)) return issue(`Saisissez ${what}.`);
  const value = Number(compact);
  if (value < min || value > max) return issue(`Saisissez une valeur entre ${min} et ${max}.`);
  return value;
}

function parseDecimal(text: string, min: number, max: number, issue: Issue, maxDecimals: number): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const pattern = new RegExp(`^-?\\d+(\\.\\d{1,${maxDecimals}})?$`);
  if (!pattern.test(compact)) return issue(`Saisissez un nombre (au plus ${maxDecimals} décimales, virgule ou point).`);
  const value = Number(compact);
  if (value < min || value > max) return issue(`Saisissez une valeur entre ${min} et ${max}.`.replace(/\./g, ','));
  return value;
}

const ID_PATTERN = /^[a-z0-9]{8,40}$/i;

function scalarSchema(field: Exclude<FieldDefinition, { kind: 'relations' | 'lines' | 'repeater' }>) {
  const { required } = field;
  switch (field.kind) {
    case 'text':
    case 'markdown':
      return scalar(
        required,
        (text, issue) => (text.length > field.max ? issue(`${field.max} caractères au maximum (actuellement ${text.length}).`) : text),
        textShape(field),
      );
    case 'slug':
      // Empty: generated from the name on save.
      return scalar(false, (text, issue) => {
        if (text.length > 120) return issue('120 caractères au maximum.');
        return SLUG_PATTERN.test(text) ? text : issue('Lettres minuscules sans accents, chiffres et tirets seulement (ex. : metropole-de-lyon).');
      });
    case 'url':
      return scalar(required, (text, issue) => {
        if (text.length > 500) return issue('500 caractères au maximum.');
        if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(text) || toSafeHref(text) === null) {
          return issue('Saisissez une adresse web complète commençant par https:// ou http://.');
        }
        return text;
      });
    case 'integer':
      return scalar(required, (text, issue) => parseInteger(text, field.min, field.max, issue));
    case 'year':
      return scalar(required, (text, issue) => parseInteger(text, YEAR_MIN, YEAR_MAX, issue, 'une année sur quatre chiffres'));
    case 'month':
      return scalar(required, (text, issue) => parseInteger(text, 1, 12, issue, 'un mois entre 1 et 12'));
    case 'money':
      return scalar(required, (text, issue) => {
        const amount = readAmount(text, field.bounds);
        if (amount.status === 'valid') return amount.cents;
        return issue(amount.status === 'out-of-range' ? amount.message : 'Saisissez un montant positif en euros, avec au plus deux décimales (ex. : 768 200 ou 1 250,50).');
      });
    case 'decimal':
      return scalar(required, (text, issue) => String(parseDecimal(text, field.min, field.max, issue, 2)));
    case 'coordinate':
      return scalar(required, (text, issue) => parseDecimal(text, field.min, field.max, issue, 6));
    case 'boolean':
      return z.string().transform((text) => text === 'on' || text === 'true');
    case 'tristate':
      return z.string().transform((text, ctx) => {
        if (text === '') return null;
        if (text === 'true' || text === 'false') return text === 'true';
        const checked = checkText(text, 'single-line');
        return issuer(ctx)(checked.ok ? 'Choisissez oui, non ou non renseigné.' : checked.message);
      });
    case 'enum':
      return scalar(required, (text, issue) => (Object.hasOwn(field.options, text) ? text : issue('Choisissez une valeur de la liste.')));
    case 'date':
      return scalar(required, (text, issue) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return issue('Saisissez une date valide.');
        const date = new Date(`${text}T00:00:00Z`);
        if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return issue('Saisissez une date valide.');
        const year = date.getUTCFullYear();
        if (year < YEAR_MIN || year > YEAR_MAX) return issue(`Saisissez une date entre ${YEAR_MIN} et ${YEAR_MAX}.`);
        return text;
      });
    case 'relation':
      return scalar(required, (text, issue) => (ID_PATTERN.test(text) ? text : issue('Choisissez un élément de la liste.')));
  }
}

const MAX_RELATIONS = 500;

export function fieldSchema(field: FieldDefinition): z.ZodType {
  switch (field.kind) {
    case 'relations':
      // Problems are reported on the field (path []), where the form shows them, not on one id.
      return z.array(z.string()).transform((ids, ctx) => {
        const issue = issuer(ctx);
        if (ids.length > MAX_RELATIONS) return issue(`${MAX_RELATIONS} éléments au maximum.`);
        for (const id of ids) {
          const checked = checkText(id, 'single-line');
          if (!checked.ok) return issue(checked.message);
          if (!ID_PATTERN.test(id)) return issue('Choisissez des éléments de la liste.');
        }
        if (field.required && ids.length === 0) return issue(REQUIRED_MESSAGE);
        return [...new Set(ids)].sort();
      });
    case 'lines':
      return z.string().transform((input, ctx) => {
        const issue = issuer(ctx);
        const checked = checkText(input, 'multi-line');
        if (!checked.ok) return issue(checked.message);
        const lines = checked.text
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        if (lines.some((line) => line.length > field.max)) return issue(`Chaque ligne : ${field.max} caractères au maximum.`);
        if (lines.length > field.maxItems) return issue(`${field.maxItems} lignes au maximum.`);
        if (field.required && lines.length === 0) return issue(REQUIRED_MESSAGE);
        return lines;
      });
    case 'repeater': {
      const row = z.object(Object.fromEntries(field.fields.map((sub) => [sub.name, scalarSchema(sub)])));
      return z.array(row).max(field.maxItems, `${field.maxItems} éléments au maximum.`);
    }
    default:
      return scalarSchema(field);
  }
}

/** Cross-field rule: `add(fieldName, message)` puts the message next to that field. */
export type Refinement = (values: ContentValues, add: (field: string, message: string) => void) => void;

/** Rule shared by every period: the end is not before the start. */
export function periodRule(startField: string, endField: string): Refinement {
  return (values, add) => {
    const start = values[startField];
    const end = values[endField];
    if (typeof start === 'number' && typeof end === 'number' && end < start) {
      add(endField, 'La fin ne peut pas précéder le début.');
    }
  };
}

export type ParseResult = { success: true; values: ContentValues } | { success: false; fieldErrors: FieldErrors };

/**
 * Raw form values → stored values, with every problem reported at once: each
 * field is parsed on its own, then the cross-field rules run on the fields that
 * parsed (a zod object refinement would wait until every field is valid).
 */
export function parseContentValues(fields: readonly FieldDefinition[], raw: RawValues, refine?: Refinement): ParseResult {
  const values: ContentValues = {};
  const fieldErrors: FieldErrors = {};
  for (const field of fields) {
    const parsed = fieldSchema(field).safeParse(raw[field.name] ?? (field.kind === 'relations' || field.kind === 'repeater' ? [] : ''));
    if (parsed.success) {
      values[field.name] = parsed.data as SnapshotValue;
    } else {
      for (const issue of parsed.error.issues) {
        const key = [field.name, ...issue.path.map(String)].join('.');
        (fieldErrors[key] ??= []).push(issue.message);
      }
    }
  }
  refine?.(values, (name, message) => {
    if (name in values) (fieldErrors[name] ??= []).push(message);
  });
  return Object.keys(fieldErrors).length === 0 ? { success: true, values } : { success: false, fieldErrors };
}

// Form input ↔ values lives in its own module; the kit's users import it from here.
export { emptyRawValues, rawFromFormData, rawFromValues, rowFieldName } from './raw-values';
