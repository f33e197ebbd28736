/**
 * docs/excel-checklist.md is what a person checks in a real Excel: every
 * formula of its functions table gives, through the built functions as Excel
 * registers them, the figure the checklist says, and its figures are the
 * README's for the same formulas.
 */
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import * as selftest from "../../src/taskpane/excel/selftest";
import { loadRegistered } from "../helpers/registered";

const ROOT = path.join(__dirname, "..", "..");
const checklist = fs.readFileSync(path.join(ROOT, "docs", "excel-checklist.md"), "utf8");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const reg = loadRegistered();

/** The rows `| \`=BTU.NAME(args)\` | shows |` of the functions table. */
const ROWS = [...checklist.matchAll(/^\| `=BTU\.([A-Z_]+)\((.*)\)` \| ([^|]+) \|$/gm)].map((m) => ({
  id: m[1],
  args: m[2],
  shows: m[3].trim(),
}));

/** Excel-style arguments: "text", numbers, 3%, and empty for omitted. */
function parseArgs(text: string): unknown[] {
  const out: unknown[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of `${text},`) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      const t = cur.trim();
      out.push(
        t === ""
          ? null
          : t.startsWith('"')
            ? t.slice(1, -1)
            : t.endsWith("%")
              ? Number(t.slice(0, -1)) / 100
              : Number(t)
      );
      cur = "";
    } else cur += ch;
  }
  return text.trim() === "" ? [] : out;
}

/** What the cell shows: an amount with thousands separators, a date as YYYY-MM-DD, or the error code. */
function shown(id: string, args: unknown[]): string {
  const meta = reg.metadata.functions.find((f) => f.id === id);
  if (!meta) throw new Error(`BTU.${id} is not registered`);
  const full = [...args, ...Array(Math.max(0, meta.parameters.length - args.length)).fill(null)];
  try {
    const v = reg.call(id, ...full) as number;
    if (/DATE|DEADLINE/.test(id) && Number.isInteger(v))
      return new Date(Date.UTC(1899, 11, 30) + v * 86400000).toISOString().slice(0, 10);
    return v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  } catch (e) {
    if (e instanceof reg.ErrorClass) return e.code;
    throw e;
  }
}

test("the checklist names at least the README's main examples", () => {
  expect(ROWS.length).toBeGreaterThanOrEqual(10);
  expect(ROWS.map((r) => r.id)).toEqual(
    expect.arrayContaining(["CONSULT_DISCOUNTED", "PAYOUT", "TERMINATION_DATE", "OPTION_DEADLINE"])
  );
});

test.each(ROWS.map((r) => [`=BTU.${r.id}(${r.args})`, r]))(
  "%s shows what the checklist says",
  (_f, r) => expect(shown(r.id, parseArgs(r.args))).toBe(r.shows)
);

test("its amounts are the README's for the same function and first arguments", () => {
  for (const r of ROWS.filter((x) => /^\d/.test(x.shows) && x.shows.includes(","))) {
    const first = parseArgs(r.args)[0];
    const inReadme = [
      ...readme.matchAll(new RegExp(`\\| \`=BTU\\.${r.id}\\(([^\`]*)\\)\` \\| ([\\d,.]+)`, "g")),
    ];
    const same = inReadme.filter((m) => m[1].includes(String(first)) || /B2/.test(m[1]));
    if (same.length) expect(same.map((m) => m[2])).toContain(r.shows);
  }
});

/* ---------------------------------------- issue 19: the self-test and the cases Microsoft flags */

describe("section 6: the cases Microsoft's documentation flags, each with its steps", () => {
  test.each([
    ["a 1904 workbook", /^### 6\.\d+ A 1904 workbook$/m],
    ["an upgrade with stale metadata", /^### 6\.\d+ An upgrade with stale metadata$/m],
    ["LTSC 2021", /^### 6\.\d+ Office LTSC 2021$/m],
    ["EXPLAIN with 3+ arguments", /^### 6\.\d+ EXPLAIN with three or more arguments$/m],
    [
      "Excel on the web's CSP console",
      /^### 6\.\d+ Excel on the web: the browser console \(CSP\)$/m,
    ],
    ["4a typed in a cell", /^### 6\.\d+ `4a` typed in a cell$/m],
    ["de-DE separators", /^### 6\.\d+ German \(de-DE\) separators$/m],
    ["dev then production on a Mac", /^### 6\.\d+ Development, then production, on a Mac$/m],
    ["time zones", /^### 6\.\d+ Time zones$/m],
  ])("%s", (_what, heading) => expect(checklist).toMatch(heading));
});

describe("section 5: how to run the self-test, in step with the pane", () => {
  const panel = fs.readFileSync(
    path.join(ROOT, "src", "taskpane", "components", "OutputPanel.tsx"),
    "utf8"
  );
  const section = checklist.slice(checklist.indexOf("## 5. The self-test"));

  test("the button, the sheet's name and the summary B1 shows are the pane's", () => {
    const label = /\*\*(Check this add-in in this workbook)\*\*/.exec(section)?.[1];
    expect(label).toBeDefined();
    expect(panel).toContain(`>\n              ${label}\n            </Button>`);
    expect(section).toContain(`named \`${selftest.SELF_TEST_SHEET}\``);
    expect(section).toContain(`**PASS: all ${selftest.SELF_TEST_CASES.length} checks**`);
  });
  test("the spill references it names are where the self-test anchors FEE_SCHEDULE and EXPLAIN", () => {
    const cells = selftest.selfTestCells({ row: 0, col: 0 });
    const anchor = (call: string) => {
      for (let r = 0; r < cells.length; r++)
        for (let c = 0; c < cells[r].length; c++)
          if (String(cells[r][c].value).startsWith(`=BTU.${call}(`))
            return `${String.fromCharCode(65 + c)}${r + 1}#`;
      return undefined;
    };
    expect(section).toContain(`\`FEE_SCHEDULE\` spill read through \`${anchor("FEE_SCHEDULE")}\``);
    expect(section).toContain(
      `\`EXPLAIN\` with five arguments read through \`${anchor("EXPLAIN")}\``
    );
  });
});

/** An amount as Excel shows it in a locale. */
const amount = (v: unknown, locale: string) =>
  (v as number).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

test("6.7 de-DE: each formula, read with ';' and the decimal comma, shows the German figure", () => {
  const rows = [...checklist.matchAll(/^\| de-DE \| `=BTU\.([A-Z_]+)\((.*)\)` \| ([^|]+) \|$/gm)];
  expect(rows.length).toBeGreaterThanOrEqual(3);
  for (const [, id, args, shows] of rows) {
    // The German argument list as Excel's English one: ';' separates, ',' is the decimal mark.
    const english = args
      .split(";")
      .map((a) => a.trim().replace(/^(\d+),(\d+)$/, "$1.$2"))
      .join(", ");
    const meta = reg.metadata.functions.find((f) => f.id === id);
    const given = parseArgs(english);
    const full = [
      ...given,
      ...Array(Math.max(0, (meta?.parameters.length ?? 0) - given.length)).fill(null),
    ];
    expect([id, amount(reg.call(id, ...full), "de-DE")]).toEqual([id, shows.trim()]);
  }
});

test("6.4 EXPLAIN with three or more arguments: each trace ends at the figure the checklist says", () => {
  const from = checklist.indexOf("### 6.4 EXPLAIN");
  const section = checklist.slice(from, checklist.indexOf("\n### ", from + 1));
  const rows = [
    ...section.matchAll(
      /`=BTU\.EXPLAIN\("([A-Z_]+)", (.*?)\)`[^`]*?(?:ends|ending) at\s+([\d,.]+)/g
    ),
  ];
  expect(rows.length).toBeGreaterThanOrEqual(2);
  for (const [, name, args, figure] of rows) {
    const given = parseArgs(args);
    expect(given.length).toBeGreaterThanOrEqual(3);
    // A repeating matrix parameter: Excel passes each argument as a 1x1 range, an omitted one as null.
    const trace = reg.call(
      "EXPLAIN",
      name,
      given.map((a) => (a === null ? null : [[a]]))
    ) as unknown[][];
    const last = trace[trace.length - 1];
    expect([name, amount(last[last.length - 1], "en-US")]).toEqual([
      name,
      figure.replace(/\.$/, ""),
    ]);
  }
});

test("6.6 `4a`: the text gives the checklist's figure; the time Excel makes of it is refused with #VALUE!", () => {
  const section = checklist.slice(checklist.indexOf("`4a` typed in a cell"));
  const figure = /Type `'4a`[^:]*: ([\d,.]+)/.exec(section)?.[1];
  expect(
    amount(reg.call("PAYOUT", "4a", "2004-10-01", null, null, null, null, null, null), "en-US")
  ).toBe(figure);
  expect(() =>
    reg.call("PAYOUT", 4 / 24, "2004-10-01", null, null, null, null, null, null)
  ).toThrow(/scenario must be one of 4a/);
});

test("6.9 time zones: btu-calc gives the checklist's dates at UTC-10 and UTC+13", () => {
  const section = checklist.slice(checklist.indexOf("### 6.9 Time zones"));
  const claims = [
    ...section.matchAll(/`=BTU\.([A-Z_]+)\(([^`]*)\)` (?:shows )?(\d{4}-\d{2}-\d{2})/g),
  ];
  expect(claims.length).toBeGreaterThanOrEqual(2);
  for (const tz of ["Pacific/Honolulu", "Pacific/Tongatapu"])
    for (const [, id, args, date] of claims) {
      const argv = (parseArgs(args) as string[]).map(String);
      const r = spawnSync(
        process.execPath,
        [path.join(ROOT, "bin", "btu-calc.js"), "--dates", "iso", id, ...argv],
        { encoding: "utf8", env: { ...process.env, TZ: tz } }
      );
      expect([tz, id, r.stdout.trim()]).toEqual([tz, id, date]);
    }
});
