import pino from "pino";
import { env } from "@/lib/env";

// JSON lines on stdout: {"level":"info","time":...,"msg":...,"requestId":...}. One logger per process.
const globalForLog = globalThis as unknown as { vigilLogger?: pino.Logger };

export const log: pino.Logger =
  globalForLog.vigilLogger ??
  pino({
    level: env().LOG_LEVEL,
    base: { service: "vigil" },
    formatters: { level: (label) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization", "secret", "*.secret"],
      censor: "[redacted]",
    },
  });
globalForLog.vigilLogger = log;
