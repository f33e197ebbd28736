/** The argument helpers the bodies share: recorded inputs, fee and delay arguments, tables. */
import {
  BaseSalaryFacts,
  ChoiceField,
  Choices,
  Dec,
  delayFact,
  delayOf,
  DelayFact,
  describeChoices,
  DuressDelay,
  fieldsBearingOn,
  parseFee,
  SCENARIO_CODES,
  Serial,
  Topic,
  Trace,
  valueError,
  echo,
  splitDelayText,
  TERMS,
  wordsText,
} from "../../core";
import Decimal from "decimal.js";
import {
  Arg,
  Scalar,
  cellNumber,
  dateArg,
  isEmpty,
  moneyArg,
  numberArg,
  rows,
  scalar,
  textArg,
} from "../adapter";
import { Cell } from "./types";

/** Records the arguments as the function read them (call it only with a trace: the arguments cost time to format). */
export function inputs(
  trace: Trace,
  fn: string,
  shown: Record<string, string | number | undefined>,
  choices?: Choices,
  topics?: readonly Topic[],
  fields: readonly ChoiceField[] = []
): void {
  const text = Object.entries(shown)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");
  const bearing =
    choices && topics
      ? describeChoices(choices, [
          ...fieldsBearingOn(topics),
          ...fields.filter((f) => !fieldsBearingOn(topics).includes(f)),
        ])
      : [];
  trace.add(`BTU.${fn}: the arguments as read`, "", text, bearing, null);
}

export const money = (x: Parameters<typeof cellNumber>[0], fn: string) => cellNumber(x, fn);

/** The fee argument: "consulting" or "chairman" (3(a)); a message repeats at most 60 characters of other text. */
export function feeOf(v: Arg): "consulting" | "chairman" {
  const t = textArg(v, "fee", undefined, feeWhat());
  if (t.length > 20)
    throw valueError({
      argument: "fee",
      allowed: feeWhat(),
      given: t,
      message: `fee must be ${feeWhat()}, got ${echo(t)}`,
    });
  return parseFee(t);
}

/**
 * What the text arguments allow, for their "is required" and "not TRUE" messages. The closed
 * lists' words are read when a message needs them, not when functions.js loads (the argument lists
 * are built on first use: issue 19 item 9, the page's load).
 */
let feeText: string | undefined;
let periodsText: string | undefined;
const feeWhat = () => (feeText ??= wordsText("fee", true));
export const SCENARIO_WHAT = `one of ${SCENARIO_CODES.join(", ")}`;
export const periodsWhat = () => (periodsText ??= wordsText("periods"));
export const CLAUSE_WHAT = `"4a" (${TERMS.causeCureDays.value}-day cure, 4(a)(i)) or "4d" (${TERMS.goodReasonCureDays.value}-day cure, 4(d)(i))`;

/** The choices every fee figure at a termination date reads (register topics). */
export const AT_TERMINATION: readonly Topic[] = ["fees", "termination"];

/* ------------------------------------------------------------- paragraph 4 */

/** The value of a one-cell range (undefined for a larger one). */
export const scalarOrUndefined = (v: Scalar[][]): Scalar =>
  v.length === 1 && v[0].length === 1 ? v[0][0] : undefined;

/** The optional base-salary facts (paragraph 1): both or neither. */
export function baseSalaryOf(
  annualBaseSalary: Arg,
  salaryPaidThrough: Arg
): BaseSalaryFacts | undefined {
  const annualGiven = !isEmpty(scalar(annualBaseSalary, "annualBaseSalary"));
  const paidGiven = !isEmpty(scalar(salaryPaidThrough, "salaryPaidThrough"));
  if (!annualGiven && !paidGiven) return undefined;
  if (!annualGiven || !paidGiven)
    throw valueError({
      argument: annualGiven ? "salaryPaidThrough" : "annualBaseSalary",
      rule: `required with ${annualGiven ? "annualBaseSalary" : "salaryPaidThrough"}: give the annual base rate and the last day salary was paid through, or neither (paragraph 1)`,
      given: "",
      clause: "1",
      message: `${annualGiven ? "salaryPaidThrough" : "annualBaseSalary"} is required with ${annualGiven ? "annualBaseSalary" : "salaryPaidThrough"}: give the annual base rate and the last day salary was paid through, or neither (paragraph 1)`,
    });
  return {
    annual: moneyArg(annualBaseSalary, "annualBaseSalary", {
      min: 0,
      what: "the annual base rate of pay in dollars",
    }),
    paidThrough: dateArg(salaryPaidThrough, "salaryPaidThrough"),
  };
}

/** The optional `delay` argument: "key=value; ..." text or a two-column range of a Board's delay facts (4(c)(i)). */
export function delayArg(v: Arg, name = "delay"): DuressDelay | undefined {
  const rs = rows(v, name);
  if (rs.length === 0) return undefined;
  const pairs: Array<[string, Scalar]> = [];
  for (const r of rs) {
    const cells = r.filter((c) => !isEmpty(c));
    if (cells.length === 1 && typeof cells[0] === "string")
      pairs.push(...splitDelayText(cells[0], name));
    else if (cells.length === 2) pairs.push([String(cells[0]), cells[1]]);
    else
      throw valueError({
        argument: name,
        allowed: '"fact=value; ..." text or a two-column range of (fact, value)',
      });
  }
  const facts: Partial<Record<DelayFact["key"], Serial | Decimal | string>> = {};
  const seen = new Set<string>();
  for (const [key, value] of pairs) {
    const f = delayFact(key);
    const arg = `${name} ${f.key}`;
    // A fact given twice is refused like a repeated choice: neither value silently wins.
    if (seen.has(f.key))
      throw valueError({
        argument: name,
        rule: `${f.key} is given twice; give each fact of the Board's delay once`,
      });
    seen.add(f.key);
    if (f.kind === "date") facts[f.key] = dateArg(value, arg);
    else if (f.kind === "choice") facts[f.key] = textArg(value, arg, undefined, '"A" or "B"');
    else if (f.kind === "portion")
      facts[f.key] = new Dec(
        numberArg(value, arg, {
          min: 0,
          minInclusive: false,
          max: 1,
          what: "the share of the value taken in stock, e.g. 40% or 0.4",
        })
      );
    else
      facts[f.key] = moneyArg(value, arg, {
        min: 0,
        minInclusive: false,
        what: "the price per share on the election date",
      });
  }
  return delayOf(facts);
}

export const table = (header: Cell[], body: Cell[][], show: boolean, empty: Cell[]): Cell[][] => {
  const out = show ? [header, ...body] : body;
  return out.length ? out : [empty];
};
