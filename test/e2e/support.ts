/**
 * End-to-end harness for the built task pane: serves dist/ from a local
 * static server, launches Debian's Chromium headless through playwright-core,
 * and opens taskpane.html either stand-alone (office.js from the
 * @microsoft/office-js package in place of Microsoft's CDN) or in Excel mode
 * (a test double of the Office and Excel APIs, see fake-office.ts).
 */
import * as fs from "fs";
import * as http from "http";
import { AddressInfo } from "net";
import * as path from "path";
import { Browser, chromium, Page } from "playwright-core";
import { FakeSeed, FakeWrite, installFakeOffice } from "./fake-office";
import { DURESS_B } from "./figures";

const ROOT = path.join(__dirname, "..", "..");
/** The built add-in served to the browser: dist/, or BTU_DIST (e.g. another build, for bench/taskpane.ts comparisons). */
export const DIST = process.env.BTU_DIST || path.join(ROOT, "dist");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CDN = "https://appsforoffice.microsoft.com/";
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * `describe` when Chromium is installed. Without it: in CI (CI=true) a
 * failing test saying so; elsewhere the suite is skipped with a message
 * saying how to install it.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (fs.existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  const why = `Chromium was not found at ${CHROMIUM} (set CHROMIUM_PATH, or install it: sudo apt-get install -y chromium)`;
  if (process.env.CI === "true") {
    describe(name, () => {
      test("needs Chromium", () => {
        throw new Error(
          `${why}. The task pane's end-to-end tests must run in CI; .ci/run installs Chromium.`
        );
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": ${why}.`);
  describe.skip(name, body);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".map": "application/json",
  ".xml": "application/xml",
};

/** A static server for dist/ (or another build's directory) on 127.0.0.1 and a random port. */
export async function serveDist(
  dir: string = DIST
): Promise<{ url: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(dir, "taskpane.html")))
    throw new Error(`${dir}/taskpane.html is missing: run \`npm run build:local\` first`);
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(
      /^\/+/,
      ""
    );
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/**
 * Answers requests to Microsoft's office.js CDN from the @microsoft/office-js
 * package (office.js and whatever it loads next, such as the host mapping
 * table); anything the package lacks is aborted, as offline.
 */
export async function serveOfficeJs(page: Page): Promise<void> {
  await page.route(`${CDN}**`, (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    const file = path.join(OFFICE_JS_DIR, rel);
    if (file.startsWith(OFFICE_JS_DIR + path.sep) && fs.existsSync(file))
      return route.fulfill({ path: file, contentType: "text/javascript" });
    return route.abort();
  });
}

/** What Excel on Windows appends to a task pane's URL: the host, platform, version and locale (office.js reads it). */
export const EXCEL_HOST_INFO = "?_host_Info=Excel$Win32$16.01$en-US$$$$0";

export interface PaneOptions {
  /** Excel mode with the test double (seeded), or stand-alone when omitted. */
  readonly excel?: FakeSeed;
  readonly width?: number;
  /** Stand-alone with Microsoft's CDN unreachable: office.js does not load at all. */
  readonly offline?: boolean;
  /**
   * Appended to the pane's URL, e.g. Office's "?_host_Info=..." inside an Office frame. Default:
   * in Excel mode, the _host_Info Excel on Windows gives its task panes (EXCEL_HOST_INFO), the sign
   * of Office the pane looks for (src/taskpane/office/host.ts insideOffice); stand-alone, none.
   */
  readonly query?: string;
  /** Leave the folding sections as the pane opens them (by default every section is unfolded, so tests reach every control). */
  readonly folded?: boolean;
  /** Return once the page is loaded, without waiting for the pane's figures (a pane that is still waiting for Office). */
  readonly noWait?: boolean;
  /** Run before the page is opened (e.g. to add an init script that watches it load). */
  readonly beforeLoad?: (page: Page) => Promise<void>;
}

/**
 * The one console error that is the page working as intended: office.js,
 * opened in a plain browser, tries to frame Microsoft's telemetry service and
 * the pane's Content-Security-Policy (frame-src 'none') refuses it. Any other
 * CSP report, and this one under any other directive, is still a problem.
 */
const OFFICE_TELEMETRY_REFUSED =
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive: "frame-src 'none'"/;

export interface Pane {
  readonly page: Page;
  /** Console errors and page errors (CSP violations show up here). */
  readonly problems: string[];
  close(): Promise<void>;
}

/**
 * A fresh pane for every test of a suite (sharing the suite's browser and
 * server): `use` receives it before each test; after each, the pane closes
 * and the test fails on any console error or CSP violation it saw.
 */
export function panePerTest(use: (pane: Pane) => void): {
  open: (opts?: PaneOptions) => Promise<Pane>;
} {
  const shared = sharedPane();
  let pane: Pane | undefined;
  beforeEach(async () => {
    pane = await shared.open();
    use(pane);
  });
  afterEach(async () => {
    const problems = pane?.problems ?? [];
    await pane?.close();
    expect(problems).toEqual([]); // no script errors, no Content-Security-Policy violations
  });
  return shared;
}

/**
 * The browser and the static server a suite shares: started before its
 * tests, closed after them. `open` opens the pane in a fresh context.
 */
export function sharedPane(): { open: (opts?: PaneOptions) => Promise<Pane> } {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open: (opts = {}) => {
      if (!browser || !server) throw new Error("the shared browser is not started");
      return openPane(browser, server.url, opts);
    },
  };
}

/**
 * One pane a test, opened by the test with its own options (panePerTest opens it before each test
 * with the default ones), in a browser shared by the suite: the returned `open` opens it and gives
 * its page; after each test the pane is closed and the errors its page logged must be none.
 */
export function paneOnDemand(): (opts?: PaneOptions) => Promise<Page> {
  const shared = sharedPane();
  let pane: Pane | undefined;
  const closeChecked = async () => {
    const problems = pane?.problems ?? [];
    await pane?.close();
    pane = undefined;
    expect(problems).toEqual([]);
  };
  afterEach(closeChecked);
  return async (opts) => {
    await closeChecked(); // a second pane in one test (a reload): the first is closed and checked
    pane = await shared.open(opts);
    return pane.page;
  };
}

/** Opens taskpane.html in a fresh context and waits until the pane has rendered its figures (performance mark btu-figures) and the panels below them. */
export async function openPane(
  browser: Browser,
  base: string,
  opts: PaneOptions = {}
): Promise<Pane> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 800, height: 900 },
    locale: "en-US",
    acceptDownloads: true,
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !OFFICE_TELEMETRY_REFUSED.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  if (opts.excel) {
    await page.addInitScript(installFakeOffice, opts.excel);
    await page.route(`${CDN}**`, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "/* office.js replaced by the test double */",
      })
    );
  } else if (opts.offline)
    await page.route(`${CDN}**`, (route) => route.abort("internetdisconnected"));
  else await serveOfficeJs(page);
  await opts.beforeLoad?.(page);
  await page.goto(`${base}/taskpane.html${opts.query ?? (opts.excel ? EXCEL_HOST_INFO : "")}`);
  if (opts.noWait) return { page, problems, close: () => context.close() };
  await paneShown(page);
  if (!opts.folded) await unfoldAll(page);
  return { page, problems, close: () => context.close() };
}

/** Waits for the figures (mark btu-figures) and the panels below them, once their lazy chunk has mounted (components/Later.tsx). */
export async function paneShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName("btu-figures").length > 0 &&
      !document.querySelector("[data-later-pending]")
  );
}

/** Opens every folding section of the pane. */
export async function unfoldAll(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.querySelectorAll("details[data-fold]").forEach((d) => {
      (d as HTMLDetailsElement).open = true;
    })
  );
}

const SHOTS = path.join(ROOT, "test-results", "pane");

/** Keeps a full-page screenshot as a test artifact (test-results/pane/<name>.png, gitignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** The writes the Excel test double recorded. */
export const excelWrites = (page: Page): Promise<FakeWrite[]> =>
  page.evaluate(() => (window as unknown as { __excelWrites: FakeWrite[] }).__excelWrites);

/** Text of the PAYOUT total shown, or null when no figures are shown. */
export async function shownTotal(page: Page): Promise<string | null> {
  const total = page.getByTestId("payout-total");
  return (await total.count()) ? ((await total.textContent())?.trim() ?? null) : null;
}

/** Waits until the shown total is `text`. */
export async function expectTotal(page: Page, text: string): Promise<void> {
  await page.getByTestId("payout-total").filter({ hasText: text }).waitFor({ timeout: 5000 });
}

/** Picks a scenario and types its inputs, as a user would. */
export async function enterCase(
  page: Page,
  c: {
    scenario: string;
    periods?: string;
    date: string;
    disabilityFirst?: string;
    consultingEnd?: string;
  }
): Promise<void> {
  await page.getByLabel("Termination scenario").selectOption(c.scenario);
  if (c.periods) await page.getByLabel("Periods ended").selectOption(c.periods);
  await page.getByTestId("date").fill(c.date);
  if (c.disabilityFirst !== undefined)
    await page.getByTestId("disability-first").fill(c.disabilityFirst);
  if (c.consultingEnd !== undefined) await page.getByTestId("consulting-end").fill(c.consultingEnd);
}

/** The amounts of the PAYOUT_DETAIL rows shown, without their "$" (components without an amount excluded). */
export async function detailAmounts(page: Page): Promise<string[]> {
  const texts = await page.getByTestId("detail-amount").allTextContents();
  return texts.map((t) => t.trim().replace(/^\$/, "")).filter((t) => /^[\d,]+\.\d\d$/.test(t));
}

/** RFC 4180 CSV: CRLF line ends, quoted fields with doubled quotes. */
export function parseCsv(text: string): string[][] {
  if (!text.endsWith("\r\n")) throw new Error("CSV must end with CRLF");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

/** Types the example's delay: (B), 40% in shares at $3.25, elected 2004-11-30. */
export async function enterDuressB(page: Page): Promise<void> {
  await enterCase(page, { scenario: "4c-i", date: DURESS_B.notice });
  await page.getByText("The Board delayed the lump sum for financial duress").click();
  await page.getByTestId("duress-notification").fill(DURESS_B.notification);
  await page.getByText("(B) All or part of the lump sum in shares").click();
  await page.getByTestId("duress-portion").fill(DURESS_B.portion);
  await page.getByTestId("duress-fmv").fill(DURESS_B.fmv);
  await page.getByTestId("duress-election").fill(DURESS_B.election);
}

/** axe-core's violations (serious and critical ones; with `all`, every impact). */
/** Injects axe-core from the page's own origin, so the pane's Content-Security-Policy stays in force. */
export async function seriousViolations(page: Page, all = false): Promise<string[]> {
  // Let Fluent's enter animations (Web Animations) finish: a half-faded dialog is not what a user reads.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running")
  );
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.route("**/__test__/axe.min.js", (route) =>
      route.fulfill({ path: AXE, contentType: "text/javascript" })
    );
    const url = new URL("/__test__/axe.min.js", page.url()).href;
    // office.js may try to frame its telemetry at that moment (refused by the pane's CSP, see OFFICE_TELEMETRY_REFUSED): try again.
    await page.addScriptTag({ url }).catch(async (e: unknown) => {
      if (!OFFICE_TELEMETRY_REFUSED.test(String(e).replace(/^.*?: (?=Framing)/, ""))) throw e;
      if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url });
    });
  }
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: object, opts: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    // Tabster's focus-redirecting dummies (Fluent UI) are focusable and aria-hidden on purpose: a known
    // false positive of aria-hidden-focus (microsoft/tabster#288), excluded here and nothing else.
    return (
      await axe.run({ exclude: [["[data-tabster-dummy]"]] } as never, {
        resultTypes: ["violations"],
      })
    ).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => all || v.impact === "serious" || v.impact === "critical")
    .map(
      (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`
    );
}

/**
 * "resign B", the (B) plan both comparison tests save: a 4(c)(i) resignation noticed 2004-07-01
 * (T 2004-10-01), the Board's delay notified 2004-07-15, (B) 40% in shares at $3.25, elected
 * 2004-08-10 (4(c)(i)(B)).
 */
export async function enterResignBPlan(page: Page): Promise<void> {
  await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
  await page
    .getByRole("switch", { name: "The Board delayed the lump sum for financial duress" })
    .check();
  await page.getByTestId("duress-notification").fill("2004-07-15");
  await page.getByRole("radio", { name: /^\(B\) All or part of the lump sum in shares/ }).check();
  await page.getByTestId("duress-portion").fill("40%");
  await page.getByTestId("duress-fmv").fill("3.25");
  await page.getByTestId("duress-election").fill("2004-08-10");
}
