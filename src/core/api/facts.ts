/**
 * The facts and parsers of the clause rules that the adapters need,
 * re-exported here so that ./rules stays private.
 */

/* 3(a), 3(b): the fees, their span and contract years */
export {
  ACCRUAL_DAYS_PER_YEAR,
  AGREEMENT_START,
  annualFee,
  CONTRACT_YEAR_STARTS,
  FEE_END,
  FEE_START,
  parseFee,
} from "../rules/p3a-fees";
export type { FeeName } from "../rules/p3a-fees";

/* 1: base salary earned but unpaid */
export { BASE_SALARY_DAYS_PER_YEAR, checkBaseSalary } from "../rules/p1-base-salary";
export type { BaseSalaryFacts } from "../rules/p1-base-salary";

/* The words each argument takes */
export {
  AGE_BASES,
  argumentList,
  argumentLists,
  SPLIT_DOLLAR_METHODS,
  tooltipOf,
  wordsText,
} from "../rules/argument-lists";

/* 3(c)(iii): the split-dollar policy */
export { lifeTableAge, SPLIT_DOLLAR_RATE } from "../rules/p3c-iii-split-dollar";

/* 3(c)(iv): the options */
export { optionOutcome } from "../rules/p3c-iv-options";
export type { OptionOutcome } from "../rules/p3c-iv-options";

/* 4(a)(i), 4(d)(i): the cure periods */
export { parseCureClause } from "../rules/p4a-4d-cure";

/* 4(c): the discount */
export {
  checkRate,
  DEFAULT_RATE,
  DISCOUNT_DAYS_PER_YEAR,
  DISCOUNT_METHODS,
} from "../rules/p4c-discount";

/* 4(c)(i): a Board's delay */
export type { DuressDelay, DuressPayment } from "../rules/p4c-i-duress";

/* 4(h): disability */
export { checkDisability, disabilityNoticeFrom } from "../rules/p4h-disability";

/* Paragraph 5, 3(a): the tax treatment of each payment (the add-in classifies; it computes no tax) */
export { TAX_NOTE, TAX_TREATMENTS } from "../rules/p5-tax-treatment";
export type { TaxTreatment, TaxTreatmentId } from "../rules/p5-tax-treatment";

/* 3(b): the years PAYOUT_BY_YEAR groups payments by */
export type { YearBasis } from "../rules/argument-lists";

/* Paragraph 4: payouts, their components and flows */
export {
  baselineFlows,
  compareScenarios,
  componentTreatment,
  payout,
  payoutFlows,
  payoutTotalCents,
  scenarioInputs,
  terminationDayEarnedUnder,
} from "../rules/p4-payout";
export type {
  CashFlow,
  ComponentKind,
  DatedPayment,
  Payout,
  PayoutComponent,
  PayoutRequest,
  ScenarioInputs,
  ScenarioValue,
} from "../rules/p4-payout";

/* Paragraph 4: the scenarios, their windows and periods */
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
export type { Periods, Scenario, ScenarioCode, Window } from "../rules/p4-scenarios";
