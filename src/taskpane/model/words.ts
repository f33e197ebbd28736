/**
 * The pane's own words for what the core says. The core's messages name the
 * argument of a function ("consultingEndDate: ...", "fairMarketValue must
 * be ...", "..., got 0"), as a cell user sees them; a refusal also carries
 * them as fields (the argument, what is allowed, what was given), and the
 * pane words them from those fields, with the field's label, what is allowed
 * and how to fix it; it never reads a message. Nothing here decides what is
 * allowed: every limit is the core's, only the names and the phrasing
 * change.
 *
 * One date format everywhere: the fields take and show YYYY-MM-DD, and so do
 * the hints, messages, summaries and charts (long dates in core text are
 * rewritten as YYYY-MM-DD).
 */
import Decimal from "decimal.js";
import { BtuError, Dec, formatMoney, Limits, readingOf } from "../../core";

/** How every date field is written and shown. */
export const DATE_FORMAT = "YYYY-MM-DD";

/** Money as the pane shows it: "$1,216,000.00" (the core's cents, with the dollar sign). */
export function dollars(x: Decimal): string {
  const text = formatMoney(x);
  return text.startsWith("-") ? `-$${text.slice(1)}` : `$${text}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const LONG_DATE = new RegExp(`\\b(${MONTHS.join("|")}) (\\d{1,2}), (\\d{4})\\b`, "g");

/** Rewrites long dates ("June 30, 2003") as YYYY-MM-DD ("2003-06-30"). */
export function isoDates(text: string): string {
  return text.replace(LONG_DATE, (_, month: string, day: string, year: string) => {
    const m = MONTHS.indexOf(month) + 1;
    return `${year}-${String(m).padStart(2, "0")}-${day.padStart(2, "0")}`;
  });
}

/** The core's argument names (and register ids) as the pane's fields are labelled. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  consultingEndDate: "Date the Consulting Period ended",
  terminationDate: "The termination date",
  noticeDate: "The notice date",
  fairMarketValue: "Fair market value per share",
  "delay fairMarketValue": "Fair market value per share",
  portion: "Percentage of the lump sum taken in shares",
  electionDate: "Election date",
  "delay electionDate": "Election date",
  duressEnd: "Date the Board found the duress ended",
  "delay duressEnd": "Date the Board found the duress ended",
  duressEndDate: "Date the Board found the duress ended",
  notificationDate: "Date of the Board's notification",
  notification: "Date of the Board's notification",
  "delay notification": "Date of the Board's notification",
  salaryPaidThrough: "Base salary paid through",
  annual: "Annual base salary",
  annualBaseSalary: "Annual base salary",
  firstDayOfDisability: "First day of disability",
  lastDayOfDisability: "Last day of disability",
};

const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** A number's limits in words, each limit shown by `show`: "above 0% and at most 100%". */
export function limitWords(limits: Limits, show: (n: number) => string): string {
  const low =
    limits.low === undefined
      ? ""
      : `${limits.lowIncluded === false ? "above" : "at least"} ${show(limits.low)}`;
  const high =
    limits.high === undefined
      ? ""
      : `${limits.highIncluded === false ? "below" : "at most"} ${show(limits.high)}`;
  return [low, high].filter(Boolean).join(" and ");
}

/** A fraction of a whole as the pane shows it: 1.5 as 150%. */
const percent = (n: number | string): string => readingOf(new Dec(n), "portion");

/**
 * The name a refusal gives the field: an argument the pane named in its own
 * words ("The termination date", passed to the core as the argument), else
 * the field's label, else the argument's label, else the argument.
 */
function nameOf(e: BtuError, label?: string): string {
  const a = e.argument;
  if (a !== undefined && /^[A-Z]/.test(a)) return a;
  if (label) return label;
  if (a !== undefined) return FIELD_LABELS[a] ?? capital(a);
  return "This field";
}

/**
 * A refusal of the core in the pane's words for the field labelled `label`,
 * made from its fields (issue 20 item 4), never from its message: the field's
 * name, what is allowed (a fraction's limits in percent), the clause's
 * condition, and what was entered ("; you entered 150%", or "; the field is
 * empty"). `entered` is the pane's own reading of what was typed, where it
 * has one ("150%"). A refusal without fields (none of the core's) shows its
 * message after the name.
 */
export function paneMessage(e: BtuError, label?: string, entered?: string): string {
  const name = nameOf(e, label);
  const fraction = e.limits?.unit === "fraction";
  const allowed = fraction && e.limits ? limitWords(e.limits, percent) : e.allowed;
  let m: string;
  if (allowed !== undefined) m = `${name} must be ${allowed}${e.rule ? `: ${e.rule}` : ""}`;
  else if (e.rule !== undefined) m = `${name}: ${e.rule}`;
  else return `${name}: ${e.message}`;
  const given =
    entered ??
    (fraction && e.given !== undefined && Number.isFinite(Number(e.given))
      ? percent(e.given)
      : e.given);
  if (given === "") m += "; the field is empty";
  else if (given !== undefined) m += `; you entered ${given}`;
  return /[.!?]$/.test(m) ? m : `${m}.`;
}
