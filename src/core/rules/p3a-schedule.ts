/**
 * Paragraph 3(a), "payable bi-weekly": the fee schedule a controller pays
 * from. One row per pay period that overlaps [from, to], clipped to it
 * (register `schedule-window`), so the rows sum exactly to the fees for those
 * days and a schedule from a termination date sums to the remainder.
 */
import Decimal from "decimal.js";
import { Serial } from "../dates";
import { centsToDecimal } from "../money";
import { FEE_END, FEE_START, FeeLedger } from "./p3a-fees";

export interface ScheduleRow {
  readonly payDate: Serial;
  readonly start: Serial;
  readonly end: Serial;
  readonly days: number;
  readonly amount: Decimal;
  /** Running total of `amount` from the first row. */
  readonly cumulative: Decimal;
}

/** Schedule rows with their amounts in dollars, as {@link feeSchedule} computed them in cents. */
export function inDollars(rows: readonly ScheduleRowCents[]): ScheduleRow[] {
  return rows.map((r) => ({
    ...r,
    amount: centsToDecimal(r.amount),
    cumulative: centsToDecimal(r.cumulative),
  }));
}

/** A {@link ScheduleRow} with its amounts in whole cents. */
export interface ScheduleRowCents {
  readonly payDate: Serial;
  readonly start: Serial;
  readonly end: Serial;
  readonly days: number;
  readonly amount: number;
  readonly cumulative: number;
}

/**
 * The pay periods overlapping [from, to], each clipped to it, with its
 * amount and the running total in whole cents: the one loop over the pay
 * periods ({@link inDollars} gives the same rows in dollars).
 */
export function feeSchedule(
  ledger: FeeLedger,
  from: Serial = FEE_START,
  to: Serial = FEE_END
): ScheduleRowCents[] {
  const lo = Math.max(from, FEE_START);
  const hi = Math.min(to, FEE_END);
  const rows: ScheduleRowCents[] = [];
  if (lo > hi) return rows;
  let cumulative = 0;
  const periods = ledger.periods;
  for (let i = ledger.periodIndex(lo); i < periods.length; i++) {
    const p = periods[i];
    if (p.start > hi) break;
    const start = p.start > lo ? p.start : lo;
    const end = p.end < hi ? p.end : hi;
    const amount = ledger.amountCents(start, end);
    cumulative += amount;
    rows.push({ payDate: p.payDate, start, end, days: end - start + 1, amount, cumulative });
  }
  return rows;
}
