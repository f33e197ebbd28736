/**
 * Evaluates a registered custom function the way Excel calls it: arguments
 * typed as Excel would pass them (numbers, text, booleans, null for omitted,
 * 2-D arrays for ranges, a scalar wrapped as [[v]] for a range parameter),
 * and the result rendered as the cell would show it.
 */
import { CustomFunctionError, registry } from "./runtime-shim";

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
  | { kind: "error"; code: string; message: string };

const ERROR_LITERAL = /^#(N\/A|VALUE!|NUM!|REF!|DIV\/0!|NAME\?|NULL!)$/i;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Excel serial of an ISO date (1900 system). */
function isoSerial(text: string): number | undefined {
  const [y, m, d] = text.split("-").map(Number);
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return undefined;
  return ms / 86_400_000 + 25569;
}

/** One command-line argument as the cell value Excel would pass. */
export function parseArg(text: string): CellValue | CellValue[][] {
  const t = text.trim();
  if (t === "") return null;
  if (NUMBER.test(t)) return Number(t);
  if (ISO.test(t)) return isoSerial(t) ?? t;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  if (t.startsWith("[")) {
    try {
      const v = JSON.parse(t);
      if (Array.isArray(v)) {
        const rows = v.every((r) => Array.isArray(r)) ? v : [v];
        return rows.map((r: unknown[]) =>
          r.map((c) => (typeof c === "string" ? (parseArg(c) as CellValue) : (c as CellValue)))
        );
      }
    } catch {
      /* not JSON: plain text */
    }
  }
  return text;
}

export function evaluate(
  meta: readonly FunctionMeta[],
  name: string,
  rawArgs: readonly string[]
): Result {
  const id = name
    .trim()
    .toUpperCase()
    .replace(/^BTU\./, "");
  const fm = meta.find((m) => m.id === id);
  const fn = registry.get(id);
  if (!fm || !fn)
    return {
      kind: "error",
      code: "#NAME?",
      message: `unknown function BTU.${id}; see btu-calc --list`,
    };
  const repeating =
    fm.parameters.length > 0 && fm.parameters[fm.parameters.length - 1].repeating === true;
  if (!repeating && rawArgs.length > fm.parameters.length)
    return {
      kind: "error",
      code: "#VALUE!",
      message: `BTU.${id} takes at most ${fm.parameters.length} arguments, got ${rawArgs.length}`,
    };
  const toCell = (p: ParamMeta, raw: string | undefined) => {
    const v = raw === undefined ? null : parseArg(raw);
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
  fm.parameters.forEach((p, i) => {
    // A repeating parameter gets one array holding every remaining argument.
    if (p.repeating) args.push(rawArgs.slice(i).map((raw) => toCell(p, raw)));
    else args.push(toCell(p, rawArgs[i]));
  });
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

export function render(r: Result, oneLine: boolean): string {
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
