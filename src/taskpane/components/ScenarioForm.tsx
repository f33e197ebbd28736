/**
 * Choose the termination path of paragraph 4 and the facts it turns on: the
 * notice or event date, the periods it ends, and the clause's own facts
 * (the date the Consulting Period ended where the clause may end the
 * Chairmanship Period alone; 4(h): the disability; paragraph 1 base salary
 * where the clause pays it), as the core's scenario facts say.
 */
import { iso, Periods, SCENARIOS, TERMS } from "../../core";
import { Evaluation } from "../model/evaluate";
import { PaneSettings } from "../state/settings";
import { ClauseButton } from "./Clause";
import { DateField, SelectField, TextField } from "./fields";
import { useLayout } from "./styles";
import { isoDates } from "../model/words";

const PERIOD_LABEL: Record<Periods, string> = {
  both: "Both the Consulting and the Chairmanship Period",
  consulting: "The Consulting Period only",
  chairman: "The Chairmanship Period only",
};

const BY: Record<string, string> = {
  Company: "the Company",
  Executive: "the executive",
  Event: "an event",
};

const TERMINATION_RULE: Record<string, string> = {
  "notice+3m": "three months after the notice (TERMINATION_DATE)",
  "upon-notice": "the termination takes effect on the notice",
  event: "the periods end on the event",
};

interface Props {
  readonly settings: PaneSettings;
  readonly evaluation: Evaluation;
  readonly update: (patch: Partial<PaneSettings>) => void;
  readonly setScenario: (code: string) => void;
}

export function ScenarioForm({ settings, evaluation, update, setScenario }: Props) {
  const layout = useLayout();
  const { scenario, errors, T, window } = evaluation;
  const meaning = scenario.dateMeaning.charAt(0).toUpperCase() + scenario.dateMeaning.slice(1);
  return (
    <div className={layout.stack}>
      <SelectField
        label="Termination scenario"
        hint="Who ends which period, and how (paragraph 4)."
        value={settings.scenario}
        onChange={setScenario}
        options={SCENARIOS.map((s) => ({ value: s.code, text: `${s.clause} ${s.label}` }))}
        testId="scenario"
      />
      <div className={layout.row}>
        <span className={layout.caption}>Ended by {BY[scenario.by]}. Agreement text:</span>
        <ClauseButton citation={scenario.clause} />
      </div>

      {scenario.periodsAllowed.length > 1 && (
        <SelectField
          label="Periods ended"
          hint={`${scenario.clause} may end ${scenario.periodsAllowed.length === 2 ? "either" : "any"} of these.`}
          value={evaluation.periods}
          onChange={(periods) => update({ periods: periods as Periods })}
          options={scenario.periodsAllowed.map((p) => ({ value: p, text: PERIOD_LABEL[p] }))}
        />
      )}

      <DateField
        label={evaluation.dateLabel}
        required
        value={settings.date}
        onChange={(date) => update({ date })}
        error={errors.date}
        reading={evaluation.readings.date}
        hint={isoDates(window ? `${meaning}. ${window.why}.` : meaning)}
        testId="date"
      />
      {T !== undefined && (
        <span data-testid="termination-date">
          Termination date: <strong>{iso(T)}</strong>
          {scenario.effect === "notice+3m"
            ? `, ${TERMINATION_RULE[scenario.effect]}`
            : ` (${TERMINATION_RULE[scenario.effect]})`}
        </span>
      )}

      {evaluation.inputs.consultingEnd !== "none" && (
        <DateField
          label={
            evaluation.inputs.consultingEnd === "required"
              ? "Date the Consulting Period ended"
              : "Date the Consulting Period ended (if it already has)"
          }
          required={evaluation.inputs.consultingEnd === "required"}
          value={settings.consultingEnd}
          onChange={(consultingEnd) => update({ consultingEnd })}
          error={errors.consultingEnd}
          reading={evaluation.readings.consultingEnd}
          hint={isoDates(evaluation.inputs.why.consultingEnd ?? "")}
          testId="consulting-end"
        />
      )}

      {scenario.code === "4h" && (
        <>
          <DateField
            label="First day of disability"
            required
            value={settings.disabilityFirst}
            onChange={(disabilityFirst) => update({ disabilityFirst })}
            error={errors.disabilityFirst}
            reading={evaluation.readings.disabilityFirst}
            hint={
              evaluation.disabilityNoticeFrom !== undefined
                ? `Notice may be given from ${iso(evaluation.disabilityNoticeFrom)}, after ${TERMS.disabilityDays.value} consecutive days (DISABILITY_NOTICE_FROM).`
                : "The first day the executive could not perform substantially all duties (4(h))."
            }
            testId="disability-first"
          />
          <DateField
            label="Last day of disability (if it ended)"
            value={settings.disabilityLast}
            onChange={(disabilityLast) => update({ disabilityLast })}
            error={errors.disabilityLast}
            reading={evaluation.readings.disabilityLast}
            hint="Leave empty while the disability continues."
            testId="disability-last"
          />
        </>
      )}
      {evaluation.inputs.baseSalary && (
        <>
          <TextField
            label="Annual base salary (optional)"
            figure
            value={settings.baseSalary}
            onChange={(baseSalary) => update({ baseSalary })}
            error={errors.baseSalary}
            reading={evaluation.readings.baseSalary}
            inputMode="decimal"
            hint={`${isoDates(evaluation.inputs.why.baseSalary ?? "Paragraph 1")}. In dollars, e.g. $300,000. The Transition Period runs through ${iso(TERMS.separationDate.value)} at the current base rate of pay (paragraph 1), which the agreement does not state. With the day salary was paid through, the base salary earned but unpaid is computed (rate / 365 a day) and included; without, it is listed without an amount.`}
            testId="base-salary"
          />
          <DateField
            label="Base salary paid through"
            value={settings.salaryPaidThrough}
            onChange={(salaryPaidThrough) => update({ salaryPaidThrough })}
            error={errors.salaryPaidThrough}
            reading={evaluation.readings.salaryPaidThrough}
            hint={`The last day covered by the salary already paid (${iso(TERMS.agreementDate.value - 1)} to ${iso(TERMS.separationDate.value)}).`}
            testId="salary-paid-through"
          />
        </>
      )}
    </div>
  );
}
