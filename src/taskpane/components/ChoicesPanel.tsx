/**
 * The interpretation choices in force (the register of the core), each with
 * a control to switch it; the figures above recompute at once. Shows the
 * entries that bear on the scenario, or all of them.
 */
import { useState } from "react";
import { Button, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { Interpretation } from "../../core";
import { choiceLabel, choiceValue, relevantChoices, SWITCHABLE } from "../model/choices";
import { isoDates } from "../model/words";
import { Evaluation } from "../model/evaluate";
import { PaneSettings } from "../state/settings";
import { ClauseRefs } from "./Clause";
import { DateField, SelectField, TextField } from "./fields";
import { SensitivityTable } from "./SensitivityTable";
import { useLayout } from "./styles";

const useStyles = makeStyles({
  entry: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  switched: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: {
    cursor: "pointer",
    color: tokens.colorBrandForegroundLink,
    "@media (forced-colors: active)": { color: "LinkText" },
  },
});

interface Props {
  readonly settings: PaneSettings;
  readonly evaluation: Evaluation;
  readonly onChange: (choices: Record<string, string>) => void;
}

export function ChoicesPanel({ settings, evaluation, onChange }: Props) {
  const layout = useLayout();
  const [all, setAll] = useState(false);
  const entries = all
    ? SWITCHABLE
    : relevantChoices(
        settings.scenario,
        settings.tranches.length > 0,
        settings.scenario === "4c-i" && settings.duress.delayed
      );
  const set = (entry: Interpretation, value: string) => {
    const next = { ...settings.choices };
    if (value === entry.default) delete next[entry.id];
    else next[entry.id] = value;
    onChange(next);
  };
  return (
    <div className={layout.stack}>
      <p className={layout.note} data-testid="choices-in-force">
        {evaluation.choicesText
          ? `In force: ${evaluation.choicesText}. Everything else: the register's defaults.`
          : "In force: the register's defaults."}
      </p>
      <div className={layout.row}>
        <Switch
          checked={all}
          onChange={(_, d) => setAll(d.checked)}
          label="Show every interpretation choice"
        />
        {Object.keys(settings.choices).length > 0 && (
          <Button onClick={() => onChange({})}>Reset to the defaults</Button>
        )}
      </div>
      {entries.map((e) => (
        <ChoiceControl
          key={e.id}
          entry={e}
          value={choiceValue(settings.choices, e.id)}
          error={evaluation.errors[`choice:${e.id}`]}
          warning={evaluation.warnings[`choice:${e.id}`]}
          onChange={(v) => set(e, v)}
        />
      ))}
      {evaluation.result && <SensitivityTable result={evaluation.result} />}
    </div>
  );
}

function ChoiceControl({
  entry,
  value,
  error,
  warning,
  onChange,
}: {
  entry: Interpretation;
  value: string;
  error?: string;
  warning?: string;
  onChange: (v: string) => void;
}) {
  const styles = useStyles();
  const label = choiceLabel(entry.id);
  const found = entry.alternatives.find((a) => a.value === value)?.meaning;
  const meaning = found && isoDates(found);
  const question = isoDates(entry.question);
  const switched = value !== entry.default;
  return (
    <div
      className={`${styles.entry} ${switched ? styles.switched : ""}`}
      data-testid={`choice-${entry.id}`}
    >
      {entry.free === "date" ? (
        <DateField
          label={label}
          value={value}
          onChange={onChange}
          error={error}
          warning={warning}
          hint={`${question} Empty means the default, ${entry.default}.`}
        />
      ) : entry.free === "days" ? (
        <TextField
          label={label}
          inputMode="numeric"
          figure
          value={value}
          onChange={onChange}
          error={error}
          hint={`${question} A whole number of days; empty means the default, ${entry.default}.`}
        />
      ) : (
        <SelectField
          label={label}
          hint={question}
          error={error}
          value={value}
          onChange={onChange}
          options={entry.alternatives.map((a) => ({
            value: a.value,
            text: a.value === entry.default ? `${a.value} (default)` : a.value,
          }))}
        />
      )}
      {meaning && <span className={styles.details}>{meaning}</span>}
      <details className={styles.details}>
        <summary className={styles.summary}>
          Why {switched ? "is the default" : "this reading"}: {entry.default}?
        </summary>
        <p>{isoDates(entry.rationale)}</p>
        <p>
          Clause <ClauseRefs clause={entry.clause} />: “{entry.quote}”
        </p>
      </details>
    </div>
  );
}
