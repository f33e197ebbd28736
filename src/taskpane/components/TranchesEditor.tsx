/**
 * The option vesting schedule, as dates and share counts. The agreement
 * leaves it to the Equity Incentive Plan and the option certificates
 * (2(b), 3(c)(iv)), so the user enters the tranches; 3(c)(iv)(A) then says
 * what happens to each.
 */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { FieldErrors } from "../model/evaluate";
import { Tranche } from "../state/settings";
import { useLayout } from "./styles";

const useStyles = makeStyles({
  tranche: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1.3fr) minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  remove: { marginTop: "26px", minWidth: "32px" },
  // Inputs have an intrinsic width; let them shrink to the grid's columns.
  field: { minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
});

interface Props {
  readonly tranches: readonly Tranche[];
  readonly errors: FieldErrors;
  readonly onChange: (tranches: Tranche[]) => void;
}

export function TranchesEditor({ tranches, errors, onChange }: Props) {
  const layout = useLayout();
  const styles = useStyles();
  const set = (i: number, patch: Partial<Tranche>) =>
    onChange(tranches.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return (
    <div className={layout.stack}>
      <p className={layout.note}>
        The vesting schedule is in the option certificates, not in the agreement: enter each tranche
        to see its last exercise date.
      </p>
      {tranches.map((t, i) => {
        const vErr = errors[`tranche:${i}:vesting`];
        const sErr = errors[`tranche:${i}:shares`];
        return (
          <div key={i} className={styles.tranche} role="group" aria-label={`Tranche ${i + 1}`}>
            <Field
              className={styles.field}
              label={`Vesting date ${i + 1}`}
              validationState={vErr ? "error" : "none"}
              validationMessage={vErr}
            >
              <Input
                className={styles.input}
                input={{ className: styles.input }}
                type="date"
                value={t.vesting}
                onChange={(_, d) => set(i, { vesting: d.value })}
              />
            </Field>
            <Field
              className={styles.field}
              label={`Shares ${i + 1}`}
              validationState={sErr ? "error" : "none"}
              validationMessage={sErr}
            >
              <Input
                className={styles.input}
                input={{ className: styles.input }}
                inputMode="numeric"
                value={t.shares}
                onChange={(_, d) => set(i, { shares: d.value })}
              />
            </Field>
            <Button
              className={styles.remove}
              appearance="subtle"
              aria-label={`Remove tranche ${i + 1}`}
              title="Remove this tranche"
              onClick={() => onChange(tranches.filter((_, j) => j !== i))}
            >
              <span aria-hidden="true">✕</span>
            </Button>
          </div>
        );
      })}
      <div>
        <Button onClick={() => onChange([...tranches, { vesting: "", shares: "" }])}>
          Add a tranche
        </Button>
      </div>
    </div>
  );
}
