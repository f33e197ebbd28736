/**
 * Cash to the executive by date (CASH_TIMELINE) and running totals
 * (PAYOUT_SCHEDULE's and FEE_SCHEDULE's Cumulative column).
 */
import Decimal from "decimal.js";
import { iso, Serial } from "../dates";
import { sum } from "../money";
import { firstUnearnedDay, Payout } from "../rules/p4-payout";
import type { Asset, CashFlow, ComponentKind } from "../rules/p4-components";
import { FeeLedger, FeeName, splitAt, stopDayFor } from "../rules/p3a-fees";

/* ------------------------------------- cash to the executive, by date */

/** One dated amount the executive receives under a termination (CASH_TIMELINE). */
export interface TimelineFlow extends CashFlow {
  /**
   * "paid-before": a fee paid on schedule before the termination (or before an earlier end of the Consulting Period);
   * "continuing": a fee of a period the termination does not end, paid on schedule through June 30, 2007;
   * otherwise the payout component the amount belongs to.
   */
  readonly kind: "paid-before" | "continuing" | ComponentKind;
  readonly what: string;
  readonly clause: string;
  readonly asset: Asset;
}

const FEE_OF: Record<FeeName, string> = { consulting: "Consulting Fee", chairman: "Chairman Fee" };

/**
 * Every dated amount the executive receives from the fees and the payout
 * under a termination, sorted by date: the fees paid on schedule before it
 * (3(a)), the fees of a period it does not end (paid on schedule through
 * June 30, 2007), and the payout's own flows (earned but unpaid, lump sums,
 * the 4(h) continuation, the duress payments, shares at their value). Its
 * cumulative total compares like with like against {@link baselineFlows},
 * the agreement running its course. Where the Consulting Period ended
 * earlier (periods "chairman" with a consultingEnd), its fees count as paid
 * before that day only; what the earlier termination paid is not included.
 */
export function cashTimeline(p: Payout): TimelineFlow[] {
  const { choices, T, consultingEnd } = p.request;
  const out: Array<TimelineFlow & { order: number }> = [];
  let order = 0;
  for (const fee of ["consulting", "chairman"] as const) {
    const ledger = FeeLedger.of(fee, choices);
    const ended = fee === "consulting" ? p.ends.consulting : p.ends.chairman;
    const endedEarlier = fee === "consulting" && !ended && consultingEnd !== undefined;
    if (!ended && !endedEarlier) {
      for (const period of ledger.periods)
        out.push({
          date: period.payDate,
          amount: ledger.amount(period.start, period.end),
          kind: "continuing",
          what: `${FEE_OF[fee]}, continuing on schedule`,
          clause: "3(a)",
          asset: "cash",
          order: order++,
        });
      continue;
    }
    // The termination's own first unearned day (4(a): the day after the date of notice, register
    // cause-notice-day); an earlier end of the Consulting Period splits its fees at the general one.
    const stop = endedEarlier
      ? stopDayFor(consultingEnd as Serial, choices)
      : firstUnearnedDay(p.request.scenario.code, T, choices);
    const { unpaidFrom } = splitAt(ledger, stop);
    for (const period of ledger.periods) {
      if (period.end >= unpaidFrom) break;
      out.push({
        date: period.payDate,
        amount: ledger.amount(period.start, period.end),
        kind: "paid-before",
        what: `${FEE_OF[fee]}, paid on schedule before ${iso(stop)}`,
        clause: "3(a)",
        asset: "cash",
        order: order++,
      });
    }
  }
  for (const c of p.components)
    for (const f of c.flows)
      out.push({
        date: f.date,
        amount: f.amount,
        kind: c.kind,
        what: f.what,
        clause: f.clause,
        asset: f.asset,
        order: order++,
      });
  return out
    .sort((a, b) => a.date - b.date || a.order - b.order)
    .map((f) => ({
      date: f.date,
      amount: f.amount,
      kind: f.kind,
      what: f.what,
      clause: f.clause,
      asset: f.asset,
    }));
}

/* ------------------------------------------------ running totals */

/** A dated amount with the running total through it. */
export interface RunningTotal {
  readonly date: Serial;
  readonly amount: Decimal;
  readonly cumulative: Decimal;
}

/**
 * The Cumulative column of PAYOUT_SCHEDULE (paragraph 4: a termination's
 * dated payments) and FEE_SCHEDULE (3(a): the bi-weekly fees): each dated
 * amount in the order given, with the exact sum of the amounts through it.
 * With `byDate`, the amounts of one date are first added into one row (one
 * point a pay date, as the task pane's timeline draws the fees of both
 * periods paid on the same day), dates ascending, same-date amounts in the
 * order given. The amounts are whole cents, so the totals are too: no
 * rounding step.
 */
export function runningTotals(
  flows: readonly CashFlow[],
  options: { readonly byDate?: boolean } = {}
): RunningTotal[] {
  const rows: Array<{ date: Serial; amount: Decimal }> = [];
  if (options.byDate) {
    const sorted = flows
      .map((f, i) => [f, i] as const)
      .sort((a, b) => a[0].date - b[0].date || a[1] - b[1]);
    for (const [f] of sorted) {
      const last = rows[rows.length - 1];
      if (last && last.date === f.date) last.amount = last.amount.plus(f.amount);
      else rows.push({ date: f.date, amount: f.amount });
    }
  } else rows.push(...flows.map((f) => ({ date: f.date, amount: f.amount })));
  let total: Decimal | undefined;
  return rows.map((r) => {
    total = total === undefined ? r.amount : total.plus(r.amount);
    return { date: r.date, amount: r.amount, cumulative: total };
  });
}

/**
 * What a set of dated amounts comes to, exactly (e.g. the fees a timeline
 * shows paid on schedule before a termination, 3(a); the shares' value under
 * 4(c)(i)(B)): their exact sum, 0 for none.
 */
export function flowsTotal(flows: ReadonlyArray<{ readonly amount: Decimal }>): Decimal {
  return sum(flows.map((f) => f.amount));
}
