/**
 * Readers of what a person types: amounts, percentages (portions) and dates
 * as text. One reader each, used by the BTU.* functions (for text in a cell)
 * and by the task pane (for every field), so the same text means the same
 * thing everywhere, and text that could mean two things is refused with both
 * readings shown instead of being guessed.
 *
 * Numbers:
 * - digits with a decimal point: `3.25`, `.5`, `1e3`; a sign in front;
 * - thousands separators in groups of three: `1,234.56`, `1,234,567`;
 * - `3,125` (one comma, three digits after it, no decimal point) is
 *   AMBIGUOUS: 3125 with a thousands separator, or 3.125 with a decimal
 *   comma; it is refused with both readings. Where the three digits end in
 *   0 (`400,000`, `3,250`, `12,500`) there is one reading: no one writes 400
 *   or 3.25 with a decimal comma as 400,000 or 3,250 (trailing zeros after
 *   a decimal comma say nothing), so the comma separates thousands. A whole
 *   count (shares) has only the thousands reading: `12,345` shares is read
 *   12345;
 * - a decimal comma (`3,5`, `1.234,56`) is refused with the reading it
 *   would have (3.5, 1234.56): type a point;
 * - an amount may start with `$` (`$3.25`, `-$5`); a percentage is not an
 *   amount;
 * - a number may end with `%` (`40%` is 0.4).
 *
 * Portions (4(c)(i)(B)'s "portion of such value"): a fraction of the whole,
 * as a cell formatted as a percentage holds it: `0.4` and `40%` are forty
 * percent. A plain `40` is read as it is written, 40 times the whole
 * (4000%), which the clause refuses (at most 100%); the reading says to type
 * `40%`. This is the functions' contract (DURESS_SHARES' `portion`, the
 * `delay` text's `portion=40%`), now the pane's too.
 *
 * Dates:
 * - ISO `YYYY-MM-DD` (`2004-10-01`);
 * - US `M/D/YYYY` (`10/15/2004`, `7/15/2004`) ONLY where it cannot be read
 *   day-first: the day is above 12 (15 can be no month) or the day and the
 *   month are the same number (`5/5/2004`). Otherwise (`7/4/2004`,
 *   `10/1/2004`) the text is ambiguous between July 4 (United States) and
 *   7 April (day first, as most of the world and many Excel installations
 *   write it) and is refused with both ISO readings; a first number above
 *   12 (`15/7/2004`) is day-first text and is refused with the date it
 *   would be. Guessing a date moves a payout: a termination date read a
 *   month wrong is a different payment. The year has four digits.
 * Numeric text is not a date here: the functions read it as an Excel serial
 * themselves (the workbook's date system is theirs to know).
 */
import Decimal from "decimal.js";
import { iso, parseIso, serial, Serial, ymd } from "./dates";
import { echo, shown } from "./errors";
import { Dec } from "./money";

/**
 * What a reader made of a text: the value and how it was read ("$3.25",
 * "40%", "2004-10-01"), or why it was refused, with the reading(s) it could
 * have had where there is one.
 */
export type Reading<T> =
  | { readonly ok: true; readonly value: T; readonly read: string; readonly note?: string }
  | {
      readonly ok: false;
      /** The refusal as one sentence: the text given (echoed, bounded) and what is wrong with it. */
      readonly why: string;
      readonly read?: string;
      /** The text given, as a refusal's `given` field holds it (cut to ECHO_MAX characters). */
      readonly given: string;
      /** What is wrong with it, without the text: "is ambiguous: ...", "is not a date". */
      readonly problem: string;
    };

/** What a number stands for: decides `$`, `%` and whole-count grouping. */
export type NumberKind = "number" | "amount" | "portion" | "count";

/** Longer text is not a number or a date anyone typed; refused without reading it all. */
const MAX_TEXT = 64;

const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** One comma before exactly three digits, nothing else: 3,125. */
const ONE_GROUP = /^\d{1,3},\d{3}$/;
/** A comma as the decimal point, with optional point (or no) grouping: 3,5  1.234,56  1234,5678. */
const DECIMAL_COMMA = /^(?:\d{1,3}(?:\.\d{3})+|\d+),\d+$/;

/** "1234567.5" as "1,234,567.5" (the integer part grouped). */
function grouped(text: string): string {
  const [whole, frac] = text.split(".");
  const neg = whole.startsWith("-");
  const digits = neg ? whole.slice(1) : whole;
  const g = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (neg ? "-" : "") + g + (frac !== undefined ? `.${frac}` : "");
}

/** How a value of `kind` is shown back: $1,234.50, 40%, 12,500, 3.125. */
export function readingOf(value: Decimal, kind: NumberKind): string {
  // A number no one types in full (1e999) is shown as it would be written, never thousands of digits.
  if (!value.isZero() && (value.abs().gte("1e21") || value.abs().lt("1e-12")))
    return (
      (kind === "portion" ? value.times(100) : value).toExponential() +
      (kind === "portion" ? "%" : "")
    );
  if (kind === "portion") return `${value.times(100).toFixed()}%`;
  if (kind === "amount") {
    const places = value.decimalPlaces();
    const text = grouped(value.abs().toFixed(places <= 2 ? 2 : places));
    return value.isNegative() && !value.isZero() ? `-$${text}` : `$${text}`;
  }
  if (kind === "count") return grouped(value.toFixed());
  return value.toFixed();
}

const refused = <T>(text: string, problem: string, read?: string): Reading<T> => ({
  ok: false,
  why: `${echo(text)} ${problem}`,
  read,
  given: shown(text),
  problem,
});

/**
 * Reads a number typed as text (see the module's rules): `readNumber("$3.25",
 * "amount")` is 3.25 read as "$3.25"; `readNumber("3,125", "amount")` is
 * refused as ambiguous, read "$3,125.00 or $3.125"; `readNumber("0.4",
 * "portion")` and `readNumber("40%", "portion")` are 0.4 read as "40%".
 */
export function readNumber(text: string, kind: NumberKind = "number"): Reading<Decimal> {
  let t = text.trim();
  if (t.length > MAX_TEXT) return refused(t, `is too long to be a number`);
  let sign = "";
  if (/^[+-]/.test(t)) {
    sign = t[0] === "-" ? "-" : "";
    t = t.slice(1).trimStart();
  }
  let dollar = false;
  if (t.startsWith("$")) {
    dollar = true;
    t = t.slice(1).trimStart();
  }
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1).trimEnd();
  }
  if (dollar && kind !== "amount")
    return refused(text, `is an amount in dollars, not ${NOUN[kind]}`);
  if (percent && (kind === "amount" || kind === "count"))
    return refused(text, `is a percentage, not ${NOUN[kind]}`);
  if (dollar && percent) return refused(text, `is not a number`);
  const show = (digits: string) => {
    const v = new Dec(sign + digits);
    return readingOf(percent ? v.div(100) : v, kind);
  };

  let digits: string;
  if (PLAIN.test(t)) digits = t;
  else if (GROUPED.test(t)) {
    digits = t.replace(/,/g, "");
    if (ONE_GROUP.test(t) && !t.endsWith("0") && kind !== "count") {
      const decimalComma = t.replace(",", ".");
      return refused(
        text,
        `is ambiguous: ${show(digits)} with a comma separating thousands, or ${show(decimalComma)} with a decimal comma; type ${sign}${digits} or ${sign}${decimalComma}`,
        `${show(digits)} or ${show(decimalComma)}`
      );
    }
  } else if (DECIMAL_COMMA.test(t)) {
    const asPoint = t.replace(/\./g, "").replace(",", ".");
    return refused(
      text,
      `has a comma for a decimal point (read that way it is ${show(asPoint)}); type ${sign}${asPoint}`,
      show(asPoint)
    );
  } else return refused(text, `is not ${NOUN[kind]}`);

  let value = new Dec(sign + digits);
  if (percent) value = value.div(100);
  if (!value.isFinite()) return refused(text, `is not a finite number`);
  if (kind === "count" && !value.isInteger())
    return refused(text, `is not a whole number`, readingOf(value, "number"));
  const note =
    kind === "portion" && !percent && value.gt(1)
      ? `a plain number is a fraction of the whole (0.4 is 40%): for ${digits} percent type ${digits}%`
      : undefined;
  return { ok: true, value, read: readingOf(value, kind), note };
}

const NOUN: Record<NumberKind, string> = {
  number: "a number",
  amount: "an amount in dollars",
  portion: "a fraction or a percentage",
  count: "a whole number",
};

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A real calendar day in Excel's range as a serial, or undefined. */
function day(y: number, m: number, d: number): Serial | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const s = serial(y, m, d);
  const back = ymd(s);
  if (back.year !== y || back.month !== m || back.day !== d) return undefined;
  return parseIso(iso(s));
}

/**
 * Reads a date typed as text: ISO `YYYY-MM-DD`, or a US `M/D/YYYY` date that
 * cannot be read day-first (see the module's rules). `readDate("7/15/2004")`
 * is 2004-07-15; `readDate("7/4/2004")` is refused, read "2004-07-04 or
 * 2004-04-07".
 */
export function readDate(text: string): Reading<Serial> {
  const t = text.trim();
  if (t.length > MAX_TEXT) return refused(t, `is too long to be a date`);
  const isoDay = parseIso(t);
  if (isoDay !== undefined) return { ok: true, value: isoDay, read: t };
  if (/^\d{4}-\d{2}-\d{2}$/.test(t))
    return refused(t, `is not a day of the calendar (YYYY-MM-DD, from 1900-03-01)`);
  const us = US_DATE.exec(t);
  if (!us) return refused(t, `is not a date`);
  const [a, b, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
  const monthFirst = day(y, a, b);
  const dayFirst = day(y, b, a);
  if (monthFirst !== undefined && (dayFirst === undefined || dayFirst === monthFirst))
    return { ok: true, value: monthFirst, read: iso(monthFirst) };
  if (monthFirst !== undefined && dayFirst !== undefined)
    return refused(
      t,
      `is ambiguous: ${iso(monthFirst)} read month first (M/D/YYYY, as in the United States) or ${iso(dayFirst)} read day first (D/M/YYYY); type ${iso(monthFirst)} or ${iso(dayFirst)}`,
      `${iso(monthFirst)} or ${iso(dayFirst)}`
    );
  if (dayFirst !== undefined)
    return refused(
      t,
      `is not M/D/YYYY (there is no month ${a}); read day first it is ${iso(dayFirst)}: type ${iso(dayFirst)}`,
      iso(dayFirst)
    );
  return refused(t, `is not a day of the calendar (M/D/YYYY)`);
}
