/**
 * Spreadsheet A1 addressing, shared by the audit workbook and the task pane's
 * writer and downloads. Excel-only, so it lives outside the core (issue 20 item 3).
 */

/** Column letters of a 0-based column index: 0 -> A, 27 -> AB. */
export function columnName(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
