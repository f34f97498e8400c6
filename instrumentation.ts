// Runs once when each Vigil server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (!env().VIGIL_JOBS) return;
  const { startWorkers } = await import("@/lib/jobs/workers");
  await startWorkers();
}
