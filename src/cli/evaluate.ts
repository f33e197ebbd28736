/**
 * Evaluates a registered custom function the way Excel calls it: arguments
 * typed as Excel would pass them (numbers, text, booleans, null for omitted,
 * 2-D arrays for ranges, a scalar wrapped as [[v]] for a range parameter),
 * and the result rendered as the cell would show it.
 */
import { dateCells, iso, MAX_SERIAL, MIN_SERIAL, resultShape } from "../core";
import { CustomFunctionError, registry } from "./runtime-shim";
import { EXIT } from "./stream";

export interface ParamMeta {
  readonly name: string;
  readonly optional?: boolean;
  readonly repeating?: boolean;
  readonly dimensionality?: "scalar" | "matrix";
}
export interface FunctionMeta {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly ParamMeta[];
  readonly result: { readonly dimensionality?: "scalar" | "matrix" };
}

export type CellValue = number | string | boolean | null;
export type Result =
  | { kind: "value"; value: CellValue }
  | { kind: "table"; rows: CellValue[][] }
  /** `usage`: the command line itself is wrong (no such function, too many arguments, an argument no cell can hold); exit status 2. */
  | { kind: "error"; code: string; message: string; usage?: boolean };

const ERROR_LITERAL = /^#(N\/A|VALUE!|NUM!|REF!|DIV\/0!|NAME\?|NULL!)$/i;
/** A decimal number; linear time on any text (no nested quantifier to backtrack: "4" x 10,000 then "x" took seconds). */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The most characters of the user's text a message of the command line repeats. */
const ECHO = 60;

/** The user's text as a message repeats it: control characters made spaces, cut to 60 characters, quoted. */
export function echoText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const t = text.slice(0, 4 * ECHO).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
  return JSON.stringify(t.length > ECHO || text.length > t.length ? t.slice(0, ECHO - 1) + "…" : t);
}

/** An argument no cell can hold (a usage error: exit status 2). */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArgumentError";
  }
}

/**
 * Excel serial of an ISO date, as Excel numbers it in the 1900 date system:
 * 1900-01-01 is 1, 1900-02-28 is 59, 60 is Excel's fictitious 1900-02-29
 * (kept from Lotus 1-2-3) and 1900-03-01 is 61. Undefined for a date that is
 * not on Excel's calendar (before 1900, after 9999, or not a real day).
 */
export function isoSerial(text: string): number | undefined {
  const [y, m, d] = text.split("-").map(Number);
  if (y === 1900 && m === 2 && d === 29) return 60;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return undefined;
  const serial = ms / 86_400_000 + 25569;
  // Before 1900-03-01 Excel's serials are one less than the days since 1899-12-30 (no 1900-02-29 came before).
  const excel = serial < 61 ? serial - 1 : serial;
  return excel >= 1 && excel <= 2_958_465 ? excel : undefined;
}

type Cell = Exclude<CellValue, null> | null;

/** A scalar of a JSON range: a number, text (read like an argument: an ISO date becomes its serial), a boolean or null. */
function rangeCell(c: unknown, where: string): Cell {
  if (c === null || typeof c === "boolean") return c;
  if (typeof c === "number") return c;
  if (typeof c === "string") {
    const v = parseArg(c);
    if (Array.isArray(v)) throw new ArgumentError(`${where} must be a scalar, not a nested array`);
    return v;
  }
  throw new ArgumentError(
    `${where} must be a number, text, true, false or null, not ${Array.isArray(c) ? "a nested array" : "an object"}`
  );
}

/**
 * One command-line argument as the cell value Excel would pass: a scalar, or
 * a rectangular two-dimensional array of scalars for a range (a flat JSON
 * array is one row). Anything else (a JSON object, arrays nested deeper,
 * ragged rows, a number too large for a cell such as 1e999) is refused with
 * an {@link ArgumentError}.
 */
export function parseArg(text: string): CellValue | CellValue[][] {
  const t = text.trim();
  if (t === "") return null;
  if (NUMBER.test(t)) {
    const n = Number(t);
    if (!Number.isFinite(n))
      throw new ArgumentError(
        `${echoText(t)} is not a number a cell can hold (at most about 1.8E+308)`
      );
    return n;
  }
  if (ISO.test(t)) return isoSerial(t) ?? t;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  if (t.startsWith("[") || t.startsWith("{")) {
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch {
      return text; // not JSON: plain text
    }
    if (!Array.isArray(v))
      throw new ArgumentError(
        "a range must be a JSON array of rows (or one row), not an object or a scalar"
      );
    if (v.length === 0) throw new ArgumentError("a range must have at least one cell, not []");
    const rows: unknown[][] = v.every((r) => Array.isArray(r)) ? v : [v];
    const width = rows[0].length;
    return rows.map((r, i) => {
      if (!Array.isArray(r))
        throw new ArgumentError("a range must be an array of rows or one row of scalars");
      if (r.length !== width || width === 0)
        throw new ArgumentError(
          `a range must be rectangular: row ${i + 1} has ${r.length} cells, row 1 has ${width}`
        );
      return r.map((c, j) => rangeCell(c, `range cell (${i + 1}, ${j + 1})`));
    });
  }
  return text;
}

/** The nearest registered name to a misspelled one (edit distance at most a third of its letters), if any. */
export type Suggest = (word: string, words: readonly string[]) => string | undefined;

export function evaluate(
  meta: readonly FunctionMeta[],
  name: string,
  rawArgs: readonly string[],
  suggest?: Suggest
): Result {
  const id = name
    .trim()
    .toUpperCase()
    .replace(/^BTU\./, "");
  const fm = meta.find((m) => m.id === id);
  const fn = fm ? registry.get(id) : undefined;
  if (!fm || !fn) {
    const near = suggest?.(
      id,
      meta.map((m) => m.id)
    );
    return {
      kind: "error",
      code: "#NAME?",
      message: `unknown function BTU.${echoText(id).slice(1, -1)}${near ? `; did you mean ${near}?` : ""} (see btu-calc --list)`,
      usage: true,
    };
  }
  const repeating =
    fm.parameters.length > 0 && fm.parameters[fm.parameters.length - 1].repeating === true;
  if (!repeating && rawArgs.length > fm.parameters.length)
    return {
      kind: "error",
      code: "#VALUE!",
      message: `BTU.${id} takes at most ${fm.parameters.length} arguments, got ${rawArgs.length}`,
      usage: true,
    };
  const toCell = (p: ParamMeta, raw: string | undefined) => {
    let v: CellValue | CellValue[][];
    try {
      v = raw === undefined ? null : parseArg(raw);
    } catch (e) {
      if (e instanceof ArgumentError) throw new ArgumentError(`argument ${p.name}: ${e.message}`);
      throw e;
    }
    return p.dimensionality === "matrix" && v !== null && !Array.isArray(v) ? [[v]] : v;
  };
  // Excel evaluates an error argument to that error without calling the function.
  for (let i = 0; i < rawArgs.length; i++) {
    const t = rawArgs[i].trim();
    if (ERROR_LITERAL.test(t)) {
      const p = fm.parameters[Math.min(i, fm.parameters.length - 1)];
      return {
        kind: "error",
        code: t.toUpperCase(),
        message: `argument ${p.name} is an error value`,
      };
    }
  }
  const args: unknown[] = [];
  try {
    fm.parameters.forEach((p, i) => {
      // A repeating parameter gets one array holding every remaining argument.
      if (p.repeating) args.push(rawArgs.slice(i).map((raw) => toCell(p, raw)));
      else args.push(toCell(p, rawArgs[i]));
    });
  } catch (e) {
    if (e instanceof ArgumentError)
      return { kind: "error", code: "#VALUE!", message: e.message, usage: true };
    throw e;
  }
  try {
    const out = fn(...args);
    if (Array.isArray(out)) return { kind: "table", rows: out as CellValue[][] };
    if (typeof out === "number" && !Number.isFinite(out))
      return { kind: "error", code: "#NUM!", message: "not a finite number" };
    return { kind: "value", value: out as CellValue };
  } catch (e) {
    if (e instanceof CustomFunctionError)
      return { kind: "error", code: e.code, message: e.message };
    return {
      kind: "error",
      code: "#VALUE!",
      message: `uncaught ${e instanceof Error ? e.name : typeof e}`,
    };
  }
}

/** The exit status of a run: 2 when any call was a usage error, else 1 when any result is an error, else 0. */
export function exitStatus(results: readonly Result[]): number {
  if (results.some((r) => r.kind === "error" && r.usage)) return EXIT.usage;
  return results.some((r) => r.kind === "error") ? EXIT.errorValue : EXIT.values;
}

/** A number as plain decimal text (no exponent): 538158.33. */
export function formatNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(Math.abs(n) < 1 ? 20 : 0).replace(/\.?0+$/, "");
}

export function formatCell(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** Line breaks and other control characters as visible escapes (JSON's), so a result stays on one line. */
function oneLineText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    JSON.stringify(c)
      .slice(1, -1)
      .replace(/^\u2028$/, "\\u2028")
      .replace(/^\u2029$/, "\\u2029")
  );
}

/**
 * A result as the cell shows it. `oneLine` (for --batch): always exactly one
 * line, whatever the result holds (a table as JSON; a line break or tab in
 * any text as its JSON escape).
 */
export function render(
  r: Result,
  oneLine: boolean,
  dates: DateStyle = "serial",
  name = "",
  args: readonly string[] = []
): string {
  const shown = dates === "iso" ? withIsoDates(r, name, args[0]) : r;
  if (oneLine) return oneLineText(renderCell(shown, true));
  return renderCell(shown, false);
}

/** How dates print: Excel serials (what the cell holds, the default) or YYYY-MM-DD (`--dates iso`). */
export type DateStyle = "serial" | "iso";

/** Excel serial (1900 date system, from 1900-03-01) as YYYY-MM-DD (the core's iso); anything else unchanged. */
function isoOf(v: CellValue): CellValue {
  if (typeof v !== "number" || !Number.isInteger(v) || v < MIN_SERIAL || v > MAX_SERIAL) return v;
  return iso(v);
}

/**
 * The result of BTU.`name` with its date serials as YYYY-MM-DD text (`--dates
 * iso`). Which cells are dates is the core's fact (dateCells, from its
 * catalogue of each function's answer): the value of a date function, a
 * table's date columns by position, with or without a header row, and
 * EXPLAIN's result row when the function it explains returns a date.
 */
export function withIsoDates(r: Result, name: string, explained?: string): Result {
  const dates = dateCells(name);
  if (r.kind === "value") return dates.value ? { ...r, value: isoOf(r.value) } : r;
  if (r.kind !== "table") return r;
  // EXPLAIN's last row is the explained function's result: a date when that function returns one.
  const resultIsDate =
    explained !== undefined &&
    resultShape(name) === resultShape("EXPLAIN") &&
    dateCells(explained).value;
  if (!dates.columns.some(Boolean) && !resultIsDate) return r;
  const last = r.rows.length - 1;
  return {
    ...r,
    rows: r.rows.map((row, i) =>
      row.map((c, j) =>
        dates.columns[j] || (resultIsDate && i === last && j === row.length - 1) ? isoOf(c) : c
      )
    ),
  };
}

function renderCell(r: Result, oneLine: boolean): string {
  switch (r.kind) {
    case "value":
      return formatCell(r.value);
    case "error":
      return r.message ? `${r.code} ${r.message}` : r.code;
    case "table":
      return oneLine
        ? JSON.stringify(r.rows)
        : r.rows.map((row) => row.map((c) => formatCell(c)).join("\t")).join("\n");
  }
}
