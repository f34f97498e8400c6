import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "@/lib/db/embedded";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps data across a stop and a start, and lets a second process join the running server", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "vigil-embedded-"));
    dirs.push(dir);
    const first = await startEmbeddedDatabase(dir);
    expect(first.startedHere).toBe(true);
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");

    const joined = await startEmbeddedDatabase(dir);
    expect(joined.startedHere).toBe(false);
    expect(joined.url).toBe(first.url);
    await first.stop();

    const again = await startEmbeddedDatabase(dir);
    expect(again.startedHere).toBe(true);
    expect(await query(again.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    await again.stop();
  }, 60_000);
});
