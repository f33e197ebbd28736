/**
 * 4(c)(i) financial duress: the Board may delay the Consulting Lump Sum
 * Payment; the executive then has 21 business days to choose (A) bi-weekly
 * payments until the duress ends, or (B) all or part of the lump sum in
 * shares at fair market value.
 */
import { Field, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import { TERMS } from "../../core";
import { FieldErrors } from "../model/evaluate";
import { DuressOption, DuressSettings } from "../state/settings";
import { ClauseButton } from "./Clause";
import { DateField, TextField } from "./fields";
import { useLayout } from "./styles";

interface Props {
  readonly duress: DuressSettings;
  readonly errors: FieldErrors;
  /** What each field was read as (the core's readers), by field id. */
  readonly readings?: FieldErrors;
  readonly onChange: (patch: Partial<DuressSettings>) => void;
}

export function DuressForm({ duress, errors, readings = {}, onChange }: Props) {
  const layout = useLayout();
  return (
    <div className={layout.stack}>
      <div className={layout.row}>
        <Switch
          checked={duress.delayed}
          onChange={(_, d) => onChange({ delayed: d.checked })}
          label="The Board delayed the lump sum for financial duress"
        />
        <ClauseButton citation="4(c)(i)" />
      </div>
      {duress.delayed && (
        <>
          <DateField
            label="Date of the Board's notification"
            required
            value={duress.notification}
            onChange={(notification) => onChange({ notification })}
            error={errors["duress:notification"]}
            reading={readings["duress:notification"]}
            hint={`The executive must choose (A) or (B) within ${TERMS.duressElectionBusinessDays.value} business days of it (ELECTION_DEADLINE).`}
            testId="duress-notification"
          />
          <Field label="The executive's choice">
            <RadioGroup
              value={duress.option}
              onChange={(_, d) => onChange({ option: d.value as DuressOption })}
            >
              <Radio
                value="A"
                label="(A) Bi-weekly Consulting Fee payments until the duress ends, then the balance"
              />
              <Radio
                value="B"
                label="(B) All or part of the lump sum in shares at fair market value"
              />
            </RadioGroup>
          </Field>
          {duress.option === "A" ? (
            <DateField
              label="Date the Board found the duress ended (if it has)"
              value={duress.duressEnd}
              onChange={(duressEnd) => onChange({ duressEnd })}
              error={errors["duress:end"]}
              reading={readings["duress:end"]}
              hint="The remaining balance is paid on that day (DURESS_SCHEDULE)."
              testId="duress-end"
            />
          ) : (
            <>
              <TextField
                label="Percentage of the lump sum taken in shares"
                inputMode="decimal"
                figure
                value={duress.portion}
                onChange={(portion) => onChange({ portion })}
                error={errors["duress:portion"]}
                reading={readings["duress:portion"]}
                hint="A percentage such as 40%, or the fraction 0.4, as DURESS_SHARES takes it (a plain 40 would be 4000%); above 0% and at most 100%. Empty means 100%. Any balance is paid bi-weekly."
                testId="duress-portion"
              />
              <TextField
                label="Fair market value per share on the election date ($)"
                required
                inputMode="decimal"
                figure
                hint="In dollars, e.g. 3.25 or $3.25; 3,125 is refused (a thousands comma or a decimal comma?)."
                value={duress.fmv}
                onChange={(fmv) => onChange({ fmv })}
                error={errors["duress:fmv"]}
                reading={readings["duress:fmv"]}
                testId="duress-fmv"
              />
              <DateField
                label="Election date"
                required
                value={duress.election}
                onChange={(election) => onChange({ election })}
                error={errors["duress:election"]}
                reading={readings["duress:election"]}
                hint={`The day the executive gave the Board the written choice of (B); the shares are due within ${TERMS.duressShareTransferBusinessDays.value} business days of it (SHARE_TRANSFER_DEADLINE). After the ${TERMS.duressElectionBusinessDays.value}-business-day deadline, (A) applies.`}
                testId="duress-election"
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
