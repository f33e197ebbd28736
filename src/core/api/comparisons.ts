/**
 * Payouts side by side and valued at one date (the task pane's saved
 * scenarios, register comparison-valuation).
 */
import Decimal from "decimal.js";
import { Choices, DEFAULT_CHOICES } from "../agreement/interpretations";
import { Serial } from "../dates";
import { valueError } from "../errors";
import { Payout } from "../rules/p4-payout";
import { checkRate, DEFAULT_RATE as LUMP_SUM_RATE, valueAt } from "../rules/p4c-discount";

/**
 * What a payout's dated flows are worth at `asOf` at `rate` (the scenario
 * comparison's convention, register comparison-valuation: a flow after
 * `asOf` discounted as XNPV, one before it carried forward at the same rate
 * by default). Never refuses a flow before `asOf` (4(c)(i)(B)'s shares can
 * fall due before the termination date).
 */
export function payoutPresentValue(
  p: Payout,
  asOf: Serial,
  rate: Decimal,
  valuation: Choices["comparisonValuation"] = DEFAULT_CHOICES.comparisonValuation
): Decimal {
  return valueAt(payoutFlowsOf(p), asOf, rate, valuation);
}

const payoutFlowsOf = (p: Payout) => p.components.flatMap((c) => c.flows);

/**
 * The rate payouts are compared at unless the user gives one (the task
 * pane's scenario comparison, register comparison-valuation): the
 * agreement's own rate for money paid earlier or later, 4(c)'s 3% a year.
 */
export const COMPARISON_RATE: Decimal = checkRate(LUMP_SUM_RATE);

/** One figure of payouts side by side, and each one's difference from the first. */
export interface PayoutComparisonRow {
  /** PAYOUT, its cash part, or the value of its dated flows at the comparison date. */
  readonly figure: "total" | "cashTotal" | "presentValue";
  /** The figure of each payout, in the order given. */
  readonly values: readonly Decimal[];
  /** Each payout's figure less the first's (0 for the first). */
  readonly differences: readonly Decimal[];
  /** The first two payouts' figures and the second's difference from the first. */
  readonly a: Decimal;
  readonly b: Decimal;
  readonly difference: Decimal;
}

/** Payouts compared at one date. */
export interface PayoutComparison {
  /** The comparison date: the earliest termination date. */
  readonly asOf: Serial;
  /** The register comparison-valuation reading in force. */
  readonly valuation: Choices["comparisonValuation"];
  /** Whether a payment of some payout falls before `asOf` (valued by the reading in force). */
  readonly flowsBeforeDate: boolean;
  readonly rows: PayoutComparisonRow[];
}

/**
 * Two or more terminations side by side (the task pane's saved scenarios,
 * paragraph 4): PAYOUT and its cash part and, with a `rate`, the value of
 * each payout's dated flows ({@link payoutPresentValue}) at one date, the
 * earliest termination date, so all are valued on the same day; each with
 * its difference from the first. A payment before that date (4(c)(i)(B)'s
 * shares, due within ten business days of an election made during the
 * notice) is valued by the register's comparison-valuation reading
 * (`valuation`, default carry-forward), never refused.
 */
export function comparePayouts(
  payouts: readonly Payout[],
  options: {
    readonly rate?: Decimal;
    readonly valuation?: Choices["comparisonValuation"];
  } = {}
): PayoutComparison {
  if (payouts.length < 2)
    throw valueError({
      argument: "payouts",
      allowed: "two or more payouts",
      given: String(payouts.length),
      message: "comparePayouts: give two or more payouts to compare",
    });
  const valuation = options.valuation ?? DEFAULT_CHOICES.comparisonValuation;
  const earliestT = Math.min(...payouts.map((p) => p.request.T));
  const flows = payouts.map(payoutFlowsOf);
  const firstFlow = Math.min(...flows.flat().map((f) => f.date));
  const asOf = earliestT;
  const row = (figure: PayoutComparisonRow["figure"], values: Decimal[]): PayoutComparisonRow => {
    const differences = values.map((v) => v.minus(values[0]));
    return { figure, values, differences, a: values[0], b: values[1], difference: differences[1] };
  };
  const rows: PayoutComparisonRow[] = [
    row(
      "total",
      payouts.map((p) => p.total)
    ),
    row(
      "cashTotal",
      payouts.map((p) => p.cashTotal)
    ),
  ];
  if (options.rate) {
    const rate = options.rate;
    rows.push(
      row(
        "presentValue",
        flows.map((f) => valueAt(f, asOf, rate, valuation))
      )
    );
  }
  return { asOf, valuation, flowsBeforeDate: firstFlow < asOf, rows };
}
