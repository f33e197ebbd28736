/**
 * Generators shared by the property suites: dates, interpretation choices,
 * and whole calls of any registered function with sensible, edge and junk
 * arguments.
 */
import fc from "fast-check";
import { Arg, D, ERROR_VALUE, isNa, KINDS, ROWS, Scalar } from "../hardening/bad-input";
import type { FunctionMeta } from "../hardening/calls";

export { D };
export const iso = (serial: number): string =>
  new Date((serial - 25569) * 86_400_000).toISOString().slice(0, 10);

export const AGREEMENT_START = D("2003-02-07");
export const FEE_START = D("2003-07-01");
export const FEE_END = D("2007-06-30");

/** A whole-day serial in [from, to]. */
export const dateIn = (from: number, to: number): fc.Arbitrary<number> =>
  fc.integer({ min: from, max: to });

/** Sorted distinct dates in [from, to], at least `min` of them. */
export const datesIn = (from: number, to: number, min = 1, max = 12): fc.Arbitrary<number[]> =>
  fc
    .uniqueArray(dateIn(from, to), { minLength: min, maxLength: max })
    .map((a) => [...a].sort((x, y) => x - y));

/** The choices that shape the fee ledgers (accrual, rounding, pay calendar) and what counts as earned. */
export interface LedgerChoices {
  readonly accrualBasis: "contract-year" | "actual-365" | "biweekly-26";
  readonly rounding: "cumulative" | "per-period";
  /** Any day: 14 consecutive days cover every alignment of the bi-weekly calendar. */
  readonly payAnchor: number;
  readonly payLag: number;
  readonly earnedUnpaid: "before-termination" | "through-termination";
}

export const ledgerChoices = (
  rounding: fc.Arbitrary<LedgerChoices["rounding"]> = fc.constantFrom("cumulative", "per-period")
): fc.Arbitrary<LedgerChoices> =>
  fc.record({
    accrualBasis: fc.constantFrom("contract-year", "actual-365", "biweekly-26"),
    rounding,
    payAnchor: fc.oneof(
      { weight: 2, arbitrary: fc.constant(FEE_START) },
      { weight: 3, arbitrary: dateIn(D("2003-06-18"), D("2003-07-14")) }
    ),
    payLag: fc.oneof(
      { weight: 2, arbitrary: fc.constant(0) },
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 31 }) }
    ),
    earnedUnpaid: fc.constantFrom("before-termination", "through-termination"),
  });

/** The choices as the `choices` argument text. */
export function choicesText(c: LedgerChoices, extra: Record<string, string> = {}): string {
  const pairs: Record<string, string> = {
    "accrual-basis": c.accrualBasis,
    rounding: c.rounding,
    "pay-anchor": iso(c.payAnchor),
    "pay-lag": String(c.payLag),
    "earned-unpaid": c.earnedUnpaid,
    ...extra,
  };
  return Object.entries(pairs)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");
}

/* ------------------------------------------------ calls of any function */

const JUNK: Scalar[] = [
  null,
  "",
  " ",
  true,
  false,
  0,
  -0,
  -1,
  1,
  0.5,
  0.03,
  2,
  1e308,
  -1e308,
  5e-324,
  59,
  60,
  61,
  2958465,
  2958466,
  37658.999,
  39263.5,
  "2004-10-01",
  " 2005-10-01 ",
  "2003-02-06",
  "2007-07-01",
  "2005-02-29",
  "1900-02-29",
  "9999-12-31",
  "01/10/2004",
  "1e400",
  "-0",
  "50%",
  "3 %",
  "%",
  "4a",
  "4B-II",
  " 4(c)(i) ",
  "4i",
  "consulting",
  "CHAIRMAN",
  "both",
  "xnpv",
  "Simple",
  "flat",
  "compound",
  "us-ma",
  "interpolated",
  "#N/A",
  "NaN",
  "Infinity",
  "pay-lag=3",
  "accrual-basis=actual-365; rounding=per-period",
  "x=y",
  "=",
  ";;",
  "pay-lag=32",
  "pay-anchor=2003-02-30",
  "\u0000",
  "\u00a0",
  "a".repeat(300),
  "=BTU.TERMS()",
];

const junkScalar: fc.Arbitrary<Scalar> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -100_000, max: 3_000_000 }) },
  { weight: 2, arbitrary: dateIn(D("2002-06-01"), D("2008-06-30")) },
  { weight: 1, arbitrary: dateIn(D("2002-06-01"), D("2008-06-30")).map(iso) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }
);

export const junkArg: fc.Arbitrary<Arg> = fc.oneof(
  { weight: 8, arbitrary: junkScalar },
  { weight: 1, arbitrary: fc.array(fc.array(junkScalar, { maxLength: 3 }), { maxLength: 3 }) }
);

/** Values that mean something to a parameter: its base value, samples and bad-input cases in the table. */
function meaningful(id: string, param: string): unknown[] {
  const row = ROWS.find((r) => r.id === id);
  if (!row) return [];
  const out: unknown[] = [row.base[param]];
  for (const s of row.samples[param] ?? [])
    out.push(s !== null && typeof s === "object" && !Array.isArray(s) ? s.value : s);
  for (const k of KINDS) {
    const cell = row.cells[k.key];
    if (!isNa(cell)) for (const c of cell) if (c.arg === param) out.push(c.value);
  }
  return out;
}

/** Arguments for one parameter: meaningful values, dates around the agreement, numbers, junk. */
function paramArb(id: string, p: FunctionMeta["parameters"][number]): fc.Arbitrary<unknown> {
  const known = meaningful(id, p.name);
  const type = ROWS.find((r) => r.id === id)?.types[p.name];
  const typed: fc.Arbitrary<unknown> =
    type === "date"
      ? fc.oneof(
          dateIn(D("2002-12-01"), D("2007-08-31")),
          dateIn(D("2002-12-01"), D("2007-08-31")).map(iso)
        )
      : type === "number"
        ? fc.oneof(
            fc.double({ min: -10, max: 1e7, noNaN: true }),
            fc.integer({ min: 0, max: 1_000_000 })
          )
        : junkArg;
  const arbs: Array<{ weight: number; arbitrary: fc.Arbitrary<unknown> }> = [
    { weight: 2, arbitrary: typed },
    { weight: 1, arbitrary: junkArg },
    { weight: 1, arbitrary: fc.constant(null) },
  ];
  if (known.length) arbs.unshift({ weight: 4, arbitrary: fc.constantFrom(...known) });
  // Excel passes a single value to a range parameter as a one-cell range.
  return fc.oneof(...arbs).map((v) => wrap(p, v));
}

export interface Call {
  readonly id: string;
  readonly args: readonly unknown[];
}

/** Valid values of a parameter: its base value and samples (with the arguments a sample needs). */
function validArb(
  id: string,
  param: string
): fc.Arbitrary<{ value: unknown; also: Readonly<Record<string, unknown>> }> {
  const row = ROWS.find((r) => r.id === id) as (typeof ROWS)[number];
  const options = [{ value: row.base[param] as unknown, also: {} }];
  for (const s of row.samples[param] ?? [])
    options.push(
      s !== null && typeof s === "object" && !Array.isArray(s)
        ? { value: s.value, also: s.also }
        : { value: s, also: {} }
    );
  return fc.constantFrom(...options);
}

const wrap = (p: FunctionMeta["parameters"][number], v: unknown) =>
  p.dimensionality === "matrix" &&
  v !== null &&
  v !== undefined &&
  !Array.isArray(v) &&
  v !== ERROR_VALUE
    ? [[v]]
    : v;

/**
 * Calls of one function: valid calls (the table's base values and samples),
 * a valid call with one argument replaced by anything, and anything at all.
 */
function callsOf(f: FunctionMeta): fc.Arbitrary<Call> {
  const anything = fc
    .tuple(...f.parameters.map((p) => paramArb(f.id, p)))
    .map((args): Call => ({ id: f.id, args }));
  const row = ROWS.find((r) => r.id === f.id);
  if (!row || f.parameters.length === 0) return anything;
  const params = f.parameters;
  const valid = fc.tuple(...params.map((p) => validArb(f.id, p.name))).map((picked) => {
    const values: Record<string, unknown> = {};
    // Later parameters' picks win; a pick's companion arguments (e.g. the scenario a date needs) apply first.
    picked.forEach((x, i) => Object.assign(values, x.also, { [params[i].name]: x.value }));
    return values;
  });
  const mutated = fc
    .tuple(
      valid,
      fc.nat({ max: params.length - 1 }),
      fc.tuple(...params.map((p) => paramArb(f.id, p)))
    )
    .map(([values, i, any]) => ({ ...values, [params[i].name]: any[i] }));
  const toCall = (values: Record<string, unknown>): Call => ({
    id: f.id,
    args: params.map((p) => wrap(p, values[p.name] ?? null)),
  });
  return fc.oneof(
    { weight: 2, arbitrary: valid.map(toCall) },
    { weight: 3, arbitrary: mutated.map(toCall) },
    { weight: 2, arbitrary: anything }
  );
}

/** A call of any registered function (walks functions.json, so functions added later are covered). */
export function callArb(functions: readonly FunctionMeta[]): fc.Arbitrary<Call> {
  return fc.oneof(...functions.map(callsOf));
}
