// Starts Debian's real Alertmanager on a free loopback port with a temporary config whose one
// webhook receiver points at the URL under test, authenticated with a bearer token.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const ALERTMANAGER = "/usr/bin/prometheus-alertmanager";

export function requireAlertmanager(): void {
  if (!existsSync(ALERTMANAGER)) {
    throw new Error(
      `${ALERTMANAGER} is missing: install Debian's "prometheus-alertmanager" package (apt-get install prometheus-alertmanager) to run the Alertmanager integration tests.`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export type AlertmanagerServer = {
  url: string;
  /** POST /api/v2/alerts: what Prometheus does on every evaluation. */
  postAlerts(
    alerts: {
      labels: Record<string, string>;
      annotations?: Record<string, string>;
      startsAt?: string;
      endsAt?: string;
    }[],
  ): Promise<void>;
  stop(): Promise<void>;
};

export async function startAlertmanager(options: {
  webhookUrl: string;
  token: string;
  repeatInterval?: string;
}): Promise<AlertmanagerServer> {
  requireAlertmanager();
  const dir = mkdtempSync(path.join(tmpdir(), "vigil-am-"));
  // Short intervals so notifications (and at-least-once repeats) arrive within seconds.
  const config = `route:
  receiver: vigil
  group_by: [alertname]
  group_wait: 100ms
  group_interval: 1s
  repeat_interval: ${options.repeatInterval ?? "1s"}
receivers:
  - name: vigil
    webhook_configs:
      - url: ${JSON.stringify(options.webhookUrl)}
        send_resolved: true
        http_config:
          authorization:
            type: Bearer
            credentials: ${JSON.stringify(options.token)}
`;
  writeFileSync(path.join(dir, "alertmanager.yml"), config);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(
    ALERTMANAGER,
    [
      `--config.file=${path.join(dir, "alertmanager.yml")}`,
      `--storage.path=${path.join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--cluster.listen-address=",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`alertmanager exited with ${child.exitCode}:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`alertmanager did not become ready within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    async postAlerts(alerts) {
      const res = await fetch(`${url}/api/v2/alerts`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(alerts),
      });
      if (!res.ok) throw new Error(`alertmanager refused alerts: ${res.status} ${await res.text()}`);
    },
    stop,
  };
}
