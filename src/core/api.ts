/**
 * The calculation core's public operations: one per figure the add-in
 * shows. Each validates its inputs against the agreement (throwing a
 * BtuError that names the argument and what is allowed), computes through the
 * clause rules in ./rules, and records its steps in an optional Trace.
 *
 * The Excel custom functions, the task pane and the command line all call
 * these and nothing else, so a figure is computed one way only.
 */
import Decimal from "decimal.js";
import { Choices, describeChoices } from "./agreement/interpretations";
import { iso, Serial } from "./dates";
import { Trace } from "./trace";
import { valueError } from "./errors";
import { FEE_END, FEE_START, FeeLedger, FeeName, splitAt, stopDayFor } from "./rules/p3a-fees";
import { feeSchedule, ScheduleRow } from "./rules/p3a-schedule";
import { DiscountMethod, discountedRemainder } from "./rules/p4c-discount";
import { checkInAgreementSpan, checkTermination, parseScenario } from "./rules/p4-scenarios";

const FEE_TITLE: Record<FeeName, string> = { consulting: "Consulting Fees", chairman: "Chairman Fees" };

/**
 * The undiscounted remainder of a fee from the termination date through June
 * 30, 2007: "the remainder of the [fees] through June 30, 2007" of 4(b), 4(d),
 * 4(e), 4(f) and 4(g). CONSULT_LUMPSUM / CHAIR_LUMPSUM.
 */
export function lumpSumRemainder(fee: FeeName, T: Serial, choices: Choices, trace?: Trace): Decimal {
  checkInAgreementSpan(T, "terminationDate");
  const ledger = FeeLedger.of(fee, choices);
  const stop = stopDayFor(T, choices);
  const value = ledger.amount(stop, FEE_END);
  trace?.add(
    `Remainder of the ${FEE_TITLE[fee]} from ${iso(Math.max(stop, FEE_START))} through ${iso(FEE_END)}: round(cum(${iso(FEE_END)})) - round(cum(${iso(Math.max(stop, FEE_START) - 1)}))`,
    "4(b), 4(d)-4(g); 3(a); register rounding",
    `terminationDate=${iso(T)}; annual fee=${ledger.annual.toString()}; cum(end)=${ledger.cumRounded(FEE_END).toFixed(2)}; cum(before)=${ledger.cumRounded(stop - 1).toFixed(2)}`,
    [...ledger.describe(), ...describeChoices(choices, ["earnedUnpaid"])],
    value,
  );
  return value;
}

/**
 * The 4(c) lump sum: the remainder discounted at `rate` by `method`
 * (CONSULT_DISCOUNTED / CHAIR_DISCOUNTED). The termination date must be in
 * 4(c)(i)'s (Consulting) or 4(c)(ii)'s (Chairman) window.
 */
export function discountedLumpSum(fee: FeeName, T: Serial, rate: Decimal, method: DiscountMethod, choices: Choices, trace?: Trace): Decimal {
  const scenario = parseScenario(fee === "consulting" ? "4c-i" : "4c-ii");
  checkTermination(scenario, fee === "consulting" ? "consulting" : "chairman", T, choices);
  const ledger = FeeLedger.of(fee, choices);
  return discountedRemainder(ledger, stopDayFor(T, choices), T, rate, method, scenario.clause, trace);
}

/** Fees earned before the termination date and not yet paid on schedule (EARNED_UNPAID). */
export function earnedUnpaidAt(fee: FeeName, T: Serial, choices: Choices, trace?: Trace): Decimal {
  checkInAgreementSpan(T, "terminationDate");
  const ledger = FeeLedger.of(fee, choices);
  const split = splitAt(ledger, stopDayFor(T, choices));
  trace?.add(
    `${FEE_TITLE[fee]} earned but unpaid at ${iso(T)}: days ${iso(split.unpaidFrom)} to ${iso(split.stop - 1)} (pay date on or after ${iso(split.stop)})`,
    "4(a)-4(h) 'earned but unpaid'; 3(a); register earned-unpaid",
    `paid on schedule=${split.paid.toFixed(2)}; remainder=${split.remainder.toFixed(2)}; total=${ledger.total().toFixed(2)}`,
    [...ledger.describe(), ...describeChoices(choices, ["earnedUnpaid"])],
    split.earnedUnpaid,
  );
  return split.earnedUnpaid;
}

/** FEE_SCHEDULE rows for [from, to], both within the agreement's span. */
export function scheduleFor(fee: FeeName, from: Serial, to: Serial, choices: Choices, trace?: Trace): ScheduleRow[] {
  checkInAgreementSpan(from, "fromDate");
  checkInAgreementSpan(to, "toDate");
  if (from > to) throw valueError(`fromDate ${iso(from)} is after toDate ${iso(to)}`);
  const ledger = FeeLedger.of(fee, choices);
  const rows = feeSchedule(ledger, from, to);
  if (trace) {
    trace.add(
      `Pay periods of 14 days overlapping ${iso(from)}..${iso(to)}, clipped to it; each paid on its pay date`,
      "3(a) 'payable bi-weekly'; register schedule-window, pay-anchor, pay-lag",
      `fee=${fee}; periods=${rows.length}`,
      ledger.describe(),
      rows.length,
    );
    trace.add(
      "Each row's amount is round(cum(end)) - round(cum(start - 1)); the rows add up to the fees for the days shown",
      "3(a), 3(b); register rounding, accrual-basis",
      `first=${rows.length ? iso(rows[0].start) : "none"}; last=${rows.length ? iso(rows[rows.length - 1].end) : "none"}`,
      ledger.describe(),
      rows.length ? rows[rows.length - 1].cumulative : null,
    );
  }
  return rows;
}
