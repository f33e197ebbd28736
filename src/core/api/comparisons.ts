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

/**
 * A figure of a comparison: PAYOUT, its cash part, the shares delivered under
 * 4(c)(i)(B) at their value (0 without shares; PAYOUT = cash + shares), or
 * the value of its dated flows at the comparison date.
 */
export type ComparisonFigure = "total" | "cashTotal" | "sharesValue" | "presentValue";

/** The figures a comparison gives unless asked for others. */
const DEFAULT_FIGURES: readonly ComparisonFigure[] = ["total", "cashTotal", "presentValue"];

/** One figure of payouts side by side, and each one's difference from the first. */
export interface PayoutComparisonRow {
  /** PAYOUT, its cash part, its shares at their value, or the value of its dated flows at the comparison date. */
  readonly figure: ComparisonFigure;
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
  /** The comparison date: the one given, or the earliest termination date. */
  readonly asOf: Serial;
  /** The rate the present values are at (undefined: no present value asked). */
  readonly rate?: Decimal;
  /** The register comparison-valuation reading in force. */
  readonly valuation: Choices["comparisonValuation"];
  /** Whether a payment of some payout falls before `asOf` (valued by the reading in force). */
  readonly flowsBeforeDate: boolean;
  readonly rows: PayoutComparisonRow[];
}

/**
 * Two or more terminations side by side (the task pane's saved scenarios,
 * paragraph 4; any number of them, issue 21 item 4): PAYOUT and its cash
 * part, with `figures` the shares at their value (4(c)(i)(B)), and, with a
 * `rate`, the value of each payout's dated flows ({@link payoutPresentValue})
 * at one date, `asOf` or by default the earliest termination date, so all
 * are valued on the same day at the same rate; each with its difference from
 * the first. A payment before that date (4(c)(i)(B)'s shares, due within ten
 * business days of an election made during the notice; any payment before a
 * chosen `asOf`) is valued by the register's comparison-valuation reading
 * (`valuation`, default carry-forward), never refused. `figures` chooses the
 * rows and their order (default total, cashTotal, presentValue; presentValue
 * only with a rate).
 */
export function comparePayouts(
  payouts: readonly Payout[],
  options: {
    readonly rate?: Decimal;
    readonly valuation?: Choices["comparisonValuation"];
    readonly asOf?: Serial;
    readonly figures?: readonly ComparisonFigure[];
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
  if (options.asOf !== undefined && !(Number.isInteger(options.asOf) && options.asOf > 0))
    throw valueError({
      argument: "asOf",
      allowed: "a date",
      given: String(options.asOf).slice(0, 40),
      message: "comparePayouts: the comparison date must be a date",
    });
  const earliestT = Math.min(...payouts.map((p) => p.request.T));
  const flows = payouts.map(payoutFlowsOf);
  const firstFlow = Math.min(...flows.flat().map((f) => f.date));
  const asOf = options.asOf ?? earliestT;
  const row = (figure: PayoutComparisonRow["figure"], values: Decimal[]): PayoutComparisonRow => {
    const differences = values.map((v) => v.minus(values[0]));
    return { figure, values, differences, a: values[0], b: values[1], difference: differences[1] };
  };
  const rate = options.rate;
  const valuesOf: Record<ComparisonFigure, () => Decimal[] | undefined> = {
    total: () => payouts.map((p) => p.total),
    cashTotal: () => payouts.map((p) => p.cashTotal),
    sharesValue: () => payouts.map((p) => p.shares?.value ?? new Decimal(0)),
    presentValue: () => (rate ? flows.map((f) => valueAt(f, asOf, rate, valuation)) : undefined),
  };
  const rows: PayoutComparisonRow[] = [];
  for (const figure of options.figures ?? DEFAULT_FIGURES) {
    const values = valuesOf[figure]();
    if (values) rows.push(row(figure, values));
  }
  return { asOf, rate, valuation, flowsBeforeDate: firstFlow < asOf, rows };
}
