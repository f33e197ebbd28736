/**
 * The decimal.js reference of the money rules (3(a), 3(b), 4(c)): the fee
 * ledger as first written, every day's exact accrual a 40-digit decimal and
 * every amount a decimal.js value, rounded per register `rounding`.
 *
 * The ledger the add-in computes with (FeeLedger, p3a-fees.ts) keeps integer
 * cents and the 4(c) discount a binary-float fast path (p4c-discount.ts);
 * the tests (test/core/fast-path.test.ts) compare every fast figure with
 * this reference, to the cent, for every termination date of the agreement
 * and every register reading bearing on money. Nothing in the add-in's
 * bundles imports this file (it lives under test/); the 4(c) discount's decimal fallback is the
 * DiscountTable of p4c-discount.ts, which is the reference discounting.
 */
import Decimal from "decimal.js";
import { Choices, describeChoices, ledgerKey } from "../../src/core/agreement/interpretations";
import { Lru } from "../../src/core/cache";
import { iso, Serial } from "../../src/core/dates";
import { valueError } from "../../src/core/errors";
import { Dec, roundCents, ZERO } from "../../src/core/money";
import {
  annualFee,
  CONTRACT_YEAR_STARTS,
  FEE_END,
  FEE_START,
  FeeName,
  Ledger,
  LEDGER_FIELDS,
  PAY_PERIOD_DAYS,
  PayPeriod,
  SPAN_DAYS,
} from "../../src/core/rules/p3a-fees";

export class ReferenceLedger implements Ledger {
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
    let k = Math.floor((FEE_START - anchor) / PAY_PERIOD_DAYS);
    for (;;) {
      const start = Math.max(FEE_START, anchor + PAY_PERIOD_DAYS * k);
      const end = Math.min(FEE_END, anchor + PAY_PERIOD_DAYS * (k + 1) - 1);
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

  private static cache = new Lru<string, ReferenceLedger>(256);

  /** The reference ledger of `fee` (times `share`) under `choices`; cached by the ledger's choices. */
  static of(fee: FeeName, choices: Choices, share = "1"): ReferenceLedger {
    const key = `${fee}|${share}|${ledgerKey(choices)}`;
    let l = ReferenceLedger.cache.get(key);
    if (!l) {
      l = new ReferenceLedger(fee, new Dec(share), choices);
      ReferenceLedger.cache.set(key, l);
    }
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
    if (s < FEE_START || s > FEE_END)
      throw valueError({
        argument: "date",
        allowed: `a day from ${iso(FEE_START)} to ${iso(FEE_END)}, the fee periods`,
        given: iso(s),
        message: `no pay period contains ${iso(s)}`,
      });
    return this.periods[this.periodOfOffset[s - FEE_START]];
  }

  /** The register choices this ledger applies, as trace text. */
  describe(): string[] {
    return describeChoices(this.choices, LEDGER_FIELDS);
  }
}
