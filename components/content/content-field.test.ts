import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FieldDefinition, FieldErrors } from '@/lib/content/fields';
import { contentTypes } from '@/lib/content/registry';
import { ContentField } from './content-field';

const OPTIONS = Object.fromEntries(
  ['Metropolis', 'PolicyPlan', 'FundingProgramme', 'Source', 'SupportStructure', 'Programme', 'Person', 'Organisation', 'Publication', 'Theme', 'ActionLever'].map((target) => [
    target,
    [{ value: 'cmetropole0001', label: 'Lyon' }],
  ]),
);

function render(field: FieldDefinition, errors: FieldErrors = {}, defaultValue?: string | string[] | Array<Record<string, string>>) {
  return renderToStaticMarkup(createElement(ContentField, { field, name: field.name, defaultValue, errors, options: OPTIONS }));
}

function ids(markup: string): Set<string> {
  return new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** Every id an aria-describedby of the markup points at. */
function describedByIds(markup: string): string[] {
  return [...markup.matchAll(/aria-describedby="([^"]+)"/g)].flatMap((match) => match[1]!.split(/\s+/));
}

/** The opening tag of the element whose id is given. */
function tagWithId(markup: string, id: string): string | undefined {
  return markup.match(new RegExp(`<[a-z]+\\b[^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`))?.[0];
}

const yesNo = { kind: 'boolean', name: 'isRecurring', label: 'Dispositif reconduit chaque année', hint: 'Cochez si le dispositif revient chaque année.' } as const;
const tristate = { kind: 'tristate', name: 'isRtesMember', label: 'Adhérente au RTES', hint: 'Laissez « non renseigné » si vous ne savez pas.' } as const;

describe('ContentField, yes/no fields', () => {
  it.each([yesNo, tristate])('$kind: ties the control to its existing hint and error, and marks it invalid on error', (field) => {
    const markup = render(field, { [field.name]: ['Cette valeur est refusée.'] });
    const control = tagWithId(markup, `champ-${field.name}`);
    expect(control).toBeDefined();
    expect(control).toContain('aria-invalid="true"');
    const described = control!.match(/aria-describedby="([^"]+)"/)?.[1]?.split(' ') ?? [];
    expect(described).toEqual([`champ-${field.name}-aide`, `${field.name}-error`]);
    for (const id of described) expect(ids(markup)).toContain(id);
    expect(markup).toContain('Cette valeur est refusée.');
    expect(markup).toContain(field.hint);
  });

  it.each([yesNo, tristate])('$kind: without an error, is not invalid and points at its hint only', (field) => {
    const markup = render(field);
    const control = tagWithId(markup, `champ-${field.name}`)!;
    expect(control).not.toMatch(/\saria-invalid=/);
    expect(control.match(/aria-describedby="([^"]+)"/)?.[1]).toBe(`champ-${field.name}-aide`);
  });

  it('labels the checkbox with the field label and keeps its state', () => {
    const markup = render(yesNo, {}, 'on');
    expect(markup).toMatch(/<input[^>]*type="checkbox"[^>]*name="isRecurring"[^>]*checked=""/);
    expect(markup).toMatch(/<label[^>]*for="champ-isRecurring"[^>]*>Dispositif reconduit chaque année<\/label>/);
  });
});

describe('ContentField, every field of every type', () => {
  const fields = contentTypes.flatMap((type) => type.fields.map((field) => [type.entityType, field.name, field] as const));

  it.each(fields)('%s.%s: every aria-describedby id exists, in error or not, and the summary’s link target too', (_type, _name, field) => {
    const rows = field.kind === 'repeater' ? [Object.fromEntries(field.fields.map((sub) => [sub.name, '']))] : undefined;
    const errorKeys = field.kind === 'repeater' ? [field.name, ...field.fields.map((sub) => `${field.name}.0.${sub.name}`)] : [field.name];
    for (const errors of [{}, Object.fromEntries(errorKeys.map((key) => [key, ['Erreur.']]))]) {
      const markup = render({ ...field, hint: field.hint ?? 'Aide.' }, errors, rows);
      const present = ids(markup);
      for (const id of describedByIds(markup)) expect(present, `aria-describedby="${id}"`).toContain(id);
      for (const key of errorKeys) expect(present, `#champ-${key}`).toContain(`champ-${key}`);
    }
  });
});
