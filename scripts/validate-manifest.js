#!/usr/bin/env node
/**
 * Validates the add-in manifest against Microsoft's XML schemas with xmllint,
 * offline (--nonet): npm run validate:manifest [-- FILE...]
 *
 * Files: manifest.xml (the development manifest), and dist/manifest.dev.xml
 * and dist/manifest.xml (production, `ADDIN_URL=... npm run build`) where the
 * build has made them (or the files given). Schemas: $BTU_MANIFEST_SCHEMAS, else
 * ../shared/schemas/office-addin-manifest next to the repository (see its
 * README.md: two fixes to the published copies; they predate <Runtimes>).
 * Because they predate it, the <Runtimes> element (the shared runtime) is taken out
 * of a copy before xmllint sees it, and only there; test/hardening/manifest.test.ts
 * checks that element against Microsoft's manifest reference instead.
 *
 * Exit status: 0 valid, 1 invalid, 2 cannot validate (xmllint or the schemas
 * missing). test/hardening/manifest.test.ts runs the same check.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** The schema directory, and where it was looked for (for messages). */
function schemasDir() {
  const fromEnv = process.env.BTU_MANIFEST_SCHEMAS;
  const dir = fromEnv
    ? path.resolve(fromEnv)
    : path.resolve(ROOT, "..", "shared", "schemas", "office-addin-manifest");
  const found = fs.existsSync(path.join(dir, ROOT_SCHEMA));
  return {
    dir,
    found,
    source: fromEnv
      ? "$BTU_MANIFEST_SCHEMAS"
      : "../shared/schemas/office-addin-manifest (set BTU_MANIFEST_SCHEMAS to override)",
  };
}

function xmllintVersion() {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return null;
  return (r.stderr || r.stdout).split("\n")[0].trim();
}

/** Every <Runtimes> element (with what it holds) taken out: the offline schemas predate it. */
function withoutRuntimes(text) {
  return text.replace(/[ \t]*<Runtimes\b[^>]*>\s*<Runtime\b[\s\S]*?<\/Runtimes>[ \t]*\r?\n?/g, "");
}

/** Validates one file; { ok, output } with xmllint's own words. */
function validate(file, dir = schemasDir().dir) {
  const text = fs.readFileSync(file, "utf8");
  const copy = path.join(
    fs.mkdtempSync(path.join(require("os").tmpdir(), "btu-validate-")),
    path.basename(file)
  );
  fs.writeFileSync(copy, withoutRuntimes(text));
  try {
    const r = spawnSync(
      "xmllint",
      ["--noout", "--nonet", "--schema", path.join(dir, ROOT_SCHEMA), copy],
      { encoding: "utf8" }
    );
    if (r.error) return { ok: false, output: String(r.error.message) };
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.split(copy).join(file).trim() };
  } finally {
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  }
}

function defaultFiles() {
  const files = [path.join(ROOT, "manifest.xml")];
  for (const built of ["manifest.dev.xml", "manifest.xml"].map((f) => path.join(ROOT, "dist", f)))
    if (fs.existsSync(built)) files.push(built);
  return files;
}

function main(argv) {
  const version = xmllintVersion();
  if (!version) {
    process.stderr.write(
      "validate:manifest: xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils)\n"
    );
    return 2;
  }
  const s = schemasDir();
  if (!s.found) {
    process.stderr.write(
      `validate:manifest: the manifest schemas are missing: no ${ROOT_SCHEMA} in ${s.dir} (from ${s.source})\n`
    );
    return 2;
  }
  const files = argv.length ? argv.map((f) => path.resolve(f)) : defaultFiles();
  let bad = 0;
  for (const f of files) {
    const r = validate(f, s.dir);
    process.stdout.write(
      `${r.ok ? "valid  " : "INVALID"} ${path.relative(process.cwd(), f) || f}\n`
    );
    if (!r.ok) {
      bad += 1;
      process.stdout.write(r.output.replace(/^/gm, "    ") + "\n");
    }
  }
  process.stdout.write(`(${version}; schemas ${s.dir})\n`);
  return bad ? 1 : 0;
}

module.exports = { schemasDir, validate, withoutRuntimes, xmllintVersion, ROOT_SCHEMA };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
