// Vigil's command-line tool: `npm run vigil -- <command>`. Commands that act on the database
// directly (bootstrapping a fresh install) run on the server; later commands talk to a running
// Vigil over HTTP with a token.
import { parseArgs } from "node:util";

const HELP = `Usage: npm run vigil -- <command> [options]

Commands:
  token create --org <slug> --scopes read,write,ingest [--name <name>] [--expires-in-days <n>]
      Creates an API token in the organization and prints it (shown once).
  token list --org <slug>
  token revoke --org <slug> --id <token id>

  apply -f <file> [--dry-run] [--source <name>] [--adopt]
                                Apply OpenSLO v1 YAML to a running Vigil (--dry-run: show the plan only)
  diff -f <file> [--source <name>]
                                Show what apply would change
  export [-o <file>] [--source <name>]
                                Print (or write) the organization's SLOs as OpenSLO v1 YAML
      --source: the OpenSLO source (e.g. one repository) the file is; apply prunes only that
      source's SLOs (default: the file's vigil.dev/source annotation, else "default").
      --adopt: take over SLIs/SLOs another source manages instead of refusing.
      These talk to Vigil over HTTP: --url (default VIGIL_URL or http://localhost:3000) and
      --token (default VIGIL_TOKEN; scope write for apply and diff, read for export).

Database: DATABASE_URL, or the embedded PostgreSQL in VIGIL_DATA_DIR (.vigil-data).`;

const [group, action, ...rest] = process.argv.slice(2);

function fail(message: string): never {
  console.error(`vigil: ${message}\n\n${HELP}`);
  process.exit(2);
}

async function main(): Promise<number> {
  if (!group || group === "help" || group === "--help") {
    console.log(HELP);
    return 0;
  }
  if (group === "token") {
    const { runTokenCommand } = await import("./cli/token");
    const { values } = parseArgs({
      args: rest,
      options: {
        org: { type: "string" },
        scopes: { type: "string" },
        name: { type: "string" },
        id: { type: "string" },
        "expires-in-days": { type: "string" },
      },
      strict: true,
    });
    return runTokenCommand(action, values);
  }
  if (group === "apply" || group === "diff" || group === "export") {
    const { runOpenSloCommand } = await import("./cli/openslo");
    const { env } = await import("../lib/env");
    const { VIGIL_URL, VIGIL_TOKEN } = env();
    const io = {
      out: (l: string) => console.log(l),
      err: (l: string) => console.error(l),
      env: { VIGIL_URL, VIGIL_TOKEN },
    };
    return runOpenSloCommand(
      group,
      [action, ...rest].filter((a): a is string => a !== undefined),
      io,
    );
  }
  fail(`unknown command "${group}"`);
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`vigil: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
