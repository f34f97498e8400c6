import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

// Ties the OpenAPI document to the route handlers under app/api/v1: every exported HTTP method
// is documented, and everything documented under /api/v1 is a handler.
const ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");
const NEXT_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const OPENAPI_METHODS = new Set(["get", "head", "post", "put", "patch", "delete", "options", "trace"]);

/** Next's folder name to the URL template: `[id]` is `{id}`, route groups `(name)` add nothing. */
function urlTemplate(dir: string) {
  const segments = dir
    .split(path.sep)
    .filter((s) => s && !/^\(.+\)$/.test(s))
    .map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"));
  return ["/api/v1", ...segments].join("/");
}

/** The HTTP methods a route file exports, read from its syntax tree (importing it would need a database). */
function exportedMethods(file: string) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const names: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (exported && ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    if (exported && ts.isFunctionDeclaration(statement) && statement.name) names.push(statement.name.text);
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause))
      for (const e of statement.exportClause.elements) names.push(e.name.text);
  }
  return names.filter((n) => NEXT_METHODS.has(n));
}

function routeOperations() {
  return readdirSync(ROOT, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => path.dirname(f))
    .filter((dir) => dir !== ".")
    .filter((dir) => !dir.split(path.sep).some((s) => s.startsWith("[..."))) // `[...unknown]`: the JSON 404 for unknown paths
    .flatMap((dir) => exportedMethods(path.join(ROOT, dir, "route.ts")).map((m) => `${m} ${urlTemplate(dir)}`))
    .sort();
}

type PathItem = Record<string, unknown> & { parameters?: { name: string; in: string }[] };
const documentPaths = () => Object.entries(openApiDocument().paths as Record<string, PathItem>);

function documentedOperations() {
  return documentPaths()
    .filter(([url]) => url.startsWith("/api/v1/"))
    .flatMap(([url, item]) =>
      Object.keys(item)
        .filter((k) => OPENAPI_METHODS.has(k))
        .map((m) => `${m.toUpperCase()} ${url}`),
    )
    .sort();
}

describe("OpenAPI document and app/api/v1", () => {
  it("finds the route files", () => {
    expect(routeOperations()).toContain("GET /api/v1/incidents/{id}");
    expect(routeOperations()).toContain("POST /api/v1/integrations/webhook/{integrationId}");
  });

  it("documents every route and method, and nothing that is not a route", () => {
    const routes = routeOperations();
    const documented = documentedOperations();
    expect({
      undocumented: routes.filter((r) => !documented.includes(r)),
      withoutHandler: documented.filter((d) => !routes.includes(d)),
    }).toEqual({ undocumented: [], withoutHandler: [] });
  });

  it("declares each path template's parameters as path parameters, and no others", () => {
    const problems = documentPaths().flatMap(([url, item]) => {
      const inTemplate = [...url.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      return Object.keys(item)
        .filter((k) => OPENAPI_METHODS.has(k))
        .flatMap((method) => {
          const operation = item[method] as PathItem;
          const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
            .filter((p) => p.in === "path")
            .map((p) => p.name)
            .sort();
          return JSON.stringify(declared) === JSON.stringify(inTemplate)
            ? []
            : [`${method.toUpperCase()} ${url}: declares ${declared.join(", ") || "none"}`];
        });
    });
    expect(problems).toEqual([]);
  });
});
