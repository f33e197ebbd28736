/** The collector of field errors: each input read through the core, each refusal kept as a message for its field. */
import Decimal from "decimal.js";
import { BtuError, echo, readDate, readNumber, Scenario, Serial } from "../../core";
import { DATE_FORMAT, paneMessage } from "./words";

/** Field ids: "date", "periods", "consultingEnd", "disabilityFirst", "disabilityLast", "choice:<id>", "tranche:<i>:vesting", "duress:fmv", ... */
export type FieldErrors = Readonly<Record<string, string>>;

/** The label of the date a scenario turns on: the notice, or the event itself. */
export function dateLabelOf(s: Scenario): string {
  if (s.effect !== "event") return "Notice date";
  const what = s.dateMeaning.replace(/^the /, "");
  return what.charAt(0).toUpperCase() + what.slice(1);
}

export const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

export class Collector {
  readonly errors: Record<string, string> = {};
  /** The label of each field, for the core's messages in the pane's words. */
  readonly labels: Record<string, string> = {};
  has(field: string): boolean {
    return field in this.errors;
  }
  /**
   * Runs a core call; a BtuError becomes the field's message in the pane's
   * words, made from its fields (the first one stays; `entered` is the pane's
   * reading of what was typed, where the refusal's own would differ). Other
   * errors are defects and propagate.
   */
  run<T>(field: string, fn: () => T, entered?: string): T | undefined {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof BtuError)) throw e;
      if (!this.has(field)) this.errors[field] = paneMessage(e, this.labels[field], entered);
      return undefined;
    }
  }
  ok(field: string, fn: () => void): boolean {
    this.run(field, fn);
    return !this.has(field);
  }
  /** What each field's text was read as ("read as $3.25"), by field id: the echo beside the field. */
  readonly readings: Record<string, string> = {};
  /**
   * A date field, read by the core's readDate (the functions' reader of text
   * dates): YYYY-MM-DD, or M/D/YYYY where it cannot be read day first.
   */
  date(field: string, text: string, what: string, required: boolean): Serial | undefined {
    const t = text.trim();
    const What = what.charAt(0).toUpperCase() + what.slice(1);
    if (t === "") {
      if (required) this.errors[field] = `Enter ${what} as ${DATE_FORMAT}, e.g. 2004-07-01.`;
      return undefined;
    }
    const r = readDate(t);
    if (!r.ok) {
      const typed = echo(t);
      this.errors[field] = /^\d{4}-\d{2}-\d{2}$/.test(t)
        ? `${What}: ${t} is not a day of the calendar; check the month and the day (${DATE_FORMAT}).`
        : r.read === undefined
          ? `${What} must be written ${DATE_FORMAT}, e.g. 2004-07-01; you entered ${typed} (M/D/YYYY is read where the day is above 12).`
          : `${What} must be written ${DATE_FORMAT}, e.g. 2004-07-01; you entered ${typed}, which ${r.problem}.`;
      return undefined;
    }
    if (r.read !== t) this.readings[field] = `Read as ${r.read}`;
    return r.value;
  }
  /** Money or a price, read by the core's readNumber as an amount ("$3.25", "1,234.56"); 0 or more. */
  decimal(field: string, text: string, what: string): Decimal | undefined {
    const t = text.trim();
    const What = what.charAt(0).toUpperCase() + what.slice(1);
    if (t === "") {
      this.errors[field] = `Enter ${what}, e.g. $3.25.`;
      return undefined;
    }
    const r = readNumber(t, "amount");
    if (!r.ok) {
      this.errors[field] =
        r.read === undefined
          ? `${What} must be an amount in dollars such as 3.25 or $1,250.50; you entered ${echo(t)}.`
          : `${What}: ${r.why}.`;
      return undefined;
    }
    this.readings[field] = `Read as ${r.read}`;
    if (r.value.isNegative()) {
      this.errors[field] = `${What} must be 0 or more; you entered ${echo(t)}.`;
      return undefined;
    }
    return r.value;
  }
  /**
   * A portion of a whole, read by the core's readNumber as DURESS_SHARES reads
   * its `portion`: 0.4 and 40% are forty percent; a plain 40 is 4000%.
   */
  portion(field: string, text: string, what: string): Decimal | undefined {
    const r = readNumber(text, "portion");
    const What = what.charAt(0).toUpperCase() + what.slice(1);
    if (!r.ok) {
      this.errors[field] =
        r.read === undefined
          ? `${What} must be a percentage such as 40% or a fraction such as 0.4; you entered ${echo(text)}.`
          : `${What}: ${r.why}.`;
      return undefined;
    }
    this.readings[field] = `Read as ${r.read}${r.note ? `: ${r.note}` : ""}`;
    return r.value;
  }
  /** A number of shares ("12,500"), read by the core's readNumber as a whole count; above 0 and below `below`. */
  count(field: string, text: string, what: string, below: number): number | undefined {
    const r = readNumber(text, "count");
    const ok = r.ok && r.value.gt(0) && r.value.lt(below);
    if (!ok) {
      this.errors[field] =
        `${what}: enter the number of shares as a whole number above 0, e.g. 12,500${r.ok || text.trim() === "" ? "" : `; ${r.why}`}.`;
      return undefined;
    }
    if (r.read !== text.trim()) this.readings[field] = `Read as ${r.read}`;
    return r.value.toNumber();
  }
}

export const FIXED_LABELS: Readonly<Record<string, string>> = {
  consultingEnd: "Date the Consulting Period ended",
  disabilityFirst: "First day of disability",
  disabilityLast: "Last day of disability",
  baseSalary: "Annual base salary",
  salaryPaidThrough: "Base salary paid through",
  "duress:notification": "Date of the Board's notification",
  "duress:end": "Date the Board found the duress ended",
  "duress:portion": "Percentage of the lump sum taken in shares",
  "duress:fmv": "Fair market value per share",
  "duress:election": "Election date",
};
