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
 */
export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#N/A";

export class BtuError extends Error {
  readonly code: ExcelErrorCode;
  constructor(code: ExcelErrorCode, message: string) {
    super(message);
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
