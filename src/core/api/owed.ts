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
import { Lru } from "../cache";
import { Choices } from "../agreement/interpretations";
import { payout, PayoutRequest } from "../rules/p4-payout";
import {
  LEDGER_FIRST_DAY,
  LEDGER_LAST_DAY,
  LedgerEntry,
  ledgerEntries,
  outstandingFrom,
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
  if (trace) return outstandingOf(payout(req, trace), asOf, trace);
  return outstandingFrom(entriesOf(req), asOf);
}

/* --------------------------------------------- kept between calls */

/**
 * The ledger entries of the last requests (least recently used evicted), so
 * that a column of OUTSTANDING cells against one termination builds its
 * payout once (issue 21; bench/bench.ts `OUTSTANDING`): keyed by every fact
 * the payout rests on. A request the core refuses is not kept (payout throws
 * first).
 */
const ENTRIES = new Lru<string, LedgerEntry[]>(256);
const CHOICES_KEYS = new WeakMap<Choices, string>();

function choicesKey(c: Choices): string {
  let k = CHOICES_KEYS.get(c);
  if (k === undefined) {
    const fields = c as unknown as Record<string, unknown>;
    k = Object.keys(fields)
      .sort()
      .map((f) => `${f}=${String(fields[f])}`)
      .join(";");
    CHOICES_KEYS.set(c, k);
  }
  return k;
}

function requestKey(req: PayoutRequest): string {
  const s = req.baseSalary;
  const d = req.delay;
  return [
    req.scenario.code,
    req.T,
    req.periods,
    req.consultingEnd ?? "",
    req.rate?.toString() ?? "",
    s ? `${s.annual.toString()}@${s.paidThrough}` : "",
    d
      ? [
          d.notification,
          d.election ?? "",
          d.electionDate ?? "",
          d.portion?.toString() ?? "",
          d.fairMarketValue?.toString() ?? "",
          d.duressEnd ?? "",
          (d.holidays ?? []).join(","),
        ].join("/")
      : "",
    choicesKey(req.choices),
  ].join("|");
}

function entriesOf(req: PayoutRequest): LedgerEntry[] {
  const key = requestKey(req);
  let entries = ENTRIES.get(key);
  if (entries === undefined) {
    entries = ledgerEntries(payout(req));
    ENTRIES.set(key, entries);
  }
  return entries;
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
