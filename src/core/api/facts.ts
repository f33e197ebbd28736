/**
 * The facts and parsers of the clause rules that the adapters need,
 * re-exported here so that ./rules stays private.
 */
/* The facts and parsers the adapters need, re-exported here so that ./rules stays private. */
export {
  ACCRUAL_DAYS_PER_YEAR,
  AGREEMENT_START,
  annualFee,
  CONTRACT_YEAR_STARTS,
  FEE_END,
  FEE_NAMES,
  FEE_START,
  parseFee,
  PAY_PERIOD_DAYS,
} from "../rules/p3a-fees";
export type { FeeName } from "../rules/p3a-fees";
export type { ScheduleRow, ScheduleRowCents } from "../rules/p3a-schedule";
export type { BaseSalaryFacts } from "../rules/p1-base-salary";
export {
  AGE_BASES,
  argumentList,
  argumentLists,
  argumentWords,
  SPLIT_DOLLAR_METHODS,
  tooltipOf,
  wordsText,
} from "../rules/argument-lists";
export type { ArgumentList, ArgumentListId, ArgumentValue } from "../rules/argument-lists";
export { BASE_SALARY_DAYS_PER_YEAR, checkBaseSalary } from "../rules/p1-base-salary";
export {
  COMPANY_INTEREST_JAN_2003,
  lifeTableAge,
  SPLIT_DOLLAR_RATE,
} from "../rules/p3c-iii-split-dollar";
export { optionOutcome } from "../rules/p3c-iv-options";
export type { OptionOutcome } from "../rules/p3c-iv-options";
export { parseCureClause } from "../rules/p4a-4d-cure";
export type { CureClause, CurePeriod } from "../rules/p4a-4d-cure";
export {
  checkRate,
  DEFAULT_RATE,
  DISCOUNT_DAYS_PER_YEAR,
  DISCOUNT_METHODS,
} from "../rules/p4c-discount";
export type { DiscountMethod } from "../rules/p4c-discount";
export type { DuressDelay, DuressPayment, DuressShares } from "../rules/p4c-i-duress";
export { checkDisability, disabilityNoticeFrom } from "../rules/p4h-disability";
export {
  baselineFlows,
  compareScenarios,
  firstUnearnedDay,
  terminationDayEarnedUnder,
  payout,
  payoutTotalCents,
  payoutFlows,
  payoutItems,
  scenarioInputs,
} from "../rules/p4-payout";
export type {
  Asset,
  CashFlow,
  ComponentKind,
  Consequence,
  DatedPayment,
  Payout,
  PayoutComponent,
  PayoutRequest,
  PlannedFlow,
  ScenarioInputs,
  ScenarioValue,
} from "../rules/p4-payout";
export {
  checkInAgreementSpan,
  checkTermination,
  parsePeriods,
  parseScenario,
  SCENARIO_CODES,
  SCENARIOS,
  terminationDate,
  terminationWindow,
  widestWindow,
} from "../rules/p4-scenarios";
export type {
  Effect,
  OptionTreatment,
  Periods,
  Scenario,
  ScenarioCode,
  Window,
} from "../rules/p4-scenarios";
