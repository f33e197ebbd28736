/**
 * The two manifests the build writes from manifest.xml (which names
 * https://localhost:3000/, the development server):
 * - dist/manifest.dev.xml: always localhost, for `npm start` and sideloading
 *   a development build;
 * - dist/manifest.xml: the host the build is for. `ADDIN_URL=https://host/path/
 *   npm run build` rewrites every URL to that host; without ADDIN_URL a
 *   production build names localhost too (and says so).
 * test/hardening/manifest.test.ts validates both and checks the rewrite.
 */
const DEV_URL = "https://localhost:3000/";

/** ADDIN_URL checked and normalised: an absolute https URL without query or fragment, ending in "/". */
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
  const href = url.href.endsWith("/") ? url.href : `${url.href}/`;
  if (href !== DEV_URL && /^(localhost|127\.|\[::1\])/.test(url.host))
    throw new Error(`ADDIN_URL names a local host other than the development server: ${raw}`);
  return href;
}

function devManifest(text) {
  if (!text.includes(DEV_URL)) throw new Error(`manifest.xml does not name ${DEV_URL}`);
  return text;
}

function prodManifest(text, baseUrl) {
  const base = addinUrl(baseUrl);
  const out = devManifest(text).split(DEV_URL).join(base);
  if (base !== DEV_URL && /localhost/.test(out))
    throw new Error("the production manifest still names localhost");
  return out;
}

module.exports = { DEV_URL, addinUrl, devManifest, prodManifest };
