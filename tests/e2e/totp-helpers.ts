import { generate } from 'otplib';
import type { Page } from '@playwright/test';
import type { Database } from '../../lib/db/client';
import { MFA_REQUIRED_ROLES_SETTING } from '../../lib/auth/session-policy';
import { expect, expectNoAxeViolations } from './fixtures';
export const PERIOD = 30;

/**
 * A code the server accepts now without waiting: the next time step's code (one
 * step of drift is allowed). The step used to confirm enrolment is the current
 * one, so this code is never a replay of it.
 */
export async function nextStepCode(secret: string): Promise<string> {
  const nextStep = Math.floor(Date.now() / 1000 / PERIOD) + 1;
  return generate({ secret, epoch: nextStep * PERIOD });
}

export async function currentCode(secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) });
}

/** Enrols TOTP from the profile page the browser is on; returns the secret and the recovery codes shown. */
export async function enrolFromProfile(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  const section = page.getByRole('region', { name: 'Double authentification' });
  await section.getByRole('button', { name: 'Activer' }).click();
  await expect(section.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const secret = (await section.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await section.getByLabel('Code à 6 chiffres').fill('000000');
  await section.getByRole('button', { name: 'Confirmer l’activation' }).click();
  await expect(section.locator('#code-error')).toContainText('Code incorrect');

  await section.getByLabel('Code à 6 chiffres').fill(await currentCode(secret));
  await section.getByRole('button', { name: 'Confirmer l’activation' }).click();
  await expect(section.getByRole('status')).toHaveText('La double authentification est activée.');
  const list = section.getByRole('list', { name: 'Codes de secours' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const recoveryCodes = await list.getByRole('listitem').allInnerTexts();
  for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  return { secret, recoveryCodes };
}

/**
 * Starts a fresh browser session. Not the header's "Se déconnecter" button (its
 * own tests are in auth.spec.ts): a link prefetch still in flight when the
 * session ends gets redirected to /connexion and logs a 404 in the console.
 */
export async function startNewSession(page: Page) {
  await page.goto('about:blank');
  await page.context().clearCookies();
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/connexion/);
}

/** Sets the roles that must use a second factor; returns the previous value, to restore it. */
export async function setRequiredRoles(db: Database, roles: string[]) {
  const previous = await db.setting.findUnique({ where: { key: MFA_REQUIRED_ROLES_SETTING } });
  await db.setting.upsert({ where: { key: MFA_REQUIRED_ROLES_SETTING }, create: { key: MFA_REQUIRED_ROLES_SETTING, value: roles }, update: { value: roles } });
  return async () => {
    if (previous) await db.setting.update({ where: { key: MFA_REQUIRED_ROLES_SETTING }, data: { value: previous.value ?? [] } });
    else await db.setting.deleteMany({ where: { key: MFA_REQUIRED_ROLES_SETTING } });
  };
}

