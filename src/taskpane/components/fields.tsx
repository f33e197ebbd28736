/**
 * Form fields with the core's validation message beside them (Fluent Field:
 * label, hint, and validationState "error" with the message citing the
 * clause).
 */
import { Ref } from "react";
import { Field, Input, makeStyles, Select } from "@fluentui/react-components";
import { DATE_FORMAT } from "../model/words";

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  /** Legal but odd (the core's oddInputs): shown when there is no error. */
  readonly warning?: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly inputMode?: "decimal" | "numeric";
  readonly placeholder?: string;
  readonly testId?: string;
  /** Figures typed right-aligned, as they are shown. */
  readonly figure?: boolean;
  readonly className?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly onBlur?: () => void;
}

const useFieldStyles = makeStyles({
  field: { minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  figure: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

export function TextField({
  label,
  value,
  onChange,
  error,
  warning,
  hint,
  required,
  inputMode,
  placeholder,
  testId,
  figure,
  className,
  inputRef,
  onBlur,
}: TextFieldProps) {
  const styles = useFieldStyles();
  return (
    <Field
      className={`${styles.field} ${className ?? ""}`}
      label={label}
      hint={hint}
      required={required}
      validationState={error ? "error" : warning ? "warning" : "none"}
      validationMessage={error ?? warning}
    >
      <Input
        className={styles.input}
        input={{ className: `${styles.input} ${figure ? styles.figure : ""}`, ref: inputRef }}
        type="text"
        value={value}
        inputMode={inputMode}
        placeholder={placeholder}
        onChange={(_, d) => onChange(d.value)}
        onBlur={onBlur}
        data-testid={testId}
      />
    </Field>
  );
}

/**
 * A date, typed as YYYY-MM-DD: the field shows the format it takes
 * (placeholder and hint), and every date the pane shows is written the same
 * way. A text field rather than the browser's date control, whose display
 * follows the browser's locale (mm/dd/yyyy in the United States).
 */
export function DateField(props: Omit<TextFieldProps, "inputMode" | "placeholder" | "figure">) {
  return (
    <TextField
      {...props}
      placeholder={DATE_FORMAT}
      hint={props.hint ? `${DATE_FORMAT}. ${props.hint}` : DATE_FORMAT}
    />
  );
}

const useSelectStyles = makeStyles({
  // A native select is as wide as its longest option; let it shrink to the pane instead.
  field: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
});

interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly options: ReadonlyArray<{ readonly value: string; readonly text: string }>;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string;
  readonly testId?: string;
}

/** A labelled drop-down (native select: keyboard and screen reader behave as everywhere else). */
export function SelectField({
  label,
  value,
  options,
  onChange,
  hint,
  error,
  testId,
}: SelectFieldProps) {
  const styles = useSelectStyles();
  return (
    <Field
      className={styles.field}
      label={label}
      hint={hint}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Select
        className={styles.select}
        value={value}
        onChange={(_, d) => onChange(d.value)}
        data-testid={testId}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
