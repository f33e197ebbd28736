/**
 * Argument coercion and Excel errors for the custom functions.
 *
 * Excel hands a custom function numbers (dates arrive as serials), text,
 * booleans, null or "" for an omitted or empty argument, and 2-D arrays for
 * ranges. These helpers turn them into the core's types, or throw a BtuError
 * that names the argument and what it allows; `excel()` turns any error into
 * a `CustomFunctions.Error` so a cell never shows a raw JavaScript error,
 * NaN or Infinity.
 *
 * Text is matched case-insensitively and trimmed; a one-cell range works like
 * its value.
 *
 * Dates are read and returned in the workbook's own date system (register
 * date-system): the process-wide default the shared runtime learns from the
 * workbook ({@link detectDateSystem}, {@link setWorkbookDateSystem}), or the
 * call's own `date-system` choice, which overrides it.
 */
import Decimal from "decimal.js";
import {
  BtuError,
  checkSerial,
  Choices,
  cleanMessage,
  cut,
  echo,
  DateSystem,
  DEFAULT_CHOICES,
  Dec,
  NumberKind,
  fromDateSystem,
  iso,
  Lru,
  parseChoicesText,
  readDate,
  readNumber,
  Serial,
  switchableEntry,
  valueError,
  numError,
  withChoices,
} from "../core";

export type Scalar = number | string | boolean | null | undefined;
export type Arg = Scalar | Scalar[][];

/** Excel's messages are short; the runtime shows them in the error indicator. */
const MAX_MESSAGE = 255;

/** A stand-in with the same shape as CustomFunctions.Error, for Node without the runtime. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message ?? "");
    this.name = "ExcelError";
  }
}

type CFGlobal = {
  Error: new (code: never, message?: string) => Error;
  ErrorCode: Record<string, string>;
};
/**
 * The runtime's CustomFunctions, found by its own name: an engine may have no
 * `globalThis`, `self` or `window` (issue 19: looking it up through them threw
 * a ReferenceError there, and every message was lost).
 */
function cf(): CFGlobal | undefined {
  return typeof CustomFunctions === "undefined"
    ? undefined
    : (CustomFunctions as unknown as CFGlobal);
}

const CODE_NAME: Record<string, string> = {
  "#VALUE!": "invalidValue",
  "#NUM!": "invalidNumber",
  "#N/A": "notAvailable",
};

/** An Excel error value with a message (kept for #NUM! too; Excel shows messages for #VALUE! and #N/A). */
export function excelError(code: string, message: string): Error {
  const text = cut(cleanMessage(message), MAX_MESSAGE);
  const rt = cf();
  const name = Object.prototype.hasOwnProperty.call(CODE_NAME, code)
    ? CODE_NAME[code]
    : "invalidValue";
  if (rt && rt.Error && rt.ErrorCode) return new rt.Error(rt.ErrorCode[name] as never, text);
  return new ExcelError(code, text);
}

function toExcel(e: unknown, fn: string): Error {
  if (e instanceof BtuError) return excelError(e.code, e.message);
  // Anything else is a defect; show its kind and message but never a stack.
  const msg = e instanceof Error ? e.message : String(e);
  return excelError(
    "#VALUE!",
    `${fn}: internal error (${cut(msg.split("\n")[0], 120)}); please report it`
  );
}

/** Runs an adapter body; every failure becomes an Excel error. */
export function excel<T>(fn: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw toExcel(e, fn);
  }
}

/** Numbers of the decimals the core memoises (the same Decimal instance is returned for a repeated input). */
const NUMBERS = new WeakMap<Decimal, number>();

/** A finite number for a cell (guards against NaN/Infinity ever reaching Excel). */
export function cellNumber(x: Decimal | number, what: string): number {
  let n: number;
  if (typeof x === "number") n = x;
  else {
    const hit = NUMBERS.get(x);
    if (hit !== undefined) return hit;
    n = x.toNumber();
    if (Number.isFinite(n)) NUMBERS.set(x, n);
  }
  if (!Number.isFinite(n))
    throw numError({
      argument: what,
      allowed: "a finite number",
      given: String(n),
      message: `${what} is not a finite number`,
    });
  return n;
}

/* ------------------------------------------- what Excel passes besides values */

/**
 * Is this Excel's invocation object? A release that adds an optional
 * parameter can receive it in that slot from a workbook calculated with the
 * older metadata (office-js #2777); it carries the caller's `address`,
 * `functionName`, `parameterAddresses`, `setResult` or `onCanceled`
 * (Microsoft, CustomFunctions.Invocation). It counts as an omitted argument.
 */
export function isInvocation(x: unknown): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const o = x as Record<string, unknown>;
  if ("basicValue" in o || "type" in o) return false;
  return (
    "functionName" in o ||
    "address" in o ||
    "parameterAddresses" in o ||
    "setResult" in o ||
    "onCanceled" in o ||
    "isInValuePreview" in o
  );
}

/**
 * A cell value as a plain number, text or boolean: Excel's data types
 * (allowCustomDataForDataTypeAny: a formatted number, a linked entity, ...)
 * arrive as objects with their `basicValue` (Microsoft, "Use data types with
 * custom functions"); an entity or error with no plain value is refused with
 * a message.
 */
export function plain(x: unknown, name = "argument"): Scalar {
  if (typeof x !== "object" || x === null) return x as Scalar;
  if (Array.isArray(x))
    throw valueError({ argument: name, allowed: "a single value, not a range" });
  if (isInvocation(x)) return undefined;
  const o = x as Record<string, unknown>;
  const basic = o.basicValue;
  if (
    o.basicType !== "Error" &&
    o.type !== "Error" &&
    (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean")
  )
    return basic;
  if (typeof o.type !== "string")
    throw valueError({ argument: name, allowed: "a number, text or a date" });
  throw valueError({
    argument: name,
    allowed: "a number, text or a date: refer to one of a data type's fields",
    given: typeof o.text === "string" ? o.text : `a ${cut(o.type, 20)} value`,
    message: `${name}: a ${cut(o.type, 20)} value has no plain number, text or date${typeof o.text === "string" ? ` (${echo(o.text)})` : ""}; refer to one of its fields`,
  });
}

/** The arguments as the bodies read them: Excel's invocation object counts as omitted, a data type as its basic value. */
export function excelArgs(args: readonly unknown[]): Arg[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (typeof a === "object" && a !== null && !Array.isArray(a)) {
      out = out ?? [...args];
      out[i] = isInvocation(a) ? undefined : a; // a data type is read by plain() where its value is read
    }
  }
  return (out ?? args) as Arg[];
}

/** The scalar inside a one-cell range; a larger range is an error. */
export function scalar(v: Arg, name: string): Scalar {
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return plain(v[0][0], name);
    throw valueError({
      argument: name,
      allowed: "a single value",
      given: `a range of ${v.length} x ${Array.isArray(v[0]) ? v[0].length : 0} cells`,
      message: `${name} must be a single value, not a range of ${v.length} x ${Array.isArray(v[0]) ? v[0].length : 0} cells`,
    });
  }
  return typeof v === "object" && v !== null ? plain(v, name) : v;
}

export function isEmpty(v: Scalar): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A decimal number; linear time on any text (no nested quantifier to backtrack: "4" x 10,000 then "x" took seconds). */
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/* ------------------------------------------------ the workbook's date system */

/** The workbook's date system as the runtime learned it (Excel's default until told). */
let workbookSystem: DateSystem = "1900";
/** The date system of the call running now: the workbook's, or the call's own date-system choice. */
let callSystem: DateSystem = "1900";
/** Did the running call name date-system in its choices? */
let callExplicit = false;
/** The serials the running call read as numbers, by argument, for the 1904 hint (at most a few). */
const callSerials: Array<{ name: string; serial: number }> = [];
/** Choices that name date-system themselves, with the system they name. */
const EXPLICIT_SYSTEM = new WeakMap<Choices, DateSystem>();

/**
 * Sets the date system of the workbook the functions run in (1900 or 1904),
 * for every later call that does not choose one itself. The shared runtime
 * calls it once it knows ({@link detectDateSystem} does both).
 */
export function setWorkbookDateSystem(system: 1900 | 1904 | "1900" | "1904"): void {
  const s = String(system);
  if (s !== "1900" && s !== "1904")
    throw new RangeError(`a date system is 1900 or 1904, not ${cut(s, 20)}`);
  workbookSystem = s;
}

/** The workbook's date system in force for calls without a date-system choice. */
export function workbookDateSystem(): DateSystem {
  return workbookSystem;
}

type ExcelLike = {
  run: <T>(
    batch: (context: {
      workbook: {
        functions: {
          date: (y: number, m: number, d: number) => { value: unknown; load: (p: string) => void };
        };
      };
      sync: () => Promise<void>;
    }) => Promise<T>
  ) => Promise<T>;
};

/**
 * Learns the workbook's date system where the Excel JavaScript API is at hand
 * (the shared runtime): Excel's own DATE(2000, 1, 1) is 36526 in the 1900
 * system and 35064 in the 1904 system (ExcelApi 1.2, Workbook.functions).
 * Sets it with {@link setWorkbookDateSystem} and returns it; undefined (the
 * default kept) where there is no API, as in the JavaScript-only runtime.
 */
export async function detectDateSystem(): Promise<DateSystem | undefined> {
  const api = typeof Excel === "undefined" ? undefined : (Excel as unknown as ExcelLike);
  if (!api || typeof api.run !== "function") return undefined;
  const value = await api.run(async (context) => {
    const r = context.workbook.functions.date(2000, 1, 1);
    r.load("value");
    await context.sync();
    return r.value;
  });
  const system = value === 35064 ? "1904" : value === 36526 ? "1900" : undefined;
  if (system) setWorkbookDateSystem(system);
  return system;
}

/** Starts a call: dates in the workbook's system until the call's choices name one. */
export function beginCall(system?: DateSystem): void {
  callSystem = system ?? workbookSystem;
  callExplicit = false;
  callSerials.length = 0;
}

/** The date system of the running call. */
export function callDateSystem(): DateSystem {
  return callSystem;
}

/** Did the running call choose its date system itself? */
export function callChoseDateSystem(): boolean {
  return callExplicit;
}

/** The serials the running call read as numbers (for the 1904 hint). */
export function callSerialsRead(): ReadonlyArray<{ name: string; serial: number }> {
  return callSerials;
}

/** The date system of the running call follows its choices when they name one. */
function useChoices(c: Choices): Choices {
  const s = EXPLICIT_SYSTEM.get(c);
  if (s !== undefined) {
    callSystem = s;
    callExplicit = true;
  }
  return c;
}

/** A number in the call's date system read as the core's 1900 serial. */
function serialArg(n: number, name: string): Serial {
  if (callSerials.length < 8) callSerials.push({ name, serial: n });
  return checkSerial(fromDateSystem(n, callSystem), name);
}

/**
 * A date: an Excel serial in the workbook's date system (a time of day is
 * ignored), numeric text (a serial), or text the core's readDate takes
 * (YYYY-MM-DD, or M/D/YYYY that cannot be read day first). Omitted/empty
 * gives `fallback`, or a #VALUE! error when required.
 */
export function dateArg(v: Arg, name: string, fallback?: Serial): Serial {
  if (typeof v === "number") return serialArg(v, name);
  const x = scalar(v, name);
  if (isEmpty(x)) {
    if (fallback !== undefined) return fallback;
    throw valueError({
      argument: name,
      allowed: "a date as an Excel date or YYYY-MM-DD text; it is required",
      given: "",
      message: `${name} is required: a date as an Excel date or YYYY-MM-DD text`,
    });
  }
  if (typeof x === "number") return serialArg(x, name);
  if (typeof x === "boolean")
    throw valueError({
      argument: name,
      allowed: "a date",
      given: x ? "TRUE" : "FALSE",
      message: `${name} must be a date, not ${x ? "TRUE" : "FALSE"}`,
    });
  const t = String(x).trim();
  if (NUMERIC.test(t)) return serialArg(Number(t), name);
  // The core's one reader of typed dates (YYYY-MM-DD, or M/D/YYYY that cannot be read day first), as the pane reads them.
  const r = readDate(t);
  if (!r.ok)
    throw valueError({
      argument: name,
      allowed: "a date (an Excel date or YYYY-MM-DD text)",
      rule: r.read === undefined ? undefined : r.why,
      given: r.given,
      message:
        r.read === undefined
          ? `${name} must be a date (an Excel date or YYYY-MM-DD text), got ${echo(t)}`
          : `${name} must be a date (an Excel date or YYYY-MM-DD text): ${r.why}`,
    });
  return r.value;
}

/** An optional date: undefined when omitted or empty. */
export function optionalDateArg(v: Arg, name: string): Serial | undefined {
  const x = scalar(v, name);
  return isEmpty(x) ? undefined : dateArg(x, name);
}

export interface NumberRule {
  readonly fallback?: number;
  readonly min?: number;
  readonly max?: number;
  /** Is the minimum itself allowed (default true). */
  readonly minInclusive?: boolean;
  readonly maxInclusive?: boolean;
  readonly what?: string;
  /** How text is read (the core's readNumber): "amount" takes a leading $; default "number". */
  readonly kind?: NumberKind;
}

/** A number (or numeric text) within [min, max]; #NUM! outside, #VALUE! if not a number. */
export function numberArg(v: Arg, name: string, rule: NumberRule = {}): number {
  const x = scalar(v, name);
  let n: number;
  if (isEmpty(x)) {
    if (rule.fallback !== undefined) return rule.fallback;
    throw valueError({
      argument: name,
      allowed: `${rule.what ?? "a number"}; it is required`,
      given: "",
      message: `${name} is required: ${rule.what ?? "a number"}`,
    });
  }
  if (typeof x === "number") n = x;
  else if (typeof x === "boolean")
    throw valueError({
      argument: name,
      allowed: rule.what ?? "a number",
      given: x ? "TRUE" : "FALSE",
      message: `${name} must be ${rule.what ?? "a number"}, not ${x ? "TRUE" : "FALSE"}`,
    });
  else {
    // The core's one reader of typed numbers, as the pane reads them: "$3.25", "1,234.56", "40%"; "3,125" is ambiguous.
    const r = readNumber(String(x), rule.kind ?? "number");
    if (!r.ok)
      throw valueError({
        argument: name,
        allowed: rule.what ?? "a number",
        rule: r.read === undefined ? undefined : r.why,
        given: r.given,
        message:
          r.read === undefined
            ? `${name} must be ${rule.what ?? "a number"}, got ${echo(x)}`
            : `${name} must be ${rule.what ?? "a number"}: ${r.why}`,
      });
    n = r.value.toNumber();
  }
  if (!Number.isFinite(n))
    throw numError({
      argument: name,
      allowed: "a finite number",
      given: String(n),
      message: `${name} must be a finite number`,
    });
  const lowOk =
    rule.min === undefined || (rule.minInclusive === false ? n > rule.min : n >= rule.min);
  const highOk =
    rule.max === undefined || (rule.maxInclusive === false ? n < rule.max : n <= rule.max);
  if (!lowOk || !highOk) {
    const lo =
      rule.min === undefined
        ? ""
        : `${rule.minInclusive === false ? "above" : "at least"} ${rule.min}`;
    const hi =
      rule.max === undefined
        ? ""
        : `${rule.maxInclusive === false ? "below" : "at most"} ${rule.max}`;
    throw numError({
      argument: name,
      allowed: `${[lo, hi].filter(Boolean).join(" and ")}${rule.what ? ` (${rule.what})` : ""}`,
      given: String(n),
      limits: {
        low: rule.min,
        lowIncluded: rule.minInclusive !== false,
        high: rule.max,
        highIncluded: rule.maxInclusive !== false,
        unit: rule.kind === "portion" ? "fraction" : "number",
      },
    });
  }
  return n;
}

/** A money amount as an exact decimal (from the cell's number). */
export function moneyArg(v: Arg, name: string, rule: NumberRule = {}): Decimal {
  return new Dec(numberArg(v, name, { kind: "amount", ...rule }));
}

/**
 * Text, trimmed; omitted gives `fallback` (or a #VALUE! error when required).
 * `what` says what is allowed ("one of 4a, 4b-i, ..."), for the messages.
 */
export function textArg(v: Arg, name: string, fallback?: string, what?: string): string {
  const x = scalar(v, name);
  if (isEmpty(x)) {
    if (fallback !== undefined) return fallback;
    throw valueError({
      argument: name,
      allowed: `${what ?? "text"}; it is required`,
      given: "",
      message: `${name} is required${what ? `: ${what}` : ""}`,
    });
  }
  if (typeof x === "boolean")
    throw valueError({
      argument: name,
      allowed: what ?? "text",
      given: x ? "TRUE" : "FALSE",
      message: `${name} must be ${what ?? "text"}, not ${x ? "TRUE" : "FALSE"}`,
    });
  return String(x).trim();
}

/** One of a list of words (case-insensitive); #VALUE! naming the allowed words otherwise. */
export function choiceArg<T extends string>(
  v: Arg,
  name: string,
  allowed: readonly T[],
  fallback?: T
): T {
  const t = textArg(v, name, fallback, `one of ${allowed.join(", ")}`).toLowerCase();
  const hit = allowed.find((a) => a === t);
  if (!hit)
    throw valueError({
      argument: name,
      allowed: `one of ${allowed.join(", ")}`,
      given: t,
      message: `${name} must be one of ${allowed.join(", ")}, got ${echo(t)}`,
    });
  return hit;
}

/** Does a row of a range hold any value? (Inlined test of {@link isEmpty}: it runs once per row of a whole column.) */
function rowHasValue(r: unknown): boolean {
  if (!Array.isArray(r)) return false;
  for (let j = 0; j < r.length; j++) {
    const c: unknown = r[j];
    if (c === null || c === undefined || c === "") continue;
    if (typeof c !== "string" || c.trim() !== "") return true;
  }
  return false;
}

/**
 * The cells of a range (or a single value) as rows, with empty rows dropped,
 * read once and only up to the last row holding a value (a whole-column
 * reference passes 1,048,576 rows; the empty ones below the values cost one
 * look each). Data-type cells become their basic value.
 */
export function rows(v: Arg, name = "argument"): Scalar[][] {
  if (!Array.isArray(v)) {
    const x = plain(v, name);
    return isEmpty(x) ? [] : [[x]];
  }
  let end = v.length;
  while (end > 0 && !rowHasValue(v[end - 1])) end -= 1;
  const out: Scalar[][] = [];
  for (let i = 0; i < end; i++) {
    const r = v[i];
    if (!rowHasValue(r)) continue;
    out.push(r.some((c) => typeof c === "object" && c !== null) ? r.map((c) => plain(c, name)) : r);
  }
  return out;
}

const normId = (s: string) => s.trim().toLowerCase();

/**
 * The `choices` argument: text "id=value; id=value" or a two-column range of
 * (id, value) rows, over the defaults of the register. A range is memoised
 * by a cheap key of its cells, as text is by the text, so a choices range
 * costs about what the same choices as text do.
 */
export function choicesArg(v: Arg, name = "choices"): Choices {
  // Fast path: an omitted argument costs nothing; text already read is looked up.
  if (v === null || v === undefined || v === "") return DEFAULT_CHOICES;
  const text =
    typeof v === "string"
      ? v
      : Array.isArray(v) && v.length === 1 && v[0]?.length === 1 && typeof v[0][0] === "string"
        ? v[0][0]
        : undefined;
  if (text !== undefined) {
    const hit = CHOICES_READ.get(text);
    if (hit !== undefined) return useChoices(hit);
    const c = readChoices(rows(text, name), name);
    CHOICES_READ.set(text, c);
    return useChoices(c);
  }
  // The range read last (one choices range is typically referenced by every formula): compared cell by cell, no key built.
  if (
    LAST_RANGE !== undefined &&
    LAST_RANGE.system === workbookSystem &&
    sameCells(v, LAST_RANGE.rows)
  )
    return useChoices(LAST_RANGE.choices);
  const key = rangeKey(v);
  let c = key === undefined ? undefined : CHOICES_READ.get(key);
  if (c === undefined) {
    c = readChoices(rows(v, name), name);
    if (key !== undefined) CHOICES_READ.set(key, c);
  }
  if (key !== undefined)
    LAST_RANGE = { rows: rows(v, name).map((r) => r.slice()), system: workbookSystem, choices: c };
  return useChoices(c);
}

/** The choices range read last: its non-empty rows (copied), the workbook's date system then, and its choices. */
let LAST_RANGE: { rows: Scalar[][]; system: DateSystem; choices: Choices } | undefined;

/** Do a range's non-empty rows hold exactly these cells? */
function sameCells(v: Arg, want: readonly Scalar[][]): boolean {
  if (!Array.isArray(v)) return false;
  let k = 0;
  for (let i = 0; i < v.length; i++) {
    const r = v[i];
    if (!rowHasValue(r)) continue;
    const w = want[k++];
    if (w === undefined || r.length !== w.length) return false;
    for (let j = 0; j < r.length; j++) if (r[j] !== w[j]) return false;
  }
  return k === want.length;
}

/** Choices already read, by their text or by {@link rangeKey} (choices are immutable); the least recently used goes first. */
const CHOICES_READ = new Lru<string, Choices>(1024);

/** The most cells a range key spells out (a larger range is read each time). */
const RANGE_KEY_CELLS = 64;

/**
 * A key of a range's non-empty rows that no text and no other range has:
 * each cell by kind and length-prefixed value, and the workbook's date system
 * (a date cell's meaning depends on it). Read straight from the range, up to
 * its last row holding a value, without copying it. Undefined for a large
 * range or one holding a data type (read each time).
 */
function rangeKey(v: Arg): string | undefined {
  if (!Array.isArray(v)) return undefined;
  let end = v.length;
  while (end > 0 && !rowHasValue(v[end - 1])) end -= 1;
  let key = `\u0000${workbookSystem}`;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const r = v[i];
    if (!rowHasValue(r)) continue;
    key += "|";
    for (let j = 0; j < r.length; j++) {
      const c: unknown = r[j];
      if (++n > RANGE_KEY_CELLS) return undefined;
      if (typeof c === "number") key += `n${c}:`;
      else if (typeof c === "string") key += `s${c.length}:${c}`;
      else if (typeof c === "boolean") key += c ? "T" : "F";
      else if (c === null || c === undefined) key += "e";
      else return undefined;
    }
  }
  return key;
}

/** Is `id` a register entry whose value is a date (pay-anchor)? */
function takesDate(id: string): boolean {
  try {
    return switchableEntry(id).free === "date";
  } catch {
    return false; // withChoices names the unknown id
  }
}

function readChoices(rs: readonly Scalar[][], name: string): Choices {
  if (rs.length === 0) return DEFAULT_CHOICES;
  const pairs: Array<[string, Scalar]> = [];
  for (const r of rs) {
    const cells = r.filter((c) => !isEmpty(c));
    if (cells.length === 1) pairs.push(...parseChoicesText(String(cells[0])));
    else if (cells.length === 2) pairs.push([String(cells[0]), cells[1]]);
    else
      throw valueError({
        argument: name,
        allowed: '"id=value; ..." text or a two-column range of (id, value)',
      });
  }
  // A date cell (Excel makes 2003-07-04 typed in a cell a date) is a serial in the date system these choices name, or the workbook's.
  const named = pairs.find(([id]) => normId(id) === "date-system");
  const system: DateSystem =
    named !== undefined && String(named[1]).trim() === "1904" ? "1904" : workbookSystem;
  const c = withChoices(
    pairs.map(([id, value]): [string, string] => [
      id,
      typeof value === "number" && takesDate(id)
        ? iso(checkSerial(fromDateSystem(value, system), `${name} ${normId(id)}`))
        : String(value),
    ])
  );
  if (named !== undefined) EXPLICIT_SYSTEM.set(c, (c as { dateSystem: DateSystem }).dateSystem);
  return c;
}

/** A list of dates from rows of cells (empty cells skipped), for holidays. */
function datesOf(rs: readonly Scalar[][], name: string): Serial[] {
  const out: Serial[] = [];
  for (const r of rs) for (const c of r) if (!isEmpty(c)) out.push(dateArg(c, name));
  return out;
}

/** A list of dates from a range (empty cells skipped), for holidays. */
export function dateListArg(v: Arg, name: string): Serial[] {
  return datesOf(rows(v, name), name);
}

/** The `holidays` argument: a range of dates, or the text "us-ma" for the built-in Massachusetts legal holidays (M.G.L. c. 4, § 7, cl. 18). */
export function holidaysArg(v: Arg, name = "holidays"): { dates: Serial[]; usMa: boolean } {
  const rs = rows(v, name);
  const x = rs.length === 1 && rs[0].length === 1 ? rs[0][0] : undefined;
  if (typeof x === "string" && x.trim().toLowerCase() === "us-ma") return { dates: [], usMa: true };
  // Text that is neither a date nor "us-ma": say both are allowed (a mistyped "US MA" must learn the keyword).
  for (const r of rs)
    for (const c of r)
      if (typeof c === "string" && !isEmpty(c) && !NUMERIC.test(c.trim()) && !readDate(c).ok)
        throw valueError({
          argument: name,
          allowed: 'a range of dates (Excel dates or YYYY-MM-DD text) or the text "us-ma"',
          given: c,
          message: `${name} must be a range of dates (Excel dates or YYYY-MM-DD text) or the text "us-ma", got ${echo(c)}`,
        });
  return { dates: datesOf(rs, name), usMa: false };
}

/** The `headers` argument, like STOCKHISTORY's: 1 (or TRUE) shows a header row, 0 (or FALSE) none. */
export function headersArg(v: Arg, name = "headers"): boolean {
  const x = scalar(v, name);
  if (isEmpty(x)) return true;
  if (typeof x === "boolean") return x;
  const n = numberArg(x, name, { what: "1 to show a header row or 0 for none" });
  if (n !== 0 && n !== 1)
    throw numError({
      argument: name,
      allowed: "1 (show a header row) or 0 (none)",
      given: String(n),
    });
  return n === 1;
}
