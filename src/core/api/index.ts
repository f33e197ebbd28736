/**
 * The calculation core's public operations: one per figure or fact the
 * add-in shows. Each validates its inputs against the agreement (throwing a
 * BtuError that names the argument and what is allowed), computes through the
 * clause rules in ../rules, and records its steps in an optional Trace.
 *
 * These operations and the agreement's data (terms, register, clause texts)
 * are the core's only door: the Excel custom functions, the task pane, the
 * CLI and the audit workbook import `src/core` (its index) and nothing under
 * ../rules, so a figure is computed one way only. A test fails on any import
 * of ../rules from outside the core. One file per topic; this index names
 * what each gives.
 */

/* 3(a) fees and the paragraph 4 lump sums */
export {
  discountedLumpSum,
  earnedUnpaidAt,
  feeTotal,
  lumpSumRemainder,
  payCalendar,
  remainderAt,
  scheduleFor,
} from "./schedules";
export type { Figure, Mode, Rows } from "./schedules";

/* Deadlines: options, cure periods, business days, 4(h) notice */
export {
  businessDayChoices,
  cureDeadline,
  disabilityNoticeDate,
  electionDeadlineFor,
  holidaysInForce,
  optionDeadlineAt,
  shareTransferDeadlineFor,
} from "./deadlines";
export type { HolidayInput } from "./deadlines";

/* 4(c)(i): a Board's delay, its shares, payments and facts */
export {
  DELAY_FACTS,
  delayFact,
  delayFactsOf,
  delayOf,
  delayText,
  duressScheduleFor,
  duressSharesFor,
  splitDelayText,
} from "./duress";
export type { DelayFact } from "./duress";

/* 3(c)(iii): the split-dollar policy */
export {
  builtInLifeTable,
  lifeExpectancyBuiltIn,
  lifeExpectancyFrom,
  splitDollarBuyoutPrice,
  splitDollarBuyoutReadings,
  splitDollarInterest,
} from "./split-dollar";
export type { SplitDollarReading } from "./split-dollar";

/* The interpretation register in force and what each reading costs */
export { readingsInForce, registerInForce, sensitivity } from "./register";
export type { Sensitivity } from "./register";

/* A payout's inputs in force and its parts */
export { payoutPart, requestInForce, sharesDueBeforeTermination } from "./payouts";

/* Cash by date and running totals */
export { cashTimeline, flowsTotal, runningTotals } from "./timeline";
export type { RunningTotal, TimelineFlow } from "./timeline";

/* Payouts compared at one date */
export { comparePayouts, COMPARISON_RATE, payoutPresentValue } from "./comparisons";
export type { PayoutComparison, PayoutComparisonRow } from "./comparisons";

/* Legal but odd inputs */
export { oddInputs, OPTION_GRANT_DATE } from "./odd-inputs";

/* The facts and parsers of the rules the adapters need */
export * from "./facts";
