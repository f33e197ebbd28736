/**
 * The add-in's two manifests. manifest.xml in the repository is the
 * development manifest: the development Id, "(dev)" in the display name,
 * every URL on https://localhost:3000/ (`npm start` sideloads it; the build
 * copies it to dist/manifest.dev.xml). The production manifest
 * (dist/manifest.xml) is made from it only when ADDIN_URL names the host:
 * the production Id, the name without "(dev)", every URL on ADDIN_URL.
 * Two Ids and two namespaces (BTUDEV in development, BTU in production), so
 * both install side by side in one Excel (docs/excel-runtime.md). Both
 * manifests carry <Version> made from package.json's version ("1.0.0" ->
 * "1.0.0.0"): `npm version` writes it into manifest.xml (the "version"
 * script), and the build checks it.
 *
 * test/hardening/manifest.test.ts validates both against the schemas and
 * checks what the schemas cannot.
 */
const DEV_URL = "https://localhost:3000/";
/** Office and the store know the add-in by this Id: never change it (test/hardening/manifest.test.ts pins it). */
const PROD_ID = "9d7a7073-a048-4d50-a3a7-ff2824118497";
/** The development add-in's own Id. */
const DEV_ID = "bf61fa11-cdc3-416f-a8b5-eb0312f27c7d";
const DEV_SUFFIX = " (dev)";
/** The custom functions' namespace of the development add-in (`=BTUDEV.PAYOUT(...)`), so it installs beside production. */
const DEV_NAMESPACE = "BTUDEV";
/** The production namespace, the one the functions are documented under. */
const PROD_NAMESPACE = "BTU";
const NAMESPACE_STRING = /(<bt:String id="Functions\.Namespace" DefaultValue=")([^"]*)("\/>)/;

/** The manifest's four-part <Version> for a package.json version: "1.0.0" -> "1.0.0.0". */
function manifestVersion(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(version));
  if (!m || m.slice(1).some((n) => Number(n) > 65535 || (n.length > 1 && n.startsWith("0"))))
    throw new Error(
      `package.json's version ${JSON.stringify(version)} is not MAJOR.MINOR.PATCH (each at most 65535), which the manifest's <Version> needs`
    );
  return `${version}.0`;
}

/** package.json's version, read now (not cached: `npm version` changes it). */
function packageVersion() {
  const file = require("path").join(__dirname, "..", "package.json");
  return JSON.parse(require("fs").readFileSync(file, "utf8")).version;
}

/** ADDIN_URL checked and normalised: an absolute https URL without query, fragment or credentials, ending in "/". */
function addinUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_URL must be https (Office loads add-ins over HTTPS only): ${raw}`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`ADDIN_URL must have no query, fragment or credentials: ${raw}`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname) || url.hostname === "[::1]")
    throw new Error(
      `ADDIN_URL names this machine (${url.host}): that is the development manifest (npm start); ADDIN_URL is where the production add-in is hosted`
    );
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The message a production build without ADDIN_URL stops with. */
const NEEDS_ADDIN_URL =
  "npm run build makes the production add-in and needs ADDIN_URL, the https address it will be served from:\n" +
  "  ADDIN_URL=https://addins.example.com/btu/ npm run build\n" +
  "For production-mode bundles against the development server (tests, benchmarks): npm run build:local.";

/** The manifest's <Version>, and the namespace its custom functions are registered under. */
const versionOf = (text) => (/<Version>([^<]*)<\/Version>/.exec(text) || [])[1];
const namespaceOf = (text) => (NAMESPACE_STRING.exec(text) || [])[2];

/**
 * The development manifest, after checking it is one and that its <Version> is package.json's
 * (`npm start` sideloads manifest.xml itself); with `namespace`, the functions registered under that
 * namespace instead of BTUDEV (`npm run build:local`: production-mode bundles, which write BTU formulas).
 */
function devManifest(text, namespace = DEV_NAMESPACE) {
  const problems = [];
  const want = manifestVersion(packageVersion());
  if (versionOf(text) !== want)
    problems.push(
      `its <Version> is ${versionOf(text)}, not ${want} from package.json's version (run: node scripts/manifests.js sync-version)`
    );
  if (namespaceOf(text) !== DEV_NAMESPACE)
    problems.push(`its functions' namespace (Functions.Namespace) is not ${DEV_NAMESPACE}`);
  if (!text.includes(`<Id>${DEV_ID}</Id>`))
    problems.push(`its Id is not the development Id ${DEV_ID}`);
  if (!/<DisplayName DefaultValue="[^"]* \(dev\)"\/>/.test(text))
    problems.push('its DisplayName does not end in " (dev)"');
  if (!text.includes(DEV_URL)) problems.push(`it names no URL on ${DEV_URL}`);
  if (problems.length)
    throw new Error(`manifest.xml is not the development manifest: ${problems.join("; ")}`);
  // BTUDEV appears only as the namespace and in strings showing it ("Type =BTUDEV. in a cell").
  return text.split(DEV_NAMESPACE).join(namespace);
}

/** The production manifest for the host at baseUrl. */
function prodManifest(text, baseUrl) {
  const base = addinUrl(baseUrl);
  const out = devManifest(text, PROD_NAMESPACE)
    .split(DEV_URL)
    .join(base)
    .replace(`<Id>${DEV_ID}</Id>`, `<Id>${PROD_ID}</Id>`)
    .replace(/(<DisplayName DefaultValue="[^"]*) \(dev\)"\/>/, '$1"/>')
    .replace(
      /<!--[\s\S]*?-->\s*/,
      "<!-- The production manifest, generated from manifest.xml by the build (scripts/manifests.js). -->\n"
    );
  if (/localhost|\(dev\)|BTUDEV/.test(out) || out.includes(DEV_ID))
    throw new Error("the production manifest still names the development server or Id");
  return out;
}

/** manifest.xml's <Version> set from package.json's version (the "version" script: `npm version` runs it). */
function syncVersion(file = require("path").join(__dirname, "..", "manifest.xml")) {
  const fs = require("fs");
  const text = fs.readFileSync(file, "utf8");
  const out = text.replace(
    /<Version>[^<]*<\/Version>/,
    `<Version>${manifestVersion(packageVersion())}</Version>`
  );
  if (out !== text) fs.writeFileSync(file, out);
  return versionOf(out);
}

module.exports = {
  DEV_NAMESPACE,
  PROD_NAMESPACE,
  manifestVersion,
  packageVersion,
  versionOf,
  namespaceOf,
  syncVersion,
  DEV_URL,
  PROD_ID,
  DEV_ID,
  DEV_SUFFIX,
  NEEDS_ADDIN_URL,
  addinUrl,
  devManifest,
  prodManifest,
};

if (require.main === module) {
  if (process.argv[2] === "sync-version")
    console.log(`manifest.xml <Version>${syncVersion()}</Version>`);
  else {
    console.error("usage: node scripts/manifests.js sync-version");
    process.exitCode = 2;
  }
}
