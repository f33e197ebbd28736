/** Running a body as Excel calls it (the workbook's date system), its arity, and EXPLAIN. */
import {
  BtuError,
  iso,
  Trace,
  valueError,
  echo,
  cut,
  nearest as nearestName,
  dateCells,
  dayOf,
  fromDateSystem,
  toDateSystem,
} from "../../core";
import Decimal from "decimal.js";
import {
  Arg,
  beginCall,
  callChoseDateSystem,
  callDateSystem,
  callSerialsRead,
  cellNumber,
  excelArgs,
  textArg,
} from "../adapter";
import { BODIES } from "./bodies";
import { Body, Cell, Result } from "./types";

/* ------------------------------------------------ the workbook's date system */

/** A returned date as the workbook holds it (register date-system: 1,462 lower in a 1904 workbook). */
function workbookDate(c: Cell): Cell {
  if (typeof c !== "number") return c;
  const n = toDateSystem(c, callDateSystem());
  if (n < 0)
    throw valueError({
      allowed: "on or after 1904-01-01, the first day of a 1904 workbook",
      given: iso(c),
      message: `${iso(c)} is before 1904-01-01, the first day of a 1904 workbook`,
    });
  return n;
}

/** A body's answer with its dates (catalogue dateCells) in the running call's date system. */
function inWorkbookDates(id: string, result: Result): Result {
  if (callDateSystem() === "1900") return result;
  const d = dateCells(id);
  if (!Array.isArray(result)) return d.value ? workbookDate(result) : result;
  if (!d.columns.some(Boolean)) return result;
  return result.map((r) => r.map((c, j) => (d.columns[j] ? workbookDate(c) : c)));
}

/**
 * A refusal of a serial that the 1904 date system would have read as a date
 * the function accepts says so: "(in a 1904 workbook this serial is
 * 2004-10-01: add date-system=1904)", as #VALUE! so Excel shows it. Only when
 * the call read its dates in the 1900 system without choosing it.
 */
function with1904Hint(e: unknown, body: Body, args: readonly Arg[]): unknown {
  if (!(e instanceof BtuError) || callDateSystem() !== "1900" || callChoseDateSystem()) return e;
  const read = callSerialsRead().slice();
  if (read.length === 0) return e;
  beginCall("1904");
  try {
    body(args);
  } catch {
    return e;
  } finally {
    beginCall();
  }
  // The serial the refusal is about: its argument's (issue 20 item 4), else the first one read.
  const hit = read.find((r) => r.name === e.argument) ?? read[0];
  return valueError({
    ...e.fields(),
    message: `${e.message} (in a 1904 workbook this serial is ${iso(dayOf(fromDateSystem(hit.serial, "1904")))}: add date-system=1904)`,
  });
}

/**
 * Runs function `id` as Excel calls it: Excel's invocation object counts as
 * an omitted argument, dates are read and returned in the workbook's date
 * system (or the call's date-system choice), and a refused serial that is a
 * good date in the 1904 system says so.
 */
export function runBody(id: string, args: readonly unknown[]): Result {
  const body = BODIES[id];
  const a = excelArgs(args);
  beginCall();
  try {
    return inWorkbookDates(id, body(a));
  } catch (e) {
    throw with1904Hint(e, body, a);
  }
}

const EXPLAIN_HEADER: Cell[] = [
  "#",
  "Step",
  "Clause",
  "Inputs and terms",
  "Choices in force",
  "Result",
];

function resultCell(r: Decimal | number | string | null): Cell {
  if (r === null) return "";
  if (typeof r === "number" || typeof r === "string") return r;
  return r.toNumber();
}

/**
 * How many arguments each function takes, as Excel registers it (its
 * parameters in functions.json; test/hardening/csv-arity.test.ts checks
 * the two agree). EXPLAIN refuses more, as Excel and btu-calc do, so its last
 * row is the function's own answer for the same arguments.
 */
export const ARITY: Readonly<Record<string, number>> = {
  CONSULT_LUMPSUM: 2,
  CHAIR_LUMPSUM: 2,
  CONSULT_DISCOUNTED: 4,
  CHAIR_DISCOUNTED: 4,
  EARNED_UNPAID: 3,
  FEE_SCHEDULE: 5,
  PAYOUT: 8,
  PAYOUT_DETAIL: 8,
  PAYOUT_SCHEDULE: 9,
  PAYOUT_BY_YEAR: 10,
  SENSITIVITY: 8,
  OUTSTANDING: 9,
  ROLLFORWARD: 11,
  TERMINATION_DATE: 3,
  OPTION_DEADLINE: 4,
  CURE_PERIOD_END: 2,
  ELECTION_DEADLINE: 3,
  SHARE_TRANSFER_DEADLINE: 3,
  DURESS_SHARES: 4,
  DURESS_BALANCE: 4,
  DURESS_SCHEDULE: 5,
  DISABILITY_NOTICE_FROM: 2,
  SPLITDOLLAR_INTEREST: 4,
  SPLITDOLLAR_BUYOUT: 4,
  LIFE_EXPECTANCY: 4,
  TERMS: 0,
  INTERPRETATIONS: 1,
};

/** The body of a function id; undefined for any other text (own properties only: "constructor" is no function). */
export function bodyOf(id: string): Body | undefined {
  return Object.prototype.hasOwnProperty.call(BODIES, id) ? BODIES[id] : undefined;
}

/** The longest text Excel keeps in a cell. */
export const CELL_TEXT_MAX = 32_767;

/** A cell of EXPLAIN's spill: text at most {@link CELL_TEXT_MAX} characters. */
function explainCell(c: Cell): Cell {
  return typeof c === "string" && c.length > CELL_TEXT_MAX ? cut(c, CELL_TEXT_MAX) : c;
}

/**
 * EXPLAIN: runs a function's body with a trace and spills the steps, ending
 * at the figure the function returns (or the error it gives, with its
 * message, which Excel itself does not show for #NUM!). More arguments than
 * the function takes give its error, as the function itself would.
 */
export function explain(functionName: Arg, args: readonly Arg[]): Cell[][] {
  const id = textArg(
    functionName,
    "functionName",
    undefined,
    "a BTU function name such as CONSULT_DISCOUNTED"
  )
    .toUpperCase()
    .replace(/^=?\s*BTU\./, "")
    .replace(/\([\s\S]*$/, "")
    .trim();
  const body = bodyOf(id);
  if (!body) {
    const near = nearestName(id, Object.keys(BODIES));
    throw valueError({
      argument: "functionName",
      allowed: `a BTU function other than EXPLAIN (${Object.keys(BODIES).join(", ")})`,
      given: id,
      message: `${near ? `functionName: did you mean ${near}? ` : ""}functionName must be a BTU function other than EXPLAIN (${Object.keys(BODIES).join(", ")}), got ${echo(id)}`,
    });
  }
  const trace = new Trace();
  let last: Cell[];
  beginCall();
  try {
    const arity = ARITY[id];
    // Excel passes no trailing omitted arguments; only given ones beyond the parameters are refused.
    if (args.length > arity)
      throw valueError({
        argument: "arguments",
        allowed: `at most ${arity} arguments to BTU.${id}`,
        given: String(args.length),
        message: `BTU.${id} takes at most ${arity} arguments, got ${args.length}`,
      });
    const result = inWorkbookDates(id, body(args, trace));
    if (Array.isArray(result))
      last = [
        "",
        `Result of BTU.${id}: a table of ${result.length} rows x ${result[0]?.length ?? 0} columns`,
        "",
        "",
        "",
        result.length,
      ];
    else {
      if (typeof result === "number") cellNumber(result, id);
      last = ["", `Result of BTU.${id}`, "", "", "", result];
    }
  } catch (thrown) {
    const e = with1904Hint(thrown, body, args);
    if (!(e instanceof BtuError)) throw e;
    last = ["", `BTU.${id} gives ${e.code}: ${e.message}`, "", "", "", e.code];
  }
  const out: Cell[][] = [EXPLAIN_HEADER];
  trace.steps.forEach((s, i) =>
    out.push([i + 1, s.step, s.clause, s.inputs, s.choices, resultCell(s.result)].map(explainCell))
  );
  last[0] = out.length;
  out.push(last.map(explainCell));
  return out;
}
