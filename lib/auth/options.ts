import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Provider } from "next-auth/providers/index";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isDomainError } from "@/lib/errors";
import { assertLoginAllowed, recordLoginAttempt } from "./login-limits";
import { verifyPassword } from "./core/password";
import { clientAddress } from "./core/client-address";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

function externalProviders(): Provider[] {
  const config = env();
  const providers: Provider[] = [];
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: config.OIDC_NAME,
      type: "oauth",
      wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p: { sub: string; email: string; name?: string }) => ({
        id: p.sub,
        email: p.email,
        name: p.name ?? p.email,
      }),
    });
  }
  if (config.GITHUB_CLIENT_ID && config.GITHUB_CLIENT_SECRET) {
    providers.push(GitHubProvider({ clientId: config.GITHUB_CLIENT_ID, clientSecret: config.GITHUB_CLIENT_SECRET }));
  }
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: config.GOOGLE_CLIENT_ID, clientSecret: config.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

export function externalProviderList(): { id: string; name: string }[] {
  return externalProviders().map((p) => ({ id: p.id, name: p.name }));
}

/** Links an external identity to the Vigil user with the same verified email, creating the user if needed. */
async function userIdForIdentity(
  provider: string,
  providerAccountId: string,
  email: string,
  name: string,
): Promise<string> {
  const identity = await db.identity.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
  });
  if (identity) return identity.userId;
  const user = await db.user.upsert({
    where: { email: email.toLowerCase() },
    update: {},
    create: { email: email.toLowerCase(), name },
  });
  await db.identity.create({ data: { provider, providerAccountId, userId: user.id } });
  return user.id;
}

export function authOptions(): NextAuthOptions {
  const config = env();
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: config.SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, req) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new Error("Enter your email address and password.");
          const { email, password } = parsed.data;
          const ip = clientAddress(new Headers(req.headers as Record<string, string>));
          try {
            await assertLoginAllowed(email, ip);
          } catch (e) {
            if (isDomainError(e)) throw new Error(e.message);
            throw e;
          }
          const user = await db.user.findUnique({ where: { email } });
          const ok = await verifyPassword(user?.passwordHash ?? null, password);
          await recordLoginAttempt(email, ip, ok && !user?.disabledAt);
          if (!ok || !user || user.disabledAt) throw new Error("That email and password do not match an account.");
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      ...externalProviders(),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        if (!user.email) return "/signin?error=NoEmail";
        const userId = await userIdForIdentity(
          account.provider,
          account.providerAccountId,
          user.email,
          user.name ?? user.email,
        );
        const dbUser = await db.user.findUnique({ where: { id: userId } });
        return dbUser?.disabledAt ? "/signin?error=Disabled" : true;
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          token.uid =
            account.provider === "credentials"
              ? user.id
              : await userIdForIdentity(account.provider, account.providerAccountId, user.email ?? "", user.name ?? "");
          token.issuedAt = Date.now();
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid, issuedAt: token.issuedAt };
      },
    },
  };
}
