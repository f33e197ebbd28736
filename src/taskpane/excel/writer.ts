/**
 * Writes an insertion into the workbook through the Excel JavaScript API,
 * never destroying anything unasked, in ONE Excel.run (so nothing can change
 * between the check and the write without the writer seeing it):
 * - "new sheet": a new worksheet with a name no other sheet has;
 * - "selection": the block starts at the selected cell. Its whole area is
 *   inspected first: a cell is occupied if it holds a value or a formula, has
 *   a number format or cell format other than the workbook's Normal style,
 *   or belongs to a merged area, a table or a spilled array. If any is, the
 *   user is asked (with the columns whose widths the user set, which
 *   autofitting would change); after the answer the area is inspected again
 *   and the write is refused if it changed. A protected sheet is refused.
 * Text that Excel would read as a formula (=, +, -, @ first) is written as text.
 * Columns outside the block keep their widths; columns the user sized are
 * autofitted only when the user agreed to it in the same question.
 * Tables go in with worksheet.tables.add under a workbook-unique name.
 */
import { Cell, EXCEL_FORMAT, Insertion, Origin, sizeOf } from "./blocks";
import { columnName } from "../../excel-util/a1";
import { dateLiteral, rangeRef } from "./formulas";

export type Target = "new-sheet" | "selection";

export type Outcome =
  | { readonly status: "written"; readonly sheet: string; readonly address: string }
  | { readonly status: "cancelled" }
  | { readonly status: "refused"; readonly reason: string };

/** Asks whether to write over `count` occupied cells in `address`; `what` says what they hold ("1 cell holds a value or a formula"). */
export type ConfirmOverwrite = (address: string, count: number, what: string) => Promise<boolean>;

/** The API this writer needs: ExcelApi 1.9 (getCellProperties, getTables); merges and spills are checked where 1.12/1.13 exist. */
export function writerSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}

const MAX_SHEET_NAME = 31;

/** `base`, or `base (2)`, `base (3)`... whichever no existing sheet has (names compare case-insensitively). */
export function uniqueName(
  base: string,
  taken: readonly string[],
  max = MAX_SHEET_NAME,
  sep: (n: number) => string = (n) => ` (${n})`
): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : sep(n);
    const name = base.slice(0, max - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Text Excel would take for a formula or a number when written: written with a leading apostrophe (text). */
export function asText(v: string | number | boolean): string | number | boolean {
  return typeof v === "string" && /^[=+\-@]/.test(v) ? `'${v}` : v;
}

/**
 * What a cell is written as: a date as Excel's own =DATE(y,m,d), right in a
 * workbook of either date system (register date-system; a raw 1900 serial
 * shows 4 years and a day late in a 1904 workbook, beside the blocks' DATE
 * literals); text that Excel would read as a formula as text.
 */
export function cellValue(
  v: string | number | boolean,
  format?: string
): string | number | boolean {
  return format === "date" && typeof v === "number" ? `=${dateLiteral(v)}` : asText(v);
}

/** The format properties compared with the Normal style. */
const CELL_PROPS = {
  style: true,
  format: {
    fill: { color: true },
    font: { bold: true, italic: true, color: true, name: true, size: true, underline: true },
  },
} as const;

interface FormatProps {
  style?: string;
  format?: {
    fill?: { color?: string };
    font?: {
      bold?: boolean;
      italic?: boolean;
      color?: string;
      name?: string;
      size?: number;
      underline?: string;
    };
  };
}

/** What is in the way in the target area: the facts shown to the user and compared after the answer. */
export interface Occupancy {
  readonly occupied: number;
  readonly values: number;
  readonly formats: number;
  readonly merged: readonly string[];
  readonly tables: readonly string[];
  readonly spills: number;
  readonly sizedColumns: readonly string[];
  /** Everything read, to tell whether the area changed while the user decided. */
  readonly fingerprint: string;
}

export function describeOccupancy(o: Occupancy): string {
  const parts: string[] = [];
  const cells = (n: number) => `${n} cell${n > 1 ? "s hold" : " holds"}`;
  if (o.values) parts.push(`${cells(o.values)} a value or a formula`);
  if (o.formats) parts.push(`${cells(o.formats)} only a format`);
  if (o.spills)
    parts.push(`${o.spills} cell${o.spills > 1 ? "s are" : " is"} part of a spilled array`);
  if (o.merged.length) parts.push(`merged cells ${o.merged.join(", ")}`);
  if (o.tables.length) parts.push(`table ${o.tables.join(", ")}`);
  if (o.sizedColumns.length)
    parts.push(
      `column${o.sizedColumns.length > 1 ? "s" : ""} ${o.sizedColumns.join(", ")} ${o.sizedColumns.length > 1 ? "have widths" : "has a width"} you set, which fitting the block would change`
    );
  return parts.join("; ");
}

function formatDiffers(p: FormatProps, normal: FormatProps): boolean {
  if ((p.style ?? "Normal") !== "Normal") return true;
  const a = p.format ?? {};
  const b = normal.format ?? {};
  return (
    (a.fill?.color ?? "") !== (b.fill?.color ?? "") ||
    JSON.stringify(a.font ?? {}) !== JSON.stringify(b.font ?? {})
  );
}

/** Reads everything about the area in one sync (needs the sheet's name and the area's position). */
async function inspect(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  rows: number,
  cols: number
): Promise<Occupancy & { address: string }> {
  const has = (v: string) => Office.context.requirements.isSetSupported("ExcelApi", v);
  const area = sheet.getRangeByIndexes(row, col, rows, cols);
  area.load("values,formulas,numberFormat,address");
  const props = area.getCellProperties(CELL_PROPS as Excel.CellPropertiesLoadOptions);
  // The workbook's default look: its Normal style.
  const normalStyle = context.workbook.styles.getItem("Normal");
  normalStyle.load(
    "font/bold,font/italic,font/color,font/name,font/size,font/underline,fill/color"
  );
  const tables = area.getTables(false);
  tables.load("items/name");
  const merged = has("1.13") ? area.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  const columnWidth = (c: number) => {
    const column = sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn();
    column.format.load("columnWidth");
    return column;
  };
  const columns = Array.from({ length: cols }, (_, j) => columnWidth(col + j));
  // The sheet's default width, from its last column (XFD), which nobody sizes.
  const lastColumn = columnWidth(16383);
  await context.sync();

  const { font, fill } = normalStyle;
  const normal: FormatProps = {
    style: "Normal",
    format: {
      fill: { color: fill.color },
      font: {
        bold: font.bold,
        italic: font.italic,
        color: font.color,
        name: font.name,
        size: font.size,
        underline: font.underline as string,
      },
    },
  };
  const values = area.values;
  const formulas = area.formulas;
  const numberFormat = area.numberFormat;
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult: its value is there after the sync
  const cellProps = props.value as FormatProps[][];
  // Spilled cells: a cell of a spill shows a value; one that shows nothing is asked for its spill parent (ExcelApi 1.12).
  const blanks: Array<[number, number]> = [];
  let valueCount = 0;
  let formatCount = 0;
  values.forEach((r, i) =>
    r.forEach((v, j) => {
      const filled = (v !== "" && v !== null && v !== undefined) || (formulas[i][j] ?? "") !== "";
      if (filled) valueCount += 1;
      else if (String(numberFormat[i][j]) !== "General" || formatDiffers(cellProps[i][j], normal))
        formatCount += 1;
      else blanks.push([i, j]);
    })
  );
  let spills = 0;
  if (has("1.12") && blanks.length) {
    const parents = blanks.map(([i, j]) => {
      const p = sheet.getRangeByIndexes(row + i, col + j, 1, 1).getSpillParentOrNullObject();
      p.load("address");
      return p;
    });
    await context.sync();
    spills = parents.filter((p) => !p.isNullObject).length;
  }
  const defaultWidth = lastColumn.format.columnWidth;
  const sizedColumns = columns
    .map((c, j) => ({ j, w: c.format.columnWidth }))
    .filter(({ w }) => Math.abs(w - defaultWidth) > 0.01)
    .map(({ j }) => columnName(col + j));
  const mergedAreas = merged && !merged.isNullObject ? merged.address.split(",") : [];
  const tableNames = tables.items.map((t) => t.name);
  const occ = {
    values: valueCount,
    formats: formatCount,
    spills,
    merged: mergedAreas,
    tables: tableNames,
    sizedColumns,
    occupied: valueCount + formatCount + spills,
    address: area.address,
  };
  return {
    ...occ,
    fingerprint: JSON.stringify([values, formulas, numberFormat, cellProps, occ]),
  };
}

export async function insert(
  ins: Insertion,
  target: Target,
  confirm: ConfirmOverwrite
): Promise<Outcome> {
  const size = sizeOf(ins);
  return Excel.run(async (context) => {
    let sheet: Excel.Worksheet;
    let sheetName: string;
    let origin: Origin;
    /** Columns of the block not to autofit: those the user sized, unless the user agreed to it. */
    let keepWidths: readonly string[] = [];
    if (target === "selection") {
      const sel = context.workbook.getSelectedRange();
      sel.load("rowIndex,columnIndex");
      // A navigation property returns a proxy: nothing to load or sync before taking it.
      // eslint-disable-next-line office-addins/call-sync-before-read -- navigation property
      sheet = sel.worksheet;
      sheet.load("name");
      const protection = sheet.protection;
      protection.load("protected");
      await context.sync();
      sheetName = sheet.name;
      origin = { row: sel.rowIndex, col: sel.columnIndex };
      if (protection.protected)
        return {
          status: "refused",
          reason: `the sheet '${sheetName}' is protected: unprotect it or choose a new sheet`,
        };
      const before = await inspect(context, sheet, origin.row, origin.col, size.rows, size.cols);
      // Writing into a table would rename its columns or fail half way (a table in a table): never.
      if (before.tables.length)
        return {
          status: "refused",
          reason: `${before.address} overlaps the table ${before.tables.join(", ")}; nothing was written. Choose another cell or a new sheet`,
        };
      const asking = before.occupied > 0 || before.merged.length > 0;
      if (asking) {
        if (!(await confirm(before.address, before.occupied, describeOccupancy(before))))
          return { status: "cancelled" };
        protection.load("protected");
        const after = await inspect(context, sheet, origin.row, origin.col, size.rows, size.cols);
        if (protection.protected)
          return {
            status: "refused",
            reason: `the sheet '${sheetName}' was protected while you were deciding; nothing was written. Unprotect it or choose a new sheet`,
          };
        if (after.fingerprint !== before.fingerprint)
          return {
            status: "refused",
            reason: `${before.address} changed while you were deciding; nothing was written. Insert again to see what is there now`,
          };
        if (before.merged.length)
          sheet.getRangeByIndexes(origin.row, origin.col, size.rows, size.cols).unmerge();
        // Agreed: fitting the columns the user sized was part of the question.
      } else keepWidths = before.sizedColumns;
    } else {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      sheetName = uniqueName(
        ins.sheetName,
        sheets.items.map((s) => s.name)
      );
      sheet = sheets.add(sheetName);
      origin = { row: 0, col: 0 };
    }
    const cells = ins.build(origin);
    if (ins.table) {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const t = ins.table;
      const range = sheet.getRangeByIndexes(
        origin.row + cells.length,
        origin.col,
        t.rows.length + 1,
        t.header.length
      );
      range.values = [
        t.header.map(asText),
        ...t.rows.map((r) => r.map((v, j) => cellValue(v, t.formats[j]))),
      ];
      range.numberFormat = [
        t.header.map(() => "General"),
        ...t.rows.map(() => t.formats.map((f) => EXCEL_FORMAT[f])),
      ];
      const table = sheet.tables.add(range, true);
      table.name = uniqueName(
        t.name,
        tables.items.map((x) => x.name),
        255,
        (n) => `_${n}`
      );
    }
    writeCells(sheet, origin, cells, size.cols);
    for (let j = 0; j < size.cols; j++)
      if (!keepWidths.includes(columnName(origin.col + j)))
        sheet
          .getRangeByIndexes(origin.row + 1, origin.col + j, Math.max(1, size.rows - 1), 1)
          .format.autofitColumns();
    sheet.activate();
    sheet.getRangeByIndexes(origin.row, origin.col, 1, 1).select();
    const address = rangeRef(origin.row, origin.col, size.rows, size.cols);
    try {
      await context.sync();
    } catch (e) {
      // Excel ran the operations before the failing one: say where, so nothing is silently half done.
      throw new Error(
        `Excel stopped the write part way (${e instanceof Error ? e.message : String(e)}); '${sheetName}'!${address} may hold part of ${ins.what}. Check it, or insert on a new sheet`
      );
    }
    return {
      status: "written",
      sheet: sheetName,
      address,
    };
  });
}

function writeCells(sheet: Excel.Worksheet, origin: Origin, cells: Cell[][], width: number): void {
  const grid = cells.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? { value: "" }));
  const range = sheet.getRangeByIndexes(origin.row, origin.col, grid.length, width);
  // Formats first, so a text cell ("@") keeps what is written as text: Excel reads "4a" written
  // into a General cell as the time 4:00 AM, and the summary's formulas would then get #VALUE!.
  range.numberFormat = grid.map((r) =>
    r.map((x) => (x.format ? EXCEL_FORMAT[x.format] : "General"))
  );
  // A formula is a value starting with "=" that the block built as one; other text goes in as text.
  range.formulas = grid.map((r) =>
    r.map((x) =>
      typeof x.value === "string" && x.value.startsWith("=")
        ? x.value
        : cellValue(x.value, x.format)
    )
  );
  grid.forEach((r, i) =>
    r.forEach((x, j) => {
      if (x.bold)
        sheet.getRangeByIndexes(origin.row + i, origin.col + j, 1, 1).format.font.bold = true;
    })
  );
}
