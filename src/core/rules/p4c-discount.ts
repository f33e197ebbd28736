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
 * Speed: per (ledger, rate) the tables g^j = (1 + r)^(j/365) and g^-j and
 * suffix sums of the payments are built once (about 3,000 decimal
 * multiplications, a few milliseconds), after which a termination date
 * costs two multiplications and one addition, and its result is memoised.
 */
import Decimal from "decimal.js";
import { Choices, interpretation } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { iso, Serial } from "../dates";
import { numError } from "../errors";
import { Dec, ONE, roundCents, ZERO } from "../money";
import { Trace } from "../trace";
import { FEE_END, FEE_START, FeeLedger } from "./p3a-fees";

export type DiscountMethod = Choices["discountMethod"];
/** The readings of register `discount-method`, the default first (the register is their only source). */
export const DISCOUNT_METHODS = interpretation("discount-method").alternatives.map(
  (a) => a.value
) as readonly DiscountMethod[];

/** The 3% of 4(c)(i)/(ii). */
export const DEFAULT_RATE = TERMS.lumpSumDiscountRate.value;

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
export function remainingPayments(ledger: FeeLedger, from: Serial): RemainingPayment[] {
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
  private static byRate = new Map<string, DayFactors>();
  readonly rate: Decimal;
  private readonly g1: Decimal;
  private readonly g1Inv: Decimal;
  readonly g: Decimal[] = [ONE];
  readonly gInv: Decimal[] = [ONE];

  private constructor(rate: Decimal) {
    this.rate = rate;
    this.g1 = ONE.plus(rate).pow(ONE.div(365));
    this.g1Inv = ONE.div(this.g1);
  }

  static of(rate: Decimal): DayFactors {
    const key = rate.toString();
    let f = DayFactors.byRate.get(key);
    if (!f) {
      if (DayFactors.byRate.size > 32) DayFactors.byRate.clear();
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

class DiscountTable {
  readonly rate: Decimal;
  private readonly g: Decimal[];
  private readonly gInv: Decimal[];
  /** Suffix sums from period p: sum P_q, sum P_q x g^-(pay_q - FEE_START), sum P_q x (pay_q - FEE_START). */
  private readonly sufP: Decimal[];
  private readonly sufW: Decimal[];
  private readonly sufPD: Decimal[];
  /** Rounded results by (method, from, T), keyed numerically: offsets are below 2^11. */
  private readonly memo = new Map<number, Decimal>();

  constructor(
    readonly ledger: FeeLedger,
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

  /** The discounted value rounded half-up to cents, memoised. */
  roundedValue(method: DiscountMethod, from: Serial, T: Serial): Decimal {
    const key = (METHOD_INDEX[method] * 4096 + (from - FEE_START + 1)) * 4096 + (T - FEE_START + 1);
    let v = this.memo.get(key);
    if (v === undefined) {
      v = roundCents(this.exactValue(method, from, T));
      if (this.memo.size > 16384) this.memo.clear();
      this.memo.set(key, v);
    }
    return v;
  }

  /** The unrounded discounted value of the payments from `from`, discounted to T. */
  exactValue(method: DiscountMethod, from: Serial, T: Serial): Decimal {
    let v: Decimal;
    if (from > FEE_END) v = ZERO;
    else if (method === "flat") {
      const years = new Dec(FEE_END + 1 - from).div(365);
      v = this.ledger.amount(from, FEE_END).times(ONE.minus(this.rate.times(years)));
    } else {
      const k = this.ledger.periodOf(from);
      const first = this.ledger.amount(from, k.end);
      const tOff = T - FEE_START;
      if (method === "xnpv") {
        v = first.times(this.gInv[k.payDate - T]).plus(this.g[tOff].times(this.sufW[k.index + 1]));
      } else {
        const r365 = this.rate.div(365);
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

const METHOD_INDEX: Record<DiscountMethod, number> = { xnpv: 0, simple: 1, flat: 2 };

/** Discount tables per ledger (ledgers are cached, so this keys on identity) and rate. */
const tables = new WeakMap<FeeLedger, Map<string, DiscountTable>>();

/** Fast path: by the identity of the rate (checkRate hands out one Decimal per rate). */
const byIdentity = new WeakMap<FeeLedger, WeakMap<Decimal, DiscountTable>>();

function tableFor(ledger: FeeLedger, rate: Decimal): DiscountTable {
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

function tableByValue(ledger: FeeLedger, rate: Decimal): DiscountTable {
  let byRate = tables.get(ledger);
  if (!byRate) {
    byRate = new Map();
    tables.set(ledger, byRate);
  }
  const key = rate.toString();
  let t = byRate.get(key);
  if (!t) {
    if (byRate.size > 16) byRate.clear();
    t = new DiscountTable(ledger, rate);
    byRate.set(key, t);
  }
  return t;
}

const rates = new Map<number, Decimal>();

/** Validates a discount rate: a number from 0 up to (not including) 1. */
export function checkRate(rate: number, argument = "rate"): Decimal {
  const hit = rates.get(rate);
  if (hit) return hit;
  if (!Number.isFinite(rate) || rate < 0 || rate >= 1)
    throw numError(`${argument} must be a yearly rate from 0 up to 1 (3% is 0.03), got ${rate}`);
  const d = new Dec(rate);
  if (rates.size > 256) rates.clear();
  rates.set(rate, d);
  return d;
}

/**
 * The discounted lump sum of a ledger's remaining payments from `from` (the
 * first day not earned), discounted to the termination date T, rounded
 * half-up to cents once. T must be within the fee span and not after `from`.
 */
export function discountedRemainder(
  ledger: FeeLedger,
  from: Serial,
  T: Serial,
  rate: Decimal,
  method: DiscountMethod,
  clause: string,
  trace?: Trace
): Decimal {
  const table = tableFor(ledger, rate);
  const value = table.roundedValue(method, from, T);
  if (value.isNegative())
    throw numError(
      `rate: a ${rate.times(100).toString()}% ${method} discount exceeds the remaining payments; use a lower rate`
    );
  if (trace)
    traceDiscount(
      trace,
      table,
      ledger,
      from,
      T,
      method,
      clause,
      table.exactValue(method, from, T),
      value
    );
  return value;
}

function traceDiscount(
  trace: Trace,
  table: DiscountTable,
  ledger: FeeLedger,
  from: Serial,
  T: Serial,
  method: DiscountMethod,
  clause: string,
  exact: Decimal,
  value: Decimal
): void {
  const choices = [`discount-method=${method}`, ...ledger.describe()];
  const rate = table.rate;
  const remainder = ledger.amount(from, FEE_END);
  trace.add(
    `Undiscounted remainder of the ${ledger.fee} fees, ${iso(from)} through ${iso(FEE_END)}`,
    clause,
    `from=${iso(from)}; to=${iso(FEE_END)}; annual fee=${ledger.annual.toString()} (3(a)); rate=${rate.toString()} (4(c))`,
    ledger.describe(),
    remainder
  );
  if (method === "flat") {
    const days = FEE_END + 1 - from;
    trace.add(
      `Flat discount: remainder x (1 - ${rate.toString()} x ${days}/365)`,
      `${clause}; register discount-method`,
      `rate=${rate.toString()}; remaining days=${days}`,
      choices,
      exact
    );
  } else {
    let check = ZERO;
    for (const p of remainingPayments(ledger, from)) {
      const days = p.payDate - T;
      const factor = method === "xnpv" ? table.factor(days) : ONE.minus(rate.times(days).div(365));
      const pv = p.amount.times(factor);
      check = check.plus(pv);
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
    // The per-payment lines come from the same tables as the value; they must add up to it.
    if (check.minus(exact).abs().gt("1e-20"))
      throw new Error("discount trace does not add up to the computed value");
  }
  trace.add(
    `Discounted lump sum, rounded half-up to cents once`,
    `${clause}; register rounding`,
    `unrounded=${exact.toDecimalPlaces(10).toString()}`,
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
 * Present value at T of dated amounts on or after T, discounted like Excel's
 * XNPV with T as the first date, rounded half-up to cents once. Used to
 * compare scenarios at one rate ("what is each worth on the termination date").
 */
export function presentValue(flows: readonly DatedAmount[], T: Serial, rate: Decimal): Decimal {
  const f = DayFactors.of(rate);
  let v = ZERO;
  for (const x of flows) {
    if (x.date < T)
      throw numError(`a payment on ${iso(x.date)} precedes the valuation date ${iso(T)}`);
    v = v.plus(x.amount.times(f.discount(x.date - T)));
  }
  return roundCents(v);
}
