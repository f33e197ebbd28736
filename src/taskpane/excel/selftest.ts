/**
 * "Check this add-in in this workbook" (issue 19): a new sheet of live
 * `=BTU.` formulas, each beside the figure worked out by hand from the
 * agreement (the README's figures) and a PASS/FAIL cell that Excel itself
 * computes, with one summary cell. A person with Excel confirms a build in a
 * minute: figures, dates in the workbook's own date system (1900 or 1904:
 * the expected date is Excel's own DATE(...)), errors and the message Excel
 * shows for them, spilled tables read through `#` references, and EXPLAIN
 * with five arguments.
 *
 * The expected values below are hand figures with their clause, NOT computed
 * by the core: a self-test that asked the code for its expectations would
 * pass any build.
 *
 * Written through the pane's writer on a new sheet with a name no other
 * sheet has (never over a user's cells); the formulas through formulas.ts's
 * `btu()`, so they follow the functions' namespace.
 */
import { parseIso } from "../../core";
import { Cell, Insertion, Origin } from "./blocks";
import { btu, cellRef, dateLiteral, text } from "./formulas";

/** A call's argument: a date (written DATE(y,m,d), a real date in either date system), text, a number, or omitted. */
export type Arg = { readonly date: string } | string | number | undefined;

/** What a check compares: a figure to the cent, a date, a count, or the error Excel shows. */
export type Expect =
  | { readonly money: number }
  | { readonly date: string }
  | { readonly count: number }
  /** `message`: how the message Excel shows for the error begins. */
  | { readonly error: "#N/A" | "#VALUE!"; readonly message: string };

/** How a check reads its result: one call in the cell, or a cell of a spilled table (1-based row, column; "last" for its last). */
export type Read =
  | { readonly call: string; readonly args: readonly Arg[] }
  | {
      readonly spill: SpillId;
      readonly at:
        "rows-below-header" | { readonly row: number | "last"; readonly col: number | "last" };
    };

export interface SelfTestCase {
  /** What is checked, as the sheet says it. */
  readonly check: string;
  /** The clause (and, where one applies, the register entry) the expected value comes from. */
  readonly clause: string;
  readonly read: Read;
  readonly expect: Expect;
}

/** A table spilled on the sheet, read by the checks through its `#` reference. */
export interface Spill {
  readonly id: SpillId;
  readonly title: string;
  readonly call: string;
  readonly args: readonly Arg[];
}
export type SpillId = "fees" | "explain";

export const SPILLS: readonly Spill[] = [
  {
    id: "fees",
    title: "Spill: the Consulting Fee schedule",
    call: "FEE_SCHEDULE",
    args: ["consulting"],
  },
  {
    id: "explain",
    title: "Spill: EXPLAIN with five arguments",
    call: "EXPLAIN",
    // The rate omitted in the middle: Excel passes it as empty, the method and the choices stay in place.
    args: [
      "CONSULT_DISCOUNTED",
      { date: "2004-10-01" },
      undefined,
      "xnpv",
      "accrual-basis=contract-year",
    ],
  },
];

/**
 * The checks, with the figures worked by hand from the agreement (README's
 * table of calls and test/e2e/figures.ts).
 */
export const SELF_TEST_CASES: readonly SelfTestCase[] = [
  {
    check: "Consulting Lump Sum, discounted 3% a year (simple), termination 2004-10-01",
    clause: "4(c)(i), register discount-method",
    read: { call: "CONSULT_DISCOUNTED", args: [{ date: "2004-10-01" }] },
    expect: { money: 537199.64 },
  },
  {
    check: "Consulting Lump Sum, undiscounted, termination 2004-10-01",
    clause: "4(b)(i)",
    read: { call: "CONSULT_LUMPSUM", args: [{ date: "2004-10-01" }] },
    expect: { money: 560580.82 },
  },
  {
    check: "Total due: 4(c)(i) terminating 2004-10-01 (5,589.04 earned + 537,199.64)",
    clause: "4(c)(i), 3(a)",
    read: { call: "PAYOUT", args: ["4c-i", { date: "2004-10-01" }] },
    expect: { money: 542788.68 },
  },
  {
    check: "Chairman Lump Sum, discounted, termination 2005-10-01",
    clause: "4(c)(ii)",
    read: { call: "CHAIR_DISCOUNTED", args: [{ date: "2005-10-01" }] },
    expect: { money: 170126.23 },
  },
  {
    check: "A date in this workbook's date system: notice 2004-07-01 ends 2004-10-01",
    clause: "4(b)(i): three months' notice",
    read: { call: "TERMINATION_DATE", args: ["4b-i", { date: "2004-07-01" }] },
    expect: { date: "2004-10-01" },
  },
  {
    check: "An error with its message: an unvested option under 4(a) has no deadline",
    clause: "3(c)(iv)(A)(iii)",
    read: {
      call: "OPTION_DEADLINE",
      args: ["4a", { date: "2004-10-01" }, { date: "2005-01-01" }],
    },
    expect: {
      error: "#N/A",
      message:
        "forfeited: under 3(c)(iv)(A)(iii) (4(a)) an option unvested on 2004-10-01 (vesting 2005-01-01) is forfeited",
    },
  },
  {
    check: "An error with its message: a 4(c)(i) termination before its window",
    clause: "4(c)(i)",
    read: { call: "CONSULT_DISCOUNTED", args: [{ date: "2004-09-30" }] },
    expect: {
      error: "#VALUE!",
      message: "terminationDate 2004-09-30 is outside 4(c)(i)'s window 2004-10-01 to 2007-06-30",
    },
  },
  {
    check: "Spill: Consulting Fee payments (rows under the header)",
    clause: "3(a): 104 full 14-day periods and a 5-day stub",
    read: { spill: "fees", at: "rows-below-header" },
    expect: { count: 105 },
  },
  {
    check: "Spill: first Consulting Fee payment date",
    clause: "3(a): the period 2003-07-01 to 2003-07-14, paid on its last day",
    read: { spill: "fees", at: { row: 2, col: 1 } },
    expect: { date: "2003-07-14" },
  },
  {
    check: "Spill: Consulting Fee total (the last cumulative)",
    clause: "3(a): $204,000 a year, 2003-07-01 to 2007-06-30",
    read: { spill: "fees", at: { row: "last", col: "last" } },
    expect: { money: 816000 },
  },
  {
    check: "EXPLAIN with five arguments: its result row (XNPV)",
    clause: "4(c)(i), register discount-method (xnpv)",
    read: { spill: "explain", at: { row: "last", col: "last" } },
    expect: { money: 538158.33 },
  },
  {
    check:
      "Still owed at 2005-12-31 under 4(h) from 2005-03-15: the 60% continuation paid in 2006 (122,064.66) and 2007 (62,709.04)",
    clause: "4(h), register amounts-arise",
    read: { call: "OUTSTANDING", args: ["4h", { date: "2005-03-15" }, { date: "2005-12-31" }] },
    expect: { money: 184773.7 },
  },
];

export const SELF_TEST_SHEET = "BTU self-test";

/** The sheet's layout: rows and columns (0-based, from the block's top-left cell). */
export const LAYOUT = {
  /** Row of the column headings; the checks follow it. */
  header: 3,
  /** Columns of the checks' table. */
  cols: { check: 0, result: 1, expected: 2, pass: 3, clause: 4, shows: 5 },
  /** First column of the spilled tables, side by side with a blank column between them (FEE_SCHEDULE is 6 wide). */
  spillCol: 7,
  spillWidth: 6,
} as const;

const HEADINGS = [
  "Check",
  "Add-in's result",
  "Expected (worked by hand)",
  "PASS / FAIL",
  "Clause",
  "What Excel shows",
];

const argText = (a: Arg): string | undefined =>
  a === undefined
    ? undefined
    : typeof a === "number"
      ? String(a)
      : typeof a === "string"
        ? text(a)
        : dateLiteral(parseIso(a.date) as number);

/** The formula of a BTU call, through the pane's own helper (so it follows the namespace). */
export const callFormula = (call: string, args: readonly Arg[]): string =>
  `=${btu(call, args.map(argText))}`;

/**
 * The self-test as an insertion for the pane's writer (a new sheet).
 * B1 is the summary: "PASS: all 11 checks" or "FAIL: n of 11 checks"; B2
 * the workbook's date system as Excel reckons it; C1 a note.
 */
export function selfTestInsertion(): Insertion {
  return {
    what: "the add-in's self-test",
    sheetName: SELF_TEST_SHEET,
    build: selfTestCells,
  };
}

export function selfTestCells(origin: Origin): Cell[][] {
  const { header, cols, spillCol, spillWidth } = LAYOUT;
  const at = (r: number, c: number) => cellRef(origin.row + r, origin.col + c);
  const abs = (r: number, c: number) => at(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const first = header + 1;
  const last = header + SELF_TEST_CASES.length;
  const passRange = `${abs(first, cols.pass)}:${abs(last, cols.pass)}`;
  const width = spillCol + SPILLS.length * (spillWidth + 1) - 1;
  const rows: Cell[][] = Array.from({ length: last + 1 }, () =>
    Array.from({ length: width }, () => ({ value: "" }))
  );
  const set = (r: number, c: number, cell: Cell) => (rows[r][c] = cell);

  set(0, 0, { value: "BTU add-in self-test", bold: true });
  const n = `ROWS(${passRange})`;
  const passed = `COUNTIF(${passRange},"PASS")`;
  set(0, 1, {
    value: `=IF(${passed}=${n},"PASS: all "&${n}&" checks","FAIL: "&(${n}-${passed})&" of "&${n}&" checks")`,
    bold: true,
  });
  set(1, 0, { value: "This workbook's date system" });
  // Excel's own DATE(2000,1,1): 36526 in the 1900 date system, 35064 in the 1904 one.
  set(1, 1, { value: `=IF(DATE(2000,1,1)=35064,"1904","1900")` });
  // On the first row, which the writer does not autofit: a long note would widen column A.
  set(0, 2, {
    value:
      "Every check passes in a 1900 or 1904 workbook. A FAIL or an error in column B: hover the cell for Excel's message and see docs/excel-checklist.md.",
  });
  HEADINGS.forEach((h, j) => set(header, j, { value: h, bold: true }));

  // The spilled tables, each under its title, anchored on the first check's row.
  const spillAnchor = (id: SpillId) => {
    const k = SPILLS.findIndex((s) => s.id === id);
    return { r: first, c: spillCol + k * (spillWidth + 1) };
  };
  SPILLS.forEach((s) => {
    const { r, c } = spillAnchor(s.id);
    set(r - 1, c, { value: s.title, bold: true });
    set(r, c, { value: callFormula(s.call, s.args) });
  });

  SELF_TEST_CASES.forEach((t, i) => {
    const r = first + i;
    const result = at(r, cols.result);
    const expected = at(r, cols.expected);
    set(r, cols.check, { value: t.check });
    set(r, cols.clause, { value: t.clause });
    // The result: a call, or a cell of a spilled table read through its # reference.
    let formula: string;
    if ("call" in t.read) formula = callFormula(t.read.call, t.read.args);
    else {
      const { r: sr, c: sc } = spillAnchor(t.read.spill);
      const ref = `${at(sr, sc)}#`;
      const where = t.read.at;
      if (where === "rows-below-header") formula = `=ROWS(${ref})-1`;
      else {
        const row = where.row === "last" ? `ROWS(${ref})` : String(where.row);
        const col = where.col === "last" ? `COLUMNS(${ref})` : String(where.col);
        formula = `=INDEX(${ref},${row},${col})`;
      }
    }
    const e = t.expect;
    if ("money" in e) {
      set(r, cols.result, { value: formula, format: "money" });
      set(r, cols.expected, { value: e.money, format: "money" });
      set(r, cols.pass, {
        value: `=IF(ISNUMBER(${result}),IF(ROUND(${result},2)=${expected},"PASS","FAIL"),"FAIL")`,
      });
      set(r, cols.shows, { value: "a number" });
    } else if ("date" in e) {
      set(r, cols.result, { value: formula, format: "date" });
      // Excel's own DATE: the expected date in this workbook's date system, 1900 or 1904.
      set(r, cols.expected, {
        value: `=${dateLiteral(parseIso(e.date) as number)}`,
        format: "date",
      });
      set(r, cols.pass, {
        value: `=IF(ISNUMBER(${result}),IF(${result}=${expected},"PASS","FAIL"),"FAIL")`,
      });
      set(r, cols.shows, { value: `the date ${e.date}` });
    } else if ("count" in e) {
      set(r, cols.result, { value: formula, format: "int" });
      set(r, cols.expected, { value: e.count, format: "int" });
      set(r, cols.pass, {
        value: `=IF(ISNUMBER(${result}),IF(${result}=${expected},"PASS","FAIL"),"FAIL")`,
      });
      set(r, cols.shows, { value: "a count" });
    } else {
      set(r, cols.result, { value: formula });
      // Quoted: Excel reads "#N/A" written into a cell as the error value itself, not as text.
      set(r, cols.expected, { value: `'${e.error}`, format: "text" });
      // ISNA for #N/A; ERROR.TYPE 3 for #VALUE! (and #N/A for a value that is no error: FAIL).
      const test = e.error === "#N/A" ? `ISNA(${result})` : `IFERROR(ERROR.TYPE(${result}),0)=3`;
      set(r, cols.pass, { value: `=IF(${test},"PASS","FAIL")` });
      set(r, cols.shows, {
        value: `${e.error}; hover the cell: its message begins "${e.message}"`,
      });
    }
  });
  return rows;
}
