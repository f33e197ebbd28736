/**
 * Errors the core raises for input it cannot compute with.
 *
 * The core never returns NaN or Infinity: anything it cannot compute is a
 * {@link BtuError} carrying the Excel error code that fits (`#VALUE!` for a
 * wrong kind of value or an impossible combination, `#NUM!` for a number or
 * date outside its allowed range, `#N/A` for a value that does not exist,
 * such as a forfeited option's deadline) and a message that names the
 * argument and what is allowed. The Excel adapters turn it into a
 * `CustomFunctions.Error`; the command line prints `CODE message`.
 *
 * A refusal also carries what it says as fields (issue 20 item 4): the
 * argument refused, what is allowed, what was given (cut as an echo is), the
 * clause's condition where the refusal is not a range, a number's limits
 * and the clause ({@link RefusalFields}). The message is the core's own
 * wording of them, the text Excel shows; the pane words a refusal from the
 * fields and no adapter reads a message to learn what it says.
 *
 * A message never carries a control character (a cell, a CSV line or a line
 * of `btu-calc --batch` stays one line) and never echoes unbounded text: a
 * repeat of the user's text goes through {@link echo} (cut to
 * {@link ECHO_MAX} characters with an ellipsis), and the whole message is cut
 * to {@link MESSAGE_MAX}.
 */
export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#N/A";

/** The most characters of the user's text a message repeats. */
export const ECHO_MAX = 60;
/** The longest message the core gives (Excel shows 255 in a cell's error indicator). */
export const MESSAGE_MAX = 1024;

/** C0 and C1 control characters, DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Text with every control character (newline, tab, NUL, ...) replaced by a space. */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, " ");
}

/**
 * Text cut to `max` characters, the last one an ellipsis when anything was
 * cut (or when `more` says the text went on beyond what was read); never
 * splits a surrogate pair.
 */
export function cut(text: string, max: number, more = false): string {
  if (text.length <= max && !more) return text;
  let end = Math.min(text.length, max - 1);
  const c = text.charCodeAt(end - 1);
  if (end < text.length && c >= 0xd800 && c <= 0xdbff) end -= 1;
  return text.slice(0, end) + "…";
}

/**
 * The user's text as a message repeats it: trimmed, control characters made
 * spaces, cut to {@link ECHO_MAX} characters, in double quotes. Reads at most
 * a few times the cut of the text, however long it is.
 */
export function echo(text: unknown): string {
  return `"${shown(text)}"`;
}

/**
 * A message as the core gives it: control characters made spaces, cut to
 * {@link MESSAGE_MAX} characters (each echo of the user's text is already cut
 * by {@link echo}); reads at most a few times the cut, however long it is.
 */
export function cleanMessage(message: string): string {
  const read = 8 * MESSAGE_MAX;
  return cut(withoutControls(message.slice(0, read)), MESSAGE_MAX, message.length > read);
}

/**
 * A number's limits as a refusal states them, for an adapter to say them in
 * its own units (the pane says a portion's 0 and 1 as 0% and 100%): `low`
 * and `high` with whether each is allowed itself; `unit` "fraction" marks a
 * value that is a fraction of a whole (1 is 100%).
 */
export interface Limits {
  readonly low?: number;
  readonly lowIncluded?: boolean;
  readonly high?: number;
  readonly highIncluded?: boolean;
  readonly unit?: "fraction" | "number";
}

/**
 * What a refusal says, as fields (issue 20 item 4), so that every adapter
 * formats it from them and none reads its message: `code` (the Excel error),
 * `argument` (the argument refused, as the function names it: "portion",
 * "consultingEndDate"; a register id for a choice), `allowed` (what is
 * allowed, in words that follow "must be": "above 0 and at most 1 (100%)"),
 * `given` (what was given, as shown: "1.5", "2004-09-30", "abc"; always cut
 * to {@link ECHO_MAX} characters), `rule` (for a refusal that is not a value
 * out of its range: the clause's condition the input breaks, in words that
 * follow the argument's name or label and a colon), `limits` (a number's
 * limits), `clause` (the clause that decides). `message` is the text Excel
 * shows; omitted, it is made from the fields: "ARGUMENT must be ALLOWED, got
 * GIVEN".
 */
export interface RefusalFields {
  readonly code: ExcelErrorCode;
  readonly argument?: string;
  readonly allowed?: string;
  readonly given?: string;
  readonly rule?: string;
  readonly limits?: Limits;
  readonly clause?: string;
  readonly message?: string;
}

/** The longest `allowed` or `rule` a refusal carries. */
const WORDS_MAX = 400;

/**
 * The user's text (or a value) as a refusal's `given` field holds it:
 * trimmed, control characters made spaces, cut to {@link ECHO_MAX}
 * characters; {@link echo} without the quotes.
 */
export function shown(text: unknown): string {
  const s = typeof text === "string" ? text : String(text);
  const read = 4 * ECHO_MAX;
  return cut(withoutControls(s.slice(0, read)).trim(), ECHO_MAX, s.length > read);
}

const words = (t: string | undefined): string | undefined =>
  t === undefined ? undefined : cut(withoutControls(t.slice(0, 2 * WORDS_MAX)), WORDS_MAX);

/** The message made from the fields, when a refusal gives none. */
function messageOf(f: RefusalFields): string {
  const given = f.given === undefined ? "" : `, got ${shown(f.given)}`;
  if (f.allowed !== undefined) return `${f.argument ?? "argument"} must be ${f.allowed}${given}`;
  if (f.rule !== undefined) return `${f.argument ? `${f.argument}: ` : ""}${f.rule}${given}`;
  return `${f.argument ?? "argument"} is refused${given}`;
}

export class BtuError extends Error {
  readonly code: ExcelErrorCode;
  /** The argument refused, as the function names it (a register id for a choice). */
  readonly argument?: string;
  /** What is allowed, in words that follow "must be". */
  readonly allowed?: string;
  /** What was given, as shown, at most {@link ECHO_MAX} characters. */
  readonly given?: string;
  /** The clause's condition the input breaks, where it is not a range. */
  readonly rule?: string;
  /** A number's limits, for an adapter to state in its own units. */
  readonly limits?: Limits;
  /** The clause that decides, where one does. */
  readonly clause?: string;
  constructor(code: ExcelErrorCode, message: string);
  constructor(fields: RefusalFields);
  constructor(codeOrFields: ExcelErrorCode | RefusalFields, message?: string) {
    const f: RefusalFields =
      typeof codeOrFields === "string" ? { code: codeOrFields, message } : codeOrFields;
    super(cleanMessage(f.message ?? messageOf(f)));
    this.name = "BtuError";
    this.code = f.code;
    if (f.argument !== undefined) this.argument = shown(f.argument);
    if (f.allowed !== undefined) this.allowed = words(f.allowed);
    if (f.given !== undefined) this.given = shown(f.given);
    if (f.rule !== undefined) this.rule = words(f.rule);
    if (f.limits !== undefined) this.limits = f.limits;
    if (f.clause !== undefined) this.clause = shown(f.clause);
  }

  /** The fields, without the message: to refuse again with another message or code. */
  fields(): Omit<RefusalFields, "message"> {
    const { code, argument, allowed, given, rule, limits, clause } = this;
    return { code, argument, allowed, given, rule, limits, clause };
  }
}

/** The fields of a refusal without its code (the helpers below give it). */
export type Refusal = Omit<RefusalFields, "code">;

const make = (code: ExcelErrorCode, m: string | Refusal): BtuError =>
  new BtuError(typeof m === "string" ? { code, message: m } : { ...m, code });

/** A value of the wrong kind, or a combination the agreement does not allow. */
export function valueError(refusal: string | Refusal): BtuError {
  return make("#VALUE!", refusal);
}

/** A number or date outside the range the agreement or arithmetic allows. */
export function numError(refusal: string | Refusal): BtuError {
  return make("#NUM!", refusal);
}

/** A value that does not exist (a forfeited option has no deadline). */
export function naError(refusal: string | Refusal): BtuError {
  return make("#N/A", refusal);
}
