import 'server-only';
import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cookies } from 'next/headers';
import { getDb } from '@/lib/db';
import { getAuthSecret } from '@/lib/env';
import type { Role } from './roles';
import { checkSessionToken } from './session-check';
import { SESSION_MAX_AGE_SECONDS } from './session-policy';
import { deviceCookieAttributes, deviceCookieName } from './device-cookie';
import { authenticateWithPassword, type SignInOutcome } from './sign-in';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role; mfaSetupRequired: boolean } & DefaultSession['user'];
    /** The session could not be checked (database out of reach): it carries no user then. */
    unavailable?: boolean;
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
    mfaSetupRequired?: boolean;
  }
}

type SignInRefusal = Extract<SignInOutcome, { ok: false }>;

/** A sign-in refusal whose `code` (and delay) the form turns into a French message. */
export class SignInRefused extends CredentialsSignin {
  readonly retryAfterSeconds?: number;

  constructor(refusal: SignInRefusal) {
    super();
    this.code = refusal.reason;
    if (refusal.reason === 'throttled') this.retryAfterSeconds = refusal.retryAfterSeconds;
  }

  get refusal(): SignInRefusal {
    return this.code === 'throttled' ? { ok: false, reason: 'throttled', retryAfterSeconds: this.retryAfterSeconds ?? 60 } : ({ ok: false, reason: this.code } as SignInRefusal);
  }
}

export const { handlers, auth: uncachedAuth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  // Credentials sign-in needs JWT sessions; the jwt callback checks the account in
  // the database on every request, so sign-out, disable and password change revoke
  // copies of the token too (docs/decisions/005-staff-authentication.md).
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/connexion', error: '/connexion' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(credentials, request) {
        const outcome = await authenticateWithPassword(getDb(), {
          email: String(credentials?.email ?? ''),
          password: String(credentials?.password ?? ''),
          code: credentials?.code ? String(credentials.code) : undefined,
          headers: request.headers,
        });
        if (!outcome.ok) throw new SignInRefused(outcome);
        const { user } = outcome;
        // This browser now knows the account: failures from elsewhere will not hold it back.
        const secure = new URL(request.url).protocol === 'https:';
        (await cookies()).set(deviceCookieName(user.email, { secure }), outcome.deviceToken, deviceCookieAttributes(secure));
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, mfaSetupRequired: outcome.mfaSetupRequired };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      delete token.unavailable;
      if (user) {
        // Sign-in: authorize has just read and checked the account.
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
        token.mfaSetupRequired = user.mfaSetupRequired ?? false;
        token.role = user.role;
        token.name = user.name;
        token.email = user.email;
        return token;
      }
      const check = await checkSessionToken(getDb(), token);
      // Kept, but marked: the session callback then gives no user, and the callers
      // (lib/auth/session.ts, proxy.ts) say "unavailable" rather than "signed out".
      if (check.status === 'unavailable') return { ...token, unavailable: true };
      if (check.status !== 'valid') return null;
      const { account } = check;
      token.role = account.role;
      token.name = account.name;
      token.email = account.email;
      if (account.totpEnabledAt) token.mfaSetupRequired = false;
      return token;
    },
    session({ session, token }) {
      // An own `user: undefined`: next-auth would otherwise fill `user` with the raw token.
      if (token.unavailable) return { expires: session.expires, unavailable: true, user: undefined } as unknown as typeof session;
      session.user.id = token.sub!;
      session.user.role = token.role as Role;
      session.user.mfaSetupRequired = Boolean(token.mfaSetupRequired);
      return session;
    },
  },
}));
