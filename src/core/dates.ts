/**
 * Dates as Excel serial numbers (1900 date system).
 *
 * The core always counts in the 1900 system. A workbook in Excel's 1904 date
 * system (register date-system) numbers the same day 1,462 lower; the Excel
 * adapters convert at the door with {@link fromDateSystem} and
 * {@link toDateSystem}, so money never depends on it.
 *
 * The core works with whole-day serials: 37803 is 2003-07-01. Serial 25569 is
 * 1970-01-01; every serial in the agreement's span is far past Excel's
 * fictitious 1900-02-29 (serial 60), so the mapping below is exact for it.
 * Calendar arithmetic that Excel users know by name (EDATE, WORKDAY) keeps
 * Excel's semantics exactly, so an auditor can reproduce each date with the
 * native function.
 */
import { valueError } from "./errors";

export type Serial = number;

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;
/** Excel's largest date, 9999-12-31. */
export const MAX_SERIAL = 2_958_465;
/** 1900-03-01, the first serial that maps to a real calendar day the same way in every tool. */
export const MIN_SERIAL = 61;

/** `serial(2003, 7, 1)` is 37803. Months are 1-12. */
export function serial(year: number, month: number, day: number): Serial {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** `ymd(37803)` is { year: 2003, month: 7, day: 1 }. */
export function ymd(s: Serial): Ymd {
  const d = new Date((s - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** `iso(37803)` is "2003-07-01". */
export function iso(s: Serial): string {
  const { year, month, day } = ymd(s);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses strict ISO text `YYYY-MM-DD` to a serial, or returns undefined when
 * the text is not a real calendar date ("2005-02-29" is not).
 */
export function parseIso(text: string): Serial | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const s = serial(y, mo, d);
  const back = ymd(s);
  if (back.year !== y || back.month !== mo || back.day !== d) return undefined;
  if (s < MIN_SERIAL || s > MAX_SERIAL) return undefined;
  return s;
}

/** ISO text for a known-good date constant: `d("2003-07-01")`. Throws on a typo at start-up. */
export function d(text: string): Serial {
  const s = parseIso(text);
  if (s === undefined) throw new Error(`bad date constant ${text}`);
  return s;
}

/**
 * Excel's EDATE: the same day of the month `months` months later, clamped to
 * the month's last day. `edate(d("2004-11-30"), 3)` is 2005-02-28.
 * Pure calendar arithmetic in UTC: no local time zone can move a day (a
 * zone that skipped a whole day, as Pacific/Apia skipped 2011-12-30, once
 * did through the local Date).
 */
export function edate(s: Serial, months: number): Serial {
  const { year, month, day } = ymd(s);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const last = serial(y, m + 1, 1) - serial(y, m, 1);
  return serial(y, m, Math.min(day, last));
}

/** Day of the week, 0 = Sunday ... 6 = Saturday (Excel's WEEKDAY(s) - 1). */
export function weekday(s: Serial): number {
  return (((s + 6) % 7) + 7) % 7;
}

export function isWeekend(s: Serial): boolean {
  const w = weekday(s);
  return w === 0 || w === 6;
}

/**
 * Excel's WORKDAY(start, days, holidays) for days >= 0: the day `days`
 * business days after `start` (start itself is not counted), skipping
 * Saturdays, Sundays and the given holidays.
 */
export function workday(
  start: Serial,
  days: number,
  holidays: ReadonlySet<Serial> = new Set()
): Serial {
  let s = start;
  let left = days;
  while (left > 0) {
    s += 1;
    if (!isWeekend(s) && !holidays.has(s)) left -= 1;
  }
  if (s > MAX_SERIAL)
    throw valueError({
      argument: "days",
      allowed: `few enough to fall on or before 9999-12-31, Excel's last date`,
      given: String(days),
      message: `${days} business days after ${iso(start)} fall after 9999-12-31, Excel's last date`,
    });
  return s;
}

/** The n-th (1-based) given weekday of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, dow: number, n: number): Serial {
  if (n > 0) {
    const first = serial(year, month, 1);
    return first + ((dow - weekday(first) + 7) % 7) + 7 * (n - 1);
  }
  const last = serial(year, month + 1, 1) - 1;
  return last - ((weekday(last) - dow + 7) % 7);
}

/** A Massachusetts legal holiday falling on a Sunday is kept on the Monday after (M.G.L. c. 4, § 7, clause 18); one on a Saturday is not moved. */
function sundayToMonday(s: Serial): Serial {
  return weekday(s) === 0 ? s + 1 : s;
}

/**
 * The Massachusetts legal holidays of one year, M.G.L. c. 4, § 7, clause 18
 * (the register's `business-days=us-ma`, its default): New Year's Day,
 * Martin Luther King Jr. Day (third Monday of January), Washington's Birthday
 * (third Monday of February), Patriots' Day (third Monday of April), Memorial
 * Day (last Monday of May), Juneteenth (June 19, from 2021), Independence Day,
 * Labor Day, Columbus Day (second Monday of October), Veterans Day (November
 * 11), Thanksgiving Day (fourth Thursday of November) and Christmas Day. A
 * date holiday on a Sunday is kept on the Monday after; one on a Saturday is
 * not moved (unlike the federal rule of 5 U.S.C. 6103(b)). Suffolk County's
 * own days (Evacuation Day, Bunker Hill Day) are left out: BTU is in
 * Middlesex County. `usMaHolidays(2006)` includes 2006-11-11 (a Saturday) and
 * 2006-11-23.
 */
export function usMaHolidays(year: number): Serial[] {
  return [
    sundayToMonday(serial(year, 1, 1)), // New Year's Day
    nthWeekday(year, 1, 1, 3), // Martin Luther King Jr. Day
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    nthWeekday(year, 4, 1, 3), // Patriots' Day
    nthWeekday(year, 5, 1, -1), // Memorial Day
    ...(year >= 2021 ? [sundayToMonday(serial(year, 6, 19))] : []), // Juneteenth
    sundayToMonday(serial(year, 7, 4)), // Independence Day
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    sundayToMonday(serial(year, 11, 11)), // Veterans Day
    nthWeekday(year, 11, 4, 4), // Thanksgiving Day
    sundayToMonday(serial(year, 12, 25)), // Christmas Day
  ];
}

/** Whole years from `from` to `to` (age last birthday); anniversaries use EDATE, so a 29 February birthday falls on 28 February. */
export function wholeYearsBetween(from: Serial, to: Serial): number {
  let years = ymd(to).year - ymd(from).year;
  if (edate(from, 12 * years) > to) years -= 1;
  return years;
}

/**
 * The day of a serial with a time of day: rounded to the millisecond first
 * (Excel keeps times to the millisecond), so 38260.99999999999, which Excel
 * shows as 2004-10-01 00:00:00.000, is 2004-10-01, not 2004-09-30.
 */
export function dayOf(s: number): number {
  return Math.floor(Math.round(s * MS_PER_DAY) / MS_PER_DAY);
}

/**
 * Guards a serial the core is handed: a whole number within Excel's date
 * range (#VALUE! with its message otherwise: Excel shows none for #NUM!).
 */
export function checkSerial(s: number, argument: string): Serial {
  if (!Number.isFinite(s)) throw valueError({ argument, allowed: "a date" });
  // A time of day is ignored (README): 2958465.5 is noon on 9999-12-31, still that day.
  const day = dayOf(s);
  if (day < MIN_SERIAL || day > MAX_SERIAL)
    throw valueError({
      argument,
      allowed: "a date between 1900-03-01 and 9999-12-31",
      given: String(s),
      message: `${argument} must be a date between 1900-03-01 and 9999-12-31`,
    });
  return day;
}

/** Excel's two date systems (Microsoft: "Date systems in Excel"); register date-system. */
export type DateSystem = "1900" | "1904";

/** Days between the systems: 1904-01-01 is serial 1462 in the 1900 system and 0 in the 1904 system. */
export const DATE_1904_OFFSET = 1462;

/** A serial as a workbook in `system` holds it, read as the core's 1900 serial: 36799 in a 1904 workbook is 38261 (2004-10-01). */
export function fromDateSystem(s: number, system: DateSystem): number {
  return system === "1904" ? s + DATE_1904_OFFSET : s;
}

/** The core's 1900 serial as a workbook in `system` holds it: 38261 (2004-10-01) is 36799 in a 1904 workbook. */
export function toDateSystem(s: Serial, system: DateSystem): number {
  return system === "1904" ? s - DATE_1904_OFFSET : s;
}
