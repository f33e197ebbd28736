/**
 * The add-in's two manifests. manifest.xml in the repository is the
 * development manifest: the development Id, "(dev)" in the display name,
 * every URL on https://localhost:3000/ (`npm start` sideloads it; the build
 * copies it to dist/manifest.dev.xml). The production manifest
 * (dist/manifest.xml) is made from it only when ADDIN_URL names the host:
 * the production Id, the name without "(dev)", every URL on ADDIN_URL.
 * Two Ids, so Office never takes one for the other when both are installed
 * (see docs/excel-runtime.md on the shared BTU namespace).
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

/** The development manifest as it is, after checking it is one. */
function devManifest(text) {
  const problems = [];
  if (!text.includes(`<Id>${DEV_ID}</Id>`))
    problems.push(`its Id is not the development Id ${DEV_ID}`);
  if (!/<DisplayName DefaultValue="[^"]* \(dev\)"\/>/.test(text))
    problems.push('its DisplayName does not end in " (dev)"');
  if (!text.includes(DEV_URL)) problems.push(`it names no URL on ${DEV_URL}`);
  if (problems.length)
    throw new Error(`manifest.xml is not the development manifest: ${problems.join("; ")}`);
  return text;
}

/** The production manifest for the host at baseUrl. */
function prodManifest(text, baseUrl) {
  const base = addinUrl(baseUrl);
  const out = devManifest(text)
    .split(DEV_URL)
    .join(base)
    .replace(`<Id>${DEV_ID}</Id>`, `<Id>${PROD_ID}</Id>`)
    .replace(/(<DisplayName DefaultValue="[^"]*) \(dev\)"\/>/, '$1"/>')
    .replace(
      /<!--[\s\S]*?-->\s*/,
      "<!-- The production manifest, generated from manifest.xml by the build (scripts/manifests.js). -->\n"
    );
  if (/localhost|\(dev\)/.test(out) || out.includes(DEV_ID))
    throw new Error("the production manifest still names the development server or Id");
  return out;
}

module.exports = {
  DEV_URL,
  PROD_ID,
  DEV_ID,
  DEV_SUFFIX,
  NEEDS_ADDIN_URL,
  addinUrl,
  devManifest,
  prodManifest,
};
