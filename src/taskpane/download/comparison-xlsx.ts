/**
 * The comparison of saved scenarios as an .xlsx sheet (issue 21 item 4): one
 * column a scenario, then each one's difference from the first as a formula
 * (=D5-C5) whose cached result is the core's; the payout as the formula cash
 * + shares at their value (PAYOUT, 4(c)(i)(B)) whose cached result is the
 * core's PAYOUT, recomputed on opening; each scenario's payout by calendar
 * year (PAYOUT_BY_YEAR) and their total as a SUM formula whose cached result
 * is the core's PAYOUT (the years tie to it); the scenarios' facts (real dates),
 * the comparison date and rate (a real date and a percentage), and the notes.
 * Prints landscape, one page wide, the header row repeated, a footer naming
 * the scenarios, the date made and the page. ExcelJS comes from its own chunk.
 */
import { toExcelNumber, ymd } from "../../core";
import { columnName } from "../../excel-util/a1";
import { madeOn, setPrintSettings } from "../../audit/print";
import { ComparisonTable } from "../model/comparison";
import { loadExcelJs, NUMBER_FORMAT } from "./xlsx";

/** The row of the column headers (1-based); the figures follow. */
export const COMPARISON_HEADER_ROW = 4;

const excelDate = (s: number) => {
  const { year, month, day } = ymd(s);
  return new Date(Date.UTC(year, month - 1, day));
};

/** The comparison's workbook; `made` (YYYY-MM-DD, default today) goes in the heading and the printed footer. */
export async function comparisonToXlsx(
  t: ComparisonTable,
  made: string = madeOn()
): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = "BTU separation agreement task pane";
  wb.calcProperties.fullCalcOnLoad = true;
  const n = t.columns.length;
  const ws = wb.addWorksheet("Comparison", {
    views: [{ state: "frozen", xSplit: 2, ySplit: COMPARISON_HEADER_ROW }],
  });
  ws.columns = [
    { width: 44 },
    { width: 22 },
    ...t.columns.map(() => ({ width: 18 })),
    ...t.columns.slice(1).map(() => ({ width: 20 })),
  ];
  ws.getCell("A1").value = t.title;
  ws.getCell("A1").font = { bold: true, size: 12 };
  ws.getCell("A2").value =
    `Made ${made} by the BTU separation agreement task pane; every figure from its calculation core.`;
  const head = ws.getRow(COMPARISON_HEADER_ROW);
  head.values = [
    "Figure",
    "Clause",
    ...t.columns.map((c) => c.name),
    ...t.columns.slice(1).map((c) => `${c.name} less ${t.columns[0].name}`),
  ];
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "top" };
  const col = (i: number) => columnName(2 + i); // scenario i's column (0-based i)
  const rowOf: Partial<Record<string, number>> = {};
  t.lines.forEach((line, k) => (rowOf[line.figure] = COMPARISON_HEADER_ROW + 1 + k));
  t.lines.forEach((line) => {
    const r = rowOf[line.figure] as number;
    const row = ws.getRow(r);
    row.getCell(1).value = line.label;
    row.getCell(2).value = line.clause;
    line.values.forEach((v, i) => {
      const cell = row.getCell(3 + i);
      // PAYOUT is cash plus the shares at their value: a formula, its cached result the core's PAYOUT.
      cell.value =
        line.figure === "total" && rowOf.cashTotal && rowOf.sharesValue
          ? {
              formula: `${col(i)}${rowOf.cashTotal}+${col(i)}${rowOf.sharesValue}`,
              result: toExcelNumber(v),
            }
          : toExcelNumber(v);
      cell.numFmt = NUMBER_FORMAT.money;
    });
    line.differences.slice(1).forEach((d, j) => {
      const cell = row.getCell(3 + n + j);
      cell.value = { formula: `${col(j + 1)}${r}-${col(0)}${r}`, result: toExcelNumber(d) };
      cell.numFmt = NUMBER_FORMAT.money;
    });
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
  });
  let r = COMPARISON_HEADER_ROW + t.lines.length + 1;
  if (t.years.length > 0) {
    // The payout by calendar year (PAYOUT_BY_YEAR), then their sum, a formula that ties to PAYOUT.
    const first = r;
    for (const y of t.years) {
      const row = ws.getRow(r++);
      row.getCell(1).value = y.label;
      row.getCell(2).value = y.clause;
      y.values.forEach((v, i) => {
        const cell = row.getCell(3 + i);
        cell.value = toExcelNumber(v);
        cell.numFmt = NUMBER_FORMAT.money;
      });
    }
    const sum = ws.getRow(r++);
    sum.getCell(1).value = "Total of the years (PAYOUT)";
    sum.getCell(2).value = "PAYOUT_BY_YEAR";
    sum.font = { bold: true };
    const payout = t.lines.find((l) => l.figure === "total");
    t.columns.forEach((_, i) => {
      const cell = sum.getCell(3 + i);
      const formula = `SUM(${col(i)}${first}:${col(i)}${r - 2})`;
      cell.value = payout ? { formula, result: toExcelNumber(payout.values[i]) } : { formula };
      cell.numFmt = NUMBER_FORMAT.money;
    });
  }
  r++;
  const facts = ws.getRow(r++);
  facts.values = ["Scenario facts", "", ...t.columns.map((c) => c.name)];
  facts.font = { bold: true };
  const fact = (
    label: string,
    clause: string,
    values: Array<string | number | undefined>,
    date: boolean
  ) => {
    const row = ws.getRow(r++);
    row.getCell(1).value = label;
    row.getCell(2).value = clause;
    values.forEach((v, i) => {
      if (v === undefined) return;
      const cell = row.getCell(3 + i);
      cell.value = date ? excelDate(v as number) : v;
      cell.numFmt = date ? NUMBER_FORMAT.date : NUMBER_FORMAT.text;
      cell.alignment = { wrapText: !date, vertical: "top", horizontal: date ? "right" : "left" };
    });
  };
  fact(
    "Scenario",
    "paragraph 4",
    t.columns.map((c) => c.scenario),
    false
  );
  fact(
    "Date entered (notice or event)",
    "paragraph 4",
    t.columns.map((c) => c.date),
    true
  );
  fact(
    "Termination date",
    "paragraph 4",
    t.columns.map((c) => c.T),
    true
  );
  fact(
    "Periods ended",
    "paragraph 4",
    t.columns.map((c) => c.periods),
    false
  );
  fact(
    "Interpretation choices in force",
    "register",
    t.columns.map((c) => c.choices),
    false
  );
  fact(
    "Shares due before the termination date",
    "4(c)(i)(B)",
    t.columns.map((c) => c.sharesDueEarly),
    true
  );
  r++;
  const setting = (
    label: string,
    clause: string,
    value: Date | number | string,
    numFmt: string
  ) => {
    const row = ws.getRow(r++);
    row.getCell(1).value = label;
    row.getCell(2).value = clause;
    row.getCell(3).value = value;
    row.getCell(3).numFmt = numFmt;
    row.getCell(3).alignment = { horizontal: "right" };
  };
  setting(
    t.asOfChosen ? "Comparison date (chosen)" : "Comparison date (the earliest termination date)",
    "register comparison-valuation",
    excelDate(t.asOf),
    NUMBER_FORMAT.date
  );
  setting("Discount rate a year", "4(c)", toExcelNumber(t.rate), "0.00%");
  setting(
    "A payment before the comparison date",
    "register comparison-valuation",
    t.valuation,
    "@"
  );
  r++;
  for (const note of t.notes) {
    ws.getRow(r).getCell(1).value = note;
    ws.mergeCells(r, 1, r, 2 + 2 * n - 1);
    ws.getRow(r).getCell(1).alignment = { wrapText: true, vertical: "top" };
    ws.getRow(r).height = 30;
    r++;
  }
  setPrintSettings(ws, {
    scenario: t.footer,
    made,
    titleRows: `${COMPARISON_HEADER_ROW}:${COMPARISON_HEADER_ROW}`,
  });
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
