/**
 * Locked down: every built page loads scripts only from the add-in's own
 * origin and Microsoft's office.js CDN under a Content-Security-Policy that
 * forbids inline script and eval; the bundles contain no code-from-strings
 * and no network calls; in Chromium the pages load and every function runs
 * under that policy with no violation and no request to any other origin; and
 * no usage data is sent by the add-in or by the project's scripts.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { loadRegistered } from "../helpers/registered";
import { ERROR_VALUE, isNa, KINDS, ROWS } from "./bad-input";
import { argList, metaOf } from "./calls";
import {
  ADDIN_ORIGIN,
  CDN_ORIGIN,
  chromiumMissing,
  cspOf,
  launch,
  nodeOutcome,
  open,
  runInPage,
  serveHarness,
} from "./browser";
import { describeWhen } from "./prerequisites";

const ROOT = path.join(__dirname, "..", "..");
/**
 * The build under test: dist/ and its hidden source maps in dist-maps/ (a production build writes no
 * map into dist/). BTU_LOCKDOWN_DIST and BTU_LOCKDOWN_MAPS point the bundle scans at another build, to
 * show them failing on one that ships a cryptography library (docs/hardening.md).
 */
const DIST = process.env.BTU_LOCKDOWN_DIST ?? path.join(ROOT, "dist");
const MAPS = process.env.BTU_LOCKDOWN_MAPS ?? path.join(ROOT, "dist-maps");
const CDN_SCRIPT_PREFIX = `${CDN_ORIGIN}/lib/1/hosted/`;
const PAGES = fs.existsSync(DIST)
  ? fs
      .readdirSync(DIST)
      .filter((f) => f.endsWith(".html"))
      .sort()
  : [];
/** The browser bundles: every emitted dist/*.js, lazily loaded chunks included (dist/cli is the Node command line, not served). */
const BUNDLES = fs.existsSync(DIST)
  ? fs
      .readdirSync(DIST)
      .filter((f) => f.endsWith(".js"))
      .sort()
  : [];

/* --------------------------------------------------------- the policy */

type Policy = Map<string, string[]>;
function parsePolicy(csp: string): Policy {
  const p: Policy = new Map();
  for (const part of csp.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !p.has(name.toLowerCase())) p.set(name.toLowerCase(), sources);
  }
  return p;
}
/** The sources that apply to a directive (its own, else default-src). */
const effective = (p: Policy, directive: string) => p.get(directive) ?? p.get("default-src");

/**
 * What a directive may list. Scripts: only the add-in's own origin and the
 * office.js CDN. Everything else: its own origin or nothing, except that a
 * task pane's UI library may need inline styles ('unsafe-inline' in
 * style-src, which cannot run script) and data: images and fonts.
 */
function allowedSources(directive: string): string[] {
  if (directive.startsWith("script-src"))
    return ["'self'", CDN_ORIGIN, `${CDN_ORIGIN}/`, CDN_SCRIPT_PREFIX];
  if (directive === "style-src") return ["'self'", "'none'", "'unsafe-inline'"];
  if (directive === "img-src" || directive === "font-src") return ["'self'", "'none'", "data:"];
  return ["'self'", "'none'"];
}

interface Tag {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly index: number;
}
/** Start tags of an HTML page, with attributes (quoted or not, as the minifier leaves them). */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  const noComments = html.replace(/<!--[\s\S]*?-->/g, (m) => " ".repeat(m.length));
  for (const m of noComments.matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? "").matchAll(
      /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
    ))
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? "";
    out.push({ name: m[1].toLowerCase(), attrs, index: m.index ?? 0 });
  }
  return out;
}

describe("the built pages: CSP, scripts, handlers", () => {
  test("there are pages to check", () => {
    expect(PAGES).toContain("functions.html");
    expect(PAGES).toContain("taskpane.html");
  });

  describe.each(PAGES.map((p) => [p]))("dist/%s", (page) => {
    const html = fs.readFileSync(path.join(DIST, page), "utf8");
    const all = tags(html);
    const csp = cspOf(html);

    test("has a Content-Security-Policy meta element before any script", () => {
      expect(csp).toBeDefined();
      const meta = all.find(
        (t) => t.name === "meta" && /content-security-policy/i.test(t.attrs["http-equiv"] ?? "")
      );
      const firstScript = all.find((t) => t.name === "script");
      expect(meta).toBeDefined();
      if (firstScript) expect((meta as Tag).index).toBeLessThan(firstScript.index);
    });

    test("scripts only from 'self' and the office.js CDN; no inline script, no eval (no 'unsafe-inline', 'unsafe-eval', nonces, hashes)", () => {
      const p = parsePolicy(csp as string);
      const scriptSrc = effective(p, "script-src");
      expect(scriptSrc).toBeDefined();
      expect(scriptSrc).toContain("'self'");
      for (const d of ["script-src", "script-src-elem", "script-src-attr"]) {
        const s = p.get(d) ?? (d === "script-src" ? scriptSrc : undefined);
        if (s)
          expect({ d, extra: s.filter((x) => !allowedSources(d).includes(x)) }).toEqual({
            d,
            extra: [],
          });
      }
      expect((csp as string).toLowerCase()).not.toMatch(
        /'unsafe-eval'|'wasm-unsafe-eval'|'strict-dynamic'|'unsafe-hashes'|'nonce-|'sha(256|384|512)-/
      );
    });

    test("every directive names only the add-in's own origin (and, for scripts, the CDN); objects and <base> are off", () => {
      const p = parsePolicy(csp as string);
      for (const [d, sources] of p)
        expect({ d, extra: sources.filter((s) => !allowedSources(d).includes(s)) }).toEqual({
          d,
          extra: [],
        });
      expect(effective(p, "object-src")).toEqual(["'none'"]);
      expect(p.get("base-uri")).toBeDefined();
      expect(p.get("base-uri")?.every((s) => s === "'none'" || s === "'self'")).toBe(true);
    });

    test("no inline <script> bodies, no on* handler attributes, no javascript: URLs", () => {
      for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi))
        expect(m[1].trim()).toBe("");
      const handlers = all.flatMap((t) =>
        Object.keys(t.attrs)
          .filter((a) => a.startsWith("on"))
          .map((a) => `<${t.name} ${a}>`)
      );
      expect(handlers).toEqual([]);
      const jsUrls = all.flatMap((t) =>
        Object.values(t.attrs).filter((v) => /^\s*javascript:/i.test(v))
      );
      expect(jsUrls).toEqual([]);
    });

    test("scripts load from the add-in's own origin or the office.js CDN; nothing else from elsewhere", () => {
      for (const t of all) {
        const url = t.attrs.src ?? (t.name === "link" ? t.attrs.href : undefined);
        if (url === undefined) continue;
        const resolved = new URL(url, `${ADDIN_ORIGIN}/${page}`);
        const ok =
          resolved.origin === ADDIN_ORIGIN ||
          (t.name === "script" &&
            resolved.href.startsWith(CDN_SCRIPT_PREFIX) &&
            resolved.protocol === "https:");
        expect({ tag: t.name, url, ok }).toEqual({ tag: t.name, url, ok: true });
      }
      expect(all.filter((t) => t.name === "script").every((t) => t.attrs.src !== undefined)).toBe(
        true
      );
    });
  });
});

/* ---------------------------------------------------------- the bundles */

/** Turning strings into code: forbidden by the CSP, and in our code at all. */
const CODE_FROM_STRINGS =
  /\beval\s*\(|\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(|\bset(?:Timeout|Interval)\s*\(\s*["'`]|\bimportScripts\s*\(|\bimport\s*\(/g;
/** Ways to make a network request. The add-in makes none of its own. */
const NETWORK =
  /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b|\bRTCPeerConnection\b|createElement\(\s*["'](?:script|img|iframe|link)["']\s*\)/g;
/**
 * Modules allowed to contain one of the patterns above, with why
 * ({ "module path prefix": "reason" }; a package as "name/" or
 * "@scope/name/", webpack's runtime as "webpack/runtime/..."). Code from
 * strings stays blocked at run time by the CSP anyway; the Chromium run below
 * proves the pages work under it and request nothing from elsewhere.
 */
const THIRD_PARTY_ALLOWED: Record<string, string> = {
  "setimmediate/":
    "jszip's setImmediate polyfill (the .xlsx writer's zip, built from jszip's lib/ sources): for old IE it creates a <script> element with no src only to use its onreadystatechange as a macrotask; it never loads anything, and modern browsers take its postMessage branch.",
  "immediate/":
    "lie's (jszip's Promise) microtask queue: the same old-IE branch as setimmediate, a <script> element with no src for its onreadystatechange; modern browsers take its MutationObserver branch, and nothing is loaded.",
  "webpack/runtime/global":
    "webpack's globalThis lookup: new Function('return this') is a try/catch fallback for engines without globalThis, never reached in a browser that runs the pane.",
  "webpack/runtime/load script":
    "webpack's chunk loader: adds a <script> for the add-in's own lazily loaded chunk (the .xlsx writer), from the add-in's own origin, as the CSP's script-src 'self' allows.",
};

/**
 * Packages our own code may import() lazily, as a chunk of the add-in from its own origin, with why.
 */
const LAZY_PACKAGES: Record<string, string> = {
  "exceljs/":
    "the .xlsx writer (ExcelJS's lib/ sources, webpack.config.js), loaded only when the user downloads a workbook",
};

/**
 * Our own code may use import() only to load a chunk of the add-in lazily, from its own origin: a relative
 * module path, or a package listed in LAZY_PACKAGES.
 */
const IMPORT_TARGET = /^import\s*\(\s*(?:\/\*[\s\S]*?\*\/\s*)*["'`]([^"'`]+)["'`]/;
function isOwnChunkImport(code: string): boolean {
  const m = IMPORT_TARGET.exec(code);
  return (
    m !== null &&
    (/^\.\.?\//.test(m[1]) || Object.keys(LAZY_PACKAGES).some((k) => `${m[1]}/`.startsWith(k)))
  );
}

describe("the browser bundles: no code from strings, no network calls", () => {
  test("there are bundles to check", () => expect(BUNDLES).toContain("functions.js"));

  test.each(BUNDLES.map((b) => [b]))("dist/%s and every module in its source map", (bundle) => {
    const mapFile = [path.join(MAPS, `${bundle}.map`), path.join(DIST, `${bundle}.map`)].find((f) =>
      fs.existsSync(f)
    );
    if (mapFile === undefined)
      throw new Error(
        `dist-maps/${bundle}.map is missing: the scan attributes each finding to its module through the hidden source map`
      );
    const map = JSON.parse(fs.readFileSync(mapFile, "utf8")) as {
      sources: string[];
      sourcesContent?: Array<string | null>;
    };
    expect(map.sources.length).toBeGreaterThan(0);
    const findings: string[] = [];
    let usesAllowed = false;
    map.sources.forEach((source, i) => {
      const text = map.sourcesContent?.[i];
      if (typeof text !== "string") return findings.push(`${source}: no source content in the map`);
      const ours = /\/src\//.test(source) && !/node_modules/.test(source);
      const module = ours
        ? source.replace(/^.*?\/src\//, "src/")
        : source
            .replace(/^.*node_modules\//, "")
            .replace(/^webpack:\/\/[^/]*\/(webpack\/runtime\/)/, "$1");
      const allowed = !ours && Object.keys(THIRD_PARTY_ALLOWED).some((k) => module.startsWith(k));
      for (const re of [CODE_FROM_STRINGS, NETWORK])
        for (const m of text.matchAll(re)) {
          if (ours && isOwnChunkImport(text.slice(m.index))) continue;
          if (allowed) {
            usesAllowed = true;
            continue;
          }
          findings.push(`${module}:${text.slice(0, m.index).split("\n").length}: ${m[0]}`);
        }
      return undefined;
    });
    // The emitted bundle itself (webpack's runtime may have no module in the map). Minified code cannot be
    // told apart by module, so this part runs for every bundle that holds no allowed module.
    const emitted = fs.readFileSync(path.join(DIST, bundle), "utf8");
    if (!usesAllowed)
      for (const re of [CODE_FROM_STRINGS, NETWORK])
        for (const m of emitted.matchAll(re))
          findings.push(`dist/${bundle} at ${m.index}: ${m[0]}`);
    expect(findings).toEqual([]);
  });

  test("the functions bundle, which Excel runs in every cell, holds no allowed exception at all", () => {
    const file = [path.join(MAPS, "functions.js.map"), path.join(DIST, "functions.js.map")].find(
      (f) => fs.existsSync(f)
    ) as string;
    const map = JSON.parse(fs.readFileSync(file, "utf8")) as {
      sources: string[];
    };
    expect(
      map.sources.filter((s) => Object.keys(THIRD_PARTY_ALLOWED).some((k) => s.includes(k)))
    ).toEqual([]);
  });
});

/* ------------------------------------------------- no cryptography shipped */

/**
 * Cryptography libraries that must never be in a browser bundle (the .xlsx writer needs none): their
 * packages, by module path in a source map, and strings that survive minification in the emitted file
 * itself (elliptic's curve names and methods, bn.js's reduction, asn1.js's key formats, crypto-browserify's
 * entry points). ExcelJS's prebuilt dist/exceljs.min.js embedded all of them, elliptic 6.5.4 included
 * (GHSA-vjh7-7g9h-fjfh); `npm audit` could not see them inside one file.
 */
const CRYPTO_PACKAGES =
  /(^|\/)node_modules\/(elliptic|bn\.js|hash\.js|hmac-drbg|brorand|crypto-browserify|browserify-(sign|aes|rsa|cipher|des)|create-(hash|hmac|ecdh)|md5\.js|sha\.js|ripemd160|pbkdf2|public-encrypt|diffie-hellman|asn1\.js|parse-asn1|miller-rabin|des\.js|evp_bytestokey|cipher-base|randombytes|randomfill|hash-base|node-forge|crypto-js|tweetnacl|@noble)\//;
const CRYPTO_CODE =
  /secp256k1|_maxwellTrick|jmulAdd|getKeyRecoveryParam|RSAPrivateKey|createECDH|createDiffieHellman|pbkdf2Sync|createCipheriv|EVP_BytesToKey/g;

describe("no cryptography library and no prebuilt bundle in what the add-in ships", () => {
  test.each(BUNDLES.map((b) => [b]))("dist/%s holds no cryptography code", (bundle) => {
    const emitted = fs.readFileSync(path.join(DIST, bundle), "utf8");
    const found = [...new Set([...emitted.matchAll(CRYPTO_CODE)].map((m) => m[0]))];
    expect({ bundle, found }).toEqual({ bundle, found: [] });
  });

  test.each(BUNDLES.map((b) => [b]))(
    "dist/%s: every module comes from a package's sources (no crypto package, no prebuilt dist/*.min.js)",
    (bundle) => {
      const file = [path.join(MAPS, `${bundle}.map`), path.join(DIST, `${bundle}.map`)].find((f) =>
        fs.existsSync(f)
      );
      if (file === undefined) throw new Error(`no source map for dist/${bundle}`);
      const { sources } = JSON.parse(fs.readFileSync(file, "utf8")) as { sources: string[] };
      expect({
        bundle,
        crypto: sources.filter((s) => CRYPTO_PACKAGES.test(s)),
        prebuilt: sources.filter((s) => /node_modules\/.*\/dist\/[^/]*\.min\.js$/.test(s)),
      }).toEqual({ bundle, crypto: [], prebuilt: [] });
    }
  );

  test("the .xlsx writer is ExcelJS's lib/ sources, in a chunk of its own loaded on demand", () => {
    const pane = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    expect(pane).not.toMatch(/_maxwellTrick|Workbook\.xlsx/);
    const withExcelJs = BUNDLES.filter((b) => {
      const file = path.join(MAPS, `${b}.map`);
      return (
        fs.existsSync(file) &&
        (JSON.parse(fs.readFileSync(file, "utf8")) as { sources: string[] }).sources.some((s) =>
          /node_modules\/exceljs\/lib\//.test(s)
        )
      );
    });
    expect(withExcelJs.length).toBeGreaterThan(0);
    expect(withExcelJs).not.toContain("taskpane.js");
    expect(withExcelJs).not.toContain("functions.js");
  });

  test("a production build writes no source map into dist/ and no bundle points at one (hidden maps in dist-maps/)", () => {
    const maps = fs.readdirSync(DIST).filter((f) => f.endsWith(".map"));
    expect(maps).toEqual([]);
    for (const b of BUNDLES)
      expect({
        b,
        url: /\/\/# sourceMappingURL=/.test(fs.readFileSync(path.join(DIST, b), "utf8")),
      }).toEqual({
        b,
        url: false,
      });
    expect(fs.existsSync(path.join(MAPS, "taskpane.js.map"))).toBe(true);
  });

  test("every package the browser bundles hold is a production dependency npm audit --omit=dev sees", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const shipped = new Set<string>();
    for (const b of BUNDLES) {
      const file = path.join(MAPS, `${b}.map`);
      if (!fs.existsSync(file)) continue;
      for (const s of (JSON.parse(fs.readFileSync(file, "utf8")) as { sources: string[] })
        .sources) {
        const m = /^((?:node_modules\/(?:@[^/]+\/)?[^/]+\/?)+)/.exec(
          s.replace(/^webpack:\/\/[^/]*\/(?:\.\.\/)*/, "").replace(/^.*?(node_modules\/)/, "$1")
        );
        if (m) shipped.add(m[1].replace(/\/$/, ""));
      }
    }
    expect(shipped.size).toBeGreaterThan(5);
    const unseen = [...shipped].filter((k) => !lock.packages[k] || lock.packages[k].dev === true);
    expect(unseen).toEqual([]);
  });
});

/* ---------------------------------------------------- third-party notices */

describe("what ships is named: dist/third-party-notices.txt (scripts/notices.js)", () => {
  const file = path.join(DIST, "third-party-notices.txt");
  /** Every package directory in any browser bundle, from the source maps (not from the notices' own plugin). */
  const shipped = () => {
    const dirs = new Set<string>();
    for (const b of BUNDLES) {
      const map = path.join(MAPS, `${b}.map`);
      if (!fs.existsSync(map)) throw new Error(`no source map for dist/${b}`);
      for (const s of (JSON.parse(fs.readFileSync(map, "utf8")) as { sources: string[] }).sources) {
        const rel = s.replace(/^webpack:\/\/[^/]*\//, "").replace(/^(\.\.\/)+/, "");
        const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(rel);
        if (m) dirs.add(m[1]);
      }
    }
    return [...dirs].sort();
  };

  test("every package in every emitted bundle is named with its version, licence and licence text", () => {
    const notices = fs.readFileSync(file, "utf8");
    const dirs = shipped();
    expect(dirs.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const dir of dirs) {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, dir, "package.json"), "utf8")) as {
        name: string;
        version: string;
      };
      const header = `\n${pkg.name}@${pkg.version}\nLicence: `;
      const at = notices.indexOf(header);
      if (at < 0) {
        missing.push(`${pkg.name}@${pkg.version} (${dir})`);
        continue;
      }
      const end = notices.indexOf("\n=====", at + 1);
      const entry = notices.slice(at, end < 0 ? undefined : end);
      if (
        !/--- \S+\n[\s\S]*\S/.test(entry) &&
        !/includes no licence file; its package\.json declares/.test(entry)
      )
        missing.push(`${pkg.name}@${pkg.version}: no licence text`);
    }
    expect(missing).toEqual([]);
  });

  test("the packages the issue found unnamed are there: exceljs, jszip, pako, saxes, tabster (date-fns no longer ships: the core's EDATE is its own UTC arithmetic)", () => {
    const list = fs.readFileSync(file, "utf8").split("\n=====")[0];
    expect(/^ {2}date-fns@/m.test(list)).toBe(false);
    for (const name of ["exceljs", "jszip", "pako", "saxes", "tabster", "react", "decimal.js"])
      expect({
        name,
        named: new RegExp(`^  ${name.replace(".", "\\.")}@`, "m").test(list),
      }).toEqual({
        name,
        named: true,
      });
  });
});

/* ------------------------------------------------------------ telemetry */

describe("no usage data: office-addin-usage-data is off, and nothing turns it on", () => {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
  };
  const copies = Object.keys(lock.packages).filter((k) =>
    /(^|\/)node_modules\/office-addin-usage-data$/.test(k)
  );

  test("package-lock.json pins its copies (the office-addin-* tools depend on it)", () =>
    expect(copies.length).toBeGreaterThan(0));

  test.each(copies.map((c) => [c]))(
    "%s, as installed, never reports: it stays off even when asked to turn on",
    (copy) => {
      const dir = path.join(ROOT, copy);
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as {
        version: string;
        dependencies?: Record<string, string>;
      };
      expect(pkg.version).toBe(lock.packages[copy].version);
      // Nothing it depends on can send anything (older versions pulled in applicationinsights).
      expect(Object.keys(pkg.dependencies ?? {})).toEqual(["commander"]);
      const lib = require(dir) as {
        OfficeAddinUsageData: new (o: object) => {
          isUsageDataOn(): boolean;
          getUsageDataLevel(): string;
        };
        readUsageDataLevel(g: string): string;
      };
      const u = new lib.OfficeAddinUsageData({
        projectName: "btu-separation-addin",
        instrumentationKey: "x",
        promptQuestion: "",
        raisePrompt: false,
        usageDataLevel: "on",
      });
      expect(u.isUsageDataOn()).toBe(false);
      expect(u.getUsageDataLevel()).toBe("off");
      expect(lib.readUsageDataLevel("office-addin-usage-data")).toBe("off");
    }
  );

  test("no telemetry client anywhere in the dependency tree", () => {
    expect(
      Object.keys(lock.packages).filter((k) =>
        /applicationinsights|@microsoft\/1ds-|telemetry/i.test(k)
      )
    ).toEqual([]);
  });

  test("the project's scripts never turn usage data on", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    const texts = [
      JSON.stringify(pkg.scripts),
      // Every file under scripts/, its subfolders (scripts/browser-shims) included.
      ...(fs.readdirSync(path.join(ROOT, "scripts"), { recursive: true }) as string[])
        .map((f) => path.join(ROOT, "scripts", f))
        .filter((f) => fs.statSync(f).isFile())
        .map((f) => fs.readFileSync(f, "utf8")),
      fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8"),
    ];
    for (const t of texts)
      expect(t).not.toMatch(
        /usage-data\s+on\b|setUsageDataOn|usageDataLevel\s*:\s*["']?on\b|UsageDataLevel\.on\b/
      );
  });
});

/* ------------------------------------------------------------ in Chromium */

describeWhen(
  chromiumMissing,
  "in Chromium: the pages and the functions under the shipped policy",
  () => {
    let browser: Browser;
    const reg = loadRegistered();
    const shipped = cspOf(fs.readFileSync(path.join(DIST, "functions.html"), "utf8")) as string;

    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    test.each(PAGES.map((p) => [p]))(
      "dist/%s loads with no CSP violation, no error and no request beyond its origin and the CDN",
      async (page) => {
        const o = await open(browser);
        try {
          await o.page.goto(`${ADDIN_ORIGIN}/${page}`, { waitUntil: "load" });
          await o.page.waitForLoadState("networkidle");
          expect([...(await o.violations()), ...o.traffic.violations]).toEqual([]);
          expect(o.traffic.pageErrors).toEqual([]);
          expect(o.traffic.consoleErrors).toEqual([]);
          expect(o.traffic.foreign).toEqual([]);
          expect(o.traffic.websockets).toEqual([]);
          expect(o.traffic.cdnMissing).toEqual([]);
          expect(
            o.traffic.requests.filter(
              (u) => !u.startsWith(`${ADDIN_ORIGIN}/`) && !u.startsWith(CDN_SCRIPT_PREFIX)
            )
          ).toEqual([]);
          if (page === "functions.html" || page === "taskpane.html") {
            // Microsoft's runtime (from the CDN, served from @microsoft/office-js here) registered every
            // function: custom-functions-runtime.js on functions.html, office.js on taskpane.html, the
            // shared runtime's page.
            const ids = await o.page.evaluate(() => {
              const cf = (
                window as unknown as {
                  CustomFunctions?: { _association?: { m_mappings?: Record<string, unknown> } };
                }
              ).CustomFunctions;
              return cf?._association?.m_mappings ? Object.keys(cf._association.m_mappings) : null;
            });
            if (ids === null)
              throw new Error(
                "custom-functions-runtime.js no longer exposes CustomFunctions._association.m_mappings; update this check to the runtime's way of listing registrations"
              );
            expect([...ids].sort()).toEqual(reg.metadata.functions.map((f) => f.id).sort());
          }
        } finally {
          await o.context.close();
        }
      }
    );

    test("every function and every bad-input case runs under the policy: no violation, no request, the same results as Node", async () => {
      const o = await open(browser);
      try {
        serveHarness(o, shipped);
        await o.page.goto(`${ADDIN_ORIGIN}/__harness/index.html`, { waitUntil: "load" });
        const calls: Array<{ id: string; args: unknown[] }> = [];
        for (const row of ROWS) {
          const meta = metaOf(reg, row.id);
          calls.push({ id: row.id, args: argList(meta, row.base) });
          for (const k of KINDS) {
            const cell = row.cells[k.key];
            if (!isNa(cell))
              for (const c of cell)
                calls.push({
                  id: row.id,
                  args: argList(meta, {
                    ...row.base,
                    ...(c.also ?? {}),
                    [c.arg]: c.value === ERROR_VALUE ? ERROR_VALUE : c.value,
                  }),
                });
          }
        }
        const inPage = await runInPage(o, calls);
        const inNode = calls.map((c) => nodeOutcome(reg, c.id, c.args));
        expect(inPage).toEqual(inNode);
        expect(inPage.filter((r) => "ok" in r).length).toBeGreaterThan(ROWS.length);
        expect([...(await o.violations()), ...o.traffic.violations]).toEqual([]);
        expect(o.traffic.pageErrors).toEqual([]);
        expect(o.traffic.foreign).toEqual([]);
        expect(o.traffic.requests.filter((u) => !u.startsWith(`${ADDIN_ORIGIN}/`))).toEqual([]);
      } finally {
        await o.context.close();
      }
    });

    test("the checks have teeth: under the shipped policy an inline script and eval are blocked and reported", async () => {
      const o = await open(browser);
      try {
        const page = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${shipped}"></head><body>
<script>window.__inlineRan = true;</script><script src="/__control/eval.js"></script></body></html>`;
        o.serve("/__control/index.html", { body: page, type: "text/html" });
        o.serve("/__control/eval.js", {
          body:
            "window.__eval = (function () { try { return eval('1 + 1'); } catch (e) { return e.name; } })();\n" +
            "window.__fn = (function () { try { return new Function('return 2')(); } catch (e) { return e.name; } })();\n",
        });
        await o.page.goto(`${ADDIN_ORIGIN}/__control/index.html`, { waitUntil: "load" });
        const ran = await o.page.evaluate(() => {
          const w = window as unknown as {
            __inlineRan?: boolean;
            __eval?: unknown;
            __fn?: unknown;
          };
          return { inline: w.__inlineRan ?? false, eval: w.__eval, fn: w.__fn };
        });
        expect(ran).toEqual({ inline: false, eval: "EvalError", fn: "EvalError" });
        const v = await o.violations();
        expect(
          v.filter(
            (x) =>
              x.startsWith("script-src-elem blocked inline") ||
              x.startsWith("script-src blocked inline")
          ).length
        ).toBe(1);
        expect(v.filter((x) => / blocked eval/.test(x)).length).toBe(2);
      } finally {
        await o.context.close();
      }
    });
  }
);
