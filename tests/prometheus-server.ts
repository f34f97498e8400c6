// Starts Debian's real Prometheus on a free loopback port over a TSDB backfilled with
// `promtool tsdb create-blocks-from openmetrics`, so tests know every sample exactly.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const PROMETHEUS = "/usr/bin/prometheus";
const PROMTOOL = "/usr/bin/promtool";

export function requirePrometheus(): void {
  for (const binary of [PROMETHEUS, PROMTOOL]) {
    if (!existsSync(binary))
      throw new Error(
        `${binary} is missing: install Debian's "prometheus" package (apt-get install prometheus) to run the Prometheus integration tests.`,
      );
  }
}

async function freePort(): Promise<number> {
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

export type PrometheusServer = {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Backfills more samples (OpenMetrics, ending in `# EOF`) while stopped: samples that "arrive late". */
  addSamples(openMetrics: string): void;
  cleanup(): Promise<void>;
};

/** `openMetrics` is an OpenMetrics text (ending in `# EOF`) backfilled before the first start. */
export async function startPrometheus(openMetrics: string): Promise<PrometheusServer> {
  requirePrometheus();
  const dir = mkdtempSync(path.join(tmpdir(), "vigil-prom-"));
  const data = path.join(dir, "data");
  writeFileSync(path.join(dir, "input.om"), openMetrics);
  writeFileSync(path.join(dir, "prometheus.yml"), "global:\n  scrape_interval: 15s\nscrape_configs: []\n");
  execFileSync(PROMTOOL, ["tsdb", "create-blocks-from", "openmetrics", path.join(dir, "input.om"), data], {
    stdio: "pipe",
  });
  let batches = 0;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = "";

  const server: PrometheusServer = {
    url,
    async start() {
      output = "";
      child = spawn(
        PROMETHEUS,
        [
          `--config.file=${path.join(dir, "prometheus.yml")}`,
          `--storage.tsdb.path=${data}`,
          `--web.listen-address=127.0.0.1:${port}`,
          "--storage.tsdb.retention.time=3650d",
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}:\n${output}`);
        try {
          if ((await fetch(`${url}/-/ready`)).ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`prometheus did not become ready within 30 s:\n${output}`);
    },
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((r) => running.once("exit", r));
      running.kill("SIGTERM");
      await exited;
    },
    addSamples(more) {
      if (child && child.exitCode === null) throw new Error("stop Prometheus before adding samples");
      const file = path.join(dir, `input-${++batches}.om`);
      writeFileSync(file, more);
      // Blocks may overlap earlier ones: Prometheus merges them when it opens the TSDB.
      execFileSync(PROMTOOL, ["tsdb", "create-blocks-from", "openmetrics", file, data], { stdio: "pipe" });
    },
    async cleanup() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
