#!/usr/bin/env node
/**
 * npm run test:properties: the full property suite (test/properties) with at
 * least 100,000 generated calls, then the total.
 *
 *   npm run test:properties                      build, then 100,000 calls
 *   npm run test:properties -- --calls 250000    another target
 *   npm run test:properties -- --no-build        use the dist/ already built
 *   BTU_PROPERTY_SEED=123 npm run test:properties   replay a run
 *
 * Each test file reports the calls it made (test/properties/budget.ts); this
 * adds them up, prints the total and the time, and fails if the suite failed
 * or made fewer calls than the target. `npm test` runs the same files with a
 * small default (4,000 calls).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const args = process.argv.slice(2);
const at = args.indexOf("--calls");
const target = at >= 0 ? Number(args[at + 1]) : Number(process.env.BTU_PROPERTY_CALLS || 100000);
if (!Number.isInteger(target) || target < 1) {
  process.stderr.write(
    `test:properties: --calls must be a whole number above 0, got ${args[at + 1]}\n`
  );
  process.exit(2);
}

const started = Date.now();
if (!args.includes("--no-build")) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = spawnSync(npm, ["run", "-s", "build:local"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) {
    process.stderr.write("test:properties: the build failed\n");
    process.exit(1);
  }
}

const countDir = fs.mkdtempSync(path.join(os.tmpdir(), "btu-property-calls-"));
const jestStarted = Date.now();
const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "test/properties"], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, BTU_PROPERTY_CALLS: String(target), BTU_PROPERTY_COUNT_DIR: countDir },
});
const seconds = (ms) => (ms / 1000).toFixed(1);

const counts = fs
  .readdirSync(countDir)
  .map((f) => JSON.parse(fs.readFileSync(path.join(countDir, f), "utf8")))
  .sort((a, b) => a.file.localeCompare(b.file));
fs.rmSync(countDir, { recursive: true, force: true });
const total = counts.reduce((n, c) => n + c.calls, 0);

const lines = ["", "Property suite: calls to the BTU functions, per file"];
for (const c of counts) lines.push(`  ${c.file.padEnd(32)} ${String(c.calls).padStart(9)}`);
lines.push(`  ${"total".padEnd(32)} ${String(total).padStart(9)}  (target ${target})`);
lines.push(
  `  time: ${seconds(Date.now() - jestStarted)} s for the properties, ${seconds(Date.now() - started)} s in all`
);
if (process.env.BTU_PROPERTY_SEED) lines.push(`  seed: ${process.env.BTU_PROPERTY_SEED}`);
process.stdout.write(lines.join("\n") + "\n");

if (jest.status !== 0) {
  process.stderr.write("test:properties: FAILED (see the shrunk counterexamples above)\n");
  process.exit(1);
}
if (total < target) {
  process.stderr.write(
    `test:properties: FAILED: ${total} calls, fewer than the target ${target} (a skipped file, or a property making fewer calls than test/properties/budget.ts expects)\n`
  );
  process.exit(1);
}
