// `npm test`: every check, in order: lint, types, unit, integration (fresh PostgreSQL),
// end-to-end (real Chromium, two Vigil instances). Runs them all, then prints a summary
// and exits non-zero if any failed.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const steps = [
  { name: "lint", cmd: ["npx", "eslint", "--max-warnings=0", "."] },
  { name: "format", cmd: ["npx", "prettier", "--check", "."] },
  { name: "types", cmd: ["npx", "tsc", "--noEmit"] },
  {
    name: "unit",
    cmd: [
      "npx",
      "vitest",
      "run",
      "--project",
      "unit",
      "--reporter=default",
      "--reporter=json",
      "--outputFile=test-results/unit.json",
    ],
    report: "test-results/unit.json",
  },
  {
    name: "integration",
    cmd: [
      "npx",
      "tsx",
      "scripts/with-test-db.ts",
      "npx",
      "vitest",
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      "--outputFile=test-results/integration.json",
    ],
    report: "test-results/integration.json",
  },
  { name: "build", cmd: ["npx", "tsx", "scripts/build.ts"] },
  {
    name: "e2e",
    cmd: ["npx", "tsx", "scripts/with-test-db.ts", "npx", "playwright", "test"],
    report: "test-results/e2e.json",
    needs: "build",
  },
];

rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });

/** Passed and failed test counts from Vitest's or Playwright's JSON report. */
function counts(file) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    if ("numPassedTests" in report) return { passed: report.numPassedTests, failed: report.numFailedTests };
    return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
  } catch {
    return null;
  }
}

const results = [];
for (const step of steps) {
  if (step.needs && results.find((r) => r.name === step.needs)?.ok === false) {
    results.push({ name: step.name, ok: false, seconds: 0, note: `skipped: ${step.needs} failed` });
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.cmd.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: process.env.CI ? "0" : "1" },
  });
  results.push({
    name: step.name,
    ok: run.status === 0,
    seconds: (Date.now() - started) / 1000,
    tests: step.report ? counts(step.report) : null,
  });
}

let passed = 0;
let failed = 0;
console.log("\n=== summary");
for (const r of results) {
  if (r.tests) {
    passed += r.tests.passed;
    failed += r.tests.failed;
  }
  const detail = r.tests ? `${r.tests.passed} passed, ${r.tests.failed} failed` : (r.note ?? "");
  console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name.padEnd(12)} ${r.seconds.toFixed(1).padStart(6)}s  ${detail}`);
}
const allOk = results.every((r) => r.ok);
// A failing lint, type or build step counts as a failure too.
failed += results.filter((r) => !r.ok && !r.tests).length;
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(allOk ? 0 : 1);
