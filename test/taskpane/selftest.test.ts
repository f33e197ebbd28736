/**
 * The pane's self-test sheet (issue 19, "Check this add-in in this
 * workbook"): the formulas it writes, written out here by hand, and the
 * sheet evaluated without Excel: each =BTU. call through the CLI's evaluate
 * path (btu-calc --batch, the functions Excel loads), the PASS/FAIL cells by
 * Excel's rules (test/helpers/sheet-eval.ts). Every check passes on this
 * build; a build that is wrong in any checked way FAILs. The expected
 * figures are the README's hand-worked ones. Needs `npm run build:cli`.
 */
import { selfTestCells, SELF_TEST_CASES } from "../../src/taskpane/excel/selftest";
import { evaluateWithCli } from "../helpers/selftest-cli";
import { isError, Value } from "../helpers/sheet-eval";

const grid = () => selfTestCells({ row: 0, col: 0 }).map((r) => r.map((c) => c.value));
const cell = (g: Array<Array<string | number>>, a1: string) => {
  const m = /^([A-Z])(\d+)$/.exec(a1) as RegExpExecArray;
  return g[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
};
const ROWS = Array.from({ length: 12 }, (_, i) => i + 5); // the checks: rows 5 to 16

const money = (b: string) =>
  `=IF(ISNUMBER(${b}),IF(ROUND(${b},2)=C${b.slice(1)},"PASS","FAIL"),"FAIL")`;
const exact = (b: string) => `=IF(ISNUMBER(${b}),IF(${b}=C${b.slice(1)},"PASS","FAIL"),"FAIL")`;

/** Row: [B (the result), C (expected), D (PASS/FAIL)], written out by hand from the README's figures. */
const EXPECTED: Record<number, [string, string | number, string]> = {
  5: ["=BTU.CONSULT_DISCOUNTED(DATE(2004,10,1))", 537199.64, money("B5")],
  6: ["=BTU.CONSULT_LUMPSUM(DATE(2004,10,1))", 560580.82, money("B6")],
  7: ['=BTU.PAYOUT("4c-i",DATE(2004,10,1))', 542788.68, money("B7")],
  8: ["=BTU.CHAIR_DISCOUNTED(DATE(2005,10,1))", 170126.23, money("B8")],
  9: ['=BTU.TERMINATION_DATE("4b-i",DATE(2004,7,1))', "=DATE(2004,10,1)", exact("B9")],
  10: [
    '=BTU.OPTION_DEADLINE("4a",DATE(2004,10,1),DATE(2005,1,1))',
    "'#N/A", // the quote prefix: text, not Excel's error value
    '=IF(ISNA(B10),"PASS","FAIL")',
  ],
  11: [
    "=BTU.CONSULT_DISCOUNTED(DATE(2004,9,30))",
    "'#VALUE!",
    '=IF(IFERROR(ERROR.TYPE(B11),0)=3,"PASS","FAIL")',
  ],
  12: ["=ROWS(H5#)-1", 105, exact("B12")],
  13: ["=INDEX(H5#,2,1)", "=DATE(2003,7,14)", exact("B13")],
  14: ["=INDEX(H5#,ROWS(H5#),COLUMNS(H5#))", 816000, money("B14")],
  15: ["=INDEX(O5#,ROWS(O5#),COLUMNS(O5#))", 538158.33, money("B15")],
  // 4(h) from 2005-03-15: the continuation's 2006 and 2007 payments, 122,064.66 + 62,709.04, are unpaid at 2005-12-31.
  16: ['=BTU.OUTSTANDING("4h",DATE(2005,3,15),DATE(2005,12,31))', 184773.7, money("B16")],
};

describe("the self-test sheet: what it writes", () => {
  test("each check's formula, expected value and PASS/FAIL formula, as written by hand", () => {
    const g = grid();
    for (const r of ROWS)
      expect([cell(g, `B${r}`), cell(g, `C${r}`), cell(g, `D${r}`)]).toEqual(EXPECTED[r]);
    expect(SELF_TEST_CASES).toHaveLength(ROWS.length);
  });
  test("the spills: FEE_SCHEDULE and EXPLAIN with five arguments (the rate omitted in the middle)", () => {
    const g = grid();
    expect(cell(g, "H5")).toBe('=BTU.FEE_SCHEDULE("consulting")');
    expect(cell(g, "O5")).toBe(
      '=BTU.EXPLAIN("CONSULT_DISCOUNTED",DATE(2004,10,1),,"xnpv","accrual-basis=contract-year")'
    );
    // Nothing written in a spill's way: the cells right of and below the anchors are empty.
    for (const [col, width] of [
      ["H", 6],
      ["O", 6],
    ] as const)
      for (const r of ROWS.slice(1))
        for (let j = 0; j < width; j++)
          expect(cell(g, `${String.fromCharCode(col.charCodeAt(0) + j)}${r}`)).toBe("");
  });
  test("the summary cell B1 and the date system cell B2", () => {
    const g = grid();
    const d = "$D$5:$D$16";
    expect(cell(g, "B1")).toBe(
      `=IF(COUNTIF(${d},"PASS")=ROWS(${d}),"PASS: all "&ROWS(${d})&" checks","FAIL: "&(ROWS(${d})-COUNTIF(${d},"PASS"))&" of "&ROWS(${d})&" checks")`
    );
    expect(cell(g, "B2")).toBe('=IF(DATE(2000,1,1)=35064,"1904","1900")');
  });
  test("every check names its clause", () => {
    const g = grid();
    for (const r of ROWS) expect(String(cell(g, `E${r}`))).toMatch(/^(3|4)\(/);
  });
});

describe("the self-test sheet evaluated: the CLI's evaluate path for =BTU., Excel's rules for the rest", () => {
  test("on this build every check is PASS and B1 says so", () => {
    const { sheet } = evaluateWithCli(grid());
    for (const r of ROWS) expect([r, sheet.value(`D${r}`)]).toEqual([r, "PASS"]);
    expect(sheet.value("B1")).toBe("PASS: all 12 checks");
    expect(sheet.value("B2")).toBe("1900");
  });
  test("the errors carry the messages the sheet tells the user to look for", () => {
    const { sheet } = evaluateWithCli(grid());
    for (const r of [10, 11]) {
      const v = sheet.value(`B${r}`);
      const t = SELF_TEST_CASES[r - 5].expect;
      if (!("error" in t)) throw new Error(`row ${r} is not an error check`);
      expect(isError(v) && v.error).toBe(t.error);
      expect(isError(v) && v.message?.startsWith(t.message)).toBe(true);
    }
  });
  test("the expected errors are shown as text (quoted), not as Excel's error values", () => {
    const { sheet } = evaluateWithCli(grid());
    expect([sheet.value("C10"), sheet.value("C11")]).toEqual(["#N/A", "#VALUE!"]);
    // Unquoted, Excel would have made them errors:
    const unquoted = grid();
    unquoted[9][2] = "#N/A";
    expect(evaluateWithCli(unquoted).sheet.value("C10")).toEqual({ error: "#N/A" });
  });
  test("in a 1904 workbook B2 says 1904 (Excel's DATE(2000,1,1) is 35064 there)", () => {
    expect(evaluateWithCli(grid(), { dateSystem: 1904 }).sheet.value("B2")).toBe("1904");
  });

  /** The sheet under a build that answers `id` wrongly. */
  const wrongBuild = (
    id: string,
    wrong: (v: Value, args: ReadonlyArray<Value | undefined>) => Value
  ) => evaluateWithCli(grid(), {}, (i, a, v) => (i === id ? wrong(v, a) : v)).sheet;

  test("a build a cent off FAILs that check, and B1 says FAIL: 1 of 12", () => {
    const s = wrongBuild("CHAIR_DISCOUNTED", (v) => (v as number) + 0.01);
    expect(s.value("D8")).toBe("FAIL");
    expect(s.value("B1")).toBe("FAIL: 1 of 12 checks");
  });
  test("a build that ignores the workbook's date system FAILs the date checks in a 1904 workbook", () => {
    // Excel's DATE gives 1904 serials there; btu-calc reads every serial in the 1900 system, as such a build would.
    const s = evaluateWithCli(grid(), { dateSystem: 1904 }).sheet;
    expect(s.value("D9")).toBe("FAIL");
    expect(s.value("D13")).toBe("FAIL");
    expect(s.value("B1")).toMatch(/^FAIL: /);
  });
  test("a build that returns a number or another error where an error is due FAILs", () => {
    expect(wrongBuild("OPTION_DEADLINE", () => 38353).value("D10")).toBe("FAIL");
    expect(
      wrongBuild("CONSULT_DISCOUNTED", (v) => (isError(v) ? { error: "#NUM!" } : v)).value("D11")
    ).toBe("FAIL");
    expect(wrongBuild("CONSULT_DISCOUNTED", (v) => (isError(v) ? 0 : v)).value("D11")).toBe("FAIL");
  });
  test("a build whose spill is short, or that drops EXPLAIN's arguments after the third, FAILs", () => {
    const short = wrongBuild("FEE_SCHEDULE", (v) => (v as Value[][]).slice(0, -1) as Value);
    expect(["D12", "D14"].map((c) => short.value(c))).toEqual(["FAIL", "FAIL"]);
    // EXPLAIN("CONSULT_DISCOUNTED", date) without the method: the simple figure 537,199.64, not XNPV's.
    const simple = evaluateWithCli([['=BTU.EXPLAIN("CONSULT_DISCOUNTED",DATE(2004,10,1))']]);
    const table = [...simple.calls.values()][0];
    expect(Array.isArray(table)).toBe(true); // the trace, a table
    const dropped = wrongBuild("EXPLAIN", () => table);
    expect(dropped.value("B15")).toBe(537199.64);
    expect(dropped.value("D15")).toBe("FAIL");
  });
  test("with the add-in not loaded (every =BTU. is #NAME?) every check FAILs", () => {
    const s = evaluateWithCli(grid(), {}, () => ({ error: "#NAME?" })).sheet;
    for (const r of ROWS) expect(s.value(`D${r}`)).toBe("FAIL");
    expect(s.value("B1")).toBe("FAIL: 12 of 12 checks");
  });
});
