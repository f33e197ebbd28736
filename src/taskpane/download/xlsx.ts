/**
 * A schedule as an .xlsx workbook: real Excel dates, money formats, a frozen
 * header row and a total that ties to the cent (a SUM formula whose cached
 * result is the core's total, recomputed on opening), plus an "About" sheet
 * with every input the figures rest on (value and clause) and where they
 * come from. A termination's schedule (PAYOUT_SCHEDULE) also gets its
 * "By year", "Tax treatment" and "Roll-forward" sheets (./ledger-sheets.ts). Every sheet prints landscape, one page wide, its header row
 * repeated, with a footer naming the scenario and the date the file was made.
 * exceljs is loaded on demand, as its own chunk.
 */
import type * as ExcelJSTypes from "exceljs";
import Decimal from "decimal.js";
import { toExcelNumber, ymd } from "../../core";
import { columnName } from "../../excel-util/a1";
import { madeOn, setPrintSettings } from "../../audit/print";
import { addLedgerSheets } from "./ledger-sheets";
import { ColumnFormat, ScheduleCell, ScheduleTable } from "../model/schedules";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const NUMBER_FORMAT: Record<ColumnFormat, string> = {
  date: "yyyy-mm-dd",
  money: "#,##0.00",
  int: "0",
  text: "@",
};

/** ExcelJS, from its own chunk (loaded on demand). */
export async function loadExcelJs(): Promise<typeof ExcelJSTypes> {
  const mod = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  return ((mod as unknown as { default?: typeof ExcelJSTypes }).default ??
    mod) as typeof ExcelJSTypes;
}

function cellValue(v: ScheduleCell, format: ColumnFormat): Date | number | string {
  if (format === "text") return v as string;
  if (format === "money") return toExcelNumber(v as Decimal);
  if (format === "date") {
    const { year, month, day } = ymd(v as number);
    return new Date(Date.UTC(year, month - 1, day));
  }
  return v as number;
}

/** The workbook of a schedule; `made` (YYYY-MM-DD, default today) goes in the printed footer. */
export async function toXlsx(t: ScheduleTable, made: string = madeOn()): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = "BTU separation agreement task pane";
  wb.calcProperties.fullCalcOnLoad = true;
  const ws = wb.addWorksheet(t.sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = t.columns.map((c) => ({
    header: c.header,
    width: c.format === "money" ? 16 : c.format === "date" ? 12 : c.format === "text" ? 40 : 8,
    style: { numFmt: NUMBER_FORMAT[c.format] },
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of t.rows) ws.addRow(r.map((v, i) => cellValue(v, t.columns[i].format)));
  const amount = columnName(t.amountColumn);
  const total = ws.addRow([]);
  total.getCell(1).value = "Total";
  total.getCell(t.amountColumn + 1).value = {
    formula: `SUM(${amount}2:${amount}${t.rows.length + 1})`,
    result: toExcelNumber(t.total),
  };
  total.font = { bold: true };
  setPrintSettings(ws, { scenario: t.footer, made, titleRows: "1:1" });
  // A termination's schedule: its years, tax treatments and month-end roll-forward (issue 21 item 5).
  if (t.payout) addLedgerSheets(wb, t.payout, { footer: t.footer, made });

  const about = wb.addWorksheet("About", { views: [{ state: "frozen", ySplit: 3 }] });
  about.columns = [{ width: 70 }, { width: 30 }, { width: 44 }];
  about.getCell("A1").value = t.title;
  about.getCell("A1").font = { bold: true };
  about.getCell("A2").value = `Made ${made} by the BTU separation agreement task pane.`;
  const head = about.getRow(3);
  head.values = ["Input or figure", "Value", "Clause"];
  head.font = { bold: true };
  for (const a of t.about) {
    const row = about.addRow([a.label, cellValue(a.value, a.format), a.clause]);
    row.getCell(2).numFmt = NUMBER_FORMAT[a.format];
    row.getCell(2).alignment = { horizontal: a.format === "text" ? "left" : "right" };
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.getCell(3).alignment = { wrapText: true, vertical: "top" };
  }
  about.addRow([]);
  for (const line of [
    ...t.notes,
    "Source: BTU International, Inc. letter agreement of February 7, 2003 (Exhibit 10.50), as embedded in the add-in's calculation core.",
  ]) {
    const row = about.addRow([line]);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
  }
  setPrintSettings(about, { scenario: t.footer, made, titleRows: "3:3" });
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
