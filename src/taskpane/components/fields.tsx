/**
 * Form fields with the core's validation message beside them: a label, the control, the message
 * (error or warning, with its icon) and a hint, drawn as Fluent's Field, Input and Select draw them
 * (their tokens, sizes and states) but with the browser's own elements: the pane's first screen is
 * mostly these fields, and one Fluent component per part cost the pane's first figures about 20 ms
 * (issue 19 item 9; docs/taskpane.md, "Performance").
 *
 * What Fluent's Field gave the control is given here the same way: the label's `for`, the message
 * and the hint in `aria-describedby`, `aria-invalid` on an error, `required`, and the message
 * announced (role "alert"). The class names `btu-field` and `btu-field__message` are the fields'
 * own, for tests.
 */
import { lazy, ReactElement, ReactNode, Ref, Suspense, useId, useRef, useState } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { readDate } from "../../core";
import { DATE_FORMAT } from "../model/words";

/** Fluent's DatePicker (react-datepicker-compat), loaded on the first click of a calendar button only: the first paint stays lean. */
const DatePopup = lazy(() => import("./DatePopup"));

type Validation = "error" | "warning" | "none";

const useFrameStyles = makeStyles({
  // Fluent's Field: a grid of label, control, message and hint.
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", minWidth: 0 },
  label: {
    justifySelf: "start",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  required: { color: tokens.colorPaletteRedForeground3, paddingLeft: tokens.spacingHorizontalXS },
  secondary: {
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  withIcon: { paddingLeft: `calc(12px + ${tokens.spacingHorizontalXS})` },
  error: { color: tokens.colorPaletteRedForeground1 },
  icon: {
    display: "inline-block",
    marginLeft: `calc(-12px - ${tokens.spacingHorizontalXS})`,
    marginRight: tokens.spacingHorizontalXS,
    lineHeight: 0,
    verticalAlign: "-1px",
  },
  iconError: { color: tokens.colorPaletteRedForeground1 },
  iconWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  // The cross or the exclamation mark cut out of the icon, in the page's background.
  cut: { stroke: tokens.colorNeutralBackground1 },
});

/** What a field shows around its control: the label, whether it is required, its error or warning and its hint. */
interface FieldFacts {
  readonly label: string;
  readonly required?: boolean;
  readonly error?: string;
  /** Legal but odd: shown when there is no error. */
  readonly warning?: string;
  readonly hint?: string;
}

/**
 * A field's two halves from its facts: the frame's props (label, message and hint, tied to the
 * control by ids) and the control's (its id, `aria-describedby` naming the message, the hint and
 * `describedBy`, `aria-invalid` on an error, `required`).
 */
function useField(facts: FieldFacts, describedBy?: string) {
  const base = useId();
  const ids = { control: `${base}control`, message: `${base}message`, hint: `${base}hint` };
  const validation: Validation = facts.error ? "error" : facts.warning ? "warning" : "none";
  const message = facts.error ?? facts.warning;
  const described = [message && ids.message, facts.hint && ids.hint, describedBy].filter(Boolean);
  return {
    frame: { ...facts, ids, validation, message },
    control: {
      id: ids.control,
      "aria-describedby": described.length ? described.join(" ") : undefined,
      "aria-invalid": validation === "error" ? true : undefined,
      required: facts.required || undefined,
    },
  };
}

interface FrameProps {
  readonly ids: { readonly control: string; readonly message: string; readonly hint: string };
  readonly label: string;
  readonly required?: boolean;
  readonly validation: Validation;
  readonly message?: string;
  readonly hint?: string;
  readonly children: ReactNode;
}

/** A field's label, control, message and hint, in Fluent's Field layout. */
function FieldFrame({ ids, label, required, validation, message, hint, children }: FrameProps) {
  const s = useFrameStyles();
  const icon = validation === "none" ? undefined : <MessageIcon validation={validation} />;
  return (
    <div className={mergeClasses("btu-field", s.root)}>
      <label htmlFor={ids.control} className={s.label}>
        {label}
        {required && <span className={s.required}>*</span>}
      </label>
      {children}
      {message && (
        <div
          id={ids.message}
          role="alert"
          className={mergeClasses(
            "btu-field__message",
            s.secondary,
            validation === "error" && s.error,
            icon && s.withIcon
          )}
        >
          {icon && (
            <span
              className={mergeClasses(s.icon, validation === "error" ? s.iconError : s.iconWarning)}
            >
              {icon}
            </span>
          )}
          {message}
        </div>
      )}
      {hint && (
        <div id={ids.hint} className={mergeClasses("btu-field__hint", s.secondary)}>
          {hint}
        </div>
      )}
    </div>
  );
}

/** The message's 12 px icon in the text colour: a dismiss diamond for an error, a triangle for a warning. */
function MessageIcon({ validation }: { readonly validation: "error" | "warning" }) {
  const cut = useFrameStyles().cut;
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      {validation === "error" ? (
        <>
          <path d="M6 .6 11.4 6 6 11.4.6 6z" fill="currentColor" />
          <path d="m4.2 4.2 3.6 3.6m0-3.6L4.2 7.8" className={cut} strokeLinecap="round" />
        </>
      ) : (
        <>
          <path d="M6 1 11.2 10.6H.8z" fill="currentColor" strokeLinejoin="round" />
          <path d="M6 4.4v3M6 9v.1" className={cut} strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

/** The box around a text input or a drop-down: Fluent's outline appearance, its focus line included. */
const useBoxStyles = makeStyles({
  box: {
    display: "flex",
    alignItems: "center",
    flexWrap: "nowrap",
    columnGap: tokens.spacingHorizontalXXS,
    position: "relative",
    boxSizing: "border-box",
    minWidth: 0,
    minHeight: "32px",
    paddingLeft: tokens.spacingHorizontalMNudge,
    paddingRight: tokens.spacingHorizontalMNudge,
    borderRadius: tokens.borderRadiusMedium,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
    ":hover": {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    // The brand line along the bottom while the control has the focus.
    "::after": {
      content: '""',
      position: "absolute",
      left: "-1px",
      right: "-1px",
      bottom: "-1px",
      height: `max(2px, ${tokens.borderRadiusMedium})`,
      boxSizing: "border-box",
      borderBottomLeftRadius: tokens.borderRadiusMedium,
      borderBottomRightRadius: tokens.borderRadiusMedium,
      borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}`,
      clipPath: "inset(calc(100% - 2px) 0 0 0)",
      transform: "scaleX(0)",
      transitionProperty: "transform",
      transitionDuration: tokens.durationUltraFast,
      transitionDelay: tokens.curveAccelerateMid,
      pointerEvents: "none",
      "@media screen and (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
    },
    ":focus-within::after": {
      transform: "scaleX(1)",
      transitionDuration: tokens.durationNormal,
      transitionDelay: tokens.curveDecelerateMid,
    },
  },
  // Red while the field is in error and not being typed in (the focus line shows then), as Fluent's Input.
  invalid: {
    ":not(:focus-within),:hover:not(:focus-within)": {
      borderTopColor: tokens.colorPaletteRedBorder2,
      borderRightColor: tokens.colorPaletteRedBorder2,
      borderLeftColor: tokens.colorPaletteRedBorder2,
      borderBottomColor: tokens.colorPaletteRedBorder2,
    },
  },
  // The text itself: no border or outline of its own (the box draws them).
  input: {
    alignSelf: "stretch",
    flexGrow: 1,
    minWidth: 0,
    width: "100%",
    boxSizing: "border-box",
    paddingTop: 0,
    paddingBottom: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    borderTopStyle: "none",
    borderRightStyle: "none",
    borderBottomStyle: "none",
    borderLeftStyle: "none",
    outlineStyle: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: "inherit",
    fontWeight: "inherit",
    lineHeight: "inherit",
    "::placeholder": { color: tokens.colorNeutralForeground4, opacity: 1 },
  },
  figure: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  // A text area's box grows with it; the text keeps Fluent's inner padding.
  areaBox: { alignItems: "stretch", paddingLeft: 0, paddingRight: 0 },
  area: {
    resize: "vertical",
    minHeight: "52px",
    paddingTop: tokens.spacingVerticalSNudge,
    paddingBottom: tokens.spacingVerticalSNudge,
    paddingLeft: tokens.spacingHorizontalMNudge,
    paddingRight: tokens.spacingHorizontalMNudge,
  },
  // A native select is as wide as its longest option; it shrinks to the pane instead, its arrow drawn
  // apart. It fills its box, so a click anywhere in it opens the list.
  selectBox: { paddingLeft: 0, paddingRight: 0 },
  select: {
    alignSelf: "stretch",
    paddingLeft: tokens.spacingHorizontalMNudge,
    appearance: "none",
    cursor: "pointer",
    paddingRight: `calc(${tokens.spacingHorizontalMNudge} + 20px + ${tokens.spacingHorizontalXXS})`,
    textOverflow: "ellipsis",
  },
  chevron: {
    position: "absolute",
    right: tokens.spacingHorizontalMNudge,
    display: "flex",
    color: tokens.colorNeutralStrokeAccessible,
    pointerEvents: "none",
  },
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
  // The calendar button at a date field's end: Fluent's small transparent icon button.
  pick: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    minWidth: "24px",
    height: "24px",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderTopStyle: "none",
    borderRightStyle: "none",
    borderBottomStyle: "none",
    borderLeftStyle: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground2BrandHover,
    },
    ":hover:active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
});

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
  const styles = useBoxStyles();
  const readingId = useId();
  const field = useField(
    { label, hint, required, error, warning },
    reading ? readingId : undefined
  );
  // The same elements whatever the reading, so typing never remounts the input (focus stays).
  return (
    <div className={mergeClasses(styles.wrap, className)}>
      <FieldFrame {...field.frame}>
        <span className={mergeClasses(styles.box, error && styles.invalid)}>
          <input
            {...field.control}
            ref={inputRef}
            className={mergeClasses(styles.input, figure && styles.figure)}
            type="text"
            value={value}
            inputMode={inputMode}
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
            onBlur={onBlur}
            data-testid={testId}
          />
          {after}
        </span>
      </FieldFrame>
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
  const styles = useBoxStyles();
  const current = readDate(props.value);
  const pick = (
    <button
      ref={button}
      type="button"
      className={styles.pick}
      aria-label="Open a calendar"
      aria-haspopup="dialog"
      title="Pick from a calendar"
      data-testid={props.testId ? `${props.testId}-pick` : undefined}
      onClick={() => setOpen(true)}
    >
      <CalendarGlyph />
    </button>
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

interface TextAreaFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string;
  readonly rows?: number;
  readonly testId?: string;
}

/** Lines of text (a table typed or pasted from a sheet), resizable in height. */
export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  error,
  rows,
  testId,
}: TextAreaFieldProps) {
  const styles = useBoxStyles();
  const field = useField({ label, hint, error });
  return (
    <FieldFrame {...field.frame}>
      <span className={mergeClasses(styles.box, styles.areaBox, error && styles.invalid)}>
        <textarea
          {...field.control}
          className={mergeClasses(styles.input, styles.area)}
          value={value}
          rows={rows}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      </span>
    </FieldFrame>
  );
}

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
  const styles = useBoxStyles();
  const field = useField({ label, hint, error });
  return (
    <FieldFrame {...field.frame}>
      <span className={mergeClasses(styles.box, styles.selectBox, error && styles.invalid)}>
        <select
          {...field.control}
          className={mergeClasses(styles.input, styles.select)}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </select>
        <span className={styles.chevron} aria-hidden="true">
          <svg width="20" height="20" viewBox="0 0 20 20" focusable="false">
            <path
              d="m5.5 8 4.5 4.5L14.5 8"
              fill="none"
              stroke="currentColor"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </span>
      </span>
    </FieldFrame>
  );
}
