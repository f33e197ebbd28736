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

/* 4(c)(i): a Board's delay, its shares, payments and facts */
export {
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

/* The interpretation register in force and what each reading costs */
export { readingsInForce, registerInForce, sensitivity } from "./register";
export type { Sensitivity } from "./register";

/* A payout's inputs in force and its parts */
export { payoutPart, requestInForce, sharesDueBeforeTermination } from "./payouts";

/* Cash by date and running totals */
export { cashTimeline, flowsTotal, runningTotals } from "./timeline";

/* The controller's ledger: what is owed and unpaid at a date, the month-end roll-forward */
export { LEDGER_FIRST_DAY, LEDGER_LAST_DAY, outstanding, rollForward } from "./owed";
export type { RollForwardRow } from "./owed";
export type { TimelineFlow } from "./timeline";

/* The controller's ledger: a payout by tax treatment (paragraph 5, 3(a)) and by year (3(b)) */
export { parseYearBasis, payoutByTreatment, payoutByYear } from "./ledger";
export type { PayoutYear, TreatmentTotal } from "./ledger";

/* Payouts compared at one date */
export { comparePayouts, COMPARISON_RATE, payoutPresentValue } from "./comparisons";
export type { ComparisonFigure, PayoutComparison, PayoutComparisonRow } from "./comparisons";

/* Legal but odd inputs */
export { oddInputs } from "./odd-inputs";

/* The clause rules' facts and parsers the adapters need (./facts) */
export {
  ACCRUAL_DAYS_PER_YEAR,
  AGE_BASES,
  AGREEMENT_START,
  annualFee,
  argumentList,
  argumentLists,
  BASE_SALARY_DAYS_PER_YEAR,
  baselineFlows,
  checkBaseSalary,
  checkDisability,
  checkInAgreementSpan,
  checkRate,
  checkTermination,
  compareScenarios,
  componentTreatment,
  CONTRACT_YEAR_STARTS,
  DEFAULT_RATE,
  disabilityNoticeFrom,
  DISCOUNT_DAYS_PER_YEAR,
  DISCOUNT_METHODS,
  FEE_END,
  FEE_START,
  lifeTableAge,
  optionOutcome,
  parseCureClause,
  parseFee,
  parsePeriods,
  parseScenario,
  payout,
  payoutFlows,
  payoutTotalCents,
  SCENARIO_CODES,
  scenarioInputs,
  SCENARIOS,
  SPLIT_DOLLAR_METHODS,
  SPLIT_DOLLAR_RATE,
  TAX_NOTE,
  TAX_TREATMENTS,
  terminationDate,
  terminationDayEarnedUnder,
  terminationWindow,
  tooltipOf,
  widestWindow,
  wordsText,
} from "./facts";
export type {
  BaseSalaryFacts,
  CashFlow,
  ComponentKind,
  DatedPayment,
  DuressDelay,
  DuressPayment,
  FeeName,
  OptionOutcome,
  Payout,
  PayoutComponent,
  PayoutRequest,
  Periods,
  Scenario,
  ScenarioCode,
  ScenarioInputs,
  ScenarioValue,
  TaxTreatment,
  TaxTreatmentId,
  Window,
  YearBasis,
} from "./facts";
