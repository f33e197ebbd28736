/**
 * Calling the registered functions the way Excel does, and judging what comes
 * back, for the bad-input table, the equivalence tests and the property
 * suites.
 */
import { Arg, ErrorValue, ERROR_VALUE } from "./bad-input";
import type { Registered } from "../helpers/registered";

export type FunctionMeta = Registered["metadata"]["functions"][number];

/** What a cell shows: a value (a number, text or a spilled array) or an Excel error. */
export type Outcome =
  | { readonly kind: "value"; readonly value: unknown }
  | {
      readonly kind: "error";
      readonly code: string;
      readonly message: string;
      readonly excelError: boolean;
      readonly name: string;
    };

export function metaOf(reg: Registered, id: string): FunctionMeta {
  const m = reg.metadata.functions.find((f) => f.id === id);
  if (!m) throw new Error(`BTU.${id} is not in dist/functions.json`);
  return m;
}

/**
 * The argument list for a call, in the function's parameter order: `values`
 * by parameter name. A scalar given to a range ("matrix") parameter is
 * wrapped as [[value]], as Excel passes it.
 */
export function argList(
  meta: FunctionMeta,
  values: Readonly<Record<string, Arg | ErrorValue | unknown>>
): unknown[] {
  for (const name of Object.keys(values))
    if (!meta.parameters.some((p) => p.name === name))
      throw new Error(`BTU.${meta.id} has no parameter ${name}`);
  return meta.parameters.map((p) => {
    const v = name(values, p.name);
    // A repeating parameter gets one array of arguments, each a 2-D array: a scalar is one argument [[v]],
    // a 2-D array is one argument, an array of 2-D arrays is the list itself.
    if (p.repeating) {
      if (v === null || v === undefined) return [];
      if (!Array.isArray(v)) return [[[v]]];
      return Array.isArray(v[0]) && Array.isArray((v[0] as unknown[])[0]) ? v : [v];
    }
    return p.dimensionality === "matrix" && v !== null && v !== undefined && !Array.isArray(v)
      ? [[v]]
      : v;
  });
}
function name(values: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : null;
}

/** Calls a registered function and records what the cell would show (never throws). */
export function outcomeOf(reg: Registered, id: string, args: readonly unknown[]): Outcome {
  try {
    return { kind: "value", value: reg.call(id, ...args) };
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown; name?: unknown } | undefined;
    return {
      kind: "error",
      code: String(err?.code ?? ""),
      message: String(err?.message ?? e),
      excelError: e instanceof reg.ErrorClass,
      name: String(err?.name ?? typeof e),
    };
  }
}

/** The error codes a BTU function may return. */
export const CODES = ["#VALUE!", "#NUM!", "#N/A"];
/** JavaScript stack or source text in a message: "at Object.", "    at fn (", "functions.js:1:234". */
export const STACK_TEXT =
  /\bat Object\.|\n\s+at |\bat [\w$.<>]+ \(|\.[jt]s:\d+(:\d+)?|webpack:\/\//;

/**
 * What is wrong with an outcome, whatever the input: an error that is not a
 * CustomFunctions.Error with a BTU code and a clean message, or a value that
 * is not a cell Excel can show (NaN, Infinity, undefined, an object, a ragged
 * or empty spilled array). Empty when all is well.
 */
export function problems(o: Outcome): string[] {
  const out: string[] = [];
  if (o.kind === "error") {
    if (!o.excelError) out.push(`threw a ${o.name}, not a CustomFunctions.Error: ${o.message}`);
    if (!CODES.includes(o.code))
      out.push(`error code ${JSON.stringify(o.code)} is not one of ${CODES.join(", ")}`);
    if (o.message.trim() === "") out.push("error without a message");
    if (o.message.length > 255)
      out.push(`message longer than 255 characters (${o.message.length})`);
    if (STACK_TEXT.test(o.message)) out.push(`stack or source text in the message: ${o.message}`);
    if (/internal error/.test(o.message))
      out.push(`an internal error reached the cell: ${o.message}`);
    return out;
  }
  const cell = (c: unknown, where: string) => {
    if (typeof c === "number") {
      if (!Number.isFinite(c)) out.push(`${where} is ${c}`);
    } else if (typeof c !== "string" && typeof c !== "boolean")
      out.push(`${where} is ${c === null ? "null" : typeof c} (${String(c)})`);
  };
  if (Array.isArray(o.value)) {
    const rows = o.value as unknown[];
    if (rows.length === 0) out.push("an empty spilled array");
    const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : -1;
    rows.forEach((r, i) => {
      if (!Array.isArray(r)) {
        out.push(`row ${i + 1} of the spilled array is not an array`);
        return;
      }
      if (r.length !== width || width === 0)
        out.push(`row ${i + 1} has ${r.length} cells, row 1 has ${width}`);
      r.forEach((c, j) => cell(c, `cell (${i + 1}, ${j + 1})`));
    });
  } else cell(o.value, "the result");
  return out;
}

/** The marker for an Excel error value as an argument. */
export function isErrorValue(v: unknown): v is ErrorValue {
  return v === ERROR_VALUE;
}

/** An outcome for comparisons and messages. */
export function show(o: Outcome): string {
  if (o.kind === "error") return `${o.code} ${o.message}`;
  const s = JSON.stringify(o.value);
  return s.length > 200 ? s.slice(0, 200) + "…" : s;
}
