import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's schema engine compiled to WebAssembly, loaded the way the Prisma CLI loads it.
// It creates and applies migrations with no native binary, so it works offline.
const require = createRequire(import.meta.url);

export async function openSchemaEngine(
  connectionString: string,
  datamodel: { path: string; content: string }[],
): Promise<{ engine: SchemaEngine; close: () => Promise<void> }> {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const wasmModule = await WebAssembly.compile(bytes);
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as { __wbindgen_start: () => void };
  (glue as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(instance.exports);
  exports.__wbindgen_start();
  // Our own pool, so the process can close it instead of waiting for idle connections to time out.
  const pool = new pg.Pool({ connectionString, max: 2 });
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const engine = (await glue.SchemaEngine.new(
    { datamodels: datamodel.map((f) => [f.path, f.content] as [string, string]) },
    () => {},
    factory,
  )) as SchemaEngine;
  return {
    engine,
    close: async () => {
      engine.free();
      await pool.end();
    },
  };
}

export const emptySchemaFilter = { externalTables: [], externalEnums: [] };
