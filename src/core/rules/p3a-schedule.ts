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

/** The schedule's rows as decimal amounts: {@link feeScheduleCents}, the one loop over the pay periods. */
export function feeSchedule(
  ledger: FeeLedger,
  from: Serial = FEE_START,
  to: Serial = FEE_END
): ScheduleRow[] {
  return feeScheduleCents(ledger, from, to).map((r) => ({
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

/** {@link feeSchedule} with the amounts in whole cents (the same rows). */
export function feeScheduleCents(
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
