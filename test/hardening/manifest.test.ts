/**
 * manifest.xml (the development manifest), the built dist/manifest.dev.xml and
 * the production manifest the build makes for an ADDIN_URL: valid against Microsoft's
 * XML schemas (xmllint, offline), and what store validation checks that the
 * schema cannot: resource ids resolve and are at most 32 characters, every
 * URL is HTTPS, the icons exist at the sizes named, the custom functions'
 * namespace is the one they are documented under (BTUDEV for the development
 * add-in), the Id is a stable GUID, <Version> is package.json's, the
 * add-in asks for no more permission than it uses, and the shared runtime's
 * <Runtimes> element is as Microsoft's manifest reference documents it (the
 * offline schemas predate it; scripts/validate-manifest.js validates the
 * rest of the manifest).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeWhen } from "./prerequisites";
import { local, parseXml, pathOf, walk, XmlElement } from "./xml";

const validator = require("../../scripts/validate-manifest.js") as {
  schemasDir(): { dir: string; found: boolean; source: string };
  validate(file: string, dir?: string): { ok: boolean; output: string };
  xmllintVersion(): string | null;
};

const manifests = require("../../scripts/manifests.js") as {
  DEV_NAMESPACE: string;
  PROD_NAMESPACE: string;
  manifestVersion(version: string): string;
  packageVersion(): string;
  DEV_URL: string;
  PROD_ID: string;
  DEV_ID: string;
  NEEDS_ADDIN_URL: string;
  addinUrl(raw: string): string;
  prodManifest(text: string, baseUrl: string): string;
};

const ROOT = path.join(__dirname, "..", "..");
const SOURCE = path.join(ROOT, "manifest.xml");
const BUILT = path.join(ROOT, "dist", "manifest.dev.xml");
/** Where a production build in these tests is hosted: a path below the host, as on a real server. */
const PROD_URL = "https://addins.example.com/btu/";
/** The production manifest, as `ADDIN_URL=${PROD_URL} npm run build` writes it to dist/manifest.xml. */
const PROD = path.join(
  fs.mkdtempSync(path.join(os.tmpdir(), "btu-prod-manifest-")),
  "manifest.xml"
);
fs.writeFileSync(PROD, manifests.prodManifest(fs.readFileSync(SOURCE, "utf8"), PROD_URL));
afterAll(() => fs.rmSync(path.dirname(PROD), { recursive: true, force: true }));

/**
 * The add-in's Id. Office and the store identify an add-in by it: a new Id is
 * a new add-in (users would lose it and its settings), so it must never
 * change. Change this constant only when publishing a deliberately separate add-in.
 */
const PINNED_ID = "9d7a7073-a048-4d50-a3a7-ff2824118497";
/** The development add-in's Id (manifest.xml, dist/manifest.dev.xml): its own, so both can be installed. */
const PINNED_DEV_ID = "bf61fa11-cdc3-416f-a8b5-eb0312f27c7d";

/**
 * Permissions: ReadWriteDocument, the least that works. The task pane reads
 * the target cells before inserting (to never overwrite a non-empty cell
 * without consent), writes formulas into the workbook and saves its settings
 * in the document; reading alone (ReadDocument) would not allow the
 * insertion. The custom functions themselves need no document access.
 * Nothing broader exists for a task-pane add-in; anything else is a change
 * to justify here.
 */
const EXPECTED_PERMISSION = "ReadWriteDocument";

const schemas = validator.schemasDir();
const xmllintMissing = validator.xmllintVersion()
  ? undefined
  : "xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils)";
const schemasMissing = schemas.found
  ? undefined
  : `the manifest schemas are missing: no OfficeAppManifestV1_1.xsd in ${schemas.dir} (${schemas.source})`;

describeWhen(
  xmllintMissing ?? schemasMissing,
  "the manifest validates against Microsoft's XML schemas (xmllint, offline)",
  () => {
    test("manifest.xml", () => {
      const r = validator.validate(SOURCE, schemas.dir);
      if (!r.ok) throw new Error(r.output);
    });
    test("dist/manifest.dev.xml, as built", () => {
      expect(fs.existsSync(BUILT)).toBe(true);
      const r = validator.validate(BUILT, schemas.dir);
      if (!r.ok) throw new Error(r.output);
    });
    test("the production manifest, as the build makes it for an ADDIN_URL", () => {
      const r = validator.validate(PROD, schemas.dir);
      if (!r.ok) throw new Error(r.output);
    });
    test("the validation has teeth: a manifest with a wrong element or value fails it", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "btu-manifest-"));
      const text = fs.readFileSync(SOURCE, "utf8");
      const broken = {
        permission: text.replace(
          /<Permissions>[^<]*<\/Permissions>/,
          "<Permissions>ReadEverything</Permissions>"
        ),
        order: text.replace(
          /(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/,
          "$2$1"
        ),
        version: text.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0.0.0</Version>"),
        // Only <Runtimes> is taken out before xmllint; a wrong element beside it still fails.
        beside: text.replace("<Runtimes>", "<Runtimes/><Runtime/><Runtimes>"),
      };
      try {
        for (const [what, xml] of Object.entries(broken)) {
          expect(xml).not.toBe(text);
          const f = path.join(dir, `${what}.xml`);
          fs.writeFileSync(f, xml);
          expect({ what, ok: validator.validate(f, schemas.dir).ok }).toEqual({ what, ok: false });
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
);

/* ---------------------------------------------------- beyond the schema */

function load(file: string): XmlElement {
  return parseXml(fs.readFileSync(file, "utf8"));
}
const byLocal = (root: XmlElement, name: string) => walk(root).filter((e) => local(e) === name);
const one = (root: XmlElement, name: string) => {
  const found = byLocal(root, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};

/** Resource tables: id -> DefaultValue, per kind. */
function resources(root: XmlElement) {
  const table = (group: string) => {
    const map = new Map<string, string>();
    for (const g of byLocal(root, group))
      for (const el of g.children) {
        const id = el.attrs.id;
        if (map.has(id)) throw new Error(`resource id ${id} is defined twice in ${group}`);
        map.set(id, el.attrs.DefaultValue);
      }
    return map;
  };
  return {
    Images: table("Images"),
    Urls: table("Urls"),
    ShortStrings: table("ShortStrings"),
    LongStrings: table("LongStrings"),
  };
}

/** Which resource table each element that refers by resid reads from. */
const RESID_KIND: Record<string, Array<keyof ReturnType<typeof resources>>> = {
  Image: ["Images"],
  SourceLocation: ["Urls"],
  Runtime: ["Urls"],
  LearnMoreUrl: ["Urls"],
  Namespace: ["ShortStrings"],
  Label: ["ShortStrings"],
  Title: ["ShortStrings"],
  Description: ["LongStrings"],
};

/** The file an add-in URL serves, relative to dist/ (https://localhost:3000/assets/icon-16.png -> assets/icon-16.png). */
function servedPathOn(url: string, base: string): string {
  if (!url.startsWith(base)) throw new Error(`${url} is not on the add-in's host ${base}`);
  return url.slice(base.length).replace(/[?#].*$/, "");
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (
    b.length < 24 ||
    !b.subarray(0, 8).equals(signature) ||
    b.subarray(12, 16).toString("latin1") !== "IHDR"
  )
    throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe.each([
  ["manifest.xml", SOURCE, manifests.DEV_URL, PINNED_DEV_ID],
  ["dist/manifest.dev.xml", BUILT, manifests.DEV_URL, PINNED_DEV_ID],
  [`the production manifest for ADDIN_URL=${PROD_URL}`, PROD, PROD_URL, PINNED_ID],
])("%s: what store validation checks beyond the schema", (_name, file, base, pinnedId) => {
  const root = load(file);
  const res = resources(root);
  const servedPath = (url: string) => servedPathOn(url, base);

  test("every resid resolves to a resource of the right kind", () => {
    const refs = walk(root).filter((e) => e.attrs.resid !== undefined);
    expect(refs.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const e of refs) {
      const kinds = RESID_KIND[local(e)];
      if (!kinds)
        problems.push(`${pathOf(e)}: no rule for resid on <${e.name}> (add it to RESID_KIND)`);
      else if (!kinds.some((k) => res[k].has(e.attrs.resid)))
        problems.push(
          `${pathOf(e)} resid="${e.attrs.resid}" is not a bt:${kinds.join(" or bt:")} id`
        );
    }
    expect(problems).toEqual([]);
  });

  test("resource ids are at most 32 characters and unique across kinds", () => {
    const ids = Object.values(res).flatMap((m) => [...m.keys()]);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.length).toBeGreaterThan(5);
  });

  test("strings are within the store's limits (short 125, long 250 characters; display name 125, description 250)", () => {
    const long = (m: Map<string, string>, max: number) =>
      [...m].filter(([, v]) => (v ?? "").length > max || (v ?? "").trim() === "").map(([k]) => k);
    expect(long(res.ShortStrings, 125)).toEqual([]);
    expect(long(res.LongStrings, 250)).toEqual([]);
    const top = (name: string) =>
      root.children.find((c) => local(c) === name)?.attrs.DefaultValue ?? "";
    expect(top("DisplayName").length).toBeGreaterThan(0);
    expect(top("DisplayName").length).toBeLessThanOrEqual(125);
    expect(top("Description").length).toBeGreaterThan(0);
    expect(top("Description").length).toBeLessThanOrEqual(250);
  });

  test("every URL is HTTPS", () => {
    const urls: string[] = [];
    for (const e of walk(root)) {
      for (const [k, v] of Object.entries(e.attrs))
        if (!k.startsWith("xmlns") && k !== "xsi:type" && /:\/\//.test(v)) urls.push(v);
      if (/:\/\//.test(e.text)) urls.push(e.text.trim());
    }
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => new URL(u).protocol !== "https:")).toEqual([]);
    expect(urls.filter((u) => u.length > 2048)).toEqual([]);
  });

  test("no AppDomains: the add-in navigates to and calls no other origin", () => {
    expect(byLocal(root, "AppDomain").map((e) => e.text.trim())).toEqual([]);
  });

  test("icons exist under assets/ at the sizes the manifest names", () => {
    const want: Array<[string, number]> = [
      [one(root, "IconUrl").attrs.DefaultValue, 32],
      [one(root, "HighResolutionIconUrl").attrs.DefaultValue, 64],
    ];
    for (const img of walk(root).filter(
      (e) => local(e) === "Image" && e.attrs.resid !== undefined
    )) {
      const url = res.Images.get(img.attrs.resid);
      expect(url).toBeDefined();
      want.push([url as string, Number(img.attrs.size)]);
    }
    expect(want.length).toBeGreaterThan(3);
    for (const [url, size] of want) {
      const rel = servedPath(url);
      expect(rel).toMatch(/^assets\/[\w.-]+\.png$/);
      for (const base of [ROOT, path.join(ROOT, "dist")]) {
        const f = path.join(base, rel);
        if (!fs.existsSync(f)) throw new Error(`${url}: ${path.relative(ROOT, f)} does not exist`);
        expect({ url, ...pngSize(f) }).toEqual({ url, width: size, height: size });
      }
    }
  });

  test("the custom functions' script, page and metadata are the built files", () => {
    for (const id of ["Script", "Page", "Metadata"]) {
      const ref = walk(root)
        .find((e) => local(e) === id)
        ?.children.find((c) => local(c) === "SourceLocation");
      const url = res.Urls.get(ref?.attrs.resid ?? "");
      expect(url).toBeDefined();
      expect(fs.existsSync(path.join(ROOT, "dist", servedPath(url as string)))).toBe(true);
    }
  });

  test("the Id is a GUID and the pinned one", () => {
    const id = one(root, "Id").text.trim();
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
    );
    expect(id.toLowerCase()).toBe(pinnedId);
  });

  test('the development manifest says "(dev)" in its name and the production one does not; every URL is on its host', () => {
    const name = one(root, "DisplayName").attrs.DefaultValue;
    expect(name.endsWith(" (dev)")).toBe(pinnedId === PINNED_DEV_ID);
    expect(name.replace(/ \(dev\)$/, "")).toBe("BTU Separation Agreement");
    const urls = walk(root)
      .map((e) => e.attrs.DefaultValue ?? "")
      .filter((v) => /:\/\//.test(v));
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(base))).toEqual([]);
  });

  test("SupportUrl and Get Started's LearnMoreUrl lead to the functions' reference page", () => {
    const page = `${base}functions-reference.html`;
    expect(one(root, "SupportUrl").attrs.DefaultValue).toBe(page);
    expect(res.Urls.get(one(root, "LearnMoreUrl").attrs.resid)).toBe(page);
    expect(fs.existsSync(path.join(ROOT, "dist", "functions-reference.html"))).toBe(true);
  });

  test(`Permissions is ${EXPECTED_PERMISSION}: the least that works (see EXPECTED_PERMISSION)`, () => {
    expect(one(root, "Permissions").text.trim()).toBe(EXPECTED_PERMISSION);
  });

  test("one shared runtime for the functions and the task pane, as Microsoft's manifest reference documents <Runtimes>", () => {
    expect(sharedRuntimeProblems(root)).toEqual([]);
  });

  test("the runtime's page is the built taskpane.html, and it loads the functions' script", () => {
    const runtime = one(root, "Runtime");
    const page = servedPath(res.Urls.get(runtime.attrs.resid) as string);
    expect(page).toBe("taskpane.html");
    const html = fs.readFileSync(path.join(ROOT, "dist", page), "utf8");
    const script = walk(root)
      .find((e) => local(e) === "Script")
      ?.children.find((c) => local(c) === "SourceLocation");
    const scriptFile = servedPath(res.Urls.get(script?.attrs.resid ?? "") as string);
    expect(scriptFile).toBe("functions.js");
    expect(html).toMatch(/<script src=["']?functions\.js["'>\s]/);
  });

  test("<Version> is package.json's version with a fourth part (npm version writes it)", () => {
    expect(one(root, "Version").text.trim()).toBe(
      manifests.manifestVersion(manifests.packageVersion())
    );
  });

  test("a release made with package.json at 7.8.9 (npm version 7.8.9, then the production build) says <Version>7.8.9.0</Version> in both manifests (issue 19)", () => {
    // The build's own script, run beside a package.json at 7.8.9, as `npm version` then `npm run build` run it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "btu-release-"));
    try {
      fs.mkdirSync(path.join(dir, "scripts"));
      fs.copyFileSync(
        path.join(ROOT, "scripts", "manifests.js"),
        path.join(dir, "scripts", "manifests.js")
      );
      fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ version: "7.8.9" }));
      fs.copyFileSync(SOURCE, path.join(dir, "manifest.xml"));
      const release = require(path.join(dir, "scripts", "manifests.js")) as {
        syncVersion(file?: string): string;
        prodManifest(text: string, baseUrl: string): string;
      };
      expect(release.syncVersion()).toBe("7.8.9.0");
      const dev = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
      expect(dev).toMatch(/<Version>7\.8\.9\.0<\/Version>/);
      expect(release.prodManifest(dev, "https://addins.example.com/btu/")).toMatch(
        /<Version>7\.8\.9\.0<\/Version>/
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("ribbon icons at every size Microsoft lists for a command (16, 20, 24, 32, 40, 48, 64, 80)", () => {
    const icons = byLocal(root, "Icon").filter((i) => i.parent && local(i.parent) !== "Mobile");
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons)
      expect(icon.children.map((c) => Number(c.attrs.size))).toEqual([
        16, 20, 24, 32, 40, 48, 64, 80,
      ]);
  });

  test("CustomFunctionsRuntime 1.2: the functions throw CustomFunctions.Error, which 1.2 introduced", () => {
    const set = byLocal(root, "Set").find((s) => s.attrs.Name === "CustomFunctionsRuntime");
    expect(set?.attrs.MinVersion).toBe("1.2");
    const bundle = fs.readFileSync(path.join(ROOT, "dist", "functions.js"), "utf8");
    expect(bundle).toMatch(/CustomFunctions\.Error|\.Error\(/);
  });
});

/**
 * <Runtimes> as Microsoft's manifest reference documents it ("Runtimes element", "Runtime element",
 * "Configure your Excel add-in to use a shared JavaScript runtime", office-js-docs-pr): a child of
 * <Host> (here the Workbook host of VersionOverrides V1_0, the task pane schema it is valid in),
 * holding exactly one <Runtime> ("you can only define one <Runtime> element"); its resid, required,
 * at most 32 characters, names a bt:Url; lifetime="long", which an Excel add-in sharing the runtime
 * must set explicitly (the default "short" is for event-based activation only); the CustomFunctions
 * <Page>, every ShowTaskpane action and any FunctionFile use that same resid; the shared runtime
 * supports one task pane only, so every ShowTaskpane action names the same TaskpaneId; and the
 * SharedRuntime 1.1 requirement set the element is associated with is required.
 */
function sharedRuntimeProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const res = resources(root);
  const runtimes = byLocal(root, "Runtimes");
  if (runtimes.length !== 1) return [`expected one <Runtimes>, found ${runtimes.length}`];
  const host = runtimes[0].parent;
  if (!host || local(host) !== "Host" || host.attrs["xsi:type"] !== "Workbook")
    problems.push('<Runtimes> is not a child of <Host xsi:type="Workbook">');
  const overrides = host?.parent?.parent;
  if (!overrides || local(overrides) !== "VersionOverrides")
    problems.push("<Runtimes> is not under VersionOverrides/Hosts/Host");
  else if (overrides.attrs["xsi:type"] !== "VersionOverridesV1_0")
    problems.push(
      `<Runtimes> under ${overrides.attrs["xsi:type"]}, not the task pane VersionOverridesV1_0`
    );
  if (host && local(host.children[0]) !== "Runtimes")
    problems.push("<Runtimes> is not the first child of <Host>");
  const list = runtimes[0].children;
  if (list.length !== 1 || local(list[0]) !== "Runtime")
    problems.push(
      `<Runtimes> must hold exactly one <Runtime>, holds ${list.map((c) => `<${c.name}>`).join(", ")}`
    );
  const runtime = list[0];
  const resid = runtime?.attrs.resid;
  if (!resid) problems.push("<Runtime> has no resid");
  else {
    if (resid.length > 32) problems.push(`<Runtime resid="${resid}"> is longer than 32 characters`);
    if (!res.Urls.has(resid)) problems.push(`<Runtime resid="${resid}"> is not a bt:Url id`);
  }
  if (runtime?.attrs.lifetime !== "long")
    problems.push(
      `<Runtime lifetime="${runtime?.attrs.lifetime ?? ""}">: an Excel add-in's shared runtime needs lifetime="long"`
    );
  const extra = Object.keys(runtime?.attrs ?? {}).filter((a) => a !== "resid" && a !== "lifetime");
  if (extra.length)
    problems.push(`<Runtime> has attributes the reference does not name: ${extra.join(", ")}`);
  if ((runtime?.children ?? []).some((c) => local(c) !== "Override"))
    problems.push("<Runtime> holds an element other than <Override>");
  const sourceOf = (e: XmlElement | undefined) =>
    e?.children.find((c) => local(c) === "SourceLocation")?.attrs.resid;
  const page = byLocal(root, "Page");
  if (page.length !== 1 || sourceOf(page[0]) !== resid)
    problems.push("the CustomFunctions <Page> does not load the runtime's page");
  const actions = byLocal(root, "Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane");
  if (actions.length === 0) problems.push("no ShowTaskpane action");
  for (const a of actions)
    if (sourceOf(a) !== resid)
      problems.push("a ShowTaskpane action does not load the runtime's page");
  const paneIds = new Set(
    actions.map((a) => a.children.find((c) => local(c) === "TaskpaneId")?.text.trim() ?? "")
  );
  if (paneIds.size !== 1 || paneIds.has(""))
    problems.push(
      "the shared runtime supports one task pane: every ShowTaskpane needs the same TaskpaneId"
    );
  for (const f of byLocal(root, "FunctionFile"))
    if (f.attrs.resid !== resid) problems.push("<FunctionFile> does not load the runtime's page");
  const set = byLocal(root, "Set").find((e) => e.attrs.Name === "SharedRuntime");
  if (!set || set.attrs.MinVersion !== "1.1" || local(set.parent as XmlElement) !== "Sets")
    problems.push("<Requirements> does not require SharedRuntime 1.1");
  return problems;
}

describe("the <Runtimes> check has teeth: what Microsoft's reference rules out fails it", () => {
  const text = fs.readFileSync(SOURCE, "utf8");
  test.each([
    ["lifetime short", text.replace('lifetime="long"', 'lifetime="short"')],
    ["no lifetime", text.replace(' lifetime="long"', "")],
    [
      "two runtimes",
      text.replace(
        '<Runtime resid="Taskpane.Url" lifetime="long"/>',
        '<Runtime resid="Taskpane.Url" lifetime="long"/><Runtime resid="Taskpane.Url" lifetime="long"/>'
      ),
    ],
    [
      "the functions' page elsewhere",
      text.replace(/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1GetStarted.LearnMoreUrl"),
    ],
    [
      "an unknown resid",
      text.replace('<Runtime resid="Taskpane.Url"', '<Runtime resid="Nowhere.Url"'),
    ],
    ["SharedRuntime not required", text.replace(/\s*<Set Name="SharedRuntime"[^>]*\/>/, "")],
    [
      "outside <Host>",
      text
        .replace(/<Runtimes>\s*<Runtime\b[\s\S]*?<\/Runtimes>/, "")
        .replace(
          '<Hosts>\n    <Host Name="Workbook"/>',
          '<Hosts>\n    <Host Name="Workbook"/><Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>'
        ),
    ],
  ])("%s", (_what, xml) => {
    expect(xml).not.toBe(text);
    expect(sharedRuntimeProblems(parseXml(xml)).length).toBeGreaterThan(0);
  });
});

describe("development and production manifests (scripts/manifests.js)", () => {
  const dev = fs.readFileSync(SOURCE, "utf8");
  const prod = fs.readFileSync(PROD, "utf8");

  test("two Ids, so Office never takes one add-in for the other", () => {
    expect(manifests.DEV_ID).toBe(PINNED_DEV_ID);
    expect(manifests.PROD_ID).toBe(PINNED_ID);
    expect(dev).toContain(`<Id>${PINNED_DEV_ID}</Id>`);
    expect(prod).toContain(`<Id>${PINNED_ID}</Id>`);
    expect(prod).not.toContain(PINNED_DEV_ID);
    expect(prod).not.toMatch(/localhost|\(dev\)/);
  });

  test("two namespaces, so both install side by side: BTUDEV in development, BTU in production", () => {
    const ns = (xml: string) => {
      const r = parseXml(xml);
      return resources(r).ShortStrings.get(one(r, "Namespace").attrs.resid);
    };
    expect(manifests.DEV_NAMESPACE).toBe("BTUDEV");
    expect(manifests.PROD_NAMESPACE).toBe("BTU");
    expect(ns(dev)).toBe("BTUDEV");
    expect(ns(prod)).toBe("BTU");
    expect(prod).not.toContain("BTUDEV");
    expect(dev).toContain("=BTUDEV.");
    expect(prod).toContain("=BTU.");
  });

  test("a version the manifest cannot carry stops the build", () => {
    expect(manifests.manifestVersion("1.2.3")).toBe("1.2.3.0");
    for (const bad of ["1.2", "1.2.3-beta.1", "1.2.3.4", "01.2.3", "70000.0.0", ""])
      expect(() => manifests.manifestVersion(bad)).toThrow(/MAJOR\.MINOR\.PATCH/);
  });

  test("ADDIN_URL must be an https address of another host, without query or fragment", () => {
    expect(manifests.addinUrl("https://addins.example.com/btu")).toBe(PROD_URL);
    for (const bad of [
      "http://addins.example.com/btu/",
      "https://addins.example.com/btu/?v=1",
      "https://addins.example.com/btu/#x",
      "https://localhost:3000/",
      "https://127.0.0.1/",
      "addins.example.com",
    ])
      expect(() => manifests.addinUrl(bad)).toThrow(/ADDIN_URL/);
  });

  test("a production build without ADDIN_URL stops with a message saying so", () => {
    const { spawnSync } = require("child_process") as typeof import("child_process");
    const env = { ...process.env };
    delete env.ADDIN_URL;
    const r = spawnSync(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--mode",
        "production",
        "--config-name",
        "functions",
      ],
      { cwd: ROOT, env, encoding: "utf8", timeout: 60000 }
    );
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain("needs ADDIN_URL");
    expect(`${r.stdout}${r.stderr}`).toContain("npm run build:local");
  });
});

describe("the namespace is the one the functions are documented under (the production manifest's)", () => {
  const root = load(PROD);
  const res = resources(root);
  const nsRef = one(root, "Namespace").attrs.resid;
  const ns = res.ShortStrings.get(nsRef) as string;
  const meta = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "functions.json"), "utf8")) as {
    functions: Array<{
      id: string;
      description: string;
      parameters: Array<{ description?: string }>;
    }>;
  };

  /** NAMESPACE.FUNCTION references ("BTU.CONSULT_DISCOUNTED(...)", "=BTU.") in a text. */
  const references = (text: string) =>
    [...text.matchAll(/(?<![\w.$])=?([A-Z][A-Z0-9]*)\.([A-Z][A-Z0-9_]{3,})\b/g)].map((m) => ({
      prefix: m[1],
      name: m[2],
    }));

  test("a namespace Excel accepts: letters and digits, at most 32", () =>
    expect(ns).toMatch(/^[A-Za-z][A-Za-z0-9]{0,31}$/));

  test("functions.json (the functions' own help) refers to them under it, and only under it", () => {
    const text = meta.functions
      .flatMap((f) => [f.description, ...f.parameters.map((p) => p.description ?? "")])
      .join("\n");
    const refs = references(text);
    expect(refs.length).toBeGreaterThan(0);
    expect([...new Set(refs.map((r) => r.prefix))]).toEqual([ns]);
  });

  test("the docs, the manifest's own strings and the sources use it too", () => {
    const files = [
      path.join(ROOT, "src", "functions", "functions.ts"),
      ...fs.readdirSync(path.join(ROOT, "src", "cli")).map((f) => path.join(ROOT, "src", "cli", f)),
      ...(fs.existsSync(path.join(ROOT, "docs"))
        ? fs
            .readdirSync(path.join(ROOT, "docs"))
            .filter((f) => f.endsWith(".md"))
            .map((f) => path.join(ROOT, "docs", f))
        : []),
      ...["README.md"].map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f)),
    ];
    const ids = new Set(meta.functions.map((f) => f.id));
    const wrong: string[] = [];
    for (const f of files)
      for (const r of references(fs.readFileSync(f, "utf8")))
        if (ids.has(r.name) && r.prefix !== ns)
          wrong.push(`${path.relative(ROOT, f)}: ${r.prefix}.${r.name}`);
    expect(wrong).toEqual([]);
    expect([...res.LongStrings.values()].join(" ")).toContain(`=${ns}.`);
    expect(fs.readFileSync(path.join(ROOT, "src", "cli", "evaluate.ts"), "utf8")).toContain(
      `^${ns}\\.`
    );
  });
});
