/**
 * A small evaluator of worksheet formulas, for the self-test sheet (issue
 * 19): no Excel runs here, so the sheet's own checks (IF, ISNUMBER, ROUND,
 * ISNA, ERROR.TYPE, IFERROR, COUNTIF, ROWS, COLUMNS, INDEX over a `#` spill
 * reference, DATE, & and comparisons) are evaluated by Excel's documented
 * rules, and each =BTU. call by a callback (the test runs it through the
 * CLI's evaluate path, `btu-calc --batch`). Only the subset the self-test
 * writes; anything else throws, so a formula outside it cannot pass unseen.
 */

export interface CellError {
  readonly error: string;
  readonly message?: string;
}
export type Scalar = number | string | boolean | null | CellError;
export type Value = Scalar | Scalar[][];

export const isError = (v: unknown): v is CellError =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;

/** A =BTU. call: the function's id (without the namespace) and its evaluated arguments (undefined for an omitted one). */
export type BtuCall = (id: string, args: ReadonlyArray<Value | undefined>) => Value;

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; v: string; spill: boolean }
  | { t: "name"; v: string }
  | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") {
      i++;
      continue;
    }
    if (c === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated text in ${src}`);
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: "str", v: s });
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ref = /^\$?([A-Z]{1,3})\$?(\d+)(#?)(?![A-Za-z_.(\d])/.exec(src.slice(i));
    if (ref) {
      out.push({ t: "ref", v: `${ref[1]}${ref[2]}`, spill: ref[3] === "#" });
      i += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (name) {
      out.push({ t: "name", v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[()=,&+\-*/:<>])/.exec(src.slice(i));
    if (op) {
      out.push({ t: "op", v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new Error(`cannot read ${JSON.stringify(src.slice(i))} in ${src}`);
  }
  return out;
}

type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; cell: string; spill: boolean }
  | { k: "range"; from: string; to: string }
  | { k: "call"; name: string; args: Array<Node | undefined> }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node };

function parse(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => {
    const tok = peek();
    return tok?.t === "op" && tok.v === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v} at token ${p} of ${src}`);
    p++;
  };
  const level = (ops: string[], next: () => Node) => (): Node => {
    let a = next();
    for (let tok = peek(); tok?.t === "op" && ops.includes(tok.v); tok = peek()) {
      p++;
      const op = tok.v;
      a = { k: "bin", op, a, b: next() };
    }
    return a;
  };
  const primary = (): Node => {
    const tok = toks[p++];
    if (!tok) throw new Error(`unexpected end of ${src}`);
    if (tok.t === "num") return { k: "lit", v: tok.v };
    if (tok.t === "str") return { k: "lit", v: tok.v };
    if (tok.t === "op" && tok.v === "-") return { k: "neg", a: primary() };
    if (tok.t === "op" && tok.v === "(") {
      const e = comparison();
      expect(")");
      return e;
    }
    if (tok.t === "ref") {
      if (isOp(":")) {
        p++;
        const to = toks[p++];
        if (to?.t !== "ref") throw new Error(`a range needs two cells in ${src}`);
        return { k: "range", from: tok.v, to: to.v };
      }
      return { k: "ref", cell: tok.v, spill: tok.spill };
    }
    if (tok.t === "name" && isOp("(")) {
      p++;
      const args: Array<Node | undefined> = [];
      if (isOp(")")) {
        p++;
        return { k: "call", name: tok.v, args };
      }
      for (;;) {
        if (isOp(",") || isOp(")")) args.push(undefined);
        else args.push(comparison());
        if (isOp(",")) {
          p++;
          continue;
        }
        expect(")");
        return { k: "call", name: tok.v, args };
      }
    }
    if (tok.t === "name" && (tok.v === "TRUE" || tok.v === "FALSE"))
      return { k: "lit", v: tok.v === "TRUE" };
    throw new Error(`cannot evaluate ${JSON.stringify(tok)} in ${src}`);
  };
  const product = level(["*", "/"], primary);
  const sum = level(["+", "-"], product);
  const concat = level(["&"], sum);
  const comparison = level(["=", "<>", "<", ">", "<=", ">="], concat);
  const node = comparison();
  if (p !== toks.length) throw new Error(`unread tokens in ${src}`);
  return node;
}

const colIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const at = (cell: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
};

const NA: CellError = { error: "#N/A" };
const VALUE: CellError = { error: "#VALUE!" };
const ERROR_TYPES: Record<string, number> = {
  "#NULL!": 1,
  "#DIV/0!": 2,
  "#VALUE!": 3,
  "#REF!": 4,
  "#NAME?": 5,
  "#NUM!": 6,
  "#N/A": 7,
};

export interface SheetOptions {
  /** The workbook's date system: DATE's serials (Excel: 1904 is 1,462 days lower). */
  readonly dateSystem?: 1900 | 1904;
}

/**
 * A sheet of written formulas (A1 at grid[0][0]), evaluated on demand:
 * `value("B1")` is what the cell shows.
 */
export class Sheet {
  private readonly memo = new Map<string, Value>();
  constructor(
    private readonly grid: ReadonlyArray<ReadonlyArray<string | number>>,
    private readonly btu: BtuCall,
    private readonly options: SheetOptions = {}
  ) {}

  /** The cell's value; a spilled array's anchor shows its top-left value. */
  value(cell: string): Scalar {
    const v = this.cellValue(cell);
    return Array.isArray(v) ? v[0][0] : v;
  }

  private cellValue(cell: string): Value {
    const hit = this.memo.get(cell);
    if (hit !== undefined) return hit;
    const { row, col } = at(cell);
    const raw = this.grid[row]?.[col] ?? "";
    let v: Value;
    if (typeof raw === "number") v = raw;
    else if (raw === "") v = null;
    else if (raw.startsWith("=")) v = this.evaluate(parse(raw.slice(1)));
    // Excel's quote prefix: the rest is text, whatever it looks like.
    else if (raw.startsWith("'")) v = raw.slice(1);
    // An error value written as a constant is that error, as when typed.
    else if (raw.trim().toUpperCase() in ERROR_TYPES) v = { error: raw.trim().toUpperCase() };
    else v = raw;
    this.memo.set(cell, v);
    return v;
  }

  private scalar(v: Value): Scalar {
    return Array.isArray(v) ? v[0][0] : v;
  }

  private evaluate(n: Node): Value {
    switch (n.k) {
      case "lit":
        return n.v;
      case "ref": {
        const v = this.cellValue(n.cell);
        if (n.spill) return Array.isArray(v) ? v : { error: "#REF!" };
        return this.scalar(v);
      }
      case "range": {
        const a = at(n.from);
        const b = at(n.to);
        const rows: Scalar[][] = [];
        for (let r = a.row; r <= b.row; r++) {
          const row: Scalar[] = [];
          for (let c = a.col; c <= b.col; c++) row.push(this.value(`${colName(c)}${r + 1}`));
          rows.push(row);
        }
        return rows;
      }
      case "neg": {
        const a = this.scalar(this.evaluate(n.a));
        if (isError(a)) return a;
        return -num(a);
      }
      case "bin":
        return this.binary(n.op, this.scalar(this.evaluate(n.a)), this.scalar(this.evaluate(n.b)));
      case "call":
        return this.call(n.name, n.args);
    }
  }

  private binary(op: string, a: Scalar, b: Scalar): Scalar {
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === "&") return text(a) + text(b);
    if (["+", "-", "*", "/"].includes(op)) {
      const x = num(a);
      const y = num(b);
      if (Number.isNaN(x) || Number.isNaN(y)) return VALUE;
      return op === "+"
        ? x + y
        : op === "-"
          ? x - y
          : op === "*"
            ? x * y
            : y === 0
              ? { error: "#DIV/0!" }
              : x / y;
    }
    // Comparison: numbers with numbers, text with text (case-insensitive); a number is less than text.
    const cmp = compare(a, b);
    switch (op) {
      case "=":
        return cmp === 0;
      case "<>":
        return cmp !== 0;
      case "<":
        return cmp < 0;
      case ">":
        return cmp > 0;
      case "<=":
        return cmp <= 0;
      default:
        return cmp >= 0;
    }
  }

  private call(name: string, args: Array<Node | undefined>): Value {
    const ev = (i: number) => (args[i] === undefined ? null : this.evaluate(args[i] as Node));
    const sc = (i: number) => this.scalar(ev(i));
    // The add-in's namespace (BTU, or a development build's own): the id follows the dot.
    const custom = /^BTU[A-Z]*\.(.+)$/.exec(name);
    if (custom) {
      const values = args.map((a) => (a === undefined ? undefined : this.evaluate(a)));
      // Excel passes an error argument's error without calling the function.
      const err = values.find((v) => isError(v));
      if (err) return err as CellError;
      return this.btu(custom[1], values);
    }
    switch (name) {
      case "IF": {
        const c = sc(0);
        if (isError(c)) return c;
        return truthy(c) ? ev(1) : args.length > 2 ? ev(2) : false;
      }
      case "IFERROR": {
        const v = ev(0);
        return isError(this.scalar(v)) ? ev(1) : v;
      }
      case "ISNUMBER":
        return typeof sc(0) === "number";
      case "ISNA": {
        const v = sc(0);
        return isError(v) && v.error === "#N/A";
      }
      case "ERROR.TYPE": {
        const v = sc(0);
        return isError(v) ? (ERROR_TYPES[v.error] ?? NA) : NA;
      }
      case "ROUND": {
        const v = sc(0);
        const d = sc(1);
        if (isError(v)) return v;
        if (isError(d)) return d;
        const f = 10 ** num(d);
        // Excel rounds half away from zero on the decimal value shown.
        return (Math.sign(num(v)) * Math.round(Math.abs(num(v)) * f + 1e-9)) / f;
      }
      case "DATE": {
        const [y, m, d] = [sc(0), sc(1), sc(2)].map((x) => num(x as Scalar));
        const s = Date.UTC(y, m - 1, d) / 86_400_000 + 25569;
        return this.options.dateSystem === 1904 ? s - 1462 : s;
      }
      case "ROWS":
      case "COLUMNS": {
        const v = ev(0);
        if (isError(v)) return v;
        if (!Array.isArray(v)) return 1;
        return name === "ROWS" ? v.length : v[0].length;
      }
      case "INDEX": {
        const v = ev(0);
        if (isError(v)) return v;
        const arr = Array.isArray(v) ? v : [[v]];
        const r = num(sc(1) as Scalar);
        const c = args.length > 2 ? num(sc(2) as Scalar) : 1;
        return arr[r - 1]?.[c - 1] ?? { error: "#REF!" };
      }
      case "COUNTIF": {
        const v = ev(0);
        const crit = sc(1);
        const cells = Array.isArray(v) ? v.flat() : [v];
        return cells.filter((x) => !isError(x) && !isError(crit) && compare(x, crit) === 0).length;
      }
      default:
        throw new Error(`the sheet evaluator does not know ${name}()`);
    }
  }
}

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function num(v: Scalar): number {
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return NaN;
}

function text(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function truthy(v: Scalar): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  throw new Error(
    `IF of text ${JSON.stringify(v)} is #VALUE! in Excel; the self-test never does it`
  );
}

function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) =>
    typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = num(a as Scalar);
  const y = num(b as Scalar);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The CLI's rendering of a --batch result line as the cell value. */
export function cliValue(line: string): Value {
  if (line.startsWith("#")) {
    const sp = line.indexOf(" ");
    return sp < 0 ? { error: line } : { error: line.slice(0, sp), message: line.slice(sp + 1) };
  }
  if (line.startsWith("[")) return JSON.parse(line) as Scalar[][];
  if (/^-?\d+(\.\d+)?$/.test(line)) return Number(line);
  if (line === "TRUE" || line === "FALSE") return line === "TRUE";
  return line;
}

/** An argument value as btu-calc reads it (a number, text, "" for omitted, JSON for a range). */
export function cliArg(v: Value | undefined): string {
  if (v === undefined || v === null) return "";
  if (Array.isArray(v)) return JSON.stringify(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isError(v)) return v.error;
  return String(v);
}
