/**
 * A test double of office.js for Excel mode: the `Office` and `Excel`
 * globals with just the API surface the task pane uses, over an in-memory
 * workbook. Installed with page.addInitScript before any page script; the
 * office.js CDN request is answered with an empty script, so nothing
 * replaces it.
 *
 * Proxy semantics are kept where they catch real bugs: properties must be
 * loaded and synced before they are read, a written 2-D array must match the
 * range's size, sheet and table names must be unique.
 *
 * Every write is recorded in window.__excelWrites; saved settings are in
 * window.__excelSettings (give them back as `seed.settings` to simulate
 * reopening the workbook).
 *
 * This function runs in the browser: it must not use anything from its
 * Node module scope.
 */
export interface FakeSeed {
  /** Settings stored in the document (Office.context.document.settings). */
  readonly settings?: Record<string, unknown>;
  /** Sheets and their cells: { Sheet1: { C5: "keep me" } }. Values starting with "=" are formulas. */
  readonly sheets?: Record<string, Record<string, string | number>>;
  /** The selected cell, e.g. "C5", on the first sheet. */
  readonly selection?: string;
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
    | "activate";
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
  }
  interface Sheet {
    name: string;
    cells: Map<string, Cell>;
  }
  const sheets: Sheet[] = [];
  const tables: Array<{ name: string; sheet: string }> = [];
  const addSheet = (name: string) => {
    const s: Sheet = { name, cells: new Map() };
    sheets.push(s);
    return s;
  };
  for (const [name, cells] of Object.entries(seed.sheets ?? { Sheet1: {} })) {
    const s = addSheet(name);
    for (const [a, v] of Object.entries(cells)) {
      const { row, col } = parseA1(a);
      const f = typeof v === "string" && v.startsWith("=") ? v : "";
      s.cells.set(`${row},${col}`, { value: f ? 0 : v, formula: f, format: "General" });
    }
  }
  let active = sheets[0].name;
  const selection = parseA1(seed.selection ?? "A1");
  const find = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  class Ctx {
    loads: Array<() => void> = [];
    workbook: any;
    constructor() {
      this.workbook = new Workbook(this);
    }
    sync() {
      for (const f of this.loads.splice(0)) f();
      return Promise.resolve();
    }
  }

  /** A proxy whose listed properties must be loaded and synced before they are read. */
  class Loadable {
    loaded = new Set<string>();
    constructor(public ctx: Ctx) {}
    load(props?: string | string[]) {
      const list =
        typeof props === "string" ? props.split(",").map((p) => p.trim()) : (props ?? ["*"]);
      this.ctx.loads.push(() => list.forEach((p) => this.loaded.add(p.split("/")[0])));
      return this;
    }
    need(prop: string) {
      if (!this.loaded.has(prop) && !this.loaded.has("*"))
        throw new Error(
          `PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
        );
    }
  }

  class Range extends Loadable {
    format: any;
    constructor(
      ctx: Ctx,
      public sheet: Sheet,
      public r: number,
      public c: number,
      public rows: number,
      public cols: number
    ) {
      super(ctx);
      if (rows < 1 || cols < 1)
        throw new Error("InvalidArgument: a range needs at least one row and one column");
      const self = this;
      this.format = {
        font: {
          set bold(v: boolean) {
            writes.push({ op: "bold", sheet: self.sheet.name, address: self.local(), data: v });
          },
        },
        autofitColumns() {},
      };
    }
    local() {
      const a = `${colName(this.c)}${this.r + 1}`;
      return this.rows === 1 && this.cols === 1
        ? a
        : `${a}:${colName(this.c + this.cols - 1)}${this.r + this.rows}`;
    }
    get address() {
      this.need("address");
      return `${quote(this.sheet.name)}!${this.local()}`;
    }
    get rowIndex() {
      this.need("rowIndex");
      return this.r;
    }
    get columnIndex() {
      this.need("columnIndex");
      return this.c;
    }
    private ws?: Worksheet;
    /** Like Office.js, a navigation property returns the same proxy every time. */
    get worksheet() {
      this.ws ??= new Worksheet(this.ctx, this.sheet);
      return this.ws;
    }
    grid(read: (cell: Cell | undefined) => unknown) {
      return Array.from({ length: this.rows }, (_, i) =>
        Array.from({ length: this.cols }, (_, j) =>
          read(this.sheet.cells.get(`${this.r + i},${this.c + j}`))
        )
      );
    }
    get values() {
      this.need("values");
      return this.grid((x) => (x ? x.value : ""));
    }
    get formulas() {
      this.need("formulas");
      return this.grid((x) => (x ? x.formula || x.value : ""));
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
    each(data: unknown[][], f: (cell: Cell, v: unknown) => void) {
      data.forEach((row, i) =>
        row.forEach((v, j) => {
          const key = `${this.r + i},${this.c + j}`;
          const cell = this.sheet.cells.get(key) ?? { value: "", formula: "", format: "General" };
          f(cell, v);
          if (cell.value === "" && cell.formula === "" && cell.format === "General")
            this.sheet.cells.delete(key);
          else this.sheet.cells.set(key, cell);
        })
      );
    }
    set formulas(data: unknown[][]) {
      this.check(data, "formulas");
      writes.push({
        op: "formulas",
        sheet: this.sheet.name,
        address: this.local(),
        data: clone(data),
      });
      this.each(data, (cell, v) => {
        const f = typeof v === "string" && v.startsWith("=") ? v : "";
        cell.formula = f;
        cell.value = f ? "#BUSY!" : v;
      });
    }
    set values(data: unknown[][]) {
      this.check(data, "values");
      writes.push({
        op: "values",
        sheet: this.sheet.name,
        address: this.local(),
        data: clone(data),
      });
      this.each(data, (cell, v) => {
        cell.formula = "";
        cell.value = v;
      });
    }
    set numberFormat(data: unknown[][]) {
      this.check(data, "numberFormat");
      writes.push({
        op: "numberFormat",
        sheet: this.sheet.name,
        address: this.local(),
        data: clone(data),
      });
      this.each(data, (cell, v) => {
        cell.format = String(v);
      });
    }
    select() {}
  }

  class Worksheet extends Loadable {
    tables: any;
    constructor(
      ctx: Ctx,
      public sheet: Sheet
    ) {
      super(ctx);
      this.tables = {
        add: (where: Range | string, hasHeaders: boolean) => {
          const range = typeof where === "string" ? null : where;
          if (!range) throw new Error("fake: tables.add takes a Range here");
          const entry = { name: `Table${tables.length + 1}`, sheet: sheet.name };
          tables.push(entry);
          writes.push({
            op: "addTable",
            sheet: sheet.name,
            address: range.local(),
            data: { hasHeaders, rows: range.rows, columns: range.cols },
          });
          return {
            set name(n: string) {
              if (tables.some((t) => t !== entry && t.name.toLowerCase() === n.toLowerCase()))
                throw new Error(`InvalidArgument: a table named ${n} exists`);
              entry.name = n;
              writes.push({ op: "tableName", sheet: sheet.name, data: n });
            },
          };
        },
      };
    }
    get name() {
      this.need("name");
      return this.sheet.name;
    }
    getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
      return new Range(this.ctx, this.sheet, r, c, rows, cols);
    }
    activate() {
      active = this.sheet.name;
      writes.push({ op: "activate", sheet: this.sheet.name });
    }
  }

  class Collection extends Loadable {
    constructor(
      ctx: Ctx,
      private list: () => any[]
    ) {
      super(ctx);
    }
    get items() {
      this.need("items");
      return this.list();
    }
  }

  class Workbook {
    worksheets: any;
    tables: any;
    constructor(ctx: Ctx) {
      const ws = new Collection(ctx, () => sheets.map((s) => ({ name: s.name })));
      this.worksheets = Object.assign(ws, {
        add: (name: string) => {
          if (find(name)) throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
          writes.push({ op: "addSheet", sheet: name });
          return new Worksheet(ctx, addSheet(name));
        },
        getItem: (name: string) => {
          const s = find(name);
          if (!s) throw new Error(`ItemNotFound: no sheet named ${name}`);
          return new Worksheet(ctx, s);
        },
        getActiveWorksheet: () => new Worksheet(ctx, find(active) as Sheet),
      });
      this.tables = new Collection(ctx, () => tables.map((t) => ({ name: t.name })));
      this.getSelectedRange = () =>
        new Range(ctx, find(active) as Sheet, selection.row, selection.col, 1, 1);
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
  /** What the sheet holds, as { A1: value or formula }, for assertions. */
  w.__excelCells = (name: string) => {
    const s = find(name);
    if (!s) return undefined;
    const out: Record<string, unknown> = {};
    s.cells.forEach((cell, key) => {
      const [r, c] = key.split(",").map(Number);
      out[`${colName(c)}${r + 1}`] = cell.formula || cell.value;
    });
    return out;
  };
  w.__excelSheets = () => sheets.map((s) => s.name);

  const info = { host: "Excel", platform: "PC" };
  w.Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (cb?: (i: unknown) => void) => {
      if (cb) setTimeout(() => cb(info));
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (k: string) => (k in live ? clone(live[k]) : null),
          set: (k: string, v: unknown) => {
            live[k] = clone(v);
          },
          remove: (k: string) => {
            delete live[k];
          },
          saveAsync: (cb?: (r: unknown) => void) => {
            w.__excelSettings = clone(live);
            w.__excelSaves += 1;
            if (cb) setTimeout(() => cb({ status: "succeeded" }));
          },
        },
      },
    },
  };
}
