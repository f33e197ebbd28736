/**
 * A test double of office.js for Excel mode: the `Office` and `Excel`
 * globals with just the API surface the task pane uses, over an in-memory
 * workbook. Installed with page.addInitScript before any page script; the
 * office.js CDN request is answered with an empty script, so nothing
 * replaces it.
 *
 * Proxy semantics are kept where they catch real bugs: every operation is
 * queued and runs at context.sync() in order (a load reads the workbook as it
 * is then); an operation that fails rejects the sync with the earlier ones
 * kept and the later ones dropped, as in Excel; properties must be loaded and
 * synced before they are read; a written 2-D array must match the range's
 * size; sheet and table names must be unique; text written starting with
 * "=", "+" or "-" becomes a formula (a leading apostrophe keeps it text);
 * cells have number formats and cell formats (bold, fill), merged areas,
 * tables, spilled arrays, column widths and protected sheets can be seeded;
 * a protected sheet refuses writes, a table cannot be added over a table.
 * window.__excelEdit(sheet, A1, value) is the user typing into a cell;
 * window.__excelProtect(sheet) the user protecting a sheet.
 *
 * Every write is recorded in window.__excelWrites; saved settings are in
 * window.__excelSettings (give them back as `seed.settings` to simulate
 * reopening the workbook), and the workbook's own settings
 * (context.workbook.settings, queued until sync like every other operation)
 * in window.__workbookSettings (`seed.workbookSettings`).
 * window.__settingsFail = { reads: { key: n }, writes: { key: n } } makes the
 * next n reads (a load of that setting, at sync) or writes (add, at sync) of
 * a key fail, in context.workbook.settings and in the Common API's document
 * settings (get throws, saveAsync fails); seed.settingsFail sets it at start.
 *
 * This function runs in the browser: it must not use anything from its
 * Node module scope.
 */
export interface FakeSeed {
  /** Settings stored in the document with the Common API (Office.context.document.settings). */
  readonly settings?: Record<string, unknown>;
  /** Settings stored in the workbook (context.workbook.settings, ExcelApi 1.4). */
  readonly workbookSettings?: Record<string, unknown>;
  /** The requirement sets the host reports, e.g. ["ExcelApi 1.3"]; default: every set (ExcelApi 1.4 included). */
  readonly requirementSets?: string[];
  /** Sheets and their cells: { Sheet1: { C5: "keep me" } }. Values starting with "=" are formulas. */
  readonly sheets?: Record<string, Record<string, string | number>>;
  /** The selected cell, e.g. "C5", on the first sheet. */
  readonly selection?: string;
  /** Cell formats: { Sheet1: { C5: "bold" | "fill" | a number format } }. */
  readonly formats?: Record<string, Record<string, string>>;
  /** Merged areas: { Sheet1: ["D7:E8"] }. */
  readonly merges?: Record<string, string[]>;
  /** Tables: [{ sheet, name, address: "C8:D10" }]. */
  readonly tables?: Array<{ sheet: string; name: string; address: string }>;
  /** Spilled arrays: { Sheet1: { E9: { formula: "=SEQUENCE(3)", values: [[1], [2], [3]] } } }. */
  readonly spills?: Record<string, Record<string, { formula: string; values: unknown[][] }>>;
  /** Column widths in points the user set: { Sheet1: { D: 120 } } (the default is 48). */
  readonly columnWidths?: Record<string, Record<string, number>>;
  /** Protected sheets. */
  readonly protectedSheets?: string[];
  /** The first write of this kind ("formulas", "values", "numberFormat") fails at sync with a GeneralException, as Excel can refuse part of a batch. */
  readonly failWrite?: string;
  /** Reads and writes of settings that fail (window.__settingsFail, changeable while the page runs). */
  readonly settingsFail?: { reads?: Record<string, number>; writes?: Record<string, number> };
  /** Office.onReady resolves after this many milliseconds (a slow-starting Excel). */
  readonly readyDelayMs?: number;
  /** Office.context.officeTheme.bodyBackgroundColor, e.g. "#262626" for a dark Office. */
  readonly officeBackground?: string;
  /** The workbook uses Excel's 1904 date system: a written =DATE(y,m,d) holds the serial 1,462 lower. */
  readonly date1904?: boolean;
}

export interface FakeWrite {
  readonly op:
    | "formulas"
    | "values"
    | "numberFormat"
    | "bold"
    | "addSheet"
    | "addTable"
    | "tableName"
    | "activate"
    | "unmerge"
    | "autofit";
  readonly sheet: string;
  readonly address?: string;
  readonly data?: unknown;
}

export function installFakeOffice(seed: FakeSeed): void {
  const w = window as any;
  const writes: any[] = [];
  w.__excelWrites = writes;
  const clone = (v: unknown) => JSON.parse(JSON.stringify(v));
  const live: Record<string, unknown> = clone(seed.settings ?? {});
  w.__excelSettings = clone(live);
  w.__excelSaves = 0;
  w.__excelFailed = false;
  const wbLive: Record<string, unknown> = clone(seed.workbookSettings ?? {});
  w.__workbookSettings = clone(wbLive);
  w.__workbookSettingsSyncs = 0;
  w.__settingsFail = {
    reads: { ...(seed.settingsFail?.reads ?? {}) },
    writes: { ...(seed.settingsFail?.writes ?? {}) },
  };
  /** Whether this read or write of `key` fails (and counts it). */
  const fails = (kind: "reads" | "writes", key: string): boolean => {
    const left = w.__settingsFail[kind][key] ?? 0;
    if (left <= 0) return false;
    w.__settingsFail[kind][key] = left - 1;
    return true;
  };

  // This function runs inside the page (addInitScript serialises it), so it cannot import the core's columnName.
  const colName = (c: number) => {
    let n = c + 1;
    let s = "";
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const parseA1 = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) throw new Error(`fake: bad address ${a}`);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: c - 1 };
  };
  const quote = (name: string) =>
    /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

  interface Cell {
    value: unknown;
    formula: string;
    format: string;
    bold?: boolean;
    fill?: string;
  }
  interface Area {
    r: number;
    c: number;
    rows: number;
    cols: number;
  }
  interface Sheet {
    name: string;
    cells: Map<string, Cell>;
    merges: Area[];
    spills: Array<Area & { anchor: string }>;
    widths: Map<number, number>;
    protected: boolean;
  }
  const DEFAULT_WIDTH = 48;
  const parseArea = (a: string): Area => {
    const [p, q] = a.split(":");
    const x = parseA1(p);
    const y = parseA1(q ?? p);
    return { r: x.row, c: x.col, rows: y.row - x.row + 1, cols: y.col - x.col + 1 };
  };
  const areaRef = (a: Area) => {
    const tl = `${colName(a.c)}${a.r + 1}`;
    return a.rows === 1 && a.cols === 1 ? tl : `${tl}:${colName(a.c + a.cols - 1)}${a.r + a.rows}`;
  };
  const overlaps = (a: Area, b: Area) =>
    a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
  const inside = (a: Area, r: number, c: number) =>
    r >= a.r && r < a.r + a.rows && c >= a.c && c < a.c + a.cols;
  const sheets: Sheet[] = [];
  const tables: Array<{ name: string; sheet: string; area: Area }> = [];
  const addSheet = (name: string) => {
    const s: Sheet = {
      name,
      cells: new Map(),
      merges: [],
      spills: [],
      widths: new Map(),
      protected: false,
    };
    sheets.push(s);
    return s;
  };
  const cellAt = (s: Sheet, r: number, c: number) => {
    const key = `${r},${c}`;
    let cell = s.cells.get(key);
    if (!cell) {
      cell = { value: "", formula: "", format: "General" };
      s.cells.set(key, cell);
    }
    return cell;
  };
  for (const [name, cells] of Object.entries(seed.sheets ?? { Sheet1: {} })) {
    const s = addSheet(name);
    for (const [a, v] of Object.entries(cells)) {
      const { row, col } = parseA1(a);
      const f = typeof v === "string" && v.startsWith("=") ? v : "";
      s.cells.set(`${row},${col}`, { value: f ? 0 : v, formula: f, format: "General" });
    }
  }
  const sheetOf = (name: string) => {
    const s = sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake seed: no sheet ${name}`);
    return s;
  };
  for (const [name, fmts] of Object.entries(seed.formats ?? {}))
    for (const [a, f] of Object.entries(fmts)) {
      const { row, col } = parseA1(a);
      const cell = cellAt(sheetOf(name), row, col);
      if (f === "bold") cell.bold = true;
      else if (f === "fill") cell.fill = "#FFFF00";
      else cell.format = f;
    }
  for (const [name, list] of Object.entries(seed.merges ?? {}))
    sheetOf(name).merges.push(...list.map(parseArea));
  for (const t of seed.tables ?? [])
    tables.push({ name: t.name, sheet: t.sheet, area: parseArea(t.address) });
  for (const [name, list] of Object.entries(seed.spills ?? {}))
    for (const [a, sp] of Object.entries(list)) {
      const s = sheetOf(name);
      const { row, col } = parseA1(a);
      s.spills.push({
        r: row,
        c: col,
        rows: sp.values.length,
        cols: sp.values[0].length,
        anchor: a,
      });
      sp.values.forEach((r, i) =>
        r.forEach((v, j) => {
          const cell = cellAt(s, row + i, col + j);
          cell.value = v;
          cell.formula = i === 0 && j === 0 ? sp.formula : "";
        })
      );
    }
  for (const [name, ws] of Object.entries(seed.columnWidths ?? {}))
    for (const [letter, width] of Object.entries(ws))
      sheetOf(name).widths.set(parseA1(`${letter}1`).col, width);
  for (const name of seed.protectedSheets ?? []) sheetOf(name).protected = true;

  let active = sheets[0].name;
  const selection = parseA1(seed.selection ?? "A1");
  const find = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const writable = (s: Sheet) => {
    if (s.protected)
      throw new Error(
        `AccessDenied: The cell or chart you're trying to change is on a protected sheet ('${s.name}').`
      );
  };

  /** The user protecting a sheet (Review > Protect Sheet), e.g. while the pane's question is open. */
  w.__excelProtect = (sheet: string) => {
    const s = find(sheet);
    if (!s) throw new Error(`fake: no sheet ${sheet}`);
    s.protected = true;
  };
  /** The user typing into a cell (while a dialog is open, say). */
  w.__excelEdit = (sheet: string, a1: string, value: unknown) => {
    const s = find(sheet);
    if (!s) throw new Error(`fake: no sheet ${sheet}`);
    const { row, col } = parseA1(a1);
    const cell = cellAt(s, row, col);
    cell.value = value;
    cell.formula = typeof value === "string" && value.startsWith("=") ? value : "";
  };

  /** Excel's queue: every operation runs at sync, in order; a failure keeps what ran before it. */
  class Ctx {
    queue: Array<() => void> = [];
    workbook: any;
    constructor() {
      this.workbook = new Workbook(this);
    }
    op(f: () => void) {
      this.queue.push(f);
    }
    sync() {
      const ops = this.queue.splice(0);
      try {
        for (const f of ops) f();
      } catch (e) {
        return Promise.reject(e);
      }
      return Promise.resolve();
    }
  }

  /** A proxy whose properties are read at sync time by load(), and throw until then. */
  class Loadable {
    snap = new Map<string, unknown>();
    constructor(public ctx: Ctx) {}
    /** The property values a load can read, computed when the load runs. */
    readers(): Record<string, () => unknown> {
      return {};
    }
    load(props?: string | string[]) {
      const list =
        typeof props === "string" ? props.split(",").map((p) => p.trim()) : (props ?? ["*"]);
      this.ctx.op(() => {
        const rs = this.readers();
        for (const p of list) {
          const top = p.split("/")[0];
          if (top === "*") for (const [k, r] of Object.entries(rs)) this.snap.set(k, r());
          else if (rs[top]) this.snap.set(top, rs[top]());
          else this.snap.set(top, undefined);
        }
      });
      return this;
    }
    need(prop: string) {
      if (!this.snap.has(prop))
        throw new Error(
          `PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
        );
      return this.snap.get(prop);
    }
  }

  /** How a written value lands: "=..." (or "+x"/"-x" that is not a number) is a formula; "'..." is text. */
  const land = (cell: Cell, v: unknown) => {
    if (typeof v === "string" && v.startsWith("'")) {
      cell.formula = "";
      cell.value = v.slice(1);
    } else if (
      typeof v === "string" &&
      (v.startsWith("=") || (/^[+-]/.test(v) && !/^[+-]\d+(\.\d+)?$/.test(v)))
    ) {
      cell.formula = v.startsWith("=") ? v : `=${v}`;
      // Excel's own DATE(y,m,d) is calculated, in the workbook's date system; other formulas stay busy.
      const date = /^=DATE\((\d+),(\d+),(\d+)\)$/.exec(cell.formula);
      cell.value = date
        ? Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / 86_400_000 +
          25569 -
          (seed.date1904 ? 1462 : 0)
        : "#BUSY!";
    } else {
      cell.formula = "";
      cell.value = typeof v === "string" && /^[+-]\d+(\.\d+)?$/.test(v) ? Number(v) : v;
    }
  };

  class Range extends Loadable {
    format: any;
    constructor(
      ctx: Ctx,
      public sheetRef: () => Sheet,
      public r: number,
      public c: number,
      public rows: number,
      public cols: number
    ) {
      super(ctx);
      if (rows < 1 || cols < 1)
        throw new Error("InvalidArgument: a range needs at least one row and one column");
      const self = this;
      const fmt = new Loadable(ctx);
      fmt.readers = () => ({
        columnWidth: () => self.sheet.widths.get(self.c) ?? DEFAULT_WIDTH,
      });
      this.format = Object.assign(fmt, {
        font: {
          set bold(v: boolean) {
            ctx.op(() => {
              writable(self.sheet);
              writes.push({ op: "bold", sheet: self.sheet.name, address: self.local(), data: v });
              self.cellsDo((cell) => (cell.bold = v));
            });
          },
        },
        autofitColumns() {
          ctx.op(() => {
            writable(self.sheet);
            writes.push({ op: "autofit", sheet: self.sheet.name, address: self.local() });
            for (let j = 0; j < self.cols; j++) self.sheet.widths.set(self.c + j, 77);
          });
        },
      });
      Object.defineProperty(this.format, "columnWidth", { get: () => fmt.need("columnWidth") });
    }
    get sheet() {
      return this.sheetRef();
    }
    area(): Area {
      return { r: this.r, c: this.c, rows: this.rows, cols: this.cols };
    }
    local() {
      return areaRef(this.area());
    }
    readers() {
      return {
        address: () => `${quote(this.sheet.name)}!${this.local()}`,
        rowIndex: () => this.r,
        columnIndex: () => this.c,
        values: () => this.grid((x) => (x ? x.value : "")),
        formulas: () => this.grid((x) => (x ? x.formula || x.value : "")),
        numberFormat: () => this.grid((x) => (x ? x.format : "General")),
      };
    }
    get address() {
      return this.need("address") as string;
    }
    get rowIndex() {
      return this.need("rowIndex") as number;
    }
    get columnIndex() {
      return this.need("columnIndex") as number;
    }
    get values() {
      return this.need("values") as unknown[][];
    }
    get formulas() {
      return this.need("formulas") as unknown[][];
    }
    get numberFormat() {
      return this.need("numberFormat") as unknown[][];
    }
    private ws?: Worksheet;
    /** Like Office.js, a navigation property returns the same proxy every time. */
    get worksheet() {
      this.ws ??= new Worksheet(this.ctx, this.sheetRef);
      return this.ws;
    }
    grid(read: (cell: Cell | undefined) => unknown) {
      return Array.from({ length: this.rows }, (_, i) =>
        Array.from({ length: this.cols }, (_, j) =>
          read(this.sheet.cells.get(`${this.r + i},${this.c + j}`))
        )
      );
    }
    cellsDo(f: (cell: Cell) => void) {
      for (let i = 0; i < this.rows; i++)
        for (let j = 0; j < this.cols; j++) f(cellAt(this.sheet, this.r + i, this.c + j));
    }
    check(data: unknown[][], what: string) {
      if (
        !Array.isArray(data) ||
        data.length !== this.rows ||
        data.some((row) => !Array.isArray(row) || row.length !== this.cols)
      )
        throw new Error(
          `InvalidArgument: ${what}: the number of rows or columns in the input array doesn't match the size or dimensions of the range ${this.local()}`
        );
    }
    write(op: string, data: unknown[][], f: (cell: Cell, v: unknown) => void) {
      this.check(data, op);
      const copy = clone(data) as unknown[][];
      this.ctx.op(() => {
        writable(this.sheet);
        if (seed.failWrite === op && !w.__excelFailed) {
          w.__excelFailed = true;
          throw new Error("GeneralException: An internal error has occurred.");
        }
        if (
          op !== "numberFormat" &&
          this.sheet.merges.some(
            (m) =>
              overlaps(m, this.area()) &&
              (m.rows > 1 || m.cols > 1) &&
              !(
                m.r >= this.r &&
                m.c >= this.c &&
                m.r + m.rows <= this.r + this.rows &&
                m.c + m.cols <= this.c + this.cols
              )
          )
        )
          throw new Error(
            "InvalidOperation: This operation can't be performed on part of a merged cell."
          );
        writes.push({ op, sheet: this.sheet.name, address: this.local(), data: copy });
        copy.forEach((row, i) =>
          row.forEach((v, j) => f(cellAt(this.sheet, this.r + i, this.c + j), v))
        );
        // Writing into a spill range breaks the spill: its anchor shows #SPILL!.
        for (const sp of this.sheet.spills)
          if (overlaps(sp, this.area()) && !inside(this.area(), sp.r, sp.c))
            cellAt(this.sheet, sp.r, sp.c).value = "#SPILL!";
      });
    }
    set formulas(data: unknown[][]) {
      this.write("formulas", data, land);
    }
    set values(data: unknown[][]) {
      this.write("values", data, land);
    }
    set numberFormat(data: unknown[][]) {
      this.write("numberFormat", data, (cell, v) => {
        cell.format = String(v);
      });
    }
    getCellProperties() {
      const result: { value?: unknown } = {};
      this.ctx.op(() => {
        result.value = this.grid((x) => ({
          style: "Normal",
          format: {
            fill: { color: x?.fill ?? "#FFFFFF" },
            font: {
              bold: x?.bold ?? false,
              italic: false,
              color: "#000000",
              name: "Aptos Narrow",
              size: 11,
              underline: "None",
            },
          },
        }));
      });
      return result;
    }
    getTables() {
      const coll = new Collection(this.ctx, () =>
        tables
          .filter((t) => t.sheet === this.sheet.name && overlaps(t.area, this.area()))
          .map((t) => ({ name: t.name }))
      );
      return coll;
    }
    getMergedAreasOrNullObject() {
      const areas = new Loadable(this.ctx);
      const hits = () => this.sheet.merges.filter((m) => overlaps(m, this.area()));
      areas.readers = () => ({
        address: () =>
          hits()
            .map((m) => `${quote(this.sheet.name)}!${areaRef(m)}`)
            .join(","),
        isNullObject: () => hits().length === 0,
      });
      const load = areas.load.bind(areas);
      areas.load = (p?: string | string[]) =>
        load([...(typeof p === "string" ? p.split(",") : (p ?? [])), "isNullObject"]);
      return Object.defineProperties(areas, {
        address: { get: () => areas.need("address") },
        isNullObject: { get: () => areas.need("isNullObject") },
      });
    }
    getSpillParentOrNullObject() {
      const parent = new Loadable(this.ctx);
      const hit = () => this.sheet.spills.find((sp) => inside(sp, this.r, this.c));
      parent.readers = () => ({
        address: () => (hit() ? `${quote(this.sheet.name)}!${hit()?.anchor}` : ""),
        isNullObject: () => !hit(),
      });
      const load = parent.load.bind(parent);
      parent.load = (p?: string | string[]) =>
        load([...(typeof p === "string" ? p.split(",") : (p ?? [])), "isNullObject"]);
      return Object.defineProperties(parent, {
        address: { get: () => parent.need("address") },
        isNullObject: { get: () => parent.need("isNullObject") },
      });
    }
    getEntireColumn() {
      return new Range(this.ctx, this.sheetRef, 0, this.c, 1048576, this.cols);
    }
    unmerge() {
      this.ctx.op(() => {
        writable(this.sheet);
        writes.push({ op: "unmerge", sheet: this.sheet.name, address: this.local() });
        this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m, this.area()));
      });
    }
    select() {
      this.ctx.op(() => undefined);
    }
  }

  class Worksheet extends Loadable {
    tables: any;
    protection: Loadable & { protected?: boolean };
    constructor(
      ctx: Ctx,
      public sheetRef: () => Sheet
    ) {
      super(ctx);
      const prot = new Loadable(ctx);
      prot.readers = () => ({ protected: () => this.sheet.protected });
      this.protection = Object.defineProperty(prot, "protected", {
        get: () => prot.need("protected"),
      });
      this.tables = {
        add: (where: Range | string, hasHeaders: boolean) => {
          const range = typeof where === "string" ? null : where;
          if (!range) throw new Error("fake: tables.add takes a Range here");
          const entry = { name: "", sheet: "", area: range.area() };
          ctx.op(() => {
            writable(this.sheet);
            if (tables.some((t) => t.sheet === this.sheet.name && overlaps(t.area, entry.area)))
              throw new Error("InvalidOperation: A table can't overlap another table.");
            entry.name = `Table${tables.length + 1}`;
            entry.sheet = this.sheet.name;
            tables.push(entry);
            writes.push({
              op: "addTable",
              sheet: this.sheet.name,
              address: range.local(),
              data: { hasHeaders, rows: range.rows, columns: range.cols },
            });
          });
          return {
            set name(n: string) {
              ctx.op(() => {
                if (tables.some((t) => t !== entry && t.name.toLowerCase() === n.toLowerCase()))
                  throw new Error(`InvalidArgument: a table named ${n} exists`);
                entry.name = n;
                writes.push({ op: "tableName", sheet: entry.sheet, data: n });
              });
            },
          };
        },
      };
    }
    get sheet() {
      return this.sheetRef();
    }
    readers() {
      return { name: () => this.sheet.name };
    }
    get name() {
      return this.need("name") as string;
    }
    getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
      return new Range(this.ctx, this.sheetRef, r, c, rows, cols);
    }
    activate() {
      this.ctx.op(() => {
        active = this.sheet.name;
        writes.push({ op: "activate", sheet: this.sheet.name });
      });
    }
  }

  class Collection extends Loadable {
    constructor(
      ctx: Ctx,
      private list: () => any[]
    ) {
      super(ctx);
    }
    readers() {
      return { items: () => this.list() };
    }
    get items() {
      return this.need("items") as any[];
    }
  }

  const byName = (name: string) => () => {
    const s = find(name);
    if (!s) throw new Error(`ItemNotFound: no sheet named ${name}`);
    return s;
  };

  /** context.workbook.settings: a Setting's key and value, read at sync; add and delete queued until sync. */
  class Setting extends Loadable {
    constructor(
      ctx: Ctx,
      public key: string,
      public nullObject = false
    ) {
      super(ctx);
    }
    readers() {
      return {
        key: () => this.key,
        value: () => (this.key in wbLive ? clone(wbLive[this.key]) : undefined),
        isNullObject: () => !(this.key in wbLive),
      };
    }
    /** As in Excel, a sync after any load tells whether a *OrNullObject item exists. */
    load(props?: string | string[]) {
      const list =
        typeof props === "string" ? props.split(",").map((p) => p.trim()) : (props ?? ["*"]);
      this.ctx.op(() => {
        if (fails("reads", this.key))
          throw new Error(
            `GeneralException: the setting ${this.key} could not be read (test double).`
          );
      });
      return super.load(this.nullObject ? [...list, "isNullObject"] : list);
    }
    get value() {
      return this.need("value");
    }
    get isNullObject() {
      if (!this.nullObject) return false;
      return this.need("isNullObject");
    }
    delete() {
      this.ctx.op(() => {
        delete wbLive[this.key];
        w.__workbookSettings = clone(wbLive);
      });
    }
  }
  class SettingCollection {
    constructor(public ctx: Ctx) {}
    add(key: string, value: unknown) {
      if (typeof key !== "string" || key === "") throw new Error("InvalidArgument: key");
      const stored = JSON.parse(JSON.stringify(value ?? null));
      this.ctx.op(() => {
        if (fails("writes", key))
          throw new Error(
            `GeneralException: the workbook refused the setting ${key} (test double).`
          );
        wbLive[key] = stored;
        w.__workbookSettings = clone(wbLive);
        w.__workbookSettingsSyncs += 1;
      });
      return new Setting(this.ctx, key);
    }
    getItem(key: string) {
      const item = new Setting(this.ctx, key);
      this.ctx.op(() => {
        if (!(key in wbLive))
          throw new Error(`ItemNotFound: The requested resource doesn't exist (setting ${key}).`);
      });
      return item;
    }
    getItemOrNullObject(key: string) {
      return new Setting(this.ctx, key, true);
    }
  }

  class Workbook {
    worksheets: any;
    tables: any;
    styles: any;
    settings: SettingCollection;
    constructor(ctx: Ctx) {
      this.settings = new SettingCollection(ctx);
      const ws = new Collection(ctx, () => sheets.map((s) => ({ name: s.name })));
      this.worksheets = Object.assign(ws, {
        add: (name: string) => {
          ctx.op(() => {
            if (find(name)) throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
            writes.push({ op: "addSheet", sheet: name });
            addSheet(name);
          });
          return new Worksheet(ctx, byName(name));
        },
        getItem: (name: string) => new Worksheet(ctx, byName(name)),
        getActiveWorksheet: () => new Worksheet(ctx, byName(active)),
      });
      this.tables = new Collection(ctx, () => tables.map((t) => ({ name: t.name })));
      this.styles = {
        getItem: (name: string) => {
          const style = new Loadable(ctx);
          const look = {
            font: {
              bold: false,
              italic: false,
              color: "#000000",
              name: "Aptos Narrow",
              size: 11,
              underline: "None",
            },
            fill: { color: "#FFFFFF" },
          };
          style.readers = () => ({
            name: () => name,
            font: () => look.font,
            fill: () => look.fill,
          });
          return Object.defineProperties(style, {
            font: { get: () => style.need("font") },
            fill: { get: () => style.need("fill") },
          });
        },
      };
      this.getSelectedRange = () => {
        const s = find(active) as Sheet;
        return new Range(ctx, () => s, selection.row, selection.col, 1, 1);
      };
    }
    getSelectedRange: () => Range;
  }

  w.Excel = {
    run: async (body: (ctx: Ctx) => Promise<unknown>) => {
      const ctx = new Ctx();
      const out = await body(ctx);
      await ctx.sync();
      return out;
    },
  };
  w.__excelMerges = (name: string) => find(name)?.merges.map(areaRef);
  w.__excelWidths = (name: string) =>
    Object.fromEntries([...(find(name)?.widths ?? [])].map(([c, v]) => [colName(c), v]));
  /** What the sheet holds, as { A1: value or formula }, for assertions. */
  w.__excelCells = (name: string) => {
    const s = find(name);
    if (!s) return undefined;
    const out: Record<string, unknown> = {};
    s.cells.forEach((cell, key) => {
      const [r, c] = key.split(",").map(Number);
      if (cell.formula || cell.value !== "")
        out[`${colName(c)}${r + 1}`] = cell.formula || cell.value;
    });
    return out;
  };
  w.__excelSheets = () => sheets.map((s) => s.name);

  const info = { host: "Excel", platform: "PC" };
  /** Common API settings set since the last successful saveAsync. */
  const pending = new Set<string>();
  w.Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (cb?: (i: unknown) => void) => {
      const delay = seed.readyDelayMs ?? 0;
      if (cb) setTimeout(() => cb(info), delay);
      return new Promise((resolve) => setTimeout(() => resolve(info), delay));
    },
    context: {
      officeTheme: seed.officeBackground
        ? {
            bodyBackgroundColor: seed.officeBackground,
            bodyForegroundColor: "#ffffff",
            controlBackgroundColor: seed.officeBackground,
            controlForegroundColor: "#ffffff",
          }
        : undefined,
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (!seed.requirementSets) return true;
          const want = Number(version ?? "1.1");
          return seed.requirementSets.some((r) => {
            const [n, v] = r.split(" ");
            return n.toLowerCase() === name.toLowerCase() && Number(v) >= want;
          });
        },
      },
      document: {
        settings: {
          get: (k: string) => {
            if (fails("reads", k))
              throw new Error(`the setting ${k} could not be read (test double)`);
            return k in live ? clone(live[k]) : null;
          },
          set: (k: string, v: unknown) => {
            live[k] = clone(v);
            pending.add(k);
          },
          remove: (k: string) => {
            delete live[k];
          },
          saveAsync: (cb?: (r: unknown) => void) => {
            const refused = [...pending].find((k) => fails("writes", k));
            if (refused) {
              if (cb)
                setTimeout(() =>
                  cb({
                    status: "failed",
                    error: { message: `the document refused the setting ${refused} (test double)` },
                  })
                );
              return;
            }
            pending.clear();
            w.__excelSettings = clone(live);
            w.__excelSaves += 1;
            if (cb) setTimeout(() => cb({ status: "succeeded" }));
          },
        },
      },
    },
  };
}
