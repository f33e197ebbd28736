/**
 * docs/excel-checklist.md is what a person checks in a real Excel: every
 * formula of its functions table gives, through the built functions as Excel
 * registers them, the figure the checklist says, and its figures are the
 * README's for the same formulas.
 */
import * as fs from "fs";
import * as path from "path";
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
