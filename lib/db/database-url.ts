import path from "node:path";
import { env } from "@/lib/env";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

/**
 * The database for a command-line process: DATABASE_URL when set, otherwise the embedded
 * PostgreSQL in VIGIL_DATA_DIR (joined if Vigil is already running on it, else started).
 */
export async function openDatabase(log: (msg: string) => void = () => {}): Promise<EmbeddedDatabase> {
  const config = env();
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => {}, startedHere: false };
  return startEmbeddedDatabase(path.resolve(config.VIGIL_DATA_DIR), log);
}
