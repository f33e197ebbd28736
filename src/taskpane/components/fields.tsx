/**
 * Form fields with the core's validation message beside them (Fluent Field:
 * label, hint, and validationState "error" with the message citing the
 * clause).
 */
import { Field, Input, makeStyles, Select } from "@fluentui/react-components";

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly type?: "date" | "text";
  readonly inputMode?: "decimal" | "numeric";
  readonly placeholder?: string;
  readonly testId?: string;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  type = "text",
  inputMode,
  placeholder,
  testId,
}: TextFieldProps) {
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Input
        type={type}
        value={value}
        inputMode={inputMode}
        placeholder={placeholder}
        onChange={(_, d) => onChange(d.value)}
        data-testid={testId}
      />
    </Field>
  );
}

/** A date as YYYY-MM-DD (the browser's date control; typed or picked). */
export function DateField(props: Omit<TextFieldProps, "type" | "inputMode" | "placeholder">) {
  return <TextField {...props} type="date" />;
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
