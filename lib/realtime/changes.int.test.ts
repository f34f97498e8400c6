import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listening, publishChange, subscribeChanges, type Change } from "@/lib/realtime/changes";

async function until(check: () => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("live changes through LISTEN/NOTIFY", () => {
  it("delivers a change when its transaction commits, and not before", async () => {
    const seen: Change[] = [];
    const stop = subscribeChanges((c) => seen.push(c));
    await listening();
    const change = { orgId: "org-1", topic: "incident", id: "inc-1", kind: "status_changed" };
    await db.$transaction(async (tx) => {
      await publishChange(tx, change);
      await new Promise((r) => setTimeout(r, 200));
      expect(seen).toEqual([]);
    });
    await until(() => seen.length === 1);
    expect(seen[0]).toEqual(change);

    await expect(
      db.$transaction(async (tx) => {
        await publishChange(tx, { ...change, kind: "rolled_back" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.map((c) => c.kind)).toEqual(["status_changed"]);
    stop();
  });

  it("reconnects after losing its connection and asks subscribers to resync", async () => {
    const seen: Change[] = [];
    const stop = subscribeChanges((c) => seen.push(c));
    await listening();
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'LISTEN vigil_changes%' AND pid <> pg_backend_pid()`;
    await until(() => seen.some((c) => c.kind === "resync"));
    await listening();
    await db.$transaction((tx) => publishChange(tx, { orgId: "o", topic: "incident", id: "after", kind: "noted" }));
    await until(() => seen.some((c) => c.id === "after"));
    stop();
  });
});
