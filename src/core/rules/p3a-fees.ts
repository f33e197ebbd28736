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
import { edate, iso, Serial } from "../dates";
import { valueError } from "../errors";
import { Dec, roundCents, ZERO } from "../money";

export type FeeName = "consulting" | "chairman";
export const FEE_NAMES: readonly FeeName[] = ["consulting", "chairman"];

/** First day both fees accrue, 3(a). */
export const FEE_START: Serial = TERMS.feeStart.value;
/** Last day of the Consulting and Chairmanship Periods, 3. */
export const FEE_END: Serial = TERMS.periodEnd.value;
/** The agreement's first day (the Transition Period starts), 1. */
export const AGREEMENT_START: Serial = TERMS.agreementDate.value;
export const SPAN_DAYS = FEE_END - FEE_START + 1; // 1,461

/** Contract-year boundaries, 3(b): July 1, 2003 ... July 1, 2007. */
export const CONTRACT_YEAR_STARTS: readonly Serial[] = [0, 12, 24, 36, 48].map((m) =>
  edate(FEE_START, m)
);

export function annualFee(fee: FeeName): Decimal {
  return new Dec(fee === "consulting" ? TERMS.consultingFee.value : TERMS.chairmanFee.value);
}

export function feeClause(fee: FeeName): string {
  return fee === "consulting" ? "3(a) Consulting Fee" : "3(a) Chairman Fee";
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

export class FeeLedger {
  readonly fee: FeeName;
  readonly share: Decimal;
  readonly annual: Decimal;
  readonly choices: Choices;
  readonly periods: readonly PayPeriod[];
  private readonly periodOfOffset: Int32Array;
  private readonly exact: Decimal[];
  private readonly rounded: Decimal[];
  /** per-period rounding: sum of the rounded full periods before period p. */
  private readonly periodPrefix: Decimal[];

  private constructor(fee: FeeName, share: Decimal, choices: Choices) {
    this.fee = fee;
    this.share = share;
    this.annual = annualFee(fee).times(share);
    this.choices = choices;
    this.exact = new Array<Decimal>(SPAN_DAYS);
    this.rounded = new Array<Decimal>(SPAN_DAYS);
    for (let i = 0; i < SPAN_DAYS; i++) {
      this.exact[i] = this.exactAccrual(FEE_START + i);
      this.rounded[i] = roundCents(this.exact[i]);
    }
    const periods: PayPeriod[] = [];
    this.periodOfOffset = new Int32Array(SPAN_DAYS);
    const anchor = choices.payAnchor;
    let k = Math.floor((FEE_START - anchor) / 14);
    for (;;) {
      const start = Math.max(FEE_START, anchor + 14 * k);
      const end = Math.min(FEE_END, anchor + 14 * k + 13);
      if (start > FEE_END) break;
      const index = periods.length;
      periods.push({ index, start, end, payDate: end + choices.payLag });
      for (let s = start; s <= end; s++) this.periodOfOffset[s - FEE_START] = index;
      k += 1;
    }
    this.periods = periods;
    this.periodPrefix = [ZERO];
    for (const p of periods) {
      const last = this.periodPrefix[this.periodPrefix.length - 1];
      this.periodPrefix.push(last.plus(roundCents(this.exactSpan(p.start, p.end))));
    }
  }

  private static cache = new Map<string, FeeLedger>();
  /** Fast path: ledgers by the identity of the choices object (the defaults are one frozen object). */
  private static byChoices = new WeakMap<Choices, Map<string, FeeLedger>>();

  /** The ledger of `fee` (times `share`, e.g. "0.6" for 4(h)) under `choices`; cached. */
  static of(fee: FeeName, choices: Choices, share = "1"): FeeLedger {
    const local = `${fee}|${share}`;
    let mine = FeeLedger.byChoices.get(choices);
    const hit = mine?.get(local);
    if (hit) return hit;
    const key = `${local}|${ledgerKey(choices)}`;
    let l = FeeLedger.cache.get(key);
    if (!l) {
      if (FeeLedger.cache.size > 64) FeeLedger.cache.clear();
      l = new FeeLedger(fee, new Dec(share), choices);
      FeeLedger.cache.set(key, l);
    }
    if (!mine) {
      mine = new Map();
      FeeLedger.byChoices.set(choices, mine);
    }
    mine.set(local, l);
    return l;
  }

  /** Exact accrual from July 1, 2003 through day s inclusive (register entry `accrual-basis`). */
  private exactAccrual(s: Serial): Decimal {
    const days = s - FEE_START + 1;
    switch (this.choices.accrualBasis) {
      case "actual-365":
        return this.annual.times(days).div(365);
      case "biweekly-26":
        return this.annual.times(days).div(364);
      case "contract-year": {
        let y = 0;
        while (s >= CONTRACT_YEAR_STARTS[y + 1]) y++;
        const yearStart = CONTRACT_YEAR_STARTS[y];
        const yearDays = CONTRACT_YEAR_STARTS[y + 1] - yearStart;
        return this.annual.times(y).plus(this.annual.times(s - yearStart + 1).div(yearDays));
      }
    }
  }

  /** Exact accrual through day s (0 before the fee start, the total after the end). */
  cumExact(s: Serial): Decimal {
    if (s < FEE_START) return ZERO;
    return this.exact[Math.min(s, FEE_END) - FEE_START];
  }

  /** The rounded cumulative amount through day s, round(cum(s)). */
  cumRounded(s: Serial): Decimal {
    if (s < FEE_START) return ZERO;
    return this.rounded[Math.min(s, FEE_END) - FEE_START];
  }

  /** Exact, unrounded accrual for days a..b. */
  exactSpan(a: Serial, b: Serial): Decimal {
    return this.cumExact(b).minus(this.cumExact(a - 1));
  }

  /**
   * The amount for days a..b inclusive, clipped to the fee span, in cents.
   * Cumulative rounding: round(cum(b)) - round(cum(a-1)).
   * Per-period rounding: each (partial) pay period rounded on its own.
   */
  amount(a: Serial, b: Serial): Decimal {
    const lo = Math.max(a, FEE_START);
    const hi = Math.min(b, FEE_END);
    if (lo > hi) return ZERO;
    if (this.choices.rounding === "cumulative")
      return this.cumRounded(hi).minus(this.cumRounded(lo - 1));
    const pa = this.periodOfOffset[lo - FEE_START];
    const pb = this.periodOfOffset[hi - FEE_START];
    if (pa === pb) return roundCents(this.exactSpan(lo, hi));
    const head = roundCents(this.exactSpan(lo, this.periods[pa].end));
    const tail = roundCents(this.exactSpan(this.periods[pb].start, hi));
    return head.plus(this.periodPrefix[pb].minus(this.periodPrefix[pa + 1])).plus(tail);
  }

  /** The whole-period total (816,000.00 / 400,000.00 under the defaults). */
  total(): Decimal {
    return this.amount(FEE_START, FEE_END);
  }

  /** The pay period containing day s (s within the fee span). */
  periodOf(s: Serial): PayPeriod {
    if (s < FEE_START || s > FEE_END) throw valueError(`no pay period contains ${iso(s)}`);
    return this.periods[this.periodOfOffset[s - FEE_START]];
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
  const lastEarned = Math.min(stop - 1, FEE_END);
  let unpaidFrom = stop;
  if (lastEarned >= FEE_START) {
    let p = ledger.periodOf(lastEarned).index;
    unpaidFrom = ledger.periods[p].payDate >= stop ? ledger.periods[p].start : stop;
    while (p > 0 && ledger.periods[p - 1].payDate >= stop) {
      p -= 1;
      unpaidFrom = ledger.periods[p].start;
    }
  }
  unpaidFrom = Math.max(unpaidFrom, FEE_START);
  return {
    stop,
    paid: ledger.amount(FEE_START, unpaidFrom - 1),
    earnedUnpaid: ledger.amount(unpaidFrom, stop - 1),
    unpaidFrom,
    remainder: ledger.amount(stop, FEE_END),
  };
}

/**
 * The first day not earned for a termination on T (register
 * `earned-unpaid`): T itself, or T + 1 when the termination day is earned.
 */
export function stopDayFor(T: Serial, choices: Choices): Serial {
  return choices.earnedUnpaid === "through-termination" ? T + 1 : T;
}

/** Ensures a fee name; matched case-insensitively, trimmed. */
export function parseFee(text: string, argument = "fee"): FeeName {
  const v = text.trim().toLowerCase();
  if (v === "consulting" || v === "chairman") return v;
  throw valueError(`${argument} must be "consulting" or "chairman", got "${text.trim()}"`);
}

export { iso };
