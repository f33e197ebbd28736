/**
 * Writes an insertion into the workbook through the Excel JavaScript API,
 * never destroying anything unasked:
 * - "new sheet": a new worksheet with a name no other sheet has;
 * - "selection": the block starts at the selected cell; every cell of the
 *   area it needs (values and formulas) is read first, and if any holds
 *   something the user is asked before it is written over.
 * Tables go in with worksheet.tables.add under a workbook-unique name.
 */
import { Cell, EXCEL_FORMAT, Insertion, Origin, sizeOf } from "./blocks";
import { rangeRef } from "./formulas";

export type Target = "new-sheet" | "selection";

export type Outcome =
  | { readonly status: "written"; readonly sheet: string; readonly address: string }
  | { readonly status: "cancelled" };

/** Asks whether to write over `count` non-empty cells in `address`. */
export type ConfirmOverwrite = (address: string, count: number) => Promise<boolean>;

/** The API this writer needs: ExcelApi 1.7 (getRangeByIndexes). */
export function writerSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.7");
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

/** Cells that hold a value or a formula. */
export function countNonEmpty(values: unknown[][], formulas: unknown[][]): number {
  let n = 0;
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if ((v !== "" && v !== null && v !== undefined) || (formulas[i]?.[j] ?? "") !== "") n += 1;
    })
  );
  return n;
}

interface Place {
  readonly sheet: string;
  readonly origin: Origin;
}

export async function insert(
  ins: Insertion,
  target: Target,
  confirm: ConfirmOverwrite
): Promise<Outcome> {
  const size = sizeOf(ins);
  let place: Place | undefined;
  if (target === "selection") {
    const found = await Excel.run(async (context) => {
      const sel = context.workbook.getSelectedRange();
      sel.load("rowIndex,columnIndex");
      // A navigation property returns a proxy: nothing to load or sync before taking it
      // (the office-addins rules treat every property read on a proxy as a loaded scalar).
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- navigation property
      const worksheet = sel.worksheet;
      worksheet.load("name");
      await context.sync();
      const area = worksheet.getRangeByIndexes(sel.rowIndex, sel.columnIndex, size.rows, size.cols);
      area.load("values,formulas,address");
      await context.sync();
      return {
        place: { sheet: worksheet.name, origin: { row: sel.rowIndex, col: sel.columnIndex } },
        address: area.address,
        nonEmpty: countNonEmpty(area.values, area.formulas),
      };
    });
    if (found.nonEmpty > 0 && !(await confirm(found.address, found.nonEmpty)))
      return { status: "cancelled" };
    place = found.place;
  }
  return Excel.run(async (context) => {
    let sheet: Excel.Worksheet;
    let sheetName: string;
    let origin: Origin;
    if (place) {
      sheet = context.workbook.worksheets.getItem(place.sheet);
      sheetName = place.sheet;
      origin = place.origin;
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
      range.values = [[...t.header], ...t.rows.map((r) => [...r])];
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
    sheet
      .getRangeByIndexes(origin.row + 1, origin.col, size.rows - 1, size.cols)
      .format.autofitColumns();
    sheet.activate();
    sheet.getRangeByIndexes(origin.row, origin.col, 1, 1).select();
    await context.sync();
    return {
      status: "written",
      sheet: sheetName,
      address: rangeRef(origin.row, origin.col, size.rows, size.cols),
    };
  });
}

function writeCells(sheet: Excel.Worksheet, origin: Origin, cells: Cell[][], width: number): void {
  const grid = cells.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? { value: "" }));
  const range = sheet.getRangeByIndexes(origin.row, origin.col, grid.length, width);
  range.formulas = grid.map((r) => r.map((x) => x.value));
  range.numberFormat = grid.map((r) =>
    r.map((x) => (x.format ? EXCEL_FORMAT[x.format] : "General"))
  );
  grid.forEach((r, i) =>
    r.forEach((x, j) => {
      if (x.bold)
        sheet.getRangeByIndexes(origin.row + i, origin.col + j, 1, 1).format.font.bold = true;
    })
  );
}
