// The back-office lists of sourced content (plans, programmes, figures…) filter on
// the state of the row's source: editors find what rests on a page to verify.
// Client-safe.

export const SOURCE_CHECKS = {
  'a-verifier': 'Source à vérifier',
  verifiee: 'Source vérifiée',
  'sans-source': 'Sans source',
} as const;

export type SourceCheck = keyof typeof SOURCE_CHECKS;

export function isSourceCheck(value: string): value is SourceCheck {
  return Object.hasOwn(SOURCE_CHECKS, value);
}

/** The relation a `…SourceId` field points through ("sourceId" → "source", "roleSourceId" → "roleSource"). */
export function sourceRelationOf(fieldName: string): string {
  if (!fieldName.endsWith('Id')) throw new Error(`Champ de source sans suffixe Id : ${fieldName}`);
  return fieldName.slice(0, -2);
}
