/**
 * The audit workbook of the scenario on screen (issue: auditability): the
 * same builder as `btu-calc --audit-workbook` (src/audit/audit-workbook.ts),
 * fed with the pane's inputs. Loaded on demand with ExcelJS.
 */
import { AuditCase, buildAuditWorkbook } from "../../audit/audit-workbook";
import { Choices, iso, requestInForce } from "../../core";
import { Evaluation, ScenarioResult } from "../model/evaluate";

/**
 * The audit case of a valid evaluation: scenario, dates, choices, option
 * tranches, base salary, and under a Board's delay (4(c)(i)) the delay
 * itself (its option, election, shares, end of the duress) so the workbook
 * rebuilds the delayed plan on screen.
 */
export function auditCaseOf(
  evaluation: Evaluation,
  result: ScenarioResult,
  choices: Choices
): AuditCase {
  // Only the inputs in force (the core's rule): no end of the duress under (B), no (B) facts under (A).
  const p = requestInForce(result.payout);
  const duress = result.duress;
  return {
    kind: "scenario",
    scenario: p.scenario,
    T: p.T,
    periods: p.periods,
    choices,
    consultingEnd: p.consultingEnd,
    baseSalary: p.baseSalary,
    delay: p.delay,
    notice: evaluation.scenario.effect === "notice+3m" ? result.date : undefined,
    vesting: result.tranches.flatMap((t) => (t ? [t.vesting] : [])),
    duress: duress
      ? {
          notification: duress.notification,
          election: duress.b?.election,
          fairMarketValue: duress.b?.fmv,
          portion: duress.b?.portion,
        }
      : undefined,
  };
}

export function auditFileName(result: ScenarioResult): string {
  return `btu-audit-${result.payout.request.scenario.code}-${iso(result.T)}`;
}

/** The workbook as bytes, and how many figures it rebuilds. */
export async function auditWorkbook(
  evaluation: Evaluation,
  result: ScenarioResult,
  choices: Choices,
  made?: string
): Promise<{ data: ArrayBuffer; figures: number }> {
  const { workbook, layouts } = buildAuditWorkbook([auditCaseOf(evaluation, result, choices)], {
    made,
  });
  return {
    data: (await workbook.xlsx.writeBuffer()) as ArrayBuffer,
    figures: layouts[0].checks.length,
  };
}
