import { apiRoute, json } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

// Who the token is: its organization and scopes. Handy to check a token before automating.
export const GET = apiRoute("/api/v1/me", async (_req, ctx) =>
  json({
    organization: { slug: ctx.org.slug, name: ctx.org.name },
    actor: {
      type: ctx.actor.type,
      name: ctx.actor.label,
      ...(ctx.actor.type === "token" ? { scopes: ctx.actor.scopes } : {}),
    },
  }),
);
