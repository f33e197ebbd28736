/**
 * The controller's ledger of a payout (issue 21 item 3): what the Company
 * owes and has not paid at the end of a day (OUTSTANDING) and its month-end
 * roll-forward (ROLLFORWARD). When each amount becomes owed is the rule of
 * ../rules/p4-arising.ts (register `amounts-arise`): fees and base salary as
 * earned (3(a), paragraph 1), what the termination makes due on the
 * termination date, shares elected earlier on the election (4(c)(i)(B)).
 */
import Decimal from "decimal.js";
import { Serial } from "../dates";
import { Trace } from "../trace";
import { payout, PayoutRequest } from "../rules/p4-payout";
import {
  LEDGER_FIRST_DAY,
  LEDGER_LAST_DAY,
  outstandingOf,
  rollForwardOf,
  RollForwardRow,
} from "../rules/p4-arising";

export type { RollForwardRow } from "../rules/p4-arising";
export { LEDGER_FIRST_DAY, LEDGER_LAST_DAY };

/**
 * OUTSTANDING: what the Company owes and has not paid at the end of `asOf`
 * under the payout `req` describes: fees and base salary earned and unpaid,
 * lump sums and delayed balances due, the 4(h) continuation, shares not yet
 * delivered (at their value). On and after the termination date (under the
 * default reading) it is the payments still scheduled after `asOf`.
 */
export function outstanding(req: PayoutRequest, asOf: Serial, trace?: Trace): Decimal {
  return outstandingOf(payout(req, trace), asOf, trace);
}

/**
 * ROLLFORWARD: a row a month end from the month of `fromMonth` to the month
 * of `toMonth` (any day names its month; by default the month of the first
 * arising or payment to the month of the last payment): opening, arising,
 * paid (the schedule's payments dated in the month), closing (OUTSTANDING at
 * the month end); opening + arising - paid = closing to the cent.
 */
export function rollForward(
  req: PayoutRequest,
  range: { readonly fromMonth?: Serial; readonly toMonth?: Serial } = {},
  trace?: Trace
): RollForwardRow[] {
  return rollForwardOf(payout(req, trace), range.fromMonth, range.toMonth, trace);
}
