/**
 * A schedule as CSV (RFC 4180): a header row, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break; ISO dates; amounts with two
 * decimals and no thousands separators. The last row is the total: "Total"
 * in the first column and the Amount column's sum (the core's total) under
 * Amount, as in the .xlsx. A text field starting with `=`, `+`, `-`, `@` (or a
 * tab or carriage return) gets a leading apostrophe, so a spreadsheet opening
 * the file never reads it as a formula (OWASP's CSV injection advice); numbers
 * and dates are never text fields.
 */
import Decimal from "decimal.js";
import { iso } from "../../core";
import { ColumnFormat, ScheduleCell, ScheduleTable } from "../model/schedules";

function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Text a spreadsheet would not take for a formula: a leading =, +, -, @, tab or CR is preceded by an apostrophe. */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function cellText(v: ScheduleCell, format: ColumnFormat): string {
  if (format === "money") return (v as Decimal).toFixed(2);
  if (format === "date") return iso(v as number);
  if (format === "text") return neutralise(v as string);
  return String(v);
}

export function toCsv(t: ScheduleTable): string {
  const lines = [
    t.columns.map((c) => neutralise(c.header)),
    ...t.rows.map((r) => r.map((v, i) => cellText(v, t.columns[i].format))),
    t.columns.map((_, i) =>
      i === 0 ? "Total" : i === t.amountColumn ? cellText(t.total, "money") : ""
    ),
  ];
  return lines.map((l) => l.map(field).join(",")).join("\r\n") + "\r\n";
}
