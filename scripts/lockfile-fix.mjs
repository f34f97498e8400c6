// Adds entries for optional platform packages (other operating systems' and CPUs' native
// binaries) that the lockfile lacks. Registries that serve only this platform's binaries
// leave them out, and then `npm ci` refuses the lockfile. The entries name the platform, so
// npm skips them here and installs them where they fit.
import { readFileSync, writeFileSync } from "node:fs";

const OSES = ["darwin", "win32", "freebsd", "android", "openharmony", "linux", "sunos", "aix", "netbsd", "openbsd"];
const CPUS = ["arm64", "x64", "arm", "ia32", "ppc64", "riscv64", "s390x", "loong64", "wasm32", "mips64el"];
const token = (name, list) => list.find((t) => new RegExp(`(^|-)${t}(-|$)`).test(name.split("/").pop()));

export function missingOptionalPackages(lock) {
  const packages = lock.packages;
  const missing = new Map();
  for (const [location, entry] of Object.entries(packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      // Resolution walks up from the dependent's folder, as Node's does.
      let dir = location;
      let found = false;
      for (;;) {
        if (packages[`${dir ? `${dir}/` : ""}node_modules/${name}`]) {
          found = true;
          break;
        }
        if (!dir) break;
        const cut = dir.lastIndexOf("/node_modules/");
        dir = cut === -1 ? "" : dir.slice(0, cut);
      }
      if (!found) missing.set(name, String(range).replace(/^[\^~=]/, ""));
    }
  }
  return missing;
}

function stub(name, version) {
  const os = token(name, OSES) ?? "linux";
  const cpu = token(name, CPUS);
  return {
    version,
    optional: true,
    os: [os],
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(os === "linux" ? { libc: [/musl/.test(name) ? "musl" : "glibc"] } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
  const missing = missingOptionalPackages(lock);
  for (const [name, version] of missing) lock.packages[`node_modules/${name}`] = stub(name, version);
  writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
  console.log(
    missing.size
      ? `Added ${missing.size} platform entries: ${[...missing.keys()].join(", ")}`
      : "The lockfile is complete.",
  );
}
