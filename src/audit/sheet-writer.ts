/**
 * The audit workbook's sheet writer: cell writing and a named layout.
 *
 * Derives nothing from the agreement itself; it is the mechanism that lets
 * every native formula name its inputs instead of hard-coding addresses:
 *   - `SheetLayout.input(key, label, value, fmt, clause)` writes one row of
 *     the "Inputs and terms" table (A label, B clause, C value) and returns
 *     the cell's reference for formulas. With workbook names on (the
 *     default) the reference is an Excel defined name prefixed by the sheet
 *     ("Case1_T" for key "T" on sheet "Case 1"), so a formula reads
 *     `EDATE(Case1_T,Case1_optionMonths)`; LibreOffice recomputes such names
 *     (test/oracle). Without them it is the absolute address ("$C$5").
 *   - `CheckTable.add(spec)` writes one row of the checks table (A item,
 *     B clause, C native formula, D the add-in's figure, E difference,
 *     F OK/CHECK) and returns a handle whose `cell` later formulas use (the
 *     PAYOUT total sums its components' handles; 4(c)(i)(B) divides the
 *     Consulting Lump Sum Payment's handle), never a search by label.
 */
import ExcelJS from "exceljs";
import { columnName } from "../excel-util/a1";

export const DATE_FMT = "yyyy-mm-dd";
export const MONEY_FMT = "#,##0.00";
export const RATE_FMT = "0.00%";
export const NUMBER_FMT = "0.########";

/** Column letters of a 1-based column number (1 -> A). */
export const col = (n: number): string => columnName(n - 1);

/**
 * The audit sheets' column widths (characters), one list for every sheet:
 * A the item or label, B its clause, C the native formula or value, D the
 * add-in's figure, E the difference, F the check, then the fee blocks'
 * columns past K (dates, amounts), wide enough for their values, never ###
 * (issue 18). A sheet uses as many as it fills (the split-dollar sheet six).
 */
export const AUDIT_COLUMN_WIDTHS: readonly number[] = [
  48, 28, 16, 16, 14, 14, 14, 14, 16, 14, 14, 14, 14, 14, 14, 14,
];

/** The columns of an audit sheet: the first `n` of {@link AUDIT_COLUMN_WIDTHS}. */
export function auditColumns(n: number = AUDIT_COLUMN_WIDTHS.length): Array<{ width: number }> {
  return AUDIT_COLUMN_WIDTHS.slice(0, n).map((width) => ({ width }));
}

/** The longest list written along its row (longer ones run down column C). */
export const ROW_LIST_MAX = 8;

export type CheckKind = "money" | "date" | "number";

/** Where a check row is, for readers of the recomputed workbook (CSV rows are 1-based like sheet rows). */
export interface CheckRow {
  readonly row: number;
  readonly item: string;
  readonly kind: CheckKind;
  /** The add-in's value written in column D (a number; dates as serials). */
  readonly addin: number;
}

export interface CaseLayout {
  readonly sheet: string;
  readonly checks: readonly CheckRow[];
}

/**
 * Text that would be cut by the next cell, or would run past the sheet's
 * last used column, wraps inside its column (widening the printed area
 * would shrink the fit-to-width scale; issue 18: a sheet printed at about
 * 20%), and its row is made tall enough for the lines.
 */
export function wrapLongText(ws: ExcelJS.Worksheet): void {
  const last = ws.columnCount;
  const widthOf = (c: number) => ws.getColumn(c).width ?? 8.43;
  ws.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, c) => {
      if (typeof cell.value !== "string") return;
      const width = widthOf(c);
      const len = cell.value.length;
      const nextUsed =
        c < last && !["", null, undefined].includes(row.getCell(c + 1).value as never);
      let room = 0;
      for (let k = c; k <= last; k++) room += widthOf(k);
      if (len <= width || (!nextUsed && len <= room)) return;
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
      lines = Math.max(lines, Math.ceil((len * 1.1) / width));
    });
    if (lines > 1) {
      row.height = 15 * lines;
      row.eachCell((cell) => (cell.alignment = { ...cell.alignment, vertical: "top" }));
    }
  });
}

export class SheetWriter {
  constructor(readonly ws: ExcelJS.Worksheet) {}

  put(addr: string, value: ExcelJS.CellValue, fmt?: string, bold = false): ExcelJS.Cell {
    const c = this.ws.getCell(addr);
    c.value = value;
    if (fmt) c.numFmt = fmt;
    if (bold) c.font = { bold: true };
    return c;
  }

  formula(addr: string, formula: string, fmt?: string): ExcelJS.Cell {
    return this.put(addr, { formula } as ExcelJS.CellFormulaValue, fmt);
  }
}

const abs = (column: number, row: number) => `$${col(column)}$${row}`;

/**
 * Named cells of one sheet. Keys are unique per sheet (case-insensitively,
 * as Excel names are); `ref(key)` is what formulas use.
 */
export class SheetLayout {
  private readonly refs = new Map<string, string>();
  private readonly addresses = new Map<string, string>();
  private nextRow: number;
  /** The prefix of this sheet's workbook names: "Case 1" -> "Case1". */
  readonly prefix: string;

  constructor(
    readonly w: SheetWriter,
    private readonly workbook: ExcelJS.Workbook,
    firstRow: number,
    private readonly definedNames = true
  ) {
    this.nextRow = firstRow;
    this.prefix = w.ws.name.replace(/[^A-Za-z0-9]/g, "");
  }

  /** The first row not yet used by the inputs table. */
  get row(): number {
    return this.nextRow;
  }

  /** Leaves `n` empty rows. */
  skip(n = 1): void {
    this.nextRow += n;
  }

  heading(text: string): void {
    this.w.put(`A${this.nextRow++}`, text, undefined, true);
  }

  /**
   * Gives `range` (absolute, on this sheet: "$C$5" or "$C$13:$G$13") the name
   * `key` and returns the reference formulas use.
   */
  name(key: string, range: string): string {
    const lower = key.toLowerCase();
    if ([...this.refs.keys()].some((k) => k.toLowerCase() === lower))
      throw new Error(`audit layout: the name ${key} is already used on ${this.w.ws.name}`);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`audit layout: bad name ${key}`);
    let ref = range;
    if (this.definedNames) {
      ref = `${this.prefix}_${key}`;
      this.workbook.definedNames.add(`'${this.w.ws.name.replace(/'/g, "''")}'!${range}`, ref);
    }
    this.refs.set(key, ref);
    this.addresses.set(key, range);
    return ref;
  }

  /** The reference of a named cell or range (throws for an unknown key: a formula cannot point at nothing). */
  ref(key: string): string {
    const r = this.refs.get(key);
    if (r === undefined) throw new Error(`audit layout: no cell named ${key} on ${this.w.ws.name}`);
    return r;
  }

  /** The absolute address behind a name ("$C$5"). */
  address(key: string): string {
    const a = this.addresses.get(key);
    if (a === undefined) throw new Error(`audit layout: no cell named ${key} on ${this.w.ws.name}`);
    return a;
  }

  has(key: string): boolean {
    return this.refs.has(key);
  }

  /** One input or term: A label, B clause, C value. Returns its reference. */
  input(
    key: string,
    label: string,
    value: ExcelJS.CellValue,
    fmt?: string,
    clause?: string
  ): string {
    const r = this.nextRow++;
    this.w.put(`A${r}`, label);
    if (clause) this.w.put(`B${r}`, clause);
    this.w.put(`C${r}`, value, fmt);
    return this.name(key, abs(3, r));
  }

  /** An input computed from other inputs by a native formula (e.g. the first unearned day). */
  derived(key: string, label: string, formula: string, fmt?: string, clause?: string): string {
    const r = this.nextRow++;
    this.w.put(`A${r}`, label);
    if (clause) this.w.put(`B${r}`, clause);
    this.w.formula(`C${r}`, formula, fmt);
    return this.name(key, abs(3, r));
  }

  /**
   * A list of values (contract-year starts, holidays, vesting dates): up to
   * {@link ROW_LIST_MAX} along the row from column C, a longer one (a holiday
   * calendar) down column C from the label's row, so it adds rows, never
   * columns, and the sheet prints legibly one page wide (issue 18). Returns
   * the range's reference.
   */
  list(
    key: string,
    label: string,
    values: readonly ExcelJS.CellValue[],
    fmt?: string,
    clause?: string
  ): string {
    const r = this.nextRow;
    this.w.put(`A${r}`, label);
    if (clause) this.w.put(`B${r}`, clause);
    const cells = values.length ? values : [""];
    const fmtOf = (v: ExcelJS.CellValue) => (v === "" ? undefined : fmt);
    if (cells.length <= ROW_LIST_MAX) {
      this.nextRow++;
      cells.forEach((v, i) => this.w.put(`${col(3 + i)}${r}`, v, fmtOf(v)));
      return this.name(key, `${abs(3, r)}:${abs(2 + cells.length, r)}`);
    }
    cells.forEach((v, i) => this.w.put(`C${r + i}`, v, fmtOf(v)));
    this.nextRow += cells.length;
    return this.name(key, `${abs(3, r)}:${abs(3, r + cells.length - 1)}`);
  }

  /** The reference of item `i` (0-based) of a list written by `list` (a single cell). */
  item(key: string, i: number): string {
    const m = /^\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(this.address(key));
    if (!m) throw new Error(`audit layout: ${key} is not a list`);
    const itemKey = `${key}${i + 1}`;
    if (this.has(itemKey)) return this.ref(itemKey);
    const column = this.w.ws.getColumn(m[1]).number;
    const down = m[1] === m[3] && m[2] !== m[4];
    return this.name(itemKey, down ? abs(column, Number(m[2]) + i) : abs(column + i, Number(m[2])));
  }
}

export interface CheckSpec {
  /** A component of PAYOUT (summed into the total row). */
  readonly component?: boolean;
  readonly item: string;
  readonly clause: string;
  readonly native: string;
  readonly addin: number;
  readonly kind: CheckKind;
}

/** A written check row: `cell` is its native figure (column C) for later formulas. */
export interface CheckHandle extends CheckRow {
  readonly cell: string;
  readonly component: boolean;
}

/**
 * The checks table: a header row, then one row per figure, at most
 * `capacity` rows (the rows below belong to the fee blocks).
 */
export class CheckTable {
  private readonly handles: CheckHandle[] = [];

  constructor(
    private readonly w: SheetWriter,
    readonly headerRow: number,
    readonly capacity: number
  ) {
    ["Item", "Clause", "Native formula", "Add-in", "Difference", "Check"].forEach((h, i) =>
      w.put(`${col(i + 1)}${headerRow}`, h, undefined, true)
    );
  }

  add(s: CheckSpec): CheckHandle {
    if (this.handles.length >= this.capacity)
      throw new Error(`audit layout: more than ${this.capacity} checks on ${this.w.ws.name}`);
    const r = this.headerRow + 1 + this.handles.length;
    const fmt = s.kind === "money" ? MONEY_FMT : s.kind === "date" ? DATE_FMT : NUMBER_FMT;
    const w = this.w;
    w.put(`A${r}`, s.item);
    w.put(`B${r}`, s.clause);
    w.formula(`C${r}`, s.native, fmt);
    w.put(`D${r}`, s.addin, fmt);
    w.formula(
      `E${r}`,
      s.kind === "money" ? `ROUND(C${r}-D${r},2)` : `C${r}-D${r}`,
      s.kind === "money" ? MONEY_FMT : NUMBER_FMT
    );
    w.formula(
      `F${r}`,
      s.kind === "money"
        ? `IF(ABS(E${r})<0.005,"OK","CHECK")`
        : `IF(ABS(E${r})<0.000001,"OK","CHECK")`
    );
    const h: CheckHandle = {
      row: r,
      item: s.item,
      kind: s.kind,
      addin: s.addin,
      cell: `$C$${r}`,
      component: s.component ?? false,
    };
    this.handles.push(h);
    return h;
  }

  money(
    item: string,
    clause: string,
    native: string,
    addin: number,
    component = false
  ): CheckHandle {
    return this.add({ item, clause, native, addin, kind: "money", component });
  }

  date(item: string, clause: string, native: string, addin: number): CheckHandle {
    return this.add({ item, clause, native, addin, kind: "date" });
  }

  number(item: string, clause: string, native: string, addin: number): CheckHandle {
    return this.add({ item, clause, native, addin, kind: "number" });
  }

  /** The rows written so far that are PAYOUT components. */
  components(): readonly CheckHandle[] {
    return this.handles.filter((h) => h.component);
  }

  rows(): CheckRow[] {
    return this.handles.map(({ row, item, kind, addin }) => ({ row, item, kind, addin }));
  }
}
