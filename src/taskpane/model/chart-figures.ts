/** The charts' figures of an evaluation's result, from the core. */
import {
  baselineFlows,
  cashTimeline,
  TimelineFlow,
  CashFlow,
  Choices,
  compareScenarios,
  COMPARISON_RATE,
  SCENARIOS,
  ScenarioValue,
  terminationWindow,
} from "../../core";
import { ScenarioResult, Unavailable } from "./evaluation-results";

/**
 * The charts' figures, computed apart from the headline (chartFigures): the charts render from the
 * lazily loaded "later" chunk, after the first figures (issue 19 item 9), and every scenario's
 * payout for the comparison is the costliest part of an evaluation.
 */
export interface ChartFigures {
  /** Cash to the executive by date under this termination (cashTimeline): fees paid before, continuing fees, the payout. */
  readonly timeline: readonly TimelineFlow[];
  readonly baseline: readonly CashFlow[];
  /** Every scenario at T (compareScenarios), the chosen plan with its Board's delay standing for its scenario. */
  readonly comparison: readonly ScenarioValue[];
  /** Scenarios the comparison leaves out because T is outside their window. */
  readonly unavailable: readonly Unavailable[];
}

/** The charts' figures of an evaluation's result (see ChartFigures), from the core. */
export function chartFigures(result: ScenarioResult, choices: Choices): ChartFigures {
  // The chosen plan stands for its scenario in the comparison, the Board's delay included (issue 18).
  const comparison = compareScenarios(
    result.T,
    choices,
    COMPARISON_RATE,
    result.duress ? result.payout : undefined
  );
  const compared = new Set(comparison.map((v) => v.scenario.code));
  return {
    timeline: cashTimeline(result.payout),
    baseline: baselineFlows(choices),
    comparison,
    unavailable: SCENARIOS.filter((x) => !compared.has(x.code)).map((x) => ({
      scenario: x,
      window: terminationWindow(x, x.defaultPeriods, choices),
    })),
  };
}
