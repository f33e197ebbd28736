/**
 * Form fields with the core's validation message beside them (Fluent Field:
 * label, hint, and validationState "error" with the message citing the
 * clause).
 */
import { lazy, ReactElement, Ref, Suspense, useId, useRef, useState } from "react";
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { readDate } from "../../core";
import { DATE_FORMAT } from "../model/words";

/** Fluent's DatePicker (react-datepicker-compat), loaded on the first click of a calendar button only: the first paint stays lean. */
const DatePopup = lazy(() => import("./DatePopup"));

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
  /** What the core's reader made of the text ("Read as $3.25"): shown under the field. */
  readonly reading?: string;
  /** A control after the text (the date picker's button). */
  readonly after?: ReactElement;
}

const useFieldStyles = makeStyles({
  wrap: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  reading: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "break-word",
  },
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
  reading,
  after,
}: TextFieldProps) {
  const styles = useFieldStyles();
  const readingId = useId();
  // The same elements whatever the reading, so typing never remounts the input (focus stays).
  return (
    <div className={`${styles.wrap} ${className ?? ""}`}>
      <Field
        className={styles.field}
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
          aria-describedby={reading ? readingId : undefined}
          contentAfter={after}
          data-testid={testId}
        />
      </Field>
      <p
        id={readingId}
        className={styles.reading}
        hidden={!reading}
        data-testid={testId ? `${testId}-read` : "field-read"}
      >
        {reading ?? ""}
      </p>
    </div>
  );
}

/**
 * A date, typed as YYYY-MM-DD (or M/D/YYYY where the day is above 12: the
 * core's readDate, as the functions read text dates) or picked from Fluent's
 * calendar behind the button at the field's end: the field shows the format
 * it takes (placeholder and hint) and the date it read, and every date the
 * pane shows is written YYYY-MM-DD. Typed text always works; the picker
 * writes YYYY-MM-DD into the field.
 */
export function DateField(props: Omit<TextFieldProps, "inputMode" | "placeholder" | "figure">) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const current = readDate(props.value);
  const pick = (
    <Button
      ref={button}
      appearance="transparent"
      size="small"
      aria-label="Open a calendar"
      aria-haspopup="dialog"
      title="Pick from a calendar"
      data-testid={props.testId ? `${props.testId}-pick` : undefined}
      onClick={() => setOpen(true)}
    >
      <CalendarGlyph />
    </Button>
  );
  const after = (
    <>
      {pick}
      {open && (
        <Suspense fallback={null}>
          <DatePopup
            target={button}
            value={current.ok ? current.value : undefined}
            onPick={(iso) => props.onChange(iso)}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
  return (
    <TextField
      {...props}
      placeholder={DATE_FORMAT}
      hint={props.hint ? `${DATE_FORMAT}. ${props.hint}` : DATE_FORMAT}
      after={after}
    />
  );
}

/** A calendar drawn in the text colour (forced colours included): a page with two rings and a grid of days. */
function CalendarGlyph() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" />
      <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" strokeLinecap="round" />
      <path
        d="M5 9h1M7.5 9h1M10 9h1M5 11.5h1M7.5 11.5h1"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </svg>
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
