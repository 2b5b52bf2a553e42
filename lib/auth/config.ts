import 'server-only';
import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db';
import { getAuthSecret } from '@/lib/env';
import type { Role } from './roles';
import { checkSessionToken } from './session-check';
import { SESSION_MAX_AGE_SECONDS } from './session-policy';
import { authenticateWithPassword } from './sign-in';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role; mfaSetupRequired: boolean } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
    mfaSetupRequired?: boolean;
  }
}

/** A sign-in refusal whose `code` the form turns into a French message. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: 'invalid' | 'throttled' | 'mfa_required' | 'mfa_invalid') {
    super();
    this.code = code;
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
        if (!outcome.ok) throw new SignInRefused(outcome.reason);
        const { user } = outcome;
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, mfaSetupRequired: outcome.mfaSetupRequired };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
        token.mfaSetupRequired = user.mfaSetupRequired ?? false;
      }
      const check = await checkSessionToken(getDb(), token);
      if (check.status !== 'valid') return null;
      const { account } = check;
      token.role = account.role;
      token.name = account.name;
      token.email = account.email;
      if (account.totpEnabledAt) token.mfaSetupRequired = false;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      session.user.role = token.role as Role;
      session.user.mfaSetupRequired = Boolean(token.mfaSetupRequired);
      return session;
    },
  },
}));
