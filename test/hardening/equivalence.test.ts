/**
 * The same value written differently gives the same result, for every
 * parameter of every registered function (driven by the parameter types and
 * samples of the bad-input table):
 * - text arguments are matched case-insensitively and trimmed;
 * - dates work as Excel serials, ISO text (with spaces), numeric text and
 *   one-cell ranges;
 * - any argument given as a one-cell range works like the value.
 */
import { loadRegistered } from "../helpers/registered";
import { Arg, ParamType, ROWS, Row, Sample, Scalar } from "./bad-input";
import { argList, metaOf, Outcome, outcomeOf, problems, show } from "./calls";

const reg = loadRegistered();

const iso = (serial: number) => new Date((serial - 25569) * 86_400_000).toISOString().slice(0, 10);

/** "pay-lag" -> "PaY-lAg": alternating case. */
const mixed = (s: string) =>
  s.replace(/[a-z]/gi, (ch, i: number) => (i % 2 ? ch.toUpperCase() : ch.toLowerCase()));

/** Other spellings of a sample that must give the same result, with a label for the failure message. */
function variants(type: ParamType, v: Arg): Array<[string, Arg]> {
  const out: Array<[string, Arg]> = [];
  const oneCell = (x: Scalar) => out.push([`one-cell range [[${JSON.stringify(x)}]]`, [[x]]]);
  switch (type) {
    case "text-choice":
      if (typeof v !== "string") break;
      out.push(["upper case", v.toUpperCase()], ["mixed case with spaces", `  ${mixed(v)}\t`]);
      oneCell(` ${v.toUpperCase()} `);
      break;
    case "date":
      if (typeof v !== "number") break;
      out.push(
        ["ISO text", iso(v)],
        ["ISO text with spaces", `  ${iso(v)} `],
        ["numeric text", String(v)]
      );
      oneCell(v);
      oneCell(iso(v));
      break;
    case "number":
    case "headers":
      if (typeof v === "number") out.push(["numeric text", ` ${v} `]);
      if (type === "headers" && (v === 0 || v === 1)) out.push([v ? "TRUE" : "FALSE", v === 1]);
      if (typeof v === "number" || typeof v === "string") oneCell(v);
      break;
    case "choices":
      if (typeof v !== "string") break;
      out.push(
        ["upper case", v.toUpperCase()],
        ["spaces around ids, values and separators", v.replace(/=/g, " = ").replace(/;/g, " ;  ")]
      );
      out.push([
        "a two-column range, mixed case",
        v.split(";").map((p) => p.split("=").map((x) => ` ${mixed(x.trim())} `)),
      ]);
      break;
    case "holidays":
      if (typeof v === "string")
        out.push(["upper case with spaces", ` ${v.toUpperCase()} `], ["mixed case", mixed(v)]);
      if (Array.isArray(v))
        out.push([
          "ISO text",
          (v as Scalar[][]).map((r) => r.map((c) => (typeof c === "number" ? iso(c) : c))),
        ]);
      break;
    case "arguments":
      // EXPLAIN's repeating arguments: each written the other way (serial <-> ISO text, text in upper case with spaces).
      if (Array.isArray(v))
        out.push([
          "each argument written differently",
          (v as Scalar[][][]).map((a) =>
            a.map((r) =>
              r.map((c) =>
                typeof c === "number"
                  ? iso(c)
                  : typeof c === "string" && /^\d{4}-\d{2}-\d{2}$/.test(c)
                    ? Date.UTC(+c.slice(0, 4), +c.slice(5, 7) - 1, +c.slice(8, 10)) / 86_400_000 +
                      25569
                    : typeof c === "string"
                      ? ` ${c.toUpperCase()} `
                      : c
              )
            )
          ),
        ]);
      break;
    case "table":
      if (Array.isArray(v))
        out.push([
          "numbers as text with spaces",
          (v as Scalar[][]).map((r) => r.map((c) => (typeof c === "number" ? ` ${c} ` : c))),
        ]);
      break;
  }
  return out;
}

function parts(s: Sample): { value: Arg; also: Readonly<Record<string, Arg>> } {
  return s !== null && typeof s === "object" && !Array.isArray(s)
    ? s
    : { value: s as Arg, also: {} };
}

function call(row: Row, values: Record<string, unknown>): Outcome {
  return outcomeOf(reg, row.id, argList(metaOf(reg, row.id), values));
}

const cases: Array<[string, string, string, Row, string, Sample]> = [];
for (const row of ROWS)
  for (const [param, samples] of Object.entries(row.samples))
    for (const s of samples)
      cases.push([row.id, param, JSON.stringify(parts(s).value), row, param, s]);

describe("every parameter has samples for the equivalence tests", () => {
  test.each(ROWS.map((r) => [r.id, r] as const))("%s", (_id, row) => {
    const params = metaOf(reg, row.id).parameters.map((p) => p.name);
    expect(Object.keys(row.samples).sort()).toEqual([...params].sort());
    for (const p of params) {
      expect(row.samples[p].length).toBeGreaterThan(0);
      // At least one sample of each parameter computes a value, so the comparisons are not all between errors.
      const works = row.samples[p].some(
        (s) => call(row, { ...row.base, ...parts(s).also, [p]: parts(s).value }).kind === "value"
      );
      if (!works) throw new Error(`BTU.${row.id}: no sample of ${p} gives a value`);
    }
  });
});

describe("the same value written differently gives the same result", () => {
  test.each(cases)("%s %s = %s", (_id, _param, _shown, row, param, sample) => {
    const { value, also } = parts(sample);
    const type = row.types[param];
    const canonical = call(row, { ...row.base, ...also, [param]: value });
    expect(problems(canonical)).toEqual([]);
    const vs = variants(type, value);
    expect(vs.length).toBeGreaterThan(0);
    for (const [label, v] of vs) {
      const o = call(row, { ...row.base, ...also, [param]: v });
      if (show(o) !== show(canonical))
        throw new Error(
          `BTU.${row.id} ${param}: ${label} ${JSON.stringify(v)} gave ${show(o)}, ${JSON.stringify(value)} gave ${show(canonical)}`
        );
      expect(o).toEqual(canonical);
    }
  });
});

describe("a one-cell range works like its value, for every scalar parameter", () => {
  const scalarCases: Array<[string, string, Row, string]> = [];
  for (const row of ROWS)
    for (const p of metaOf(reg, row.id).parameters)
      if (p.dimensionality !== "matrix") scalarCases.push([row.id, p.name, row, p.name]);
  test.each(scalarCases)("%s %s", (_id, _p, row, param) => {
    for (const s of row.samples[param]) {
      const { value, also } = parts(s);
      if (Array.isArray(value) || value === null) continue;
      const plain = call(row, { ...row.base, ...also, [param]: value });
      expect(call(row, { ...row.base, ...also, [param]: [[value]] })).toEqual(plain);
    }
  });
});
