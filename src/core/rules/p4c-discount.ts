/**
 * Paragraph 4(c)(i) and 4(c)(ii): the Consulting and Chairmanship Lump Sum
 * Payments, "the remainder of the [fees] that would have been due had the
 * [period] continued through June 30, 2007, less a discount equal to three
 * percent (3%) per year for each year (and at the same rate for any partial
 * year) of such remaining payments".
 *
 * Three readings (register entry `discount-method`):
 * - `simple` (default): sum over the remaining scheduled payments P_i, paid
 *   on d_i, of P_i x (1 - r x (d_i - T) / 365): 3% for each year, at the
 *   same rate for a partial year; rounded half-up to cents once.
 *   2004-10-01 gives 537,199.64.
 * - `xnpv`: sum of P_i / (1 + r)^((d_i - T) / 365), exactly Excel's XNPV
 *   with T as the first date; rounded once. 2004-10-01 gives 538,158.33.
 * - `flat`: R x (1 - r x Y), R the undiscounted remainder and Y the
 *   remaining days (from the first unearned day through June 30, 2007) / 365:
 *   the whole remainder discounted at once.
 *
 * Speed, and the decision rule of the fast path. Per (ledger, rate) a
 * float table holds suffix sums over the pay periods of the payments P_q
 * (whole cents), of P_q x (pay_q - July 1, 2003) (whole numbers, exact in a
 * double) and of P_q x (1 + r)^(-(pay_q - July 1, 2003)/365) (binary
 * floating point), so a termination date costs a few float operations:
 * - simple: v = R - r x B / 365, R = sum P_i and B = sum P_i x (d_i - T)
 *   both whole numbers;
 * - xnpv: v = P_k x (1+r)^(-(d_k - T)/365) + (1+r)^((T - July 1, 2003)/365) x W,
 *   W the float suffix sum;
 * - flat: v = R - r x (R x days) / 365.
 * v is in cents; the figure is v rounded half-up, and rounding can only go
 * wrong where v lies near a half cent. The float error is bounded: at most
 * about 106 additions and a dozen products, exp and log1p each within one
 * ulp, and the rate's own binary error (the decimal.js reference reads the
 * rate as the shortest decimal of the same double), all on terms whose
 * magnitudes sum to at most 6 R, give |v - exact| < 200 x 2^-53 x 6 R, below
 * R x 2^-40 / 6. The fast path therefore decides only when v - floor(v) is
 * more than MARGIN = (R + 1) x 2^-40 cents away from 1/2 (and v is above
 * MARGIN); otherwise, and for a negative or zero v, that call is recomputed
 * by the decimal.js reference (DiscountTable, 40 significant digits), whose
 * error is below 1e-30 of a cent. Either way the figure is the reference's,
 * to the cent. For the agreement's amounts MARGIN is below 1e-4 of a cent, so
 * about one call in 5,000 takes the decimal path. test/core/fast-path.test.ts
 * checks the bound (the float value within MARGIN / 64 of the reference's
 * unrounded value) and the figures, for every termination date and reading.
 * The decimal tables g^j = (1 + r)^(j/365) are built only when a call needs
 * them (a fallback, or EXPLAIN's trace).
 */
import Decimal from "decimal.js";
import { Choices, interpretation } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { Lru } from "../cache";
import { iso, Serial } from "../dates";
import { numError } from "../errors";
import { centsToDecimal, Dec, ONE, roundCents, ZERO } from "../money";
import { Trace } from "../trace";
import { FEE_END, FEE_START, FeeLedger, Ledger } from "./p3a-fees";

export type DiscountMethod = Choices["discountMethod"];
/** The readings of register `discount-method`, the default first (the register is their only source). */
export const DISCOUNT_METHODS = interpretation("discount-method").alternatives.map(
  (a) => a.value
) as readonly DiscountMethod[];

/**
 * Days per year of the 4(c) discount, "three percent (3%) per year for each
 * year (and at the same rate for any partial year)": a partial year is its
 * days / 365, the actual / 365 convention of Excel's XNPV (register
 * discount-method), under every method.
 */
export const DISCOUNT_DAYS_PER_YEAR = 365;

/**
 * 4(c)(i)/(ii): "a discount equal to three percent (3%) per year" (terms.ts
 * lumpSumDiscountRate), the rate when none is given. Read through
 * {@link rateOrDefault} as the one Decimal the discount tables key on.
 */
export const DEFAULT_RATE: number = TERMS.lumpSumDiscountRate.value;

/** One remaining scheduled payment of a lump sum's remainder. */
export interface RemainingPayment {
  readonly payDate: Serial;
  readonly start: Serial;
  readonly end: Serial;
  readonly amount: Decimal;
}

/**
 * The payments that would have been made for days `from` through June 30,
 * 2007: the rest of from's pay period on its pay date, then every later
 * period on its pay date.
 */
export function remainingPayments(ledger: Ledger, from: Serial): RemainingPayment[] {
  if (from > FEE_END) return [];
  const first = ledger.periodOf(Math.max(from, FEE_START));
  const out: RemainingPayment[] = [];
  for (let i = first.index; i < ledger.periods.length; i++) {
    const p = ledger.periods[i];
    const start = Math.max(p.start, from);
    out.push({ payDate: p.payDate, start, end: p.end, amount: ledger.amount(start, p.end) });
  }
  return out;
}

/**
 * (1 + r)^(j/365) and its inverse for whole days j, per rate, grown on demand
 * by repeated multiplication from one fractional power (40 significant
 * digits, so 2,000 multiplications stay exact far below a cent).
 */
export class DayFactors {
  private static byRate = new Lru<string, DayFactors>(128);
  readonly rate: Decimal;
  private readonly g1: Decimal;
  private readonly g1Inv: Decimal;
  readonly g: Decimal[] = [ONE];
  readonly gInv: Decimal[] = [ONE];

  private constructor(rate: Decimal) {
    this.rate = rate;
    this.g1 = ONE.plus(rate).pow(ONE.div(DISCOUNT_DAYS_PER_YEAR));
    this.g1Inv = ONE.div(this.g1);
  }

  static of(rate: Decimal): DayFactors {
    const key = rate.toString();
    let f = DayFactors.byRate.get(key);
    if (!f) {
      f = new DayFactors(rate);
      DayFactors.byRate.set(key, f);
    }
    return f;
  }

  /** Makes sure factors up to `days` exist. */
  reach(days: number): this {
    for (let j = this.g.length; j <= days; j++) {
      this.g.push(this.g[j - 1].times(this.g1));
      this.gInv.push(this.gInv[j - 1].times(this.g1Inv));
    }
    return this;
  }

  /** (1 + r)^(-days/365), XNPV's discount factor for a payment `days` after the start date. */
  discount(days: number): Decimal {
    return this.reach(days).gInv[days];
  }
}

/**
 * The decimal.js reference of the 4(c) discount: 40-digit decimal tables of
 * (1 + r)^(j/365) and suffix sums of a ledger's payments. Used for EXPLAIN's
 * trace, for the fast path's undecided calls, and by the tests as the
 * reference (over ReferenceLedger, the decimal ledger).
 */
export class DiscountTable {
  readonly rate: Decimal;
  private readonly g: Decimal[];
  private readonly gInv: Decimal[];
  /** Suffix sums from period p: sum P_q, sum P_q x g^-(pay_q - FEE_START), sum P_q x (pay_q - FEE_START). */
  private readonly sufP: Decimal[];
  private readonly sufW: Decimal[];
  private readonly sufPD: Decimal[];
  constructor(
    readonly ledger: Ledger,
    rate: Decimal
  ) {
    this.rate = rate;
    const periods = ledger.periods;
    const maxOffset = periods[periods.length - 1].payDate - FEE_START + 1;
    const factors = DayFactors.of(rate).reach(maxOffset);
    this.g = factors.g;
    this.gInv = factors.gInv;
    const n = periods.length;
    this.sufP = new Array(n + 1).fill(ZERO);
    this.sufW = new Array(n + 1).fill(ZERO);
    this.sufPD = new Array(n + 1).fill(ZERO);
    for (let q = n - 1; q >= 0; q--) {
      const p = periods[q];
      const amt = ledger.amount(p.start, p.end);
      const off = p.payDate - FEE_START;
      this.sufP[q] = this.sufP[q + 1].plus(amt);
      this.sufW[q] = this.sufW[q + 1].plus(amt.times(this.gInv[off]));
      this.sufPD[q] = this.sufPD[q + 1].plus(amt.times(off));
    }
  }

  /** (1 + r)^(-days/365) for a whole number of days >= 0, from the table. */
  factor(days: number): Decimal {
    return this.gInv[days];
  }

  /** The discounted value rounded half-up to cents. */
  roundedValue(method: DiscountMethod, from: Serial, T: Serial): Decimal {
    return roundCents(this.exactValue(method, from, T));
  }

  /** The unrounded discounted value of the payments from `from`, discounted to T. */
  exactValue(method: DiscountMethod, from: Serial, T: Serial): Decimal {
    let v: Decimal;
    if (from > FEE_END) v = ZERO;
    else if (method === "flat") {
      const years = new Dec(FEE_END + 1 - from).div(DISCOUNT_DAYS_PER_YEAR);
      v = this.ledger.amount(from, FEE_END).times(ONE.minus(this.rate.times(years)));
    } else {
      const k = this.ledger.periodOf(from);
      const first = this.ledger.amount(from, k.end);
      const tOff = T - FEE_START;
      if (method === "xnpv") {
        v = first.times(this.gInv[k.payDate - T]).plus(this.g[tOff].times(this.sufW[k.index + 1]));
      } else {
        const r365 = this.rate.div(DISCOUNT_DAYS_PER_YEAR);
        const firstPart = first.times(ONE.minus(r365.times(k.payDate - T)));
        const rest = this.sufP[k.index + 1].minus(
          r365.times(this.sufPD[k.index + 1].minus(this.sufP[k.index + 1].times(tOff)))
        );
        v = firstPart.plus(rest);
      }
    }
    return v;
  }
}

/** Discount tables per ledger (ledgers are cached, so this keys on identity) and rate. */
const tables = new WeakMap<Ledger, Lru<string, DiscountTable>>();

/** Fast path: by the identity of the rate (checkRate hands out one Decimal per rate). */
const byIdentity = new WeakMap<Ledger, WeakMap<Decimal, DiscountTable>>();

function tableFor(ledger: Ledger, rate: Decimal): DiscountTable {
  const fast = byIdentity.get(ledger)?.get(rate);
  if (fast) return fast;
  const t = tableByValue(ledger, rate);
  let ids = byIdentity.get(ledger);
  if (!ids) {
    ids = new WeakMap();
    byIdentity.set(ledger, ids);
  }
  ids.set(rate, t);
  return t;
}

function tableByValue(ledger: Ledger, rate: Decimal): DiscountTable {
  let byRate = tables.get(ledger);
  if (!byRate) {
    byRate = new Lru(256);
    tables.set(ledger, byRate);
  }
  const key = rate.toString();
  let t = byRate.get(key);
  if (!t) {
    t = new DiscountTable(ledger, rate);
    byRate.set(key, t);
  }
  return t;
}

const rates = new Lru<number, Decimal>(1024);

/** Validates a discount rate: a number from 0 up to (not including) 1. */
export function checkRate(rate: number, argument = "rate"): Decimal {
  const hit = rates.get(rate);
  if (hit) return hit;
  if (!Number.isFinite(rate) || rate < 0 || rate >= 1)
    throw numError({
      argument,
      allowed: "a yearly rate from 0 up to 1 (3% is 0.03)",
      given: String(rate),
      limits: { low: 0, lowIncluded: true, high: 1, highIncluded: false, unit: "fraction" },
    });
  const d = new Dec(rate);
  rates.set(rate, d);
  return d;
}

/** The given rate, or 4(c)'s {@link DEFAULT_RATE} as checkRate's one Decimal of it (the tables key on its identity). */
export function rateOrDefault(rate: Decimal | undefined): Decimal {
  if (rate !== undefined) return rate;
  if (defaultRate === undefined) defaultRate = checkRate(DEFAULT_RATE);
  return defaultRate;
}
let defaultRate: Decimal | undefined;

/**
 * The fast path's table per (ledger, rate): float suffix sums over the pay
 * periods (see the decision rule above).
 */
class FloatTable {
  readonly r: number;
  /** ln(1 + r). */
  readonly lnG: number;
  /** Suffix sums from period q: sum P (whole cents), sum P x payOffset (whole), sum P x (1+r)^(-payOffset/365). */
  readonly sufP: Float64Array;
  readonly sufPD: Float64Array;
  readonly sufW: Float64Array;

  constructor(ledger: FeeLedger, rate: Decimal) {
    this.r = rate.toNumber();
    this.lnG = Math.log1p(this.r);
    const n = ledger.periods.length;
    this.sufP = new Float64Array(n + 1);
    this.sufPD = new Float64Array(n + 1);
    this.sufW = new Float64Array(n + 1);
    const cents = ledger.periodCents;
    const pay = ledger.payOffset;
    for (let q = n - 1; q >= 0; q--) {
      this.sufP[q] = this.sufP[q + 1] + cents[q];
      this.sufPD[q] = this.sufPD[q + 1] + cents[q] * pay[q];
      this.sufW[q] =
        this.sufW[q + 1] + cents[q] * Math.exp((-pay[q] / DISCOUNT_DAYS_PER_YEAR) * this.lnG);
    }
  }
}

/** Float tables by ledger, then by the rate's identity (checkRate hands out one Decimal per rate), then by its value. */
const floatTables = new WeakMap<
  FeeLedger,
  { byId: Lru<Decimal, FloatTable>; byValue: Lru<string, FloatTable> }
>();

function floatTableFor(ledger: FeeLedger, rate: Decimal): FloatTable {
  let mine = floatTables.get(ledger);
  if (mine === undefined) {
    mine = { byId: new Lru(256), byValue: new Lru(128) };
    floatTables.set(ledger, mine);
  }
  let t = mine.byId.get(rate);
  if (t === undefined) {
    const key = rate.toString();
    t = mine.byValue.get(key);
    if (t === undefined) {
      t = new FloatTable(ledger, rate);
      mine.byValue.set(key, t);
    }
    mine.byId.set(rate, t);
  }
  return t;
}

/** The fast path's margin factor: it decides only farther than (R + 1) x 2^-40 cents from a half cent. */
export const FAST_MARGIN = 2 ** -40;

/**
 * The fast path: the discounted value in cents as a float, with its margin,
 * or undefined where the float tables do not apply (dates before the fees).
 */
export function fastDiscountedValue(
  ledger: FeeLedger,
  from: Serial,
  T: Serial,
  rate: Decimal,
  method: DiscountMethod
): { readonly value: number; readonly margin: number } | undefined {
  if (from > FEE_END || from < FEE_START || T < FEE_START || T > from) return undefined;
  const t = floatTableFor(ledger, rate);
  const k = ledger.periodIndex(from);
  const first = ledger.amountCents(from, ledger.periods[k].end);
  const restP = t.sufP[k + 1];
  const R = first + restP;
  const tOff = T - FEE_START;
  let v: number;
  if (method === "xnpv") {
    const lead = ledger.payOffset[k] - tOff;
    v =
      first * Math.exp((-lead / DISCOUNT_DAYS_PER_YEAR) * t.lnG) +
      Math.exp((tOff / DISCOUNT_DAYS_PER_YEAR) * t.lnG) * t.sufW[k + 1];
  } else if (method === "simple") {
    const B = first * (ledger.payOffset[k] - tOff) + (t.sufPD[k + 1] - restP * tOff);
    v = R - (t.r * B) / DISCOUNT_DAYS_PER_YEAR;
  } else {
    v = R - (t.r * (R * (FEE_END + 1 - from))) / DISCOUNT_DAYS_PER_YEAR;
  }
  return { value: v, margin: (R + 1) * FAST_MARGIN };
}

/**
 * The 4(c) discounted lump sum in whole cents: a ledger's remaining payments
 * from `from` (the first day not earned), discounted to the termination date
 * T, rounded half-up to cents once. The fast path where it decides, else the
 * decimal.js reference (see the decision rule above). Throws #NUM! when the
 * discount exceeds the remaining payments. With a trace (EXPLAIN) the same
 * computation records its steps: the remainder, each remaining payment as
 * the method discounts it (the terms of the sums the formula adds), which
 * path decided, and the figure.
 */
export function discountedCents(
  ledger: FeeLedger,
  from: Serial,
  T: Serial,
  rate: Decimal,
  method: DiscountMethod,
  trace?: Trace,
  clause = "4(c)"
): number {
  let cents = 0;
  let decided: { readonly value: number; readonly margin: number } | undefined;
  if (from <= FEE_END) {
    const fast = fastDiscountedValue(ledger, from, T, rate, method);
    if (fast !== undefined) {
      const { value: v, margin } = fast;
      const whole = Math.floor(v);
      const frac = v - whole;
      if (v > margin && Math.abs(frac - 0.5) > margin) {
        cents = frac > 0.5 ? whole + 1 : whole;
        decided = fast;
      }
    }
    if (decided === undefined)
      cents = referenceValue(ledger, from, T, rate, method).times(100).toNumber();
  }
  if (trace) traceDiscount(trace, ledger, from, T, rate, method, clause, decided, cents);
  return cents;
}

/** The decimal.js figure, rounded half-up to cents; #NUM! when negative. */
function referenceValue(
  ledger: Ledger,
  from: Serial,
  T: Serial,
  rate: Decimal,
  method: DiscountMethod
): Decimal {
  const value = tableFor(ledger, rate).roundedValue(method, from, T);
  if (value.isNegative())
    throw numError({
      argument: "rate",
      rule: `a ${rate.times(100).toString()}% ${method} discount exceeds the remaining payments; use a lower rate`,
      given: rate.toString(),
      message: `rate: a ${rate.times(100).toString()}% ${method} discount exceeds the remaining payments; use a lower rate`,
    });
  return value;
}

/**
 * {@link discountedCents}'s steps: the remainder, the method's terms (each
 * remaining payment as it is discounted, or the flat factor), and which path
 * decided the figure (`decided`: the float value and its margin; undefined:
 * the decimal.js reference). The itemised terms must round to the figure.
 */
function traceDiscount(
  trace: Trace,
  ledger: FeeLedger,
  from: Serial,
  T: Serial,
  rate: Decimal,
  method: DiscountMethod,
  clause: string,
  decided: { readonly value: number; readonly margin: number } | undefined,
  cents: number
): void {
  const choices = [`discount-method=${method}`, ...ledger.describe()];
  const value = centsToDecimal(cents);
  const remainder = ledger.amount(from, FEE_END);
  trace.add(
    `Undiscounted remainder of the ${ledger.fee} fees, ${iso(from)} through ${iso(FEE_END)}`,
    clause,
    `from=${iso(from)}; to=${iso(FEE_END)}; annual fee=${ledger.annual.toString()} (3(a)); rate=${rate.toString()} (4(c))`,
    ledger.describe(),
    remainder
  );
  let terms: Decimal;
  if (method === "flat") {
    const days = FEE_END + 1 - from;
    terms = remainder.times(ONE.minus(rate.times(days).div(DISCOUNT_DAYS_PER_YEAR)));
    trace.add(
      `Flat discount: remainder x (1 - ${rate.toString()} x ${days}/365)`,
      `${clause}; register discount-method`,
      `rate=${rate.toString()}; remaining days=${days}`,
      choices,
      terms
    );
  } else {
    const factors = DayFactors.of(rate);
    terms = ZERO;
    for (const p of remainingPayments(ledger, from)) {
      const days = p.payDate - T;
      const factor =
        method === "xnpv"
          ? factors.discount(days)
          : ONE.minus(rate.times(days).div(DISCOUNT_DAYS_PER_YEAR));
      const pv = p.amount.times(factor);
      terms = terms.plus(pv);
      trace.add(
        `Payment for ${iso(p.start)}..${iso(p.end)} paid ${iso(p.payDate)}: ${p.amount.toFixed(2)} x ${
          method === "xnpv"
            ? `(1+${rate.toString()})^(-${days}/365)`
            : `(1 - ${rate.toString()} x ${days}/365)`
        } = ${pv.toFixed(6)}`,
        `${clause}; register discount-method`,
        `amount=${p.amount.toFixed(2)}; payDate=${iso(p.payDate)}; days=${days}; factor=${factor.toSignificantDigits(15).toString()}`,
        choices,
        pv.toDecimalPlaces(6)
      );
    }
  }
  // The itemised terms are the sums the figure's formula adds; they must round to it.
  if (!roundCents(terms).eq(value))
    throw new Error("discount trace does not add up to the computed value");
  trace.add(
    `Discounted lump sum, rounded half-up to cents once`,
    `${clause}; register rounding`,
    decided
      ? `unrounded=${(decided.value / 100).toFixed(8)} (binary floating point over the pay periods' suffix sums, error below ${(decided.margin / 100).toPrecision(2)}, so decided in floating point)`
      : `unrounded=${tableFor(ledger, rate).exactValue(method, from, T).toDecimalPlaces(10).toString()} (decimal.js: the floating-point value lay within its error bound of a half cent)`,
    choices,
    value
  );
}

/** A dated amount. */
export interface DatedAmount {
  readonly date: Serial;
  readonly amount: Decimal;
}

/**
 * What dated amounts are worth at `asOf` at `rate` (register
 * comparison-valuation): an amount after `asOf` discounted as Excel's XNPV,
 * (1 + r)^(-days/365); an amount before it carried forward at the same rate
 * and convention, (1 + r)^(days/365) ("carry-forward"), or counted at its
 * face amount ("face-value-before"). Rounded
 * half-up to cents once. Never throws for an amount before `asOf`.
 */
export function valueAt(
  flows: readonly DatedAmount[],
  asOf: Serial,
  rate: Decimal,
  valuation: Choices["comparisonValuation"]
): Decimal {
  const f = DayFactors.of(rate);
  let v = ZERO;
  for (const x of flows) {
    const days = x.date - asOf;
    if (days >= 0) v = v.plus(x.amount.times(f.discount(days)));
    else if (valuation === "face-value-before") v = v.plus(x.amount);
    else v = v.plus(x.amount.times(f.reach(-days).g[-days]));
  }
  return roundCents(v);
}

/**
 * Present value at T of dated amounts on or after T, discounted like Excel's
 * XNPV with T as the first date, rounded half-up to cents once. Used to
 * compare scenarios at one rate ("what is each worth on the termination date").
 */
export function presentValue(flows: readonly DatedAmount[], T: Serial, rate: Decimal): Decimal {
  const f = DayFactors.of(rate);
  let v = ZERO;
  for (const x of flows) {
    if (x.date < T)
      throw numError({
        argument: "valuationDate",
        allowed: `on or before the first payment, ${iso(x.date)}`,
        given: iso(T),
        message: `a payment on ${iso(x.date)} precedes the valuation date ${iso(T)}`,
      });
    v = v.plus(x.amount.times(f.discount(x.date - T)));
  }
  return roundCents(v);
}
