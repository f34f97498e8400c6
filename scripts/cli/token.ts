import { openDatabase } from "../../lib/db/database-url";
import { setDatabaseUrl } from "../../lib/env";

type Options = { org?: string; scopes?: string; name?: string; id?: string; "expires-in-days"?: string };

/** Acts as the `system` actor: whoever can run this on the server already holds the database. */
export async function runTokenCommand(action: string | undefined, options: Options): Promise<number> {
  if (!options.org) throw new Error("--org <slug> is required");
  const database = await openDatabase();
  setDatabaseUrl(database.url);
  try {
    const { systemOrgContext } = await import("../../lib/access/context");
    const tokens = await import("../../lib/tokens/service");
    const { DomainError } = await import("../../lib/errors");
    const ctx = await systemOrgContext(options.org);
    try {
      switch (action) {
        case "create": {
          const input = tokens.createTokenSchema.safeParse({
            name: options.name ?? `cli-${new Date().toISOString().slice(0, 10)}`,
            scopes: (options.scopes ?? "")
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
            ...(options["expires-in-days"] ? { expiresInDays: options["expires-in-days"] } : {}),
          });
          if (!input.success)
            throw new Error(input.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "));
          const { secret, token } = await tokens.createApiToken(ctx, input.data);
          console.error(
            `Created token "${token.name}" (${token.id}) with scopes ${token.scopes.join(", ")} in ${ctx.org.slug}. It is shown only once:`,
          );
          console.log(secret);
          return 0;
        }
        case "list": {
          for (const t of await tokens.listApiTokens(ctx)) {
            console.log(
              [
                t.id,
                t.prefix + "…",
                t.name,
                t.scopes.join(","),
                t.revokedAt ? "revoked" : "active",
                t.lastUsedAt?.toISOString() ?? "never used",
              ].join("\t"),
            );
          }
          return 0;
        }
        case "revoke": {
          if (!options.id) throw new Error("--id <token id> is required");
          await tokens.revokeApiToken(ctx, options.id);
          console.log(`Revoked ${options.id}.`);
          return 0;
        }
        default:
          throw new Error(`unknown token command "${action ?? ""}": use create, list or revoke`);
      }
    } catch (e) {
      if (e instanceof DomainError) throw new Error(e.message);
      throw e;
    }
  } finally {
    await database.stop();
  }
}
