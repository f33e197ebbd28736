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
 */
import Decimal from "decimal.js";
import {
  BtuError,
  checkSerial,
  Choices,
  cleanMessage,
  cut,
  echo,
  DEFAULT_CHOICES,
  Dec,
  NumberKind,
  parseChoicesText,
  readDate,
  readNumber,
  Serial,
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
function cf(): CFGlobal | undefined {
  return (globalThis as unknown as { CustomFunctions?: CFGlobal }).CustomFunctions;
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
  if (!Number.isFinite(n)) throw numError(`${what} is not a finite number`);
  return n;
}

/** The scalar inside a one-cell range; a larger range is an error. */
export function scalar(v: Arg, name: string): Scalar {
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
    throw valueError(
      `${name} must be a single value, not a range of ${v.length} x ${Array.isArray(v[0]) ? v[0].length : 0} cells`
    );
  }
  return v;
}

export function isEmpty(v: Scalar): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A decimal number; linear time on any text (no nested quantifier to backtrack: "4" x 10,000 then "x" took seconds). */
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A date: an Excel serial (fraction ignored), numeric text (a serial), or
 * text the core's readDate takes (YYYY-MM-DD, or M/D/YYYY that cannot be
 * read day first). Omitted/empty gives `fallback`, or a #VALUE! error when required.
 */
export function dateArg(v: Arg, name: string, fallback?: Serial): Serial {
  if (typeof v === "number") return checkSerial(v, name);
  const x = scalar(v, name);
  if (isEmpty(x)) {
    if (fallback !== undefined) return fallback;
    throw valueError(`${name} is required: a date as an Excel date or YYYY-MM-DD text`);
  }
  if (typeof x === "number") return checkSerial(x, name);
  if (typeof x === "boolean")
    throw valueError(`${name} must be a date, not ${x ? "TRUE" : "FALSE"}`);
  const t = String(x).trim();
  if (NUMERIC.test(t)) return checkSerial(Number(t), name);
  // The core's one reader of typed dates (YYYY-MM-DD, or M/D/YYYY that cannot be read day first), as the pane reads them.
  const r = readDate(t);
  if (!r.ok)
    throw valueError(
      r.read === undefined
        ? `${name} must be a date (an Excel date or YYYY-MM-DD text), got ${echo(t)}`
        : `${name} must be a date (an Excel date or YYYY-MM-DD text): ${r.why}`
    );
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
    throw valueError(`${name} is required: ${rule.what ?? "a number"}`);
  }
  if (typeof x === "number") n = x;
  else if (typeof x === "boolean")
    throw valueError(`${name} must be ${rule.what ?? "a number"}, not ${x ? "TRUE" : "FALSE"}`);
  else {
    // The core's one reader of typed numbers, as the pane reads them: "$3.25", "1,234.56", "40%"; "3,125" is ambiguous.
    const r = readNumber(String(x), rule.kind ?? "number");
    if (!r.ok)
      throw valueError(
        r.read === undefined
          ? `${name} must be ${rule.what ?? "a number"}, got ${echo(x)}`
          : `${name} must be ${rule.what ?? "a number"}: ${r.why}`
      );
    n = r.value.toNumber();
  }
  if (!Number.isFinite(n)) throw numError(`${name} must be a finite number`);
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
    throw numError(
      `${name} must be ${[lo, hi].filter(Boolean).join(" and ")}${rule.what ? ` (${rule.what})` : ""}, got ${n}`
    );
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
    throw valueError(`${name} is required${what ? `: ${what}` : ""}`);
  }
  if (typeof x === "boolean")
    throw valueError(`${name} must be ${what ?? "text"}, not ${x ? "TRUE" : "FALSE"}`);
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
  if (!hit) throw valueError(`${name} must be one of ${allowed.join(", ")}, got ${echo(t)}`);
  return hit;
}

/** The cells of a range (or a single value) as rows, with empty rows dropped. */
export function rows(v: Arg): Scalar[][] {
  if (!Array.isArray(v)) return isEmpty(v) ? [] : [[v]];
  return v.filter((r) => Array.isArray(r) && r.some((c) => !isEmpty(c)));
}

/**
 * The `choices` argument: text "id=value; id=value" or a two-column range of
 * (id, value) rows, over the defaults of the register.
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
    if (hit !== undefined) return hit;
    const c = readChoices(v, name);
    if (CHOICES_READ.size > 256) CHOICES_READ.clear();
    CHOICES_READ.set(text, c);
    return c;
  }
  return readChoices(v, name);
}

/** Choices already read from text, by the text (choices are immutable). */
const CHOICES_READ = new Map<string, Choices>();

function readChoices(v: Arg, name: string): Choices {
  const rs = rows(v);
  if (rs.length === 0) return DEFAULT_CHOICES;
  const pairs: Array<[string, string]> = [];
  for (const r of rs) {
    const cells = r.filter((c) => !isEmpty(c));
    if (cells.length === 1) pairs.push(...parseChoicesText(String(cells[0])));
    else if (cells.length === 2) pairs.push([String(cells[0]), String(cells[1])]);
    else
      throw valueError(`${name} must be "id=value; ..." text or a two-column range of (id, value)`);
  }
  return withChoices(pairs);
}

/** A list of dates from a range (empty cells skipped), for holidays. */
export function dateListArg(v: Arg, name: string): Serial[] {
  const out: Serial[] = [];
  for (const r of rows(v)) for (const c of r) if (!isEmpty(c)) out.push(dateArg(c, name));
  return out;
}

/** The `holidays` argument: a range of dates, or the text "us-ma" for the built-in Massachusetts legal holidays (M.G.L. c. 4, § 7, cl. 18). */
export function holidaysArg(v: Arg, name = "holidays"): { dates: Serial[]; usMa: boolean } {
  const x =
    Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
  if (typeof x === "string" && x.trim().toLowerCase() === "us-ma") return { dates: [], usMa: true };
  // Text that is neither a date nor "us-ma": say both are allowed (a mistyped "US MA" must learn the keyword).
  for (const r of rows(v))
    for (const c of r)
      if (typeof c === "string" && !isEmpty(c) && !NUMERIC.test(c.trim()) && !readDate(c).ok)
        throw valueError(
          `${name} must be a range of dates (Excel dates or YYYY-MM-DD text) or the text "us-ma", got ${echo(c)}`
        );
  return { dates: dateListArg(v, name), usMa: false };
}

/** The `headers` argument, like STOCKHISTORY's: 1 (or TRUE) shows a header row, 0 (or FALSE) none. */
export function headersArg(v: Arg, name = "headers"): boolean {
  const x = scalar(v, name);
  if (isEmpty(x)) return true;
  if (typeof x === "boolean") return x;
  const n = numberArg(x, name, { what: "1 to show a header row or 0 for none" });
  if (n !== 0 && n !== 1)
    throw numError(`${name} must be 1 (show a header row) or 0 (none), got ${n}`);
  return n === 1;
}
