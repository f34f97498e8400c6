import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as pageRoute from "@/app/api/v1/status-pages/[pageId]/route";
import * as componentsRoute from "@/app/api/v1/status-pages/[pageId]/components/route";
import * as maintenancesRoute from "@/app/api/v1/status-pages/[pageId]/maintenances/route";
import * as pagesRoute from "@/app/api/v1/status-pages/route";
import * as overrideRoute from "@/app/api/v1/status-components/[componentId]/override/route";
import * as maintenanceUpdatesRoute from "@/app/api/v1/scheduled-maintenances/[maintenanceId]/updates/route";
import * as subscribersRoute from "@/app/api/v1/status-pages/[pageId]/subscribers/route";
import * as subscriberRoute from "@/app/api/v1/subscribers/[subscriberId]/route";
import { publicPost } from "@/tests/statuspage";
import { openApiDocument } from "@/lib/api/openapi";
import { createApiToken } from "@/lib/tokens/service";
import { orgWithMembers, unique } from "@/tests/factories";

type Handler = (req: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, token: string, params: Record<string, string>, method: string, body?: unknown) {
  const req = new NextRequest("http://127.0.0.1/api/v1/x", {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const response = await handler(req, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

async function tokens() {
  const { members } = await orgWithMembers(["admin"]);
  const write = (await createApiToken(members.admin.ctx, { name: "w", scopes: ["read", "write"] })).secret;
  const read = (await createApiToken(members.admin.ctx, { name: "r", scopes: ["read"] })).secret;
  return { write, read };
}

describe("status page admin API", () => {
  it("creates, reads, changes and deletes a page", async () => {
    const { write, read } = await tokens();
    const slug = unique("acme");
    const created = await call(pagesRoute.POST, write, {}, "POST", { name: "Acme", slug, timeZone: "Europe/Paris" });
    expect(created.status).toBe(201);
    const id = created.body!.id as string;
    expect(id).toMatch(/^[0-9a-z]{12}$/);
    expect((await call(pagesRoute.GET, read, {}, "GET")).body!.data).toHaveLength(1);
    expect((await call(pageRoute.PATCH, write, { pageId: id }, "PATCH", { published: true })).body).toMatchObject({
      published: true,
    });
    expect((await call(pageRoute.DELETE, write, { pageId: id }, "DELETE")).status).toBe(204);
    expect((await call(pageRoute.GET, read, { pageId: id }, "GET")).status).toBe(404);
  });

  it("answers bad input with 422 and field details, bad JSON with 400, a read token with 403, a taken slug with 409", async () => {
    const { write, read } = await tokens();
    const invalid = await call(pagesRoute.POST, write, {}, "POST", { name: "", slug: "Not A Slug", brandColor: "red" });
    expect(invalid.status).toBe(422);
    expect(JSON.stringify(invalid.body)).toContain("Give a colour as #rrggbb");
    expect((await call(pagesRoute.POST, write, {}, "POST", "{not json")).status).toBe(400);
    expect((await call(pagesRoute.POST, read, {}, "POST", { name: "A", slug: unique("a") })).status).toBe(403);
    const slug = unique("taken");
    await call(pagesRoute.POST, write, {}, "POST", { name: "A", slug });
    const clash = await call(pagesRoute.POST, write, {}, "POST", { name: "B", slug });
    expect(clash).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
  });

  it("adds components, overrides one, and runs maintenance through its updates", async () => {
    const { write } = await tokens();
    const page = await call(pagesRoute.POST, write, {}, "POST", { name: "Acme", slug: unique("acme") });
    const pageId = page.body!.id as string;
    const component = await call(componentsRoute.POST, write, { pageId }, "POST", {
      name: "API",
      startDate: "2026-01-01",
    });
    expect(component.status).toBe(201);
    const componentId = component.body!.id as string;
    const overridden = await call(overrideRoute.PUT, write, { componentId }, "PUT", { status: "degraded_performance" });
    expect(overridden.body).toMatchObject({ overrideStatus: "degraded_performance" });
    expect((await call(overrideRoute.PUT, write, { componentId }, "PUT", { status: "broken" })).status).toBe(422);

    const start = new Date(Date.now() - 60_000).toISOString();
    const end = new Date(Date.now() + 3_600_000).toISOString();
    const badWindow = await call(maintenancesRoute.POST, write, { pageId }, "POST", {
      name: "M",
      scheduledFor: end,
      scheduledUntil: start,
      body: "x",
    });
    expect(badWindow.status).toBe(422);
    expect(JSON.stringify(badWindow.body)).toContain("The end must be after the start.");
    const maintenance = await call(maintenancesRoute.POST, write, { pageId }, "POST", {
      name: "M",
      scheduledFor: start,
      scheduledUntil: end,
      body: "Started.",
      componentIds: [componentId],
    });
    expect(maintenance.status).toBe(201);
    const done = await call(
      maintenanceUpdatesRoute.POST,
      write,
      { maintenanceId: maintenance.body!.id as string },
      "POST",
      { status: "completed", body: "Done early." },
    );
    expect(done).toMatchObject({ status: 201, body: { status: "completed" } });
  });

  it("lists and removes subscribers for write tokens only (they are people's addresses)", async () => {
    const { write, read } = await tokens();
    const page = await call(pagesRoute.POST, write, {}, "POST", {
      name: "Acme",
      slug: unique("acme"),
      published: true,
    });
    const pageId = page.body!.id as string;
    expect(
      (
        await publicPost(page.body!.slug as string, "subscribe", {
          kind: "webhook",
          url: "https://hooks.example.test/a",
        })
      ).status,
    ).toBe(201);
    const listed = await call(subscribersRoute.GET, write, { pageId }, "GET");
    expect(listed.body!.data).toMatchObject([{ kind: "webhook", webhookUrl: "https://hooks.example.test/a" }]);
    expect(JSON.stringify(listed.body)).not.toContain("whsec_");
    expect((await call(subscribersRoute.GET, read, { pageId }, "GET")).status).toBe(403);
    const id = (listed.body!.data as { id: string }[])[0]!.id;
    expect((await call(subscriberRoute.DELETE, write, { subscriberId: id }, "DELETE")).status).toBe(204);
    expect((await call(subscriberRoute.DELETE, write, { subscriberId: id }, "DELETE")).status).toBe(404);
  });

  it("documents the endpoints in the OpenAPI document", () => {
    const doc = openApiDocument();
    expect(doc.paths).toHaveProperty("/api/v1/status-pages");
    expect(doc.paths).toHaveProperty("/api/v1/scheduled-maintenances/{maintenanceId}/updates");
  });
});
