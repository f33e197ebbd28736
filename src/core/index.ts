/**
 * The calculation core: every money and date consequence of the BTU
 * International separation agreement (February 7, 2003), with no Office
 * dependency. Usable from Node, the browser, the task pane and the CLI.
 *
 * The one door: the agreement's data (terms, the interpretation register,
 * the clause texts), the value types (money, dates, errors, traces) and the
 * public operations of ./api. The clause rules in ./rules are private: a test
 * (test/core/boundary.test.ts) fails when anything outside src/core imports
 * them.
 *
 * Every name is given here, grouped by topic (no `export *`): what the
 * functions, the pane, the CLI, the audit builder, scripts, bench and tests
 * use, nothing more. A test may still import a core module directly.
 */

/* Refusals: the Excel error a bad input gets (#VALUE!, #NUM!, #N/A), its fields and message */
export { BtuError, cleanMessage, cut, echo, ECHO_MAX, numError, valueError } from "./errors";
export type { Limits } from "./errors";

/* Money: decimal.js figures, whole cents, the numbers a cell shows */
export { CENTS, centsToNumber, Dec, formatMoney, roundCents, toExcelNumber } from "./money";

/* Dates: serials (1900 system), calendar and business-day arithmetic, the 1904 date system */
export {
  checkSerial,
  d,
  dayOf,
  edate,
  fromDateSystem,
  iso,
  MAX_SERIAL,
  MIN_SERIAL,
  parseIso,
  serial,
  toDateSystem,
  usMaHolidays,
  weekday,
  wholeYearsBetween,
  workday,
  ymd,
} from "./dates";
export type { DateSystem, Serial } from "./dates";

/* Reading typed text: numbers and dates as the user writes them */
export { readDate, readingOf, readNumber } from "./read";
export type { NumberKind, Reading } from "./read";

/* Caches and traces (the steps EXPLAIN shows) */
export { Lru } from "./cache";
export { Trace } from "./trace";

/* The functions' catalogue: each result's shape and date cells */
export { dateCells, RESULT_SHAPES, resultShape } from "./catalogue";
export type { CellKind } from "./catalogue";

/* The agreement: its terms, its clauses' words, the published life tables */
export { TERM_LIST, TERMS } from "./agreement/terms";
export { CLAUSES, clauseText } from "./agreement/clauses";
export { LIFE_TABLES } from "./agreement/life-tables";
export type { PublishedLifeTable } from "./agreement/life-tables";

/* The interpretation register: entries, readings and the choices in force */
export {
  choiceText,
  DEFAULT_CHOICES,
  describeChoices,
  entriesBearingOn,
  fieldsBearingOn,
  interpretation,
  nearest,
  parseChoicesText,
  REGISTER,
  SWITCHABLE_IDS,
  switchableEntry,
  withChoices,
} from "./agreement/interpretations";
export type { ChoiceField, Choices, Interpretation, Topic } from "./agreement/interpretations";

/* The public operations (./api), by topic */
// 3(a) fees and the paragraph 4 lump sums
export {
  discountedLumpSum,
  earnedUnpaidAt,
  feeTotal,
  lumpSumRemainder,
  payCalendar,
  remainderAt,
  scheduleFor,
} from "./api";
// Deadlines: options, cure periods, business days, 4(h) notice
export {
  businessDayChoices,
  cureDeadline,
  disabilityNoticeDate,
  electionDeadlineFor,
  holidaysInForce,
  optionDeadlineAt,
  shareTransferDeadlineFor,
} from "./api";
// 4(c)(i): a Board's delay, its shares, payments and facts
export {
  delayFact,
  delayFactsOf,
  delayOf,
  delayText,
  duressScheduleFor,
  duressSharesFor,
  splitDelayText,
} from "./api";
export type { DelayFact } from "./api";
// 3(c)(iii): the split-dollar policy
export {
  builtInLifeTable,
  lifeExpectancyBuiltIn,
  lifeExpectancyFrom,
  splitDollarBuyoutPrice,
  splitDollarBuyoutReadings,
  splitDollarInterest,
} from "./api";
// The interpretation register in force and what each reading costs
export { readingsInForce, registerInForce, sensitivity } from "./api";
export type { Sensitivity } from "./api";
// A payout's inputs in force and its parts
export { payoutPart, requestInForce, sharesDueBeforeTermination } from "./api";
// Cash by date and running totals
export { cashTimeline, flowsTotal, runningTotals } from "./api";
export type { TimelineFlow } from "./api";
// What is owed and unpaid at a date and its month-end roll-forward (register amounts-arise)
export { LEDGER_FIRST_DAY, LEDGER_LAST_DAY, outstanding, rollForward } from "./api";
export type { RollForwardRow } from "./api";
// The controller's ledger: a payout by tax treatment (paragraph 5, 3(a); classified, no tax computed) and by year (3(b))
export { parseYearBasis, payoutByTreatment, payoutByYear } from "./api";
export type { PayoutYear, TreatmentTotal } from "./api";
export { TAX_NOTE, TAX_TREATMENTS } from "./api";
export type { TaxTreatment, TaxTreatmentId, YearBasis } from "./api";
// Payouts compared at one date
export { comparePayouts, COMPARISON_RATE, payoutPresentValue } from "./api";
export type { ComparisonFigure, PayoutComparison, PayoutComparisonRow } from "./api";
// Legal but odd inputs
export { oddInputs } from "./api";

/* The clause rules' facts, types and parsers the adapters need (through ./api; ./rules stays private) */
// 3(a), 3(b): the fees, their span and contract years
export {
  ACCRUAL_DAYS_PER_YEAR,
  AGREEMENT_START,
  annualFee,
  CONTRACT_YEAR_STARTS,
  FEE_END,
  FEE_START,
  parseFee,
} from "./api";
export type { FeeName } from "./api";
// 1: base salary earned but unpaid
export { BASE_SALARY_DAYS_PER_YEAR, checkBaseSalary } from "./api";
export type { BaseSalaryFacts } from "./api";
// The words each argument takes
export {
  AGE_BASES,
  argumentList,
  argumentLists,
  SPLIT_DOLLAR_METHODS,
  tooltipOf,
  wordsText,
} from "./api";
// 3(c)(iii): the split-dollar policy
export { lifeTableAge, SPLIT_DOLLAR_RATE } from "./api";
// 3(c)(iv): the options
export { optionOutcome } from "./api";
export type { OptionOutcome } from "./api";
// 4(a)(i), 4(d)(i): the cure periods
export { parseCureClause } from "./api";
// 4(c): the discount
export { checkRate, DEFAULT_RATE, DISCOUNT_DAYS_PER_YEAR, DISCOUNT_METHODS } from "./api";
// 4(c)(i): a Board's delay
export type { DuressDelay, DuressPayment } from "./api";
// 4(h): disability
export { checkDisability, disabilityNoticeFrom } from "./api";
// Paragraph 4: payouts, their components and flows
export {
  baselineFlows,
  compareScenarios,
  componentTreatment,
  payout,
  payoutFlows,
  payoutTotalCents,
  scenarioInputs,
  terminationDayEarnedUnder,
} from "./api";
export type {
  CashFlow,
  ComponentKind,
  DatedPayment,
  Payout,
  PayoutComponent,
  PayoutRequest,
  ScenarioInputs,
  ScenarioValue,
} from "./api";
// Paragraph 4: the scenarios, their windows and periods
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
} from "./api";
export type { Periods, Scenario, ScenarioCode, Window } from "./api";
