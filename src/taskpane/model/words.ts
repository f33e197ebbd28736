/**
 * The pane's own words for what the core says. The core's messages name the
 * argument of a function ("consultingEndDate: ...", "fairMarketValue must
 * be ...", "..., got 0"), as a cell user sees them; the pane shows the same
 * facts with the field's label, what is allowed and how to fix it. Nothing
 * here decides what is allowed: every limit is in the core's message, only
 * the names and the phrasing change.
 *
 * One date format everywhere: the fields take and show YYYY-MM-DD, and so do
 * the hints, messages, summaries and charts (long dates in core text are
 * rewritten as YYYY-MM-DD).
 */
import Decimal from "decimal.js";
import { formatMoney } from "../../core";

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
  portion: "Percentage of the lump sum taken in shares",
  electionDate: "Election date",
  duressEnd: "Date the Board found the duress ended",
  duressEndDate: "Date the Board found the duress ended",
  notificationDate: "Date of the Board's notification",
  notification: "Date of the Board's notification",
  salaryPaidThrough: "Base salary paid through",
  annual: "Annual base salary",
  firstDayOfDisability: "First day of disability",
  lastDayOfDisability: "Last day of disability",
};

const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * A core message in the pane's words for the field labelled `label`:
 * the argument's name becomes the label, "got x" becomes "you entered x",
 * the `periods` values become the pane's period choices, and long dates
 * become YYYY-MM-DD.
 */
export function paneMessage(message: string, label?: string): string {
  let m = message.trim();
  // "choices: pay-lag must be ..." / "delay electionDate ..." / "consultingEndDate: ..."
  m = m.replace(
    /^choices: ([a-z-]+) /,
    (_, id: string) => `${label ?? capital(id.replace(/-/g, " "))} `
  );
  m = m.replace(/^delay:? /, "");
  const lead = /^([a-z][A-Za-z]+):? /.exec(m);
  if (lead && FIELD_LABELS[lead[1]])
    m = `${label ?? FIELD_LABELS[lead[1]]} ${m.slice(lead[0].length)}`;
  for (const [arg, text] of Object.entries(FIELD_LABELS))
    m = m.replace(new RegExp(`\\b${arg}\\b`, "g"), text.charAt(0).toLowerCase() + text.slice(1));
  m = m
    .replace(/periods "both"/g, '"Both the Consulting and the Chairmanship Period"')
    .replace(/periods "chairman"/g, '"The Chairmanship Period only"')
    .replace(/periods "consulting"/g, '"The Consulting Period only"')
    .replace(/, got ""$/, "; the field is empty")
    .replace(/, got "?(.*?)"?$/, (_, v: string) => `; you entered ${v.slice(0, 40)}`);
  m = isoDates(m);
  // "Date the Consulting Period ended 4(b)(ii) may end ..." reads better with a colon after the label.
  if (label && m.startsWith(`${label} `) && /^\d|^\(|^[A-Z0-9]\(/.test(m.slice(label.length + 1)))
    m = `${label}: ${m.slice(label.length + 1)}`;
  m = capital(m);
  return /[.!?]$/.test(m) ? m : `${m}.`;
}
