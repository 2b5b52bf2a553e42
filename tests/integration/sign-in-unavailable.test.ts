import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it, vi } from 'vitest';
import { verifyCurrentPassword } from '../../lib/auth/account';
import { hashPassword } from '../../lib/auth/password';
import { checkSessionToken } from '../../lib/auth/session-check';
import { authenticateWithPassword } from '../../lib/auth/sign-in';
import { signInRefusalMessage } from '../../lib/auth/sign-in-messages';
import { getSignInBlock } from '../../lib/auth/throttle';
import { createPrismaClient } from '../../lib/db/client';
import { postgresServerUrl } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';

// With the database out of reach, sign-in and session checks must say so, never
// "wrong password" or "session expired": only a real refusal may say that.
const PASSWORD = 'une phrase de passe assez longue';
// Nothing listens there: connections are refused at once.
const unreachable = () => createPrismaClient({ connectionString: 'postgresql://postgres@127.0.0.1:5999/absente' });

beforeAll(() => {
  vi.stubEnv('AUTH_SECRET', 'z'.repeat(40));
  vi.stubEnv('DATABASE_URL', postgresServerUrl());
});

const headers = () => new Headers({ 'x-forwarded-for': `10.4.${randomBytes(1)[0]}.${randomBytes(1)[0]}` });

it('sign-in reports an outage as unavailable, with a French message that is not a credentials problem', async () => {
  const db = unreachable();
  const outcome = await authenticateWithPassword(db, { email: 'quelquun@exemple.test', password: PASSWORD, headers: headers() });
  await db.$disconnect();
  expect(outcome).toEqual({ ok: false, reason: 'unavailable' });
  const message = signInRefusalMessage(outcome);
  expect(message).toContain('momentanément indisponible');
  expect(message).not.toMatch(/incorrect|mot de passe/i);
});

it('the throttle check of the HTTP endpoint reports an outage as an error it can map to 503', async () => {
  const db = unreachable();
  await expect(getSignInBlock(db, { email: 'quelquun@exemple.test', headers: headers() })).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  await db.$disconnect();
});

it('a password re-check reports an outage as UNAVAILABLE, not as a wrong password', async () => {
  const db = unreachable();
  await expect(verifyCurrentPassword(db, { user: { id: 'x', email: 'quelquun@exemple.test' }, password: PASSWORD, ipAddress: '10.0.0.1' })).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  await db.$disconnect();
});

it('a session check reports an outage as unavailable, not as no session', async () => {
  const db = unreachable();
  const check = await checkSessionToken(db, { sub: 'compte', sessionVersion: 0, signedInAt: Math.floor(Date.now() / 1000) });
  await db.$disconnect();
  expect(check).toEqual({ status: 'unavailable' });
});

describeOnEachDatabase('session check', (getDatabase) => {
  it('tells a valid session from a revoked, disabled, expired or unknown one', async () => {
    const { db } = getDatabase();
    const user = await db.user.create({
      data: { email: `session-${randomBytes(3).toString('hex')}@exemple.test`, name: 'Session', role: 'EDITOR', passwordHash: await hashPassword(PASSWORD) },
    });
    const now = Math.floor(Date.now() / 1000);
    const token = { sub: user.id, sessionVersion: user.sessionVersion, signedInAt: now };
    expect(await checkSessionToken(db, token)).toMatchObject({ status: 'valid', account: { role: 'EDITOR', email: user.email } });
    expect(await checkSessionToken(db, { ...token, signedInAt: now - 13 * 3600 })).toEqual({ status: 'invalid' });
    expect(await checkSessionToken(db, { ...token, sub: 'inconnu' })).toEqual({ status: 'invalid' });
    expect(await checkSessionToken(db, { ...token, sub: undefined })).toEqual({ status: 'invalid' });
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await checkSessionToken(db, token)).toEqual({ status: 'invalid' });
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await checkSessionToken(db, { ...token, sessionVersion: user.sessionVersion + 1 })).toEqual({ status: 'invalid' });
  });
});
