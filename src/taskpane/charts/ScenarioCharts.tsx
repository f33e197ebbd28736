/**
 * The two charts under the headline figures: the cash timeline and every scenario at the termination
 * date. Their figures (chartFigures: the timeline, the baseline and every scenario's payout) are
 * computed here, in the lazily loaded "later" chunk, once the headline is on screen (issue 19 item 9).
 */
import { useMemo } from "react";
import { ComparisonChart } from "./ComparisonChart";
import { TimelineChart } from "./TimelineChart";
import { chartFigures, COMPARISON_RATE, Evaluation, ScenarioResult } from "../model/evaluate";

interface Props {
  readonly evaluation: Evaluation;
  readonly result: ScenarioResult;
}

export function ScenarioCharts({ evaluation, result }: Props) {
  const { choices } = evaluation;
  const charts = useMemo(() => choices && chartFigures(result, choices), [result, choices]);
  if (!charts) return null;
  return (
    <>
      <TimelineChart
        timeline={charts.timeline}
        baseline={charts.baseline}
        T={result.T}
        scenarioClause={evaluation.scenario.clause}
        shares={result.payout.shares}
        payout={result.payout}
      />
      <ComparisonChart
        comparison={charts.comparison}
        unavailable={charts.unavailable}
        T={result.T}
        chosen={evaluation.scenario.code}
        rate={COMPARISON_RATE}
      />
    </>
  );
}
