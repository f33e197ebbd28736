/**
 * Headless Chromium for the tests that need a real browser: the built pages
 * under their Content-Security-Policy, and the browser bundle's results
 * against Node's.
 *
 * Nothing is fetched from the network. Every request is answered by a route:
 * https://addin.test/ (standing for the add-in's own origin, 'self' in the
 * CSP) serves dist/ and the test harness files; the office.js CDN
 * (https://appsforoffice.microsoft.com/lib/1/hosted/...) serves the same
 * files from the installed @microsoft/office-js package; any other request
 * is recorded as foreign and aborted.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
];
export const chromiumMissing = fs.existsSync(CHROMIUM_PATH)
  ? undefined
  : `Chromium is not installed at ${CHROMIUM_PATH} (Debian/Ubuntu: apt-get install chromium; elsewhere set CHROMIUM_PATH to a Chromium or Chrome binary)`;

export const ADDIN_ORIGIN = "https://addin.test";
export const CDN_ORIGIN = "https://appsforoffice.microsoft.com";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
  ".xml": "application/xml",
  ".css": "text/css",
};

export async function launch(): Promise<Browser> {
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A file served on the add-in's origin by the test, with optional response headers. */
export interface Served {
  readonly body: string | Buffer;
  readonly type?: string;
  readonly headers?: Record<string, string>;
}

/** What a page did: every request, the foreign ones, CSP violations, errors and console errors. */
export interface Traffic {
  readonly requests: string[];
  readonly foreign: string[];
  readonly cdnMissing: string[];
  readonly violations: string[];
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  readonly websockets: string[];
}

export interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly traffic: Traffic;
  /** Adds or replaces a file served on the add-in's origin. */
  serve(pathname: string, file: Served): void;
  /** CSP violations recorded by the page's securitypolicyviolation listener. */
  violations(): Promise<string[]>;
}

/** The Content-Security-Policy of a built page (its meta element). */
export function cspOf(html: string): string | undefined {
  const m = /<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
  if (!m) return undefined;
  const c = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(m[0]);
  return c ? (c[1] ?? c[2]) : undefined;
}

/** A new context and page whose every request is routed as described above. */
export async function open(browser: Browser): Promise<Opened> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const extra = new Map<string, Served>();
  const traffic: Traffic = {
    requests: [],
    foreign: [],
    cdnMissing: [],
    violations: [],
    pageErrors: [],
    consoleErrors: [],
    websockets: [],
  };
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ADDIN_ORIGIN) {
      const mine = extra.get(url.pathname);
      if (mine)
        return route.fulfill({
          status: 200,
          contentType: mine.type ?? TYPES[path.extname(url.pathname)] ?? "application/octet-stream",
          headers: mine.headers,
          body: mine.body,
        });
      const file = path.join(DIST, decodeURIComponent(url.pathname));
      if (file.startsWith(DIST + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile())
        return route.fulfill({
          status: 200,
          contentType: TYPES[path.extname(file)] ?? "application/octet-stream",
          body: fs.readFileSync(file),
        });
      return route.fulfill({ status: 404, body: "" });
    }
    if (url.origin === CDN_ORIGIN) {
      // office.js loads further files (host scripts, locale folders) from the same path.
      const m = /^\/lib\/1\/hosted\/((?:[\w.-]+\/)*[\w.-]+)$/.exec(url.pathname);
      const file = m && !m[1].split("/").includes("..") ? path.join(OFFICE_JS, m[1]) : "";
      if (
        m &&
        file.startsWith(OFFICE_JS + path.sep) &&
        fs.existsSync(file) &&
        fs.statSync(file).isFile()
      )
        return route.fulfill({
          status: 200,
          contentType: TYPES[path.extname(file)] ?? "application/javascript",
          body: fs.readFileSync(file),
        });
      traffic.cdnMissing.push(url.href);
      return route.fulfill({ status: 404, body: "" });
    }
    traffic.foreign.push(url.href);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("request", (r) => traffic.requests.push(r.url()));
  page.on("pageerror", (e) => traffic.pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") traffic.consoleErrors.push(m.text());
    if (/Content[- ]Security[- ]Policy/i.test(m.text()))
      traffic.violations.push(`console: ${m.text()}`);
  });
  page.on("websocket", (w) => traffic.websockets.push(w.url()));
  // Runs before any page script (and is not itself subject to the page's CSP).
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations.push(
        `${e.effectiveDirective || e.violatedDirective} blocked ${e.blockedURI || "(inline)"}${e.sample ? `: ${e.sample}` : ""} at ${e.sourceFile || "?"}:${e.lineNumber}`
      );
    });
  });
  return {
    context,
    page,
    traffic,
    serve: (p, f) => void extra.set(p, f),
    violations: async () =>
      page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []
      ),
  };
}

/* ------------------------------------------------------------- the harness */

/**
 * Values that JSON cannot carry (NaN, Infinity, -0, an Excel error value)
 * travel as {"$": "..."} between Node and the page.
 */
export type Wire = null | boolean | number | string | { $: string } | Wire[];
export function toWire(v: unknown): Wire {
  if (typeof v === "number") {
    if (Number.isNaN(v)) return { $: "NaN" };
    if (v === Infinity) return { $: "Infinity" };
    if (v === -Infinity) return { $: "-Infinity" };
    if (Object.is(v, -0)) return { $: "-0" };
    return v;
  }
  if (v === null || v === undefined) return v === undefined ? { $: "undefined" } : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map(toWire);
  if (typeof v === "object" && v && "excelError" in v)
    return { $: `error:${String((v as { excelError: string }).excelError)}` };
  return { $: `object:${Object.prototype.toString.call(v)}` };
}

/** A call's outcome on the wire: the value, or the error's code, message and whether it is a CustomFunctions.Error. */
export type WireOutcome = { ok: Wire } | { err: { code: string; message: string; cf: boolean } };

/**
 * The harness page: the shim, the bundle and the runner, each a same-origin
 * script, under `csp` sent both as a header and as a meta element, so that
 * the calls run under the policy the add-in ships.
 */
export function serveHarness(o: Opened, csp: string): void {
  const html = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>harness</title>
<script src="/__harness/shim.js"></script><script src="/functions.js"></script><script src="/__harness/run.js"></script></head><body></body></html>`;
  o.serve("/__harness/index.html", {
    body: html,
    type: TYPES[".html"],
    headers: { "Content-Security-Policy": csp },
  });
  o.serve("/__harness/shim.js", { body: fs.readFileSync(path.join(__dirname, "browser-shim.js")) });
  o.serve("/__harness/run.js", { body: fs.readFileSync(path.join(__dirname, "browser-run.js")) });
}

let batchNumber = 0;

/**
 * Runs calls in the page from a same-origin script (so they run under the
 * page's CSP, not as DevTools evaluations, which CSP does not restrict).
 */
export async function runInPage(
  o: Opened,
  calls: ReadonlyArray<{ id: string; args: readonly unknown[] }>
): Promise<WireOutcome[]> {
  const n = ++batchNumber;
  o.serve(`/__harness/batch-${n}.js`, {
    body: `window.__btuBatch = ${JSON.stringify(calls.map((c) => [c.id, c.args.map(toWire)]))};\nwindow.__btuRun(${n});\n`,
  });
  await o.page.addScriptTag({ url: `${ADDIN_ORIGIN}/__harness/batch-${n}.js` });
  const out = await o.page.evaluate(
    (k) => (window as unknown as { __btuResults: Record<number, WireOutcome[]> }).__btuResults[k],
    n
  );
  if (!Array.isArray(out) || out.length !== calls.length)
    throw new Error(
      `batch ${n}: the page returned ${Array.isArray(out) ? out.length : typeof out} results for ${calls.length} calls`
    );
  return out;
}

/** Decodes a wire value in Node; an Excel error value becomes an instance of `ErrorClass`, as in the page. */
export function fromWire(
  w: Wire,
  ErrorClass: new (code?: string, message?: string) => Error
): unknown {
  if (Array.isArray(w)) return w.map((x) => fromWire(x, ErrorClass));
  if (w !== null && typeof w === "object") {
    const s = w.$;
    if (s === "NaN") return NaN;
    if (s === "Infinity") return Infinity;
    if (s === "-Infinity") return -Infinity;
    if (s === "-0") return -0;
    if (s === "undefined") return undefined;
    if (s.startsWith("error:")) return new ErrorClass(s.slice(6), "");
    throw new Error(`cannot decode ${s}`);
  }
  return w;
}

/** The same call in Node, through the registered bundle in a VM, as a wire outcome. */
export function nodeOutcome(
  reg: {
    call(id: string, ...a: unknown[]): unknown;
    ErrorClass: new (code?: string, message?: string) => Error;
  },
  id: string,
  args: readonly unknown[]
): WireOutcome {
  const decoded = fromWire(toWire(args), reg.ErrorClass) as unknown[];
  try {
    return { ok: toWire(reg.call(id, ...decoded)) };
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown };
    return {
      err: {
        code: String(err?.code),
        message: String(err?.message),
        cf: e instanceof reg.ErrorClass,
      },
    };
  }
}
