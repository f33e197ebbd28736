/**
 * The controller's ledger in the payout schedule's .xlsx (issue 21 item 5):
 * three sheets beside the schedule, every figure a core operation at the
 * door, written as real numbers and dates:
 *   - "By year": the payments by calendar year and by contract year (3(b)):
 *     Year, From, To, Cash, Shares at their value (4(c)(i)(B)), each tax
 *     treatment that has a payment, Total (PAYOUT_BY_YEAR);
 *   - "Tax treatment": each treatment's total with its text and clause
 *     (paragraph 5, 3(a); PAYOUT_DETAIL's totals) and the note that the
 *     add-in classifies and computes no tax;
 *   - "Roll-forward": a row a month end, Opening, Arising, Paid, Closing
 *     (ROLLFORWARD; register amounts-arise).
 * A year's total is cash + shares, a month's opening the previous closing and
 * its closing opening + arising - paid, and every total a SUM over the rows:
 * formulas whose cached results are the core's figures, recomputed on
 * opening. Each sheet prints landscape, one page wide, its header row
 * repeated, with the schedule's footer. ExcelJS is the caller's (its lazy
 * chunk): this module only writes into a workbook it is given.
 */
import type * as ExcelJSTypes from "exceljs";
import Decimal from "decimal.js";
import {
  Dec,
  Payout,
  payoutByTreatment,
  payoutByYear,
  PayoutYear,
  rollForward,
  TAX_NOTE,
  TAX_TREATMENTS,
  toExcelNumber,
  TreatmentTotal,
  ymd,
  YearBasis,
} from "../../core";
import { columnName } from "../../excel-util/a1";
import { setPrintSettings } from "../../audit/print";

/** The ledger sheets' names, in the order they follow the schedule. */
export const LEDGER_SHEETS = ["By year", "Tax treatment", "Roll-forward"] as const;

const MONEY = "#,##0.00";
const DATE = "yyyy-mm-dd";

const excelDate = (s: number) => {
  const { year, month, day } = ymd(s);
  return new Date(Date.UTC(year, month - 1, day));
};
const total = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), new Dec(0));
/** A formula cell with its cached result (the core's figure). */
const formula = (f: string, result: Decimal): ExcelJSTypes.CellFormulaValue => ({
  formula: f,
  result: toExcelNumber(result),
});
/** A column's total over rows first..last: a SUM whose cached result is `v` (0 when there are no rows). */
const sumOf = (letter: string, first: number, last: number, v: Decimal) =>
  last >= first ? formula(`SUM(${letter}${first}:${letter}${last})`, v) : toExcelNumber(v);

export interface LedgerSheetOptions {
  /** What the printed footer names (the schedule's footer). */
  readonly footer: string;
  /** The date the file is made, YYYY-MM-DD. */
  readonly made: string;
}

function heading(ws: ExcelJSTypes.Worksheet, title: string, made: string, note: string): void {
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = { bold: true, size: 12 };
  ws.getCell("A2").value =
    `Made ${made} by the BTU separation agreement task pane; every figure from its calculation core. ${note}`;
}

const BASIS_TITLE: Record<YearBasis, string> = {
  calendar: "Calendar years (BTU's fiscal year)",
  contract: "Contract years (3(b): each contract year from its From date to its To date)",
};

/** One basis's table from `top` (its title row); returns the row after its total. */
function yearTable(
  ws: ExcelJSTypes.Worksheet,
  top: number,
  basis: YearBasis,
  years: readonly PayoutYear[],
  shown: readonly TreatmentTotal[],
  p: Payout
): number {
  ws.getCell(`A${top}`).value = BASIS_TITLE[basis];
  ws.getCell(`A${top}`).font = { bold: true };
  const head = ws.getRow(top + 1);
  head.values = [
    "Year",
    "From",
    "To",
    "Cash",
    "Shares at their value (4(c)(i)(B))",
    ...shown.map((t) => t.treatment.short),
    "Total",
  ];
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "top" };
  const index = shown.map((t) => TAX_TREATMENTS.findIndex((x) => x.id === t.treatment.id));
  const totalCol = 6 + shown.length; // 1-based
  const first = top + 2;
  years.forEach((y, k) => {
    const r = first + k;
    const row = ws.getRow(r);
    row.getCell(1).value = y.year;
    row.getCell(2).value = excelDate(y.from);
    row.getCell(3).value = excelDate(y.to);
    row.getCell(4).value = toExcelNumber(y.cash);
    row.getCell(5).value = toExcelNumber(y.shares);
    index.forEach((i, j) => (row.getCell(6 + j).value = toExcelNumber(y.byTreatment[i])));
    row.getCell(totalCol).value = formula(`D${r}+E${r}`, y.total);
    [2, 3].forEach((c) => (row.getCell(c).numFmt = DATE));
    for (let c = 4; c <= totalCol; c++) row.getCell(c).numFmt = MONEY;
  });
  const last = first + years.length - 1;
  const t = ws.getRow(last + 1);
  t.getCell(1).value = "Total";
  const sums: Decimal[] = [
    p.cashTotal,
    p.shares?.value ?? new Dec(0),
    ...shown.map((x) => x.amount),
    p.total,
  ];
  sums.forEach((v, j) => {
    const letter = columnName(3 + j);
    const cell = t.getCell(4 + j);
    cell.value = sumOf(letter, first, last, v);
    cell.numFmt = MONEY;
  });
  t.font = { bold: true };
  return last + 2;
}

function byYearSheet(wb: ExcelJSTypes.Workbook, p: Payout, o: LedgerSheetOptions): void {
  const shown = payoutByTreatment(p);
  const ws = wb.addWorksheet(LEDGER_SHEETS[0], { views: [{ state: "frozen", ySplit: 4 }] });
  ws.columns = [
    { width: 10 },
    { width: 12 },
    { width: 12 },
    { width: 16 },
    { width: 18 },
    ...shown.map(() => ({ width: 20 })),
    { width: 16 },
  ];
  heading(
    ws,
    "Payments by year (PAYOUT_BY_YEAR): cash, shares at their value, each tax treatment",
    o.made,
    "Each year's total is cash plus shares; the years add up to PAYOUT."
  );
  let r = 4;
  for (const basis of ["calendar", "contract"] as const)
    r = yearTable(ws, r, basis, payoutByYear(p, basis), shown, p) + 1;
  setPrintSettings(ws, { scenario: o.footer, made: o.made, titleRows: "1:2" });
}

function treatmentSheet(wb: ExcelJSTypes.Workbook, p: Payout, o: LedgerSheetOptions): void {
  const ts = payoutByTreatment(p);
  const ws = wb.addWorksheet(LEDGER_SHEETS[1], { views: [{ state: "frozen", ySplit: 4 }] });
  ws.columns = [
    { width: 30 },
    { width: 60 },
    { width: 16 },
    { width: 16 },
    { width: 18 },
    { width: 16 },
  ];
  heading(ws, "Payments by tax treatment (paragraph 5, 3(a))", o.made, `${TAX_NOTE}.`);
  const head = ws.getRow(4);
  head.values = [
    "Tax treatment",
    "Who withholds, and the form",
    "Clause",
    "Cash",
    "Shares at their value (4(c)(i)(B))",
    "Amount",
  ];
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "top" };
  ts.forEach((t, k) => {
    const r = 5 + k;
    const row = ws.getRow(r);
    row.values = [
      t.treatment.short,
      t.treatment.label,
      t.treatment.clause,
      toExcelNumber(t.cash),
      toExcelNumber(t.shares),
    ];
    row.getCell(6).value = formula(`D${r}+E${r}`, t.amount);
    [4, 5, 6].forEach((c) => (row.getCell(c).numFmt = MONEY));
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  });
  const first = 5;
  const last = 4 + ts.length;
  const t = ws.getRow(last + 1);
  t.getCell(1).value = "Total (PAYOUT)";
  // The treatments add up to PAYOUT: its cash, its shares at their value and its total.
  [p.cashTotal, p.shares?.value ?? new Dec(0), p.total].forEach((v, j) => {
    const letter = columnName(3 + j);
    const cell = t.getCell(4 + j);
    cell.value = sumOf(letter, first, last, v);
    cell.numFmt = MONEY;
  });
  t.font = { bold: true };
  ws.getCell(`A${last + 3}`).value = `${TAX_NOTE}.`;
  setPrintSettings(ws, { scenario: o.footer, made: o.made, titleRows: "4:4" });
}

function rollForwardSheet(wb: ExcelJSTypes.Workbook, p: Payout, o: LedgerSheetOptions): void {
  const rows = rollForward(p.request);
  const ws = wb.addWorksheet(LEDGER_SHEETS[2], { views: [{ state: "frozen", ySplit: 4 }] });
  ws.columns = [{ width: 12 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }];
  heading(
    ws,
    "What the Company owes and has not paid, rolled forward month by month (ROLLFORWARD)",
    o.made,
    "Opening is the previous closing; closing = opening + arising - paid, what is owed at the month end (OUTSTANDING; register amounts-arise)."
  );
  const head = ws.getRow(4);
  head.values = ["Month end", "Opening", "Arising", "Paid", "Closing"];
  head.font = { bold: true };
  const first = 5;
  rows.forEach((m, k) => {
    const r = first + k;
    const row = ws.getRow(r);
    row.getCell(1).value = excelDate(m.monthEnd);
    row.getCell(1).numFmt = DATE;
    row.getCell(2).value = k === 0 ? toExcelNumber(m.opening) : formula(`E${r - 1}`, m.opening);
    row.getCell(3).value = toExcelNumber(m.arising);
    row.getCell(4).value = toExcelNumber(m.paid);
    row.getCell(5).value = formula(`B${r}+C${r}-D${r}`, m.closing);
    for (let c = 2; c <= 5; c++) row.getCell(c).numFmt = MONEY;
  });
  const last = first + rows.length - 1;
  const t = ws.getRow(last + 1);
  t.getCell(1).value = "Total";
  (
    [
      ["C", total(rows.map((m) => m.arising))],
      ["D", total(rows.map((m) => m.paid))],
    ] as const
  ).forEach(([letter, v]) => {
    const cell = t.getCell(letter);
    cell.value = sumOf(letter, first, last, v);
    cell.numFmt = MONEY;
  });
  t.font = { bold: true };
  setPrintSettings(ws, { scenario: o.footer, made: o.made, titleRows: "4:4" });
}

/** Adds "By year", "Tax treatment" and "Roll-forward" for the payout to the workbook. */
export function addLedgerSheets(wb: ExcelJSTypes.Workbook, p: Payout, o: LedgerSheetOptions): void {
  byYearSheet(wb, p, o);
  treatmentSheet(wb, p, o);
  rollForwardSheet(wb, p, o);
}
