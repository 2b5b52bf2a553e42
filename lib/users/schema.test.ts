import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ChangeUserRoleSchema, CliRoleSchema, CreateUserSchema, DisableUserSchema, EnableUserSchema, ResetUserPasswordSchema, UserEmailSchema } from './schema';

const valid = { name: 'Camille Martin', email: 'camille.martin@exemple.fr', role: 'EDITOR' };

function fieldErrors(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return z.flattenError(result.error!).fieldErrors as Record<string, string[] | undefined>;
}

describe('CreateUserSchema', () => {
  it('accepts an account without a password (one is generated) and reads an empty field as none', () => {
    expect(CreateUserSchema.parse(valid)).toEqual({ ...valid, password: undefined });
    expect(CreateUserSchema.parse({ ...valid, password: '' }).password).toBeUndefined();
  });

  it('lower-cases and trims the e-mail, trims the name', () => {
    const parsed = CreateUserSchema.parse({ ...valid, name: '  Camille  ', email: '  Camille.MARTIN@Exemple.FR ' });
    expect(parsed).toMatchObject({ name: 'Camille', email: 'camille.martin@exemple.fr' });
  });

  it('keeps a long password as typed (no trimming, no composition rules)', () => {
    const password = ' une phrase de passe sans chiffres ';
    expect(CreateUserSchema.parse({ ...valid, password }).password).toBe(password);
  });

  it('refuses short and common passwords with French messages', () => {
    expect(fieldErrors(CreateUserSchema, { ...valid, password: 'k2v9-q' }).password).toEqual(['Le mot de passe doit contenir au moins 15 caractères.']);
    expect(fieldErrors(CreateUserSchema, { ...valid, password: 'passwordpassword' }).password?.[0]).toMatch(/plus courants/);
  });

  it('names every missing or invalid field in French', () => {
    const errors = fieldErrors(CreateUserSchema, { name: '   ', email: 'pas-une-adresse', role: 'SUPERADMIN' });
    expect(errors.name).toEqual(['Indiquez le nom.']);
    expect(errors.email?.[0]).toMatch(/^Adresse e-mail invalide/);
    expect(errors.role?.[0]).toMatch(/^Choisissez un rôle/);
    expect(fieldErrors(CreateUserSchema, {}).email).toEqual(['Indiquez une adresse e-mail.']);
  });

  it('refuses control characters and decoded invalid UTF-8 in the name and the e-mail, in French', () => {
    const errors = fieldErrors(CreateUserSchema, { ...valid, name: 'Camille\u0000 Martin', email: 'camille\u0007@exemple.fr' });
    expect(errors.name).toEqual([expect.stringMatching(/^Ce champ contient des caractères invalides \(caractère de contrôle invisible U\+0000/)]);
    expect(errors.email).toEqual([expect.stringMatching(/^Ce champ contient des caractères invalides \(caractère de contrôle invisible U\+0007/)]);
    expect(fieldErrors(CreateUserSchema, { ...valid, name: 'Camille\ufffd' }).name?.[0]).toMatch(/caractère illisible/);
    expect(fieldErrors(CreateUserSchema, { ...valid, name: 'Camille\nMartin' }).name?.[0]).toMatch(/retour à la ligne/);
  });

  it('stores names composed (NFC)', () => {
    expect(CreateUserSchema.parse({ ...valid, name: 'Ce\u0301line' }).name).toBe('Céline');
  });

  it('bounds the lengths', () => {
    expect(fieldErrors(CreateUserSchema, { ...valid, name: 'x'.repeat(121) }).name?.[0]).toMatch(/120 caractères/);
    expect(UserEmailSchema.safeParse(`${'a'.repeat(250)}@exemple.fr`).success).toBe(false);
  });

  it('refuses extra fields once made strict (as every action does)', () => {
    const result = CreateUserSchema.strict().safeParse({ ...valid, sessionVersion: '9', disabledAt: '' });
    expect(result.success).toBe(false);
  });
});

describe('account change schemas', () => {
  it('coerce the hidden version field and require an id', () => {
    expect(ChangeUserRoleSchema.parse({ id: 'abc', version: '3', role: 'ADMIN' })).toEqual({ id: 'abc', version: 3, role: 'ADMIN' });
    expect(fieldErrors(ChangeUserRoleSchema, { id: '', version: '0', role: 'ADMIN' })).toMatchObject({
      id: ['Compte manquant.'],
      version: ['Version invalide : rechargez la page.'],
    });
    expect(EnableUserSchema.safeParse({ id: 'abc', version: '1.5' }).success).toBe(false);
    expect(EnableUserSchema.safeParse({ id: 'abc', version: 'abc' }).success).toBe(false);
  });

  it('refuse an account id the database could not even compare (U+0000)', () => {
    expect(fieldErrors(EnableUserSchema, { id: 'abc\u0000', version: '1' }).id).toEqual(['Identifiant de compte invalide.']);
  });

  it('require the confirmation box to disable an account or reset its password', () => {
    expect(fieldErrors(DisableUserSchema, { id: 'abc', version: '1' }).confirm).toEqual(['Cochez la case pour confirmer.']);
    expect(DisableUserSchema.safeParse({ id: 'abc', version: '1', confirm: 'on' }).success).toBe(true);
    expect(fieldErrors(ResetUserPasswordSchema, { id: 'abc', version: '1', confirm: 'yes' }).confirm).toEqual(['Cochez la case pour confirmer.']);
  });
});

describe('CliRoleSchema', () => {
  it.each([
    ['admin', 'ADMIN'],
    [' Editor ', 'EDITOR'],
    ['contributor', 'CONTRIBUTOR'],
  ])('%s → %s', (input, role) => {
    expect(CliRoleSchema.parse(input)).toBe(role);
  });

  it('explains the accepted values in French', () => {
    const result = CliRoleSchema.safeParse('boss');
    expect(result.error?.issues[0]?.message).toBe('Rôle inconnu : utilisez admin, editor ou contributor.');
  });
});
