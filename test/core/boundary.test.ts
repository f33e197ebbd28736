/**
 * One core, one door: outside src/core, code imports the core through its
 * index only, and the index does not re-export the clause rules. A rule found
 * in an adapter (functions, task pane, CLI, audit builder) starts with an
 * import of ./rules; this test fails on one.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");
const CORE = path.join(ROOT, "src/core");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [p] : [];
  });
}

/** The module specifiers a source imports or re-exports (static and dynamic). */
export function specifiers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(
    /(?:import|export)\s[^"'`;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g
  ))
    out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** Imports of `file` that reach into src/core other than through its index. */
export function violations(file: string, source: string): string[] {
  return specifiers(source).filter((s) => {
    if (!s.startsWith(".")) return false;
    const target = path.resolve(path.dirname(file), s);
    if (!target.startsWith(CORE + path.sep) && target !== CORE) return false;
    return !(target === CORE || target === path.join(CORE, "index"));
  });
}

describe("the core's one door (src/core/index.ts)", () => {
  const outside = [
    ...files(path.join(ROOT, "src")).filter((f) => !f.startsWith(CORE + path.sep)),
    ...files(path.join(ROOT, "scripts")),
    ...files(path.join(ROOT, "bench")),
  ];
  test("nothing outside src/core imports src/core/rules/* (or any core module but its index)", () => {
    expect(outside.length).toBeGreaterThan(30);
    const found = outside.flatMap((f) =>
      violations(f, fs.readFileSync(f, "utf8")).map((s) => `${path.relative(ROOT, f)} imports ${s}`)
    );
    expect(found).toEqual([]);
  });
  test("the index re-exports no rule module: its only door to ./rules is ./api (src/core/api/)", () => {
    const index = fs.readFileSync(path.join(CORE, "index.ts"), "utf8");
    expect(specifiers(index).filter((s) => s.includes("rules"))).toEqual([]);
    expect(specifiers(index)).toContain("./api");
  });
  test("the door names what it exports: no `export *` anywhere in src/core (issue 20)", () => {
    const starred = files(CORE).filter((f) =>
      /^\s*export\s+(type\s+)?\*/m.test(fs.readFileSync(f, "utf8"))
    );
    expect(starred.map((f) => path.relative(ROOT, f))).toEqual([]);
    expect(/^\s*export\s+(type\s+)?\*/m.test('export * from "./api";')).toBe(true);
  });
  test("the check fails on a deliberate violation", () => {
    const adapter = path.join(ROOT, "src/functions/adapter.ts");
    expect(violations(adapter, 'import { FeeLedger } from "../core/rules/p3a-fees";')).toEqual([
      "../core/rules/p3a-fees",
    ]);
    expect(violations(adapter, 'export { payout } from "../core/rules/p4-payout";')).toEqual([
      "../core/rules/p4-payout",
    ]);
    expect(violations(adapter, 'const r = await import("../core/rules/p4-payout");')).toEqual([
      "../core/rules/p4-payout",
    ]);
    expect(violations(adapter, 'import { payout } from "../core";')).toEqual([]);
  });
});
