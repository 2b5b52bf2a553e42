import type { Session } from 'next-auth';
import { describe, expect, it } from 'vitest';
import { currentUserFromSession } from './session-user';

const expires = new Date(Date.now() + 3600_000).toISOString();

describe('currentUserFromSession', () => {
  it('gives the user of a checked session', () => {
    const session = { expires, user: { id: 'u1', email: 'a@exemple.test', name: 'A', role: 'EDITOR', mfaSetupRequired: false } } as Session;
    expect(currentUserFromSession(session)).toEqual({ id: 'u1', email: 'a@exemple.test', name: 'A', role: 'EDITOR', mfaSetupRequired: false });
  });

  it('gives null without a session (no cookie, invalid, revoked or expired)', () => {
    expect(currentUserFromSession(null)).toBeNull();
    expect(currentUserFromSession({ expires } as Session)).toBeNull();
  });

  it('reports a session that could not be checked as unavailable, not as signed out', () => {
    expect(() => currentUserFromSession({ expires, unavailable: true } as Session)).toThrow(expect.objectContaining({ code: 'UNAVAILABLE' }));
  });
});
