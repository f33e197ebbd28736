/**
 * The option vesting schedule, as dates and share counts. The agreement
 * leaves it to the Equity Incentive Plan and the option certificates
 * (2(b), 3(c)(iv)), so the user enters the tranches; 3(c)(iv)(A) then says
 * what happens to each.
 */
import { useEffect, useRef, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { FieldErrors } from "../model/evaluate";
import { Tranche } from "../state/settings";
import { DateField, TextField } from "./fields";
import { useLayout } from "./styles";

const useStyles = makeStyles({
  tranche: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1.3fr) minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  remove: { marginTop: "26px", minWidth: "32px" },
});

interface Props {
  readonly tranches: readonly Tranche[];
  readonly errors: FieldErrors;
  readonly warnings: FieldErrors;
  /** What each field was read as (the core's readers), by field id. */
  readonly readings?: FieldErrors;
  readonly onChange: (tranches: Tranche[]) => void;
}

export function TranchesEditor({ tranches, errors, warnings, readings = {}, onChange }: Props) {
  const layout = useLayout();
  const styles = useStyles();
  // A row just added shows its errors once the user has left it; focus moves into it.
  const [fresh, setFresh] = useState<number>();
  const newRow = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (fresh !== undefined) newRow.current?.focus();
  }, [fresh]);
  const set = (i: number, patch: Partial<Tranche>) =>
    onChange(tranches.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return (
    <div className={layout.stack}>
      <p className={layout.note}>
        The vesting schedule is in the option certificates, not in the agreement: enter each tranche
        to see its last exercise date.
      </p>
      {tranches.map((t, i) => {
        const shown = i !== fresh;
        const vErr = shown ? errors[`tranche:${i}:vesting`] : undefined;
        const sErr = shown ? errors[`tranche:${i}:shares`] : undefined;
        return (
          <div
            key={i}
            className={styles.tranche}
            role="group"
            aria-label={`Tranche ${i + 1}`}
            data-testid="tranche-editor-row"
            onBlur={(e) => {
              if (i === fresh && !e.currentTarget.contains(e.relatedTarget as Node | null))
                setFresh(undefined);
            }}
          >
            <DateField
              label={`Vesting date ${i + 1}`}
              value={t.vesting}
              onChange={(vesting) => set(i, { vesting })}
              error={vErr}
              reading={readings[`tranche:${i}:vesting`]}
              warning={shown ? warnings[`tranche:${i}:vesting`] : undefined}
              inputRef={i === fresh ? newRow : undefined}
            />
            <TextField
              label={`Shares ${i + 1}`}
              inputMode="numeric"
              figure
              value={t.shares}
              onChange={(shares) => set(i, { shares })}
              error={sErr}
              reading={readings[`tranche:${i}:shares`]}
            />
            <Button
              className={styles.remove}
              appearance="subtle"
              aria-label={`Remove tranche ${i + 1}`}
              title="Remove this tranche"
              onClick={() => {
                setFresh(undefined);
                onChange(tranches.filter((_, j) => j !== i));
              }}
            >
              <span aria-hidden="true">✕</span>
            </Button>
          </div>
        );
      })}
      <div>
        <Button
          onClick={() => {
            setFresh(tranches.length);
            onChange([...tranches, { vesting: "", shares: "" }]);
          }}
        >
          Add a tranche
        </Button>
      </div>
    </div>
  );
}
