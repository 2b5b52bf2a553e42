import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it, vi } from 'vitest';
import { verifyCurrentPassword } from '../../lib/auth/account';
import { deviceCookieName } from '../../lib/auth/device-cookie';
import { hashPassword } from '../../lib/auth/password';
import { authenticateWithPassword, type SignInOutcome } from '../../lib/auth/sign-in';
import { signInRefusalMessage } from '../../lib/auth/sign-in-messages';
import { THROTTLE_POLICY } from '../../lib/auth/throttle';
import type { Database } from '../../lib/db/client';
import { postgresServerUrl } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';

// Throttling that slows guessing down without letting anyone lock colleagues or a
// known account out (ASVS 5.0 V6.3; OWASP "Slow down online guessing attacks with
// device cookies"). Policy numbers come from THROTTLE_POLICY, not from here.
const PASSWORD = 'une phrase de passe assez longue';
const WRONG = 'ce n’est pas le bon mot de passe';
const { account, accountAddress, address, device } = THROTTLE_POLICY;

// The device cookie is signed with AUTH_SECRET; lib/env.ts also requires DATABASE_URL
// (the functions under test receive their database explicitly).
beforeAll(() => {
  vi.stubEnv('AUTH_SECRET', 'y'.repeat(40));
  vi.stubEnv('DATABASE_URL', postgresServerUrl());
});

let addressCounter = 0;
function uniqueIp() {
  addressCounter += 1;
  return `10.${randomBytes(1)[0]}.${Math.floor(addressCounter / 250) % 250}.${addressCounter % 250}`;
}

/** What a browser sends: its address (one hop, as Next.js records it) and, if it has one, its device cookie. */
function browser(ip: string, deviceCookie?: string) {
  const headers = new Headers({ 'x-forwarded-for': ip });
  if (deviceCookie) headers.set('cookie', `autre=1; ${deviceCookie}`);
  return headers;
}

async function createAccount(db: Database, role: 'ADMIN' | 'EDITOR' | 'CONTRIBUTOR' = 'EDITOR') {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@exemple.test`;
  const row = await db.user.create({ data: { email, name: 'Compte de test', role, passwordHash: await hashPassword(PASSWORD) }, select: { id: true } });
  return { id: row.id, email };
}

/** Signs in once from `ip` and returns the device cookie the browser now carries ("name=value"). */
async function signInFromNewBrowser(db: Database, email: string, ip: string): Promise<string> {
  const outcome = await authenticateWithPassword(db, { email, password: PASSWORD, headers: browser(ip) });
  if (!outcome.ok) throw new Error(`sign-in refused: ${outcome.reason}`);
  expect(outcome.deviceToken).not.toContain(PASSWORD);
  // Over plain HTTP, as in these tests' requests.
  return `${deviceCookieName(email, { secure: false })}=${outcome.deviceToken}`;
}

/** As if the key had just reached its limit. */
async function holdBack(db: Database, key: string) {
  const data = { failureCount: account.maxFailures, windowStartedAt: new Date(), lastFailureAt: new Date(), blockedUntil: new Date(Date.now() + 60_000) };
  await db.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
}

function isThrottled(outcome: SignInOutcome) {
  return !outcome.ok && outcome.reason === 'throttled';
}

describeOnEachDatabase('sign-in throttling', (getDatabase) => {
  it('lets a colleague sign in from the same address while another account is throttled there', async () => {
    const { db } = getDatabase();
    const target = await createAccount(db);
    const colleague = await createAccount(db, 'ADMIN');
    const office = uniqueIp();
    const outcomes = [];
    for (let attempt = 0; attempt < accountAddress.maxFailures; attempt += 1) {
      outcomes.push(await authenticateWithPassword(db, { email: target.email, password: `${WRONG} ${attempt}`, headers: browser(office) }));
    }
    expect(outcomes.slice(0, -1).every((outcome) => !outcome.ok && outcome.reason === 'invalid')).toBe(true);
    expect(isThrottled(outcomes.at(-1)!)).toBe(true);
    expect(isThrottled(await authenticateWithPassword(db, { email: target.email, password: PASSWORD, headers: browser(office) }))).toBe(true);

    expect(await authenticateWithPassword(db, { email: colleague.email, password: PASSWORD, headers: browser(office) })).toMatchObject({ ok: true });
  });

  it('does not let failures from one address lock the account elsewhere', async () => {
    const { db } = getDatabase();
    const target = await createAccount(db);
    const attacker = uniqueIp();
    for (let attempt = 0; attempt < accountAddress.maxFailures + 3; attempt += 1) {
      await authenticateWithPassword(db, { email: target.email, password: `${WRONG} ${attempt}`, headers: browser(attacker) });
    }
    expect(isThrottled(await authenticateWithPassword(db, { email: target.email, password: PASSWORD, headers: browser(attacker) }))).toBe(true);
    // The owner, from a browser the portal has never seen, at another address.
    expect(await authenticateWithPassword(db, { email: target.email, password: PASSWORD, headers: browser(uniqueIp()) })).toMatchObject({ ok: true });
  });

  it('lets an account attacked from many addresses sign in from the browser it used before (device cookie)', async () => {
    const { db } = getDatabase();
    const target = await createAccount(db);
    const home = uniqueIp();
    const deviceCookie = await signInFromNewBrowser(db, target.email, home);

    // Guesses spread over many addresses: the per-account limit holds them back.
    const outcomes = [];
    for (let attempt = 0; attempt < account.maxFailures + 2; attempt += 1) {
      outcomes.push(await authenticateWithPassword(db, { email: target.email, password: `${WRONG} ${attempt}`, headers: browser(uniqueIp()) }));
    }
    expect(outcomes.slice(0, account.maxFailures - 1).every((outcome) => !outcome.ok && outcome.reason === 'invalid')).toBe(true);
    expect(outcomes.slice(account.maxFailures - 1).every(isThrottled)).toBe(true);
    // Held back for browsers it does not know, even at the owner's own address...
    expect(isThrottled(await authenticateWithPassword(db, { email: target.email, password: PASSWORD, headers: browser(home) }))).toBe(true);
    // ...but not for the owner's browser, wherever it is now.
    expect(await authenticateWithPassword(db, { email: target.email, password: PASSWORD, headers: browser(home, deviceCookie) })).toMatchObject({ ok: true, user: { id: target.id } });
    expect(await authenticateWithPassword(db, { email: target.email, password: PASSWORD, headers: browser(uniqueIp(), deviceCookie) })).toMatchObject({ ok: true });
  });

  it('limits guesses through a device cookie on their own, and accepts only a genuine cookie for the right account', async () => {
    const { db } = getDatabase();
    const target = await createAccount(db);
    const other = await createAccount(db);
    const deviceCookie = await signInFromNewBrowser(db, target.email, uniqueIp());
    const [name, value] = deviceCookie.split('=') as [string, string];

    const outcomes = [];
    for (let attempt = 0; attempt < device.maxFailures; attempt += 1) {
      outcomes.push(await authenticateWithPassword(db, { email: target.email, password: `${WRONG} ${attempt}`, headers: browser(uniqueIp(), deviceCookie) }));
    }
    expect(isThrottled(outcomes.at(-1)!)).toBe(true);
    expect(isThrottled(await authenticateWithPassword(db, { email: target.email, password: PASSWORD, headers: browser(uniqueIp(), deviceCookie) }))).toBe(true);
    // Those failures were the device's: the account is not held back elsewhere.
    expect(await authenticateWithPassword(db, { email: target.email, password: PASSWORD, headers: browser(uniqueIp()) })).toMatchObject({ ok: true });

    // A tampered cookie, or one for another account, is no device cookie: the per-account limits apply.
    const tampered = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
    const forOther = `${name}=${value}`;
    await holdBack(db, `email:${other.email}`);
    expect(isThrottled(await authenticateWithPassword(db, { email: other.email, password: PASSWORD, headers: browser(uniqueIp(), forOther) }))).toBe(true);
    await holdBack(db, `email:${target.email}`);
    expect(isThrottled(await authenticateWithPassword(db, { email: target.email, password: PASSWORD, headers: browser(uniqueIp(), tampered) }))).toBe(true);
  });

  it('holds back spraying many accounts from one address, without holding back that address’s known browsers or other addresses', async () => {
    const { db } = getDatabase();
    const colleague = await createAccount(db);
    const deviceCookie = await signInFromNewBrowser(db, colleague.email, uniqueIp());
    const sprayer = uniqueIp();
    const outcomes = [];
    for (let attempt = 0; attempt < address.maxFailures; attempt += 1) {
      outcomes.push(await authenticateWithPassword(db, { email: `cible-${attempt}-${randomBytes(2).toString('hex')}@exemple.test`, password: 'Printemps2026!', headers: browser(sprayer) }));
    }
    // Each account saw one failure only: the per-address limit is what stops this.
    expect(outcomes.slice(0, -1).every((outcome) => !outcome.ok && outcome.reason === 'invalid')).toBe(true);
    expect(isThrottled(outcomes.at(-1)!)).toBe(true);
    expect(isThrottled(await authenticateWithPassword(db, { email: colleague.email, password: PASSWORD, headers: browser(sprayer) }))).toBe(true);
    expect(await authenticateWithPassword(db, { email: colleague.email, password: PASSWORD, headers: browser(sprayer, deviceCookie) })).toMatchObject({ ok: true });
    expect(await authenticateWithPassword(db, { email: colleague.email, password: PASSWORD, headers: browser(uniqueIp()) })).toMatchObject({ ok: true });
  });

  it('gives unknown and known accounts the same outcomes, delays and messages', async () => {
    const { db } = getDatabase();
    const known = await createAccount(db);
    const unknown = `personne-${randomBytes(4).toString('hex')}@exemple.test`;
    const now = new Date('2026-12-01T09:00:00Z');
    const run = async (email: string) => {
      const ip = uniqueIp();
      const outcomes: SignInOutcome[] = [];
      // Same clock for both runs, so that delays can be compared exactly.
      for (let attempt = 0; attempt < accountAddress.maxFailures + 2; attempt += 1) {
        outcomes.push(await authenticateWithPassword(db, { email, password: `${WRONG} ${attempt}`, headers: browser(ip) }, { now }));
      }
      return outcomes;
    };
    const knownOutcomes = await run(known.email);
    const unknownOutcomes = await run(unknown);
    expect(knownOutcomes).toEqual(unknownOutcomes);
    expect(knownOutcomes.map(signInRefusalMessage)).toEqual(unknownOutcomes.map(signInRefusalMessage));
    const messages = knownOutcomes.map(signInRefusalMessage);
    expect(messages.slice(0, accountAddress.maxFailures - 1)).toEqual(Array(accountAddress.maxFailures - 1).fill('Adresse e-mail ou mot de passe incorrect.'));
    expect(messages.slice(accountAddress.maxFailures - 1).every((message) => message.startsWith('Trop de tentatives de connexion'))).toBe(true);
    expect(signInRefusalMessage(knownOutcomes.at(-1)!)).toMatch(/réessayez dans \d+ minutes?\./);
  });

  it('checks at most the limit of concurrent guesses: the attempt is counted before the password is', async () => {
    const { db } = getDatabase();
    const target = await createAccount(db);
    const ip = uniqueIp();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, attempt) => authenticateWithPassword(db, { email: target.email, password: `${WRONG} ${attempt}`, headers: browser(ip) })),
    );
    const checked = await db.auditEvent.count({ where: { action: 'auth.sign_in_failed', entityId: target.id } });
    expect(checked).toBeLessThanOrEqual(accountAddress.maxFailures);
    expect(checked).toBeGreaterThan(0);
    expect(outcomes.filter(isThrottled).length).toBeGreaterThanOrEqual(40 - accountAddress.maxFailures);
    // Every refusal is in the journal.
    expect(await db.auditEvent.count({ where: { action: 'auth.sign_in_throttled', details: { path: ['email'], equals: target.email } } })).toBe(40 - checked);

    // The same, spread over 40 addresses: the per-account limit holds.
    const spread = await createAccount(db);
    await Promise.all(
      Array.from({ length: 40 }, (_, attempt) => authenticateWithPassword(db, { email: spread.email, password: `${WRONG} ${attempt}`, headers: browser(uniqueIp()) })),
    );
    expect(await db.auditEvent.count({ where: { action: 'auth.sign_in_failed', entityId: spread.id } })).toBeLessThanOrEqual(account.maxFailures);
  });

  it('checks at most the limit of concurrent password re-checks too', async () => {
    const { db } = getDatabase();
    const user = await createAccount(db);
    const ipAddress = uniqueIp();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => verifyCurrentPassword(db, { user, password: WRONG, ipAddress })));
    expect(await db.auditEvent.count({ where: { action: 'auth.password_check_failed', actorId: user.id } })).toBeLessThanOrEqual(accountAddress.maxFailures);
    expect(results.filter((result) => result.status === 'rejected').every((result) => (result as PromiseRejectedResult).reason?.code === 'THROTTLED')).toBe(true);
    // The re-check and the sign-in count in the same scheme.
    expect(isThrottled(await authenticateWithPassword(db, { email: user.email, password: PASSWORD, headers: browser(ipAddress) }))).toBe(true);
  });

  it('makes delays grow after the limit (doubling, capped) and forgets a streak after a quiet window', async () => {
    const { db } = getDatabase();
    const target = await createAccount(db);
    const ip = uniqueIp();
    let clock = new Date('2026-12-02T08:00:00Z').getTime();
    const attempt = (password: string) => authenticateWithPassword(db, { email: target.email, password, headers: browser(ip) }, { now: new Date(clock) });

    // Failures below the limit are forgotten once the window has passed.
    for (let index = 0; index < accountAddress.maxFailures - 1; index += 1) expect(await attempt(WRONG)).toEqual({ ok: false, reason: 'invalid' });
    clock += accountAddress.windowMs + 1000;
    for (let index = 0; index < accountAddress.maxFailures - 1; index += 1) expect(await attempt(WRONG)).toEqual({ ok: false, reason: 'invalid' });

    const delays: number[] = [];
    let outcome = await attempt(WRONG);
    for (let step = 0; step < 10; step += 1) {
      expect(outcome).toEqual({ ok: false, reason: 'throttled', retryAfterSeconds: expect.any(Number) });
      const seconds = (outcome as { retryAfterSeconds: number }).retryAfterSeconds;
      delays.push(seconds);
      // Still held back just before the end of the delay, with the right password too.
      clock += (seconds - 1) * 1000;
      expect(isThrottled(await attempt(PASSWORD))).toBe(true);
      clock += 2000;
      outcome = await attempt(WRONG);
    }
    const first = THROTTLE_POLICY.firstDelayMs / 1000;
    const cap = THROTTLE_POLICY.maxDelayMs / 1000;
    expect(delays.slice(0, 3)).toEqual([first, first * 2, first * 4]);
    expect(Math.max(...delays)).toBe(cap);
    expect(delays.every((delay, index) => index === 0 || delay >= delays[index - 1]!)).toBe(true);

    // After the delay, the right password still works, and clears the streak.
    clock += cap * 1000 + 1000;
    expect(await attempt(PASSWORD)).toMatchObject({ ok: true });
    expect(await attempt(WRONG)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('does not count successful sign-ins against the address', async () => {
    const { db } = getDatabase();
    const office = uniqueIp();
    const accounts = await Promise.all(Array.from({ length: 5 }, () => createAccount(db)));
    // More sign-ins from one office than the per-address limit of failures.
    for (let round = 0; round < Math.ceil((address.maxFailures + 5) / accounts.length); round += 1) {
      for (const { email } of accounts) expect(await authenticateWithPassword(db, { email, password: PASSWORD, headers: browser(office) })).toMatchObject({ ok: true });
    }
    expect((await db.signInThrottle.findUnique({ where: { key: `ip:${office}` } }))?.failureCount ?? 0).toBe(0);
  });
});
