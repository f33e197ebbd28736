#!/usr/bin/env node
/**
 * Releases that never break a cell: a change to the custom functions' metadata (functions.json)
 * must come with a new add-in version. Excel re-reads an add-in's functions.json at most once a day
 * and may run a new functions.js against the old metadata meanwhile (office-js#2777); a new version
 * changes the manifest's <Version> and, in the shared runtime, makes the page ask Excel to refresh
 * the functions' cache (src/taskpane/runtime/functions-cache.ts). docs/excel-runtime.md, "Releasing".
 *
 * functions.fingerprint.json records, for package.json's version, the SHA-256 of the generated
 * dist/functions.json (helpUrl left out: it names the host the build is for). The check
 * (test/hardening/runtime.test.ts, or this script without arguments after a build) fails when the
 * metadata differs from the recorded fingerprint under the same version, and when the version
 * changed but the fingerprint was not recorded for it.
 *
 *   node scripts/functions-fingerprint.js           check dist/functions.json (exit 1 on a mismatch)
 *   npm run release:fingerprint                      record it for the current version (after
 *                                                    `npm version ...` and `npm run build:local`)
 */
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const RECORD = path.join(ROOT, "functions.fingerprint.json");
const BUILT = path.join(ROOT, "dist", "functions.json");

/** SHA-256 of the metadata as Excel registers it, without the host-dependent helpUrl. */
function fingerprint(metadataText) {
  const meta = JSON.parse(metadataText);
  for (const f of meta.functions || []) delete f.helpUrl;
  return createHash("sha256").update(JSON.stringify(meta)).digest("hex");
}

const packageVersion = () =>
  JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;

/** { version, sha256 } recorded, or undefined. */
function recorded() {
  return fs.existsSync(RECORD) ? JSON.parse(fs.readFileSync(RECORD, "utf8")) : undefined;
}

/** What is wrong, or undefined when the built metadata matches the record for this version. */
function problem(built = BUILT) {
  const version = packageVersion();
  const sha256 = fingerprint(fs.readFileSync(built, "utf8"));
  const rec = recorded();
  if (!rec) return `no ${path.basename(RECORD)}: record one with npm run release:fingerprint`;
  if (rec.version === version && rec.sha256 !== sha256)
    return (
      `functions.json changed but the version did not (still ${version}). Excel keeps the old metadata ` +
      `for up to a day and may call the new functions.js with it: bump the version (npm version minor), ` +
      `build, and record the fingerprint (npm run release:fingerprint); docs/excel-runtime.md, "Releasing".`
    );
  if (rec.version !== version)
    return (
      `the version is ${version} but the functions' fingerprint was recorded for ${rec.version}: ` +
      `record it for this version (npm run build:local, then npm run release:fingerprint).`
    );
  return undefined;
}

function write(built = BUILT) {
  const out = { version: packageVersion(), sha256: fingerprint(fs.readFileSync(built, "utf8")) };
  fs.writeFileSync(RECORD, JSON.stringify(out, null, 2) + "\n");
  return out;
}

module.exports = { fingerprint, problem, recorded, write, RECORD };

if (require.main === module) {
  if (!fs.existsSync(BUILT)) {
    console.error(`${BUILT} is missing: npm run build:local first`);
    process.exitCode = 2;
  } else if (process.argv[2] === "--write") {
    const r = write();
    console.log(`functions.fingerprint.json: ${r.version} ${r.sha256}`);
  } else {
    const p = problem();
    if (p) {
      console.error(p);
      process.exitCode = 1;
    } else console.log("functions.json matches the fingerprint recorded for this version");
  }
}
