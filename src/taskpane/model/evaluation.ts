/** The evaluation itself: the settings validated and the headline figures computed from the inputs that passed. */
import {
  BaseSalaryFacts,
  oddInputs,
  checkBaseSalary,
  checkDisability,
  checkInAgreementSpan,
  checkTermination,
  Choices,
  DEFAULT_CHOICES,
  disabilityNoticeFrom,
  optionOutcome,
  parseScenario,
  payout,
  payoutFlows,
  scenarioInputs,
  Serial,
  terminationDate,
  terminationWindow,
} from "../../core";
import { PaneSettings, periodsFor } from "../state/settings";
import { choiceLabel, choicesFromText, choicesText, overrides } from "./choices";
import { duress, duressInputs } from "./duress-inputs";
import { Evaluation, ScenarioResult } from "./evaluation-results";
import { Collector, FIXED_LABELS, dateLabelOf, lowerFirst } from "./field-errors";

/** The fields that shape the payout itself; an error in any of them means no figures at all. */
const MAIN_FIELDS = [
  "date",
  "consultingEnd",
  "disabilityFirst",
  "disabilityLast",
  "baseSalary",
  "salaryPaidThrough",
];

/**
 * Validates the settings and computes the headline figures from the inputs
 * that passed (the charts' figures apart: chartFigures).
 */
export function evaluate(s: PaneSettings): Evaluation {
  const c = new Collector();
  const scenario = parseScenario(s.scenario);
  const periods = periodsFor(s.scenario, s.periods);
  const text = choicesText(s.choices);
  const dateLabel = dateLabelOf(scenario);
  const what = `the ${lowerFirst(dateLabel)}`;
  Object.assign(c.labels, FIXED_LABELS, { date: dateLabel });
  for (const [id] of overrides(s.choices)) c.labels[`choice:${id}`] = choiceLabel(id);

  // Each switched choice on its own, so a bad value is reported at its control; then all together, as a cell reads them.
  const choiceOk = overrides(s.choices).every(([id, v]) =>
    c.ok(`choice:${id}`, () => choicesFromText(`${id}=${v}`))
  );
  const choices = choiceOk ? choicesFromText(text) : undefined;

  const date = c.date("date", s.date, what, true);
  let T: Serial | undefined;
  if (choices && date !== undefined) {
    const arg = what.charAt(0).toUpperCase() + what.slice(1);
    T = c.run("date", () => terminationDate(scenario, date, choices, arg));
    const tArg = scenario.effect === "notice+3m" ? "The termination date" : arg;
    if (
      T !== undefined &&
      !c.ok("date", () => checkTermination(scenario, periods, T as Serial, choices, tArg))
    )
      T = undefined;
  }

  let noticeFrom: Serial | undefined;
  let disability: ScenarioResult["disability"];
  if (scenario.code === "4h") {
    const first = c.date("disabilityFirst", s.disabilityFirst, "the first day of disability", true);
    const last = c.date("disabilityLast", s.disabilityLast, "the last day of disability", false);
    if (
      first !== undefined &&
      c.ok("disabilityFirst", () => checkInAgreementSpan(first, "The first day of disability"))
    ) {
      noticeFrom = disabilityNoticeFrom(first);
      const t = T;
      if (t !== undefined && c.ok("date", () => checkDisability(first, t)) && last !== undefined)
        c.run("disabilityLast", () => checkDisability(first, t, last));
      disability = { first, last };
    }
  }

  // The core says which inputs matter for this scenario, periods and date; the form shows those only.
  const inputs = scenarioInputs(scenario, periods, T, choices ?? DEFAULT_CHOICES);
  // Required or not, an empty date is left to the core: its message cites the clause (e.g. 4(b)(ii)'s "simultaneously or before").
  const consultingEnd =
    inputs.consultingEnd !== "none"
      ? c.date("consultingEnd", s.consultingEnd, "the date the Consulting Period ended", false)
      : undefined;

  const vestings: Array<Serial | undefined> = [];
  const trancheInputs = s.tranches.map((t, i) => {
    const vesting = c.date(
      `tranche:${i}:vesting`,
      t.vesting,
      `the vesting date of tranche ${i + 1}`,
      true
    );
    vestings.push(vesting);
    const shares = c.count(`tranche:${i}:shares`, t.shares, `Shares ${i + 1}`, 1e9);
    return vesting !== undefined && shares !== undefined ? { vesting, shares } : undefined;
  });

  // Paragraph 1: both the annual base rate and the paid-through day, or neither (then base salary is listed without an amount).
  let baseSalary: BaseSalaryFacts | undefined;
  if (inputs.baseSalary) {
    const rateText = s.baseSalary.trim();
    const annual =
      rateText === "" ? undefined : c.decimal("baseSalary", rateText, "the annual base salary");
    const paidThrough = c.date(
      "salaryPaidThrough",
      s.salaryPaidThrough,
      "the day salary was paid through",
      false
    );
    if (annual !== undefined && paidThrough === undefined && !c.has("salaryPaidThrough"))
      c.errors.salaryPaidThrough =
        "Give the last day base salary was paid through, or clear the base salary (paragraph 1).";
    if (annual === undefined && paidThrough !== undefined && !c.has("baseSalary"))
      c.errors.baseSalary =
        "Give the annual base salary, or clear the paid-through date (paragraph 1).";
    if (
      annual !== undefined &&
      paidThrough !== undefined &&
      c.ok("salaryPaidThrough", () => checkBaseSalary({ annual, paidThrough }))
    )
      baseSalary = { annual, paidThrough };
  }

  if (c.has("date")) T = undefined; // e.g. a 4(h) notice before the disability qualifies
  // Legal but odd (the core's oddInputs): shown as warnings, the figures still computed.
  const warnings = choices
    ? Object.fromEntries(
        Object.entries(oddInputs(choices, vestings)).map(([k, v]) => [
          k === "pay-anchor"
            ? "choice:pay-anchor"
            : k.replace(/^vesting:(\d+)$/, "tranche:$1:vesting"),
          v,
        ])
      )
    : {};
  const window = choices && terminationWindow(scenario, periods, choices);
  const base = {
    scenario,
    periods,
    dateLabel,
    choicesText: text,
    choices,
    T,
    window,
    inputs,
    disabilityNoticeFrom: noticeFrom,
    warnings,
  };
  const mainValid = choices !== undefined && T !== undefined && MAIN_FIELDS.every((f) => !c.has(f));
  const withoutFigures = (): Evaluation => {
    if (inputs.delay && s.duress.delayed) duressInputs(c, s); // still report typing errors in the duress fields
    return { ...base, errors: c.errors, readings: c.readings };
  };
  if (!mainValid) return withoutFigures();
  const ch = choices as Choices;
  const t = T as Serial;
  const p0 = c.run(
    consultingEnd !== undefined || inputs.consultingEnd === "required" ? "consultingEnd" : "date",
    () => payout({ scenario, T: t, periods, choices: ch, consultingEnd, baseSalary })
  );
  if (!p0) return withoutFigures();
  // A Board's delay (4(c)(i)) is part of the plan: the headline, timeline and downloads read the delayed payout.
  const delayed =
    inputs.delay && s.duress.delayed
      ? duress(c, s, t, (delay) =>
          payout({ scenario, T: t, periods, choices: ch, consultingEnd, baseSalary, delay })
        )
      : undefined;
  const p = delayed?.payout ?? p0;

  const result: ScenarioResult = {
    date: date as Serial,
    T: t,
    payout: p,
    flows: payoutFlows(p),
    disability,
    tranches: trancheInputs.map(
      (x) => x && { ...x, outcome: optionOutcome(scenario, t, x.vesting, ch) }
    ),
    duress: delayed?.result,
  };
  return { ...base, errors: c.errors, readings: c.readings, result };
}
