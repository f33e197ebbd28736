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
  const s = typeof text === "string" ? text : String(text);
  const read = 4 * ECHO_MAX;
  return `"${cut(withoutControls(s.slice(0, read)).trim(), ECHO_MAX, s.length > read)}"`;
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

export class BtuError extends Error {
  readonly code: ExcelErrorCode;
  constructor(code: ExcelErrorCode, message: string) {
    super(cleanMessage(message));
    this.name = "BtuError";
    this.code = code;
  }
}

/** A value of the wrong kind, or a combination the agreement does not allow. */
export function valueError(message: string): BtuError {
  return new BtuError("#VALUE!", message);
}

/** A number or date outside the range the agreement or arithmetic allows. */
export function numError(message: string): BtuError {
  return new BtuError("#NUM!", message);
}

/** A value that does not exist (a forfeited option has no deadline). */
export function naError(message: string): BtuError {
  return new BtuError("#N/A", message);
}
