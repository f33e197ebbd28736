#!/usr/bin/env node
/**
 * The production-mode builds the tests run against, each skipped when it is up to date
 * (issue 20 item 6: a fresh `npm ci && npm test` builds the CLI once).
 *
 *   node scripts/build.js cli            npm run build:cli (and `prepare`, so `npm ci`): dist/cli
 *   node scripts/build.js local          npm run build:local: the functions and the shared page
 *                                        (webpack --env local) into dist/, and dist/cli
 *   ... --force                          build even when up to date
 *
 * A build is up to date when the sources it is made from (src/, assets/, manifest.xml,
 * webpack.config.js and the scripts it loads, tsconfig.json, package.json, package-lock.json and the
 * installed packages' node_modules/.package-lock.json) and the files it wrote are, byte for byte, those recorded when it
 * was last made here (node_modules/.cache/btu-build/). Anything else, a changed source, a
 * development or production build (`npm run build:dev`, `npm run build`) over dist/ or a deleted
 * file, builds it again. The stale builds run in one webpack process.
 */
const { spawnSync } = require("child_process");
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const STAMPS = path.join(ROOT, "node_modules", ".cache", "btu-build");
const DIST = path.join(ROOT, "dist");

const SOURCES = ["src", "assets", path.join("scripts", "browser-shims")];
const SOURCE_FILES = [
  "manifest.xml",
  "webpack.config.js",
  // The scripts webpack.config.js loads, and this one.
  ...[
    "manifests.js",
    "notices.js",
    "functions-reference.js",
    "es2016-loader.js",
    "build.js",
    "first-screen.tsx",
  ].map((f) => path.join("scripts", f)),
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  path.join("node_modules", ".package-lock.json"),
];

/** What each build is: its webpack configurations and arguments, and the files it writes. */
const BUILDS = {
  web: {
    configs: ["functions", "addin"],
    env: ["--env", "local"],
    outputs: () => [
      ...files(DIST).filter((f) => !f.startsWith(path.join(DIST, "cli") + path.sep)),
      ...files(path.join(ROOT, "dist-maps")),
    ],
  },
  cli: {
    configs: ["cli"],
    env: [],
    outputs: () => files(path.join(DIST, "cli")),
  },
};
const TARGETS = { local: ["web", "cli"], cli: ["cli"] };

/** Every file under dir (none if it does not exist), sorted. */
function files(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

function digest(paths, extra = "") {
  const hash = createHash("sha256").update(extra);
  for (const f of paths) {
    hash.update(path.relative(ROOT, f)).update("\0");
    hash.update(fs.existsSync(f) ? fs.readFileSync(f) : "(missing)").update("\0");
  }
  return hash.digest("hex");
}

const sourcesDigest = (build) =>
  digest(
    [
      ...SOURCES.flatMap((d) => files(path.join(ROOT, d))),
      ...SOURCE_FILES.map((f) => path.join(ROOT, f)),
    ],
    [...build.configs, ...build.env].join(" ")
  );
const stampFile = (name) => path.join(STAMPS, `${name}.json`);

function upToDate(name) {
  const build = BUILDS[name];
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile(name), "utf8"));
  } catch {
    return false;
  }
  const outputs = build.outputs();
  return (
    outputs.length > 0 &&
    stamp.sources === sourcesDigest(build) &&
    stamp.outputs === digest(outputs)
  );
}

function main() {
  const args = process.argv.slice(2);
  const target = args.find((a) => !a.startsWith("--"));
  if (!TARGETS[target]) {
    process.stderr.write(`usage: node scripts/build.js (local|cli) [--force]\n`);
    return 2;
  }
  const force = args.includes("--force");
  const stale = TARGETS[target].filter((name) => force || !upToDate(name));
  for (const name of TARGETS[target].filter((n) => !stale.includes(n)))
    process.stdout.write(
      `build: ${name === "cli" ? "dist/cli" : "dist/ (functions, page)"} is up to date (sources unchanged since it was built; --force rebuilds)\n`
    );
  if (stale.length === 0) return 0;
  for (const name of stale) fs.rmSync(stampFile(name), { force: true });
  // The sources as they are when the build starts (a file saved during the build makes it stale).
  const sources = Object.fromEntries(stale.map((name) => [name, sourcesDigest(BUILDS[name])]));
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const env = stale.some((n) => BUILDS[n].env.length) ? ["--env", "local"] : [];
  const configs = stale.flatMap((n) => BUILDS[n].configs.flatMap((c) => ["--config-name", c]));
  const run = spawnSync(process.execPath, [webpack, "--mode", "production", ...env, ...configs], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (run.status !== 0) return run.status ?? 1;
  fs.mkdirSync(STAMPS, { recursive: true });
  for (const name of stale) {
    const stamp = { sources: sources[name], outputs: digest(BUILDS[name].outputs()) };
    fs.writeFileSync(stampFile(name), JSON.stringify(stamp, null, 2) + "\n");
  }
  return 0;
}

process.exitCode = main();
