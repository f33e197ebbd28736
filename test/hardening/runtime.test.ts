/**
 * The shared runtime's page (dist/taskpane.html, src/taskpane/index.ts) and releases that never
 * break a cell (issue 19):
 * - the page loads office.js, the ES5 boot script, then functions.js, and only preloads the pane;
 *   the boot script parses as ES5 so Internet Explorer 11 reaches its message;
 * - in an old webview (Trident, EdgeHTML) the page says what the add-in needs; elsewhere it
 *   registers every function before the pane loads, and the pane still opens;
 * - a new version asks Excel to refresh the functions' cache once per workbook (Microsoft's
 *   Office.ForceRefreshCustomFunctionsCache) and turns the request off after the next open;
 * - functions.json cannot change without a version change (functions.fingerprint.json).
 * Needs `npm run build:local` first; the browser parts need Chromium.
 */
import * as fs from "fs";
import * as path from "path";
import { Browser } from "playwright-core";
import { parse } from "acorn";
import {
  cacheRefreshWrites,
  FORCE_REFRESH_KEY,
  VERSION_KEY,
} from "../../src/taskpane/runtime/functions-cache";
import { legacyMessage, legacyWebview } from "../../src/taskpane/runtime/legacy";
import {
  describeInChromium,
  DIST,
  launch,
  openPane,
  serveDist,
  serveOfficeJs,
} from "../e2e/support";

const ROOT = path.join(__dirname, "..", "..");
const fingerprints = require("../../scripts/functions-fingerprint.js") as {
  fingerprint(text: string): string;
  problem(built?: string): string | undefined;
  recorded(): { version: string; sha256: string } | undefined;
};
const VERSION = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
).version;
const html = () => fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");

describe("dist/taskpane.html: one page for the functions and the pane", () => {
  test("office.js, then the boot script, then functions.js; the pane's chunks only preloaded", () => {
    const page = html();
    const scripts = [...page.matchAll(/<script\b[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "taskpane.js",
      "functions.js",
    ]);
    const preloads = [
      ...page.matchAll(/<link\b[^>]*rel=["']?preload[^>]*href=["']?([^"' >]+)/g),
    ].map((m) => m[1]);
    expect(preloads.some((f) => /^pane\.[0-9a-f]+\.js$/.test(f))).toBe(true);
    for (const f of preloads) expect(fs.existsSync(path.join(DIST, f))).toBe(true);
    // No script is deferred or async: their order is the order above.
    expect(page).not.toMatch(/<script[^>]*\s(defer|async)\b/);
  });

  test("the pane's stylesheet is preloaded and linked after functions.js, so it never holds back the functions' registration", () => {
    const page = html();
    const sheets = [
      ...page.matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*href=["']?([^"' >]+)/g),
    ];
    expect(sheets.map((m) => m[1])).toEqual([expect.stringMatching(/^griffel\.[0-9a-f]+\.css$/)]);
    expect(fs.existsSync(path.join(DIST, sheets[0][1]))).toBe(true);
    const functionsScript = page.search(/<script\b[^>]*\ssrc=["']?functions\.js/);
    expect(functionsScript).toBeGreaterThan(0);
    expect(sheets[0].index).toBeGreaterThan(functionsScript);
    expect(page).toMatch(
      new RegExp(
        `<link\\b[^>]*rel=["']?preload["']?[^>]*as=["']?style["']?[^>]*href=["']?${sheets[0][1].replace(/\./g, "\\.")}`
      )
    );
  });

  test("Fluent's light theme is written into the page, after functions.js: 459 variables on the root, Fluent's web brand blue among them", () => {
    const page = html();
    const styles = [...page.matchAll(/<style>([^<]*)<\/style>/g)];
    const theme = styles.find((m) => m[1].startsWith(":root{"));
    expect(theme).toBeDefined();
    expect(theme!.index).toBeGreaterThan(page.search(/<script\b[^>]*\ssrc=["']?functions\.js/));
    // Fluent's web light theme: 459 tokens; its brand background is brandWeb[80], #0f6cbd.
    expect(theme![1].match(/--[A-Za-z0-9]+:/g)).toHaveLength(459);
    expect(theme![1]).toContain("--colorBrandBackground:#0f6cbd;");
    expect(theme![1]).toContain("--colorNeutralBackground1:#ffffff;");
  });

  test("the boot script parses as ES5 (Internet Explorer 11 reaches the message) and holds no React", () => {
    const boot = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    expect(() => parse(boot, { ecmaVersion: 5 })).not.toThrow();
    expect(boot).not.toMatch(/createRoot|react-dom|FluentProvider/);
    expect(boot.length).toBeLessThan(20_000);
  });

  test("the check has teeth: ES2015 syntax fails the ES5 parse", () => {
    expect(() => parse("const f = () => 1;", { ecmaVersion: 5 })).toThrow();
  });
});

describe("old webviews are named (Microsoft's user-agent test)", () => {
  test.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko",
      "Internet Explorer 11",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
      "Microsoft Edge Legacy",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
      undefined,
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
      undefined,
    ],
  ])("%s -> %s", (ua, want) => expect(legacyWebview(ua)).toBe(want));

  test("the message says what the add-in needs", () => {
    const m = legacyMessage("Internet Explorer 11");
    expect(m).toContain("Internet Explorer 11");
    expect(m).toMatch(/Excel 2021/);
    expect(m).toMatch(/Microsoft 365/);
    expect(m).toMatch(/WebView2/);
  });
});

describe("the functions' cache is refreshed once per release and workbook", () => {
  test.each([
    [
      "a workbook never opened with this runtime",
      undefined,
      undefined,
      { [VERSION_KEY]: "1.1.0", [FORCE_REFRESH_KEY]: true },
    ],
    [
      "a workbook last opened with 1.0.0",
      "1.0.0",
      false,
      { [VERSION_KEY]: "1.1.0", [FORCE_REFRESH_KEY]: true },
    ],
    ["the open after the request: turned off", "1.1.0", true, { [FORCE_REFRESH_KEY]: false }],
    ["nothing to do", "1.1.0", false, undefined],
    ["nothing to do, never requested", "1.1.0", undefined, undefined],
  ])("%s", (_what, recorded, forced, want) => {
    expect(cacheRefreshWrites(recorded, forced, "1.1.0")).toEqual(want);
  });

  test("a build without a version writes nothing", () =>
    expect(cacheRefreshWrites(undefined, undefined, "")).toBeUndefined());
});

describe("functions.json never changes without a version change (functions.fingerprint.json)", () => {
  const built = path.join(DIST, "functions.json");

  test("the built metadata matches the fingerprint recorded for package.json's version", () => {
    expect(fingerprints.recorded()?.version).toBe(VERSION);
    expect(fingerprints.problem(built)).toBeUndefined();
  });

  test("the check has teeth: an added optional parameter is a different fingerprint; a helpUrl is not", () => {
    const text = fs.readFileSync(built, "utf8");
    const meta = JSON.parse(text) as {
      functions: Array<{ parameters: object[]; helpUrl?: string }>;
    };
    const before = fingerprints.fingerprint(text);
    const moved = JSON.parse(text) as typeof meta;
    for (const f of moved.functions) f.helpUrl = "https://elsewhere.example.com/ref.html";
    expect(fingerprints.fingerprint(JSON.stringify(moved))).toBe(before);
    meta.functions[0].parameters.push({ name: "extra", type: "any", optional: true });
    expect(fingerprints.fingerprint(JSON.stringify(meta))).not.toBe(before);
    const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "btu-fp-"));
    try {
      const f = path.join(dir, "functions.json");
      fs.writeFileSync(f, JSON.stringify(meta));
      expect(fingerprints.problem(f)).toMatch(/functions\.json changed but the version did not/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeInChromium("the shared page in Chromium", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("in Internet Explorer 11's user agent: the message, no pane", async () => {
    const context = await browser.newContext({
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await serveOfficeJs(page);
      await page.goto(`${server.url}/taskpane.html`);
      const alert = page.getByTestId("legacy-webview");
      await alert.waitFor();
      expect(await alert.textContent()).toBe(legacyMessage("Internet Explorer 11"));
      expect(await page.getByRole("alert").count()).toBe(1);
      await page.waitForTimeout(500);
      expect(
        await page.evaluate(() => performance.getEntriesByName("btu-interactive").length)
      ).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("every function is registered before the pane's code runs, and the pane then opens", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        // DOMContentLoaded: functions.js has run, and the boot script has not yet asked for the pane.
        const w = window as unknown as { __atPane?: number };
        document.addEventListener("DOMContentLoaded", () => {
          const cf = (
            w as unknown as { CustomFunctions?: { _association?: { m_mappings?: object } } }
          ).CustomFunctions;
          w.__atPane = Object.keys(cf?._association?.m_mappings ?? {}).length;
        });
      });
      await serveOfficeJs(page);
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForFunction(() => performance.getEntriesByName("btu-figures").length > 0);
      const meta = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
        functions: Array<{ id: string }>;
      };
      const ids = await page.evaluate(() =>
        Object.keys(
          (window as unknown as { CustomFunctions: { _association: { m_mappings: object } } })
            .CustomFunctions._association.m_mappings
        )
      );
      expect(ids.sort()).toEqual(meta.functions.map((f) => f.id).sort());
      // functions.js declares the date-system hook the boot script calls (undefined where functions.ts
      // exports no detectDateSystem).
      expect(await page.evaluate(() => "BTUDetectDateSystem" in window)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __atPane: number }).__atPane)).toBe(
        meta.functions.length
      );
    } finally {
      await context.close();
    }
  });

  test("in Excel: a first open requests the cache refresh and records the version; the next open turns it off", async () => {
    const first = await openPane(browser, server.url, { excel: {} });
    let settings: Record<string, unknown>;
    try {
      const saved = await first.page.waitForFunction(() => {
        const s = (window as unknown as { __workbookSettings: Record<string, unknown> })
          .__workbookSettings;
        return s && s["btu.functionsVersion"] !== undefined ? s : undefined;
      });
      settings = (await saved.jsonValue()) as Record<string, unknown>;
      expect(settings[VERSION_KEY]).toBe(VERSION);
      expect(settings[FORCE_REFRESH_KEY]).toBe(true);
      expect(first.problems).toEqual([]);
    } finally {
      await first.close();
    }
    const again = await openPane(browser, server.url, { excel: { workbookSettings: settings } });
    try {
      const off = await again.page.waitForFunction(() => {
        const s = (window as unknown as { __workbookSettings: Record<string, unknown> })
          .__workbookSettings;
        return s["Office.ForceRefreshCustomFunctionsCache"] === false ? s : undefined;
      });
      const after = (await off.jsonValue()) as Record<string, unknown>;
      expect(after[VERSION_KEY]).toBe(VERSION);
      expect(again.problems).toEqual([]);
    } finally {
      await again.close();
    }
  });
});
