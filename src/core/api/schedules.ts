/**
 * The fee figures of 3(a) and the lump sums of paragraph 4: the undiscounted
 * remainder (4(b), 4(d)-4(g)), the 4(c) discounted lump sum, the fees earned
 * but unpaid, FEE_SCHEDULE's rows and the whole-period totals and pay calendar.
 */
import Decimal from "decimal.js";
import { Choices, describeChoices } from "../agreement/interpretations";
import { iso, Serial } from "../dates";
import { Trace } from "../trace";
import { valueError } from "../errors";
import { CENTS, centsToDecimal, InCents } from "../money";
import {
  FEE_END,
  FEE_START,
  FeeLedger,
  FeeName,
  PAY_PERIOD_DAYS,
  stopDayFor,
  unpaidFromAt,
} from "../rules/p3a-fees";
import { feeSchedule, inDollars, ScheduleRow, ScheduleRowCents } from "../rules/p3a-schedule";
import { DiscountMethod, discountedCents } from "../rules/p4c-discount";
import { disabilityLedger } from "../rules/p4h-disability";
import {
  checkInAgreementSpan,
  checkTermination,
  parseScenario,
  Scenario,
} from "../rules/p4-scenarios";

const FEE_TITLE: Record<FeeName, string> = {
  consulting: "Consulting Fees",
  chairman: "Chairman Fees",
};

/*
 * The money operations below are each one body with an evaluation mode: a
 * Decimal, its steps recorded in an optional Trace (EXPLAIN, the pane, the
 * audit), or with CENTS the same figure in whole cents and nothing else
 * (the custom functions' fast path: a cell gets centsToNumber(cents), the
 * same double as the decimal's). test/core/fast-path.test.ts proves the
 * figures equal to the decimal.js reference for every date and reading.
 */

/** A money operation's evaluation mode: a Decimal, traced when a Trace is given, or CENTS. */
export type Mode = Trace | InCents | undefined;
/** What a money operation answers in mode M: whole cents for CENTS, else a Decimal. */
export type Figure<M extends Mode> = M extends InCents ? number : Decimal;

/** The trace a mode records its steps in (none for CENTS). */
function traceOf(mode: Mode): Trace | undefined {
  return mode === CENTS ? undefined : mode;
}

/**
 * The undiscounted remainder of a fee from the termination date through June
 * 30, 2007: "the remainder of the [fees] through June 30, 2007" of 4(b), 4(d),
 * 4(e), 4(f) and 4(g). CONSULT_LUMPSUM / CHAIR_LUMPSUM.
 */
export function lumpSumRemainder<M extends Mode = undefined>(
  fee: FeeName,
  T: Serial,
  choices: Choices,
  mode?: M
): Figure<M> {
  checkInAgreementSpan(T, "terminationDate");
  const ledger = FeeLedger.of(fee, choices);
  const stop = stopDayFor(T, choices);
  const cents = ledger.amountCents(stop, FEE_END);
  if (mode === CENTS) return cents as Figure<M>;
  const value = centsToDecimal(cents);
  traceOf(mode)?.add(
    `Remainder of the ${FEE_TITLE[fee]} from ${iso(Math.max(stop, FEE_START))} through ${iso(FEE_END)}: round(cum(${iso(FEE_END)})) - round(cum(${iso(Math.max(stop, FEE_START) - 1)}))`,
    "4(b), 4(d)-4(g); 3(a); register rounding",
    `terminationDate=${iso(T)}; annual fee=${ledger.annual.toString()}; cum(end)=${ledger.cumRounded(FEE_END).toFixed(2)}; cum(before)=${ledger.cumRounded(stop - 1).toFixed(2)}`,
    [...ledger.describe(), ...describeChoices(choices, ["earnedUnpaid"])],
    value
  );
  return value as Figure<M>;
}

const SCENARIO_OF_FEE: Record<FeeName, Scenario> = {
  consulting: parseScenario("4c-i"),
  chairman: parseScenario("4c-ii"),
};

/**
 * The 4(c) lump sum: the remainder discounted at `rate` by `method`
 * (CONSULT_DISCOUNTED / CHAIR_DISCOUNTED). The termination date must be in
 * 4(c)(i)'s (Consulting) or 4(c)(ii)'s (Chairman) window.
 */
export function discountedLumpSum<M extends Mode = undefined>(
  fee: FeeName,
  T: Serial,
  rate: Decimal,
  method: DiscountMethod,
  choices: Choices,
  mode?: M
): Figure<M> {
  const scenario = SCENARIO_OF_FEE[fee];
  checkTermination(scenario, fee, T, choices);
  const trace = traceOf(mode);
  const cents = discountedCents(
    FeeLedger.of(fee, choices),
    stopDayFor(T, choices),
    T,
    rate,
    method,
    trace,
    scenario.clause
  );
  return (mode === CENTS ? cents : centsToDecimal(cents)) as Figure<M>;
}

/** Fees earned before the termination date and not yet paid on schedule (EARNED_UNPAID). */
export function earnedUnpaidAt<M extends Mode = undefined>(
  fee: FeeName,
  T: Serial,
  choices: Choices,
  mode?: M
): Figure<M> {
  checkInAgreementSpan(T, "terminationDate");
  const ledger = FeeLedger.of(fee, choices);
  const stop = stopDayFor(T, choices);
  const from = unpaidFromAt(ledger, stop);
  const cents = ledger.amountCents(from, stop - 1);
  if (mode === CENTS) return cents as Figure<M>;
  const value = centsToDecimal(cents);
  traceOf(mode)?.add(
    `${FEE_TITLE[fee]} earned but unpaid at ${iso(T)}: days ${iso(from)} to ${iso(stop - 1)} (pay date on or after ${iso(stop)})`,
    "4(a)-4(h) 'earned but unpaid'; 3(a); register earned-unpaid",
    `paid on schedule=${ledger.amount(FEE_START, from - 1).toFixed(2)}; remainder=${ledger.amount(stop, FEE_END).toFixed(2)}; total=${ledger.total().toFixed(2)}`,
    [...ledger.describe(), ...describeChoices(choices, ["earnedUnpaid"])],
    value
  );
  return value as Figure<M>;
}

/** FEE_SCHEDULE rows for [from, to], both within the agreement's span (with CENTS, the same rows in whole cents). */
/** FEE_SCHEDULE's rows in mode M: in whole cents for CENTS, else in dollars. */
export type Rows<M extends Mode> = M extends InCents ? ScheduleRowCents[] : ScheduleRow[];

export function scheduleFor<M extends Mode = undefined>(
  fee: FeeName,
  from: Serial,
  to: Serial,
  choices: Choices,
  mode?: M
): Rows<M> {
  checkInAgreementSpan(from, "fromDate");
  checkInAgreementSpan(to, "toDate");
  if (from > to)
    throw valueError({
      argument: "fromDate",
      allowed: `on or before toDate ${iso(to)}`,
      given: iso(from),
      message: `fromDate ${iso(from)} is after toDate ${iso(to)}`,
    });
  const ledger = FeeLedger.of(fee, choices);
  const cents = feeSchedule(ledger, from, to);
  if (mode === CENTS) return cents as Rows<M>;
  const rows = inDollars(cents);
  const trace = traceOf(mode);
  if (trace) {
    trace.add(
      `Pay periods of ${PAY_PERIOD_DAYS} days overlapping ${iso(from)}..${iso(to)}, clipped to it; each paid on its pay date`,
      "3(a) 'payable bi-weekly'; register schedule-window, pay-anchor, pay-lag",
      `fee=${fee}; periods=${rows.length}`,
      ledger.describe(),
      rows.length
    );
    trace.add(
      "Each row's amount is round(cum(end)) - round(cum(start - 1)); the rows add up to the fees for the days shown",
      "3(a), 3(b); register rounding, accrual-basis",
      `first=${rows.length ? iso(rows[0].start) : "none"}; last=${rows.length ? iso(rows[rows.length - 1].end) : "none"}`,
      ledger.describe(),
      rows.length ? rows[rows.length - 1].cumulative : null
    );
  }
  return rows as Rows<M>;
}

/* ------------------------------------------------------------ 3(a) totals */

/** The whole-period total of a fee (816,000.00 / 400,000.00 under the defaults), or of 4(h)'s 60% stream. */
export function feeTotal(
  fee: FeeName,
  choices: Choices,
  stream: "full" | "disability-continuation" = "full"
): Decimal {
  return ledgerOf(fee, choices, stream).total();
}

/** Every pay period of a fee stream with its amount (3(a)), for the audit workbook's add-in column. */
export function payCalendar(
  fee: FeeName,
  choices: Choices,
  stream: "full" | "disability-continuation" = "full"
): ScheduleRow[] {
  return inDollars(feeSchedule(ledgerOf(fee, choices, stream), FEE_START, FEE_END));
}

/** The undiscounted remainder from the first day not earned at T (the lump sums of 4(b), 4(d)-(g)), without a window check. */
export function remainderAt(fee: FeeName, T: Serial, choices: Choices): Decimal {
  return FeeLedger.of(fee, choices).amount(stopDayFor(T, choices), FEE_END);
}

function ledgerOf(
  fee: FeeName,
  choices: Choices,
  stream: "full" | "disability-continuation"
): FeeLedger {
  if (stream === "full") return FeeLedger.of(fee, choices);
  if (fee !== "consulting")
    throw valueError({
      argument: "fee",
      allowed: "consulting (4(h)'s continuation is of the Consulting Fees)",
      given: fee,
      clause: "4(h)",
      message: `4(h)'s continuation is of the Consulting Fees, not the ${FEE_TITLE[fee]}`,
    });
  return disabilityLedger(choices);
}
