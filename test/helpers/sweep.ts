/**
 * Date sweeps for the exhaustive tests (issue 20 item 6, "a test loop that
 * answers in a minute").
 *
 * `sweep(from, to)` is every day from..to in a full run (BTU_FULL=1:
 * `npm run test:full`), and a fixed, deterministic sample of them otherwise
 * (`npm test`, `npm run test:unit`, a plain `npx jest`):
 * - the agreement's own dates and the days on either side of each: the date
 *   of the letter, February 7, 2003; the Separation Date, June 30, 2003, and
 *   the fees' first day, July 1, 2003 (paragraphs 1, 2, 3(a)); July 1, 2004
 *   and July 1, 2005, from which 4(b) and 4(c) may be used, and the three
 *   months' notice after them (October 1, 2004 and 2005); every contract
 *   year's end, June 30, through June 30, 2007 (paragraph 3(a));
 * - every year's end (December 31 and January 1) and the leap day
 *   (February 29, 2004);
 * - every scenario's window, first and last day and either side, for every
 *   periods value it allows (the core's terminationWindow, default readings);
 * - every pay date of the default pay calendar of both fees (3(a) "payable
 *   bi-weekly");
 * - the dates a caller adds (`also`, e.g. the pay dates under the reading it
 *   tests), and either side of each;
 * - one day in every STRIDE from `from`, shifted by `salt`: STRIDE is 23,
 *   prime and coprime with 7 and 14, so the sample lands on every weekday and
 *   every day of the bi-weekly pay cycle; a test sweeping several readings
 *   passes each its own salt, so that the readings together visit every day.
 *
 * Only which dates are visited changes; every assertion runs on each.
 */
import {
  DEFAULT_CHOICES,
  FEE_END,
  FEE_START,
  SCENARIOS,
  scheduleFor,
  terminationWindow,
} from "../../src/core";
import { D } from "./core";

/** A full sweep: `BTU_FULL=1` (npm run test:full; npm test runs the sample). */
export const FULL = /^(1|true|yes)$/i.test(process.env.BTU_FULL ?? "");

/** One sampled day in every STRIDE days (prime; coprime with 7 and 14). */
export const STRIDE = 23;

/** The agreement's dates, contract-year and calendar-year ends, the leap day (each with the days either side). */
const AGREEMENT_DATES = [
  "2003-02-07", // the letter; the Transition Period begins (1)
  "2003-06-30", // the Separation Date; the Transition Period ends (1)
  "2003-07-01", // Consulting and Chairman Fees from July 1, 2003 (3(a))
  "2004-02-29", // the leap day of the 2003-04 contract year (366 days)
  "2004-06-30", // office space and support through June 30, 2004 (5); 4(d) Consulting before July 1, 2004
  "2004-07-01", // 4(b)(i), 4(c)(i) beginning on July 1, 2004
  "2004-10-01", // ... upon three months' notice
  "2005-06-30",
  "2005-07-01", // 4(b)(ii), 4(c)(ii) beginning on July 1, 2005; 4(d) Chairmanship before July 1, 2005
  "2005-10-01", // ... upon three months' notice
  "2006-06-30",
  "2006-07-01",
  "2007-06-30", // the Consulting and Chairmanship Periods end (2, 3(a))
  "2003-12-31", // calendar year ends (and, the day after, January 1)
  "2004-12-31",
  "2005-12-31",
  "2006-12-31",
].map(D);

let boundaries: number[] | undefined;
/** The sample's fixed days, sorted (computed once). */
export function boundaryDates(): readonly number[] {
  if (boundaries) return boundaries;
  const days = new Set<number>();
  const near = (d: number) => [d - 1, d, d + 1].forEach((x) => days.add(x));
  AGREEMENT_DATES.forEach(near);
  for (const s of SCENARIOS)
    for (const p of s.periodsAllowed) {
      const w = terminationWindow(s, p, DEFAULT_CHOICES);
      near(w.from);
      near(w.to);
    }
  for (const fee of ["consulting", "chairman"] as const)
    for (const row of scheduleFor(fee, FEE_START, FEE_END, DEFAULT_CHOICES)) days.add(row.payDate);
  return (boundaries = [...days].sort((a, b) => a - b));
}

export interface SweepOptions {
  /** Shifts the stride (0 .. STRIDE - 1; any integer is taken modulo STRIDE). */
  readonly salt?: number;
  /** Days the sample must include besides the fixed ones (each with the days either side). */
  readonly also?: Iterable<number>;
}

/** Every day from..to (inclusive) in a full run, else the sample described above, in order. */
export function sweep(from: number, to: number, options: SweepOptions = {}): number[] {
  const all: number[] = [];
  if (FULL) {
    for (let d = from; d <= to; d++) all.push(d);
    return all;
  }
  const days = new Set<number>([from, to]);
  for (const d of boundaryDates()) days.add(d);
  for (const d of options.also ?? []) [d - 1, d, d + 1].forEach((x) => days.add(x));
  const shift = (((options.salt ?? 0) % STRIDE) + STRIDE) % STRIDE;
  for (let d = from + shift; d <= to; d += STRIDE) days.add(d);
  return [...days].filter((d) => d >= from && d <= to).sort((a, b) => a - b);
}
