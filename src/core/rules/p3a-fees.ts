/**
 * Paragraph 3(a) and 3(b): the Consulting Fee and the Chairman Fee.
 *
 * 3(a): "$100,000 per year from July 1, 2003 ... payable bi-weekly (the
 * 'Chairman Fee')"; "$204,000 per year during the Consulting Period, payable
 * bi-weekly (the 'Consulting Fee')". 3(b): the contract year runs July 1
 * through June 30.
 *
 * A {@link FeeLedger} holds one fee stream (a fee, possibly a share of it as
 * for 4(h)'s 60%) under one set of ledger choices (accrual basis, rounding,
 * pay calendar): the exact accrual through every day of the fee span, the
 * amounts rounded per the `rounding` register entry, and the bi-weekly pay
 * periods. Ledgers are built once per key and cached; every later question
 * (an amount for a span, the period of a day) is O(1).
 */
import Decimal from "decimal.js";
import { Choices, describeChoices, ledgerKey } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { Lru } from "../cache";
import { edate, iso, Serial } from "../dates";
import { echo, valueError } from "../errors";
import { centsToDecimal, Dec } from "../money";

export type FeeName = "consulting" | "chairman";

/** First day both fees accrue, 3(a). */
export const FEE_START: Serial = TERMS.feeStart.value;
/** Last day of the Consulting and Chairmanship Periods, 3. */
export const FEE_END: Serial = TERMS.periodEnd.value;
/** The agreement's first day (the Transition Period starts), 1. */
export const AGREEMENT_START: Serial = TERMS.agreementDate.value;
export const SPAN_DAYS = FEE_END - FEE_START + 1; // 1,461
/** Days of a pay period, "payable bi-weekly" (3(a)): 14. */
export const PAY_PERIOD_DAYS: number = TERMS.payPeriodDays.value;

/** Contract-year boundaries, 3(b): July 1, 2003 ... July 1, 2007. */
export const CONTRACT_YEAR_STARTS: readonly Serial[] = [0, 12, 24, 36, 48].map((m) =>
  edate(FEE_START, m)
);

export function annualFee(fee: FeeName): Decimal {
  return new Dec(fee === "consulting" ? TERMS.consultingFee.value : TERMS.chairmanFee.value);
}

export interface PayPeriod {
  readonly index: number;
  readonly start: Serial;
  readonly end: Serial;
  /** end + pay lag (register entry `pay-lag`). */
  readonly payDate: Serial;
}

/** The fields of {@link Choices} a ledger depends on. */
export const LEDGER_FIELDS = ["accrualBasis", "rounding", "payAnchor", "payLag"] as const;

/** What the 4(c) discount, the schedules and the traces read of a ledger (FeeLedger here, ReferenceLedger in test/helpers/reference-ledger.ts). */
export interface Ledger {
  readonly fee: FeeName;
  readonly annual: Decimal;
  readonly choices: Choices;
  readonly periods: readonly PayPeriod[];
  periodOf(s: Serial): PayPeriod;
  amount(a: Serial, b: Serial): Decimal;
  describe(): string[];
}

/**
 * Days per year of the fee accrual (3(a) "per year", register accrual-basis):
 * actual-365, or biweekly-26 (26 pay periods of 14 days = 364). Under
 * contract-year each contract year (July 1 - June 30) is its own length.
 */
export const ACCRUAL_DAYS_PER_YEAR: Readonly<Record<"actual-365" | "biweekly-26", number>> = {
  "actual-365": 365,
  "biweekly-26": 364,
};

/** The 1,461 days' contract-year lengths share this denominator (366 x 365). */
const CONTRACT_YEAR_DEN = 366 * 365;

/**
 * round(n / den) half-up, for whole numbers 0 <= n, 0 < den, both below 2^53:
 * exact (the quotient's float floor is corrected with the remainder).
 */
function roundDiv(n: number, den: number): number {
  let q = Math.floor(n / den);
  let r = n - q * den;
  while (r < 0) {
    q -= 1;
    r += den;
  }
  while (r >= den) {
    q += 1;
    r -= den;
  }
  return 2 * r >= den ? q + 1 : q;
}

/**
 * One fee stream's exact ledger in integer cents. The exact accrual through
 * day s is num(s) / den cents, num(s) a whole number given in closed form:
 * den is 365 (actual-365), 364 (biweekly-26) or 366 x 365 (contract-year,
 * each contract year's days dividing it), num(s) = annual cents x (whole
 * contract years x den + days into the year x den / days of the year), and
 * stays below 2^50, so every product, sum and difference is exact in a
 * double. The cumulative rounded amount of day s, round(num(s) / den)
 * half-up, is an exact integer division (no table to fill: building a
 * ledger costs its ~105 pay periods, not its 1,461 days), so any span under
 * cumulative rounding, an earned-but-unpaid amount or a remainder is one
 * subtraction of two such integers; per-period rounding rounds a span's
 * exact numerator difference, exactly. Whole-period amounts and their
 * prefix sums are tables over the pay periods. The decimal.js reference of
 * the same rules is ReferenceLedger (test/helpers/reference-ledger.ts); the tests compare the
 * two for every day and every split.
 */
export class FeeLedger implements Ledger {
  readonly fee: FeeName;
  readonly choices: Choices;
  readonly periods: readonly PayPeriod[];
  /** The annual fee (times the share) in whole cents. */
  readonly annualCents: number;
  /** Whole-period amounts in cents, per period. */
  readonly periodCents: Float64Array;
  /** Pay date of each period minus July 1, 2003, per period. */
  readonly payOffset: Float64Array;
  private readonly shareText: string;
  private readonly den: number;
  /** contract-year: num at the end of each earlier contract year, and den / days of each year. */
  private readonly yearBase: number[];
  private readonly yearPerDay: number[];
  private readonly contractYear: boolean;
  /** The pay period of day s is floor((s - anchor) / 14) - k0. */
  private readonly anchor: number;
  private readonly k0: number;
  /** per-period rounding: sum of the rounded full periods before period p, in cents. */
  private readonly periodPrefix: Float64Array;
  private readonly perPeriod: boolean;

  private constructor(fee: FeeName, share: string, choices: Choices) {
    this.fee = fee;
    this.shareText = share;
    this.choices = choices;
    const dollars = fee === "consulting" ? TERMS.consultingFee.value : TERMS.chairmanFee.value;
    const a = Math.round(dollars * 100 * Number(share));
    if (!(a > 0 && a <= 1e9) || Math.abs(a - dollars * 100 * Number(share)) > 1e-6)
      throw new Error(`a fee ledger needs whole cents a year, got ${dollars} x ${share}`);
    this.annualCents = a;
    this.perPeriod = choices.rounding === "per-period";
    const basis = choices.accrualBasis;
    this.contractYear = basis === "contract-year";
    const den = basis === "contract-year" ? CONTRACT_YEAR_DEN : ACCRUAL_DAYS_PER_YEAR[basis];
    this.den = den;
    this.yearBase = [];
    this.yearPerDay = [];
    for (let y = 0; y < 4; y++) {
      this.yearBase.push(a * y * den);
      this.yearPerDay.push(den / (CONTRACT_YEAR_STARTS[y + 1] - CONTRACT_YEAR_STARTS[y]));
    }

    const periods: PayPeriod[] = [];
    const anchor = choices.payAnchor;
    this.anchor = anchor;
    let k = Math.floor((FEE_START - anchor) / PAY_PERIOD_DAYS);
    this.k0 = k;
    for (;;) {
      const start = Math.max(FEE_START, anchor + PAY_PERIOD_DAYS * k);
      const end = Math.min(FEE_END, anchor + PAY_PERIOD_DAYS * (k + 1) - 1);
      if (start > FEE_END) break;
      periods.push({ index: periods.length, start, end, payDate: end + choices.payLag });
      k += 1;
    }
    this.periods = periods;
    const n = periods.length;
    this.periodPrefix = new Float64Array(n + 1);
    this.periodCents = new Float64Array(n);
    this.payOffset = new Float64Array(n);
    for (let q = 0; q < n; q++) {
      const p = periods[q];
      const whole = this.perPeriod
        ? roundDiv(this.numAt(p.end) - this.numAt(p.start - 1), den)
        : this.cumAt(p.end) - this.cumAt(p.start - 1);
      this.periodCents[q] = whole;
      this.periodPrefix[q + 1] = this.periodPrefix[q] + whole;
      this.payOffset[q] = p.payDate - FEE_START;
    }
  }

  /** The share of the fee this stream pays (1, or 0.6 for 4(h)). */
  get share(): Decimal {
    return new Dec(this.shareText);
  }

  /** The annual fee times the share. */
  get annual(): Decimal {
    return centsToDecimal(this.annualCents);
  }

  /** Ledgers by the identity of the choices object (the defaults are one frozen object), then by fee and share. */
  private static byChoices = new WeakMap<Choices, Record<string, FeeLedger>>();
  private static cache = new Lru<string, FeeLedger>(256);

  /** The ledger of `fee` (times `share`, e.g. "0.6" for 4(h)) under `choices`; cached. */
  static of(fee: FeeName, choices: Choices, share = "1"): FeeLedger {
    let mine = FeeLedger.byChoices.get(choices);
    if (mine !== undefined) {
      const hit = share === "1" ? mine[fee] : mine[`${fee}|${share}`];
      if (hit !== undefined) return hit;
    } else {
      mine = Object.create(null) as Record<string, FeeLedger>;
      FeeLedger.byChoices.set(choices, mine);
    }
    const local = `${fee}|${share}`;
    const key = `${local}|${ledgerKey(choices)}`;
    let l = FeeLedger.cache.get(key);
    if (!l) {
      l = new FeeLedger(fee, share, choices);
      FeeLedger.cache.set(key, l);
    }
    mine[share === "1" ? fee : local] = l;
    return l;
  }

  /** The pay period index of day s, within the fee span. */
  periodIndex(s: Serial): number {
    return Math.floor((s - this.anchor) / PAY_PERIOD_DAYS) - this.k0;
  }

  /** num(s), 0 before the fee start, clamped after its end. */
  private numAt(s: Serial): number {
    if (s < FEE_START) return 0;
    if (s > FEE_END) s = FEE_END;
    if (!this.contractYear) return this.annualCents * (s - FEE_START + 1);
    const y =
      s < CONTRACT_YEAR_STARTS[2]
        ? s < CONTRACT_YEAR_STARTS[1]
          ? 0
          : 1
        : s < CONTRACT_YEAR_STARTS[3]
          ? 2
          : 3;
    return (
      this.yearBase[y] + this.annualCents * (s - CONTRACT_YEAR_STARTS[y] + 1) * this.yearPerDay[y]
    );
  }

  /** round(cum(s)) in cents, 0 before the fee start, the total after its end. */
  cumAt(s: Serial): number {
    return s < FEE_START ? 0 : roundDiv(this.numAt(s), this.den);
  }

  /** Exact accrual from July 1, 2003 through day s inclusive (register entry `accrual-basis`). */
  cumExact(s: Serial): Decimal {
    return new Dec(this.numAt(s)).div(this.den * 100);
  }

  /** The rounded cumulative amount through day s, round(cum(s)). */
  cumRounded(s: Serial): Decimal {
    return centsToDecimal(this.cumAt(s));
  }

  /** Exact, unrounded accrual for days a..b. */
  exactSpan(a: Serial, b: Serial): Decimal {
    return new Dec(this.numAt(b) - this.numAt(a - 1)).div(this.den * 100);
  }

  /**
   * The amount in whole cents for days a..b inclusive, clipped to the fee span.
   * Cumulative rounding: round(cum(b)) - round(cum(a-1)).
   * Per-period rounding: each (partial) pay period rounded on its own.
   */
  amountCents(a: Serial, b: Serial): number {
    const lo = a > FEE_START ? a : FEE_START;
    const hi = b < FEE_END ? b : FEE_END;
    if (lo > hi) return 0;
    if (!this.perPeriod) return this.cumAt(hi) - this.cumAt(lo - 1);
    const pa = this.periodIndex(lo);
    const pb = this.periodIndex(hi);
    const den = this.den;
    if (pa === pb) return roundDiv(this.numAt(hi) - this.numAt(lo - 1), den);
    const head = roundDiv(this.numAt(this.periods[pa].end) - this.numAt(lo - 1), den);
    const tail = roundDiv(this.numAt(hi) - this.numAt(this.periods[pb].start - 1), den);
    return head + (this.periodPrefix[pb] - this.periodPrefix[pa + 1]) + tail;
  }

  /** The amount for days a..b inclusive, clipped to the fee span (see {@link amountCents}). */
  amount(a: Serial, b: Serial): Decimal {
    return centsToDecimal(this.amountCents(a, b));
  }

  /** The whole-period total (816,000.00 / 400,000.00 under the defaults). */
  total(): Decimal {
    return this.amount(FEE_START, FEE_END);
  }

  /** The pay period containing day s (s within the fee span). */
  periodOf(s: Serial): PayPeriod {
    if (s < FEE_START || s > FEE_END)
      throw valueError({
        argument: "date",
        allowed: `a day from ${iso(FEE_START)} to ${iso(FEE_END)}, the fee periods`,
        given: iso(s),
        message: `no pay period contains ${iso(s)}`,
      });
    return this.periods[this.periodIndex(s)];
  }

  /** The register choices this ledger applies, as trace text. */
  describe(): string[] {
    return describeChoices(this.choices, LEDGER_FIELDS);
  }
}

/**
 * How one fee period splits at a stop day (the first day not earned):
 * paid on schedule before it, earned but unpaid, and the remainder through
 * June 30, 2007. paid + earnedUnpaid + remainder = total, to the cent, under
 * cumulative rounding.
 */
export interface FeeSplit {
  readonly stop: Serial;
  readonly paid: Decimal;
  readonly earnedUnpaid: Decimal;
  /** First day of the earned-but-unpaid span (= stop when nothing is unpaid). */
  readonly unpaidFrom: Serial;
  readonly remainder: Decimal;
}

/**
 * Splits a ledger at `stop`. Earned but unpaid are the days before `stop`
 * whose scheduled pay date is on or after `stop` (register `earned-unpaid`):
 * payments scheduled before `stop` are taken as made.
 */
export function splitAt(ledger: FeeLedger, stop: Serial): FeeSplit {
  const unpaidFrom = unpaidFromAt(ledger, stop);
  return {
    stop,
    paid: ledger.amount(FEE_START, unpaidFrom - 1),
    earnedUnpaid: ledger.amount(unpaidFrom, stop - 1),
    unpaidFrom,
    remainder: ledger.amount(stop, FEE_END),
  };
}

/** The first day of the earned-but-unpaid span at `stop` (= stop when nothing is unpaid); see {@link splitAt}. */
export function unpaidFromAt(ledger: FeeLedger, stop: Serial): Serial {
  const lastEarned = Math.min(stop - 1, FEE_END);
  let unpaidFrom = stop;
  if (lastEarned >= FEE_START) {
    const periods = ledger.periods;
    let p = ledger.periodIndex(lastEarned);
    unpaidFrom = periods[p].payDate >= stop ? periods[p].start : stop;
    while (p > 0 && periods[p - 1].payDate >= stop) {
      p -= 1;
      unpaidFrom = periods[p].start;
    }
  }
  return Math.max(unpaidFrom, FEE_START);
}

/**
 * Whether the termination date itself is earned (register `earned-unpaid`:
 * "earned but unpaid prior to the termination date" excludes it by
 * default). 4(a) has its own day, the date of notice (p4a-cause.ts).
 */
export function terminationDayEarned(choices: Choices): boolean {
  return choices.earnedUnpaid === "through-termination";
}

/**
 * The first day not earned for a termination on T (register
 * `earned-unpaid`): T itself, or T + 1 when the termination day is earned.
 * A scenario's own first unearned day (4(a)'s date of notice) is
 * p4-payout's firstUnearnedDay.
 */
export function stopDayFor(T: Serial, choices: Choices): Serial {
  return terminationDayEarned(choices) ? T + 1 : T;
}

/** Ensures a fee name; matched case-insensitively, trimmed. */
export function parseFee(text: string, argument = "fee"): FeeName {
  const v = text.trim().toLowerCase();
  if (v === "consulting" || v === "chairman") return v;
  throw valueError({
    argument,
    allowed: '"consulting" or "chairman"',
    given: text,
    message: `${argument} must be "consulting" or "chairman", got ${echo(text)}`,
  });
}
