import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { test as base, expect, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { PrismaClient } from "../../generated/prisma/client";

export const PASSWORD = "e2e-password-123";
type Role = "owner" | "admin" | "responder" | "viewer";
export type SeededOrg = { slug: string; name: string; users: Record<Role, { email: string; name: string }> };

let prisma: PrismaClient | undefined;
export function database(): PrismaClient {
  prisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
  return prisma;
}

let passwordHash: Promise<string> | undefined;

/** A fresh organization with one member per role, unique to the test. */
export async function seedOrg(): Promise<SeededOrg> {
  const id = randomBytes(4).toString("hex");
  const slug = `e2e-${id}`;
  const db = database();
  passwordHash ??= hash(PASSWORD);
  const org = await db.organization.create({ data: { slug, name: `E2E ${id}` } });
  const users = {} as SeededOrg["users"];
  for (const role of ["owner", "admin", "responder", "viewer"] as const) {
    const email = `${role}-${id}@e2e.test`;
    const name = `${role[0]!.toUpperCase()}${role.slice(1)} ${id}`;
    const user = await db.user.create({ data: { email, name, passwordHash: await passwordHash } });
    await db.membership.create({ data: { orgId: org.id, userId: user.id, role } });
    users[role] = { email, name };
  }
  return { slug, name: org.name, users };
}

/** Signs in through next-auth's credentials endpoint, as the form does, without driving the form. */
export async function signInViaApi(request: APIRequestContext, email: string, baseURL: string, password = PASSWORD) {
  const { csrfToken } = (await (await request.get(`${baseURL}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${baseURL}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
}

export async function signedInContext(context: BrowserContext, email: string, baseURL: string) {
  await signInViaApi(context.request, email, baseURL);
  return context;
}

export const test = base.extend<{ org: SeededOrg }>({
  org: async ({}, use) => {
    await use(await seedOrg());
  },
});

export { expect };
