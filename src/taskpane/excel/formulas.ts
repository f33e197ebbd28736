/**
 * Formula text for the workbook: calls of the registered BTU.* custom
 * functions (ids and argument orders of src/functions/functions.ts), under the
 * namespace of the add-in this build is (NAMESPACE, src/addin.ts: BTUDEV in
 * development), A1 references and literals.
 */
import { NAMESPACE } from "../../addin";
import { Serial, ymd } from "../../core";
import { columnName } from "../../excel-util/a1";

/** A1 reference of 0-based (row, col): (2, 1) -> B3. */
export const cellRef = (row: number, col: number): string => `${columnName(col)}${row + 1}`;

/** A1 range of a block: (0, 0, 3, 2) -> A1:B3. */
export const rangeRef = (row: number, col: number, rows: number, cols: number): string =>
  `${cellRef(row, col)}:${cellRef(row + rows - 1, col + cols - 1)}`;

/** An Excel text literal: quotes doubled. */
export const text = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** A date literal that is a real Excel date whatever the locale: DATE(2004,10,1). */
export function dateLiteral(s: Serial): string {
  const { year, month, day } = ymd(s);
  return `DATE(${year},${month},${day})`;
}

/**
 * A custom function call without the leading "=": btu("PAYOUT", ["B2", "B4", undefined, undefined, "B6"])
 * is BTU.PAYOUT(B2,B4,,,B6). Omitted arguments stay empty (Excel passes
 * null, which the functions read as "use the default"); trailing ones are
 * dropped.
 */
export function btu(id: string, args: ReadonlyArray<string | undefined>): string {
  const list = [...args];
  while (list.length > 0 && list[list.length - 1] === undefined) list.pop();
  return `${NAMESPACE}.${id}(${list.map((a) => a ?? "").join(",")})`;
}
