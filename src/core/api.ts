/**
 * The calculation core's public operations: one per figure or fact the
 * add-in shows. Each validates its inputs against the agreement (throwing a
 * BtuError that names the argument and what is allowed), computes through the
 * clause rules in ./rules, and records its steps in an optional Trace.
 *
 * This file and the agreement's data (terms, register, clause texts) are the
 * core's only door: the Excel custom functions, the task pane, the CLI and
 * the audit workbook import `src/core` (its index) and nothing under
 * ./rules, so a figure is computed one way only. A test fails on any import
 * of ./rules from outside the core.
 */
import Decimal from "decimal.js";
import {
  choiceText,
  Choices,
  DEFAULT_CHOICES,
  describeChoices,
  ChoiceField,
  entriesBearingOn,
  interpretation,
  REGISTER,
  Interpretation,
  Topic,
  withChoices,
} from "./agreement/interpretations";
import { LIFE_TABLES, PublishedLifeTable } from "./agreement/life-tables";
import { iso, serial, Serial } from "./dates";
import { Trace } from "./trace";
import { BtuError, echo, numError, valueError } from "./errors";
import { CENTS, centsToDecimal, InCents, sum } from "./money";
import { firstUnearnedDay, payout, Payout, PayoutRequest } from "./rules/p4-payout";
import type { Asset, CashFlow, ComponentKind } from "./rules/p4-components";
import {
  FEE_END,
  FEE_START,
  FeeLedger,
  FeeName,
  PAY_PERIOD_DAYS,
  splitAt,
  stopDayFor,
  unpaidFromAt,
} from "./rules/p3a-fees";
import { feeSchedule, inDollars, ScheduleRow, ScheduleRowCents } from "./rules/p3a-schedule";
import {
  COMPANY_INTEREST_JAN_2003,
  companyInterest,
  lifeExpectancy,
  lifeTable,
  splitDollarBuyout,
} from "./rules/p3c-iii-split-dollar";
import { optionDeadline } from "./rules/p3c-iv-options";
import { CurePeriod, curePeriod, CureClause } from "./rules/p4a-4d-cure";
import {
  checkRate,
  DEFAULT_RATE as LUMP_SUM_RATE,
  DiscountMethod,
  discountedCents,
  valueAt,
} from "./rules/p4c-discount";
import {
  checkDuressEnd,
  holidaySet,
  DuressDelay,
  DuressPayment,
  duressSchedule,
  duressShares,
  DuressShares,
  electionDeadline,
  shareTransferDeadline,
} from "./rules/p4c-i-duress";
import { checkDisability, disabilityLedger, disabilityNoticeFrom } from "./rules/p4h-disability";
import {
  checkInAgreementSpan,
  checkTermination,
  parseScenario,
  Scenario,
  widestWindow,
} from "./rules/p4-scenarios";

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
} from "./rules/p3a-fees";
export type { FeeName } from "./rules/p3a-fees";
export type { ScheduleRow, ScheduleRowCents } from "./rules/p3a-schedule";
export type { BaseSalaryFacts } from "./rules/p1-base-salary";
export {
  AGE_BASES,
  argumentList,
  argumentLists,
  argumentWords,
  SPLIT_DOLLAR_METHODS,
  tooltipOf,
  wordsText,
} from "./rules/argument-lists";
export type { ArgumentList, ArgumentListId, ArgumentValue } from "./rules/argument-lists";
export { BASE_SALARY_DAYS_PER_YEAR, checkBaseSalary } from "./rules/p1-base-salary";
export {
  COMPANY_INTEREST_JAN_2003,
  lifeTableAge,
  SPLIT_DOLLAR_RATE,
} from "./rules/p3c-iii-split-dollar";
export { optionOutcome } from "./rules/p3c-iv-options";
export type { OptionOutcome } from "./rules/p3c-iv-options";
export { parseCureClause } from "./rules/p4a-4d-cure";
export type { CureClause, CurePeriod } from "./rules/p4a-4d-cure";
export {
  checkRate,
  DEFAULT_RATE,
  DISCOUNT_DAYS_PER_YEAR,
  DISCOUNT_METHODS,
} from "./rules/p4c-discount";
export type { DiscountMethod } from "./rules/p4c-discount";
export type { DuressDelay, DuressPayment, DuressShares } from "./rules/p4c-i-duress";
export { checkDisability, disabilityNoticeFrom } from "./rules/p4h-disability";
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
} from "./rules/p4-payout";
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
} from "./rules/p4-payout";
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
} from "./rules/p4-scenarios";
export type {
  Effect,
  OptionTreatment,
  Periods,
  Scenario,
  ScenarioCode,
  Window,
} from "./rules/p4-scenarios";

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

/* ----------------------------------------------------------- 3(c)(iv)(A) */

/**
 * OPTION_DEADLINE: the last day a tranche vesting on `vesting` may be
 * exercised after `scenario` terminates on T (#N/A when forfeited). T must be
 * in the scenario's widest window.
 */
export function optionDeadlineAt(
  scenario: Scenario,
  T: Serial,
  vesting: Serial,
  choices: Choices,
  trace?: Trace
): Serial {
  checkInAgreementSpan(T, "terminationDate");
  const w = widestWindow(scenario, choices);
  if (T < w.from || T > w.to)
    throw valueError({
      argument: "terminationDate",
      allowed: `from ${iso(w.from)} to ${iso(w.to)}, ${scenario.clause}'s window`,
      rule: w.why,
      given: iso(T),
      clause: scenario.clause,
      message: `terminationDate ${iso(T)} is outside ${scenario.clause}'s window ${iso(w.from)} to ${iso(w.to)}: ${w.why}`,
    });
  return optionDeadline(scenario, T, vesting, choices, trace);
}

/* ---------------------------------------------------------- 4(a)(i), 4(d)(i) */

/** CURE_PERIOD_END: the last day to cure after a notice within the agreement's span. */
export function cureDeadline(clause: CureClause, notice: Serial, trace?: Trace): CurePeriod {
  checkInAgreementSpan(notice, "noticeDate");
  return curePeriod(clause, notice, trace);
}

/* -------------------------------------------------------------- 4(c)(i) */

/** Holidays as the `holidays` argument gives them: dates, and/or the built-in calendar. */
export interface HolidayInput {
  readonly dates: readonly Serial[];
  /** "us-ma": the built-in calendar (register business-days). */
  readonly builtIn: boolean;
}

function holidayChoices(h: HolidayInput, choices: Choices): Choices {
  return h.builtIn ? withChoices([["business-days", "us-ma"]], choices) : choices;
}

/** ELECTION_DEADLINE: 21 business days after the Board's notification of a delay. */
export function electionDeadlineFor(
  notification: Serial,
  holidays: HolidayInput,
  choices: Choices,
  trace?: Trace
): Serial {
  checkInAgreementSpan(notification, "notificationDate");
  return electionDeadline(notification, holidays.dates, holidayChoices(holidays, choices), trace);
}

/** SHARE_TRANSFER_DEADLINE: 10 business days after the election of 4(c)(i)(B). */
export function shareTransferDeadlineFor(
  election: Serial,
  holidays: HolidayInput,
  choices: Choices,
  trace?: Trace
): Serial {
  checkInAgreementSpan(election, "electionDate");
  return shareTransferDeadline(election, holidays.dates, holidayChoices(holidays, choices), trace);
}

/** The holidays the business-day counts skip from `from` on: those given, plus the Massachusetts legal holidays under `business-days=us-ma` (sorted). */
export function holidaysInForce(
  given: readonly Serial[],
  from: Serial,
  choices: Choices
): Serial[] {
  return [...holidaySet(given, from, choices)].sort((a, b) => a - b);
}

/** The business-day choice in force once the holidays argument is read (for traces). */
export function businessDayChoices(holidays: HolidayInput, choices: Choices): Choices {
  return holidayChoices(holidays, choices);
}

/** DURESS_SHARES / DURESS_BALANCE: shares for `portion` of `amount` at `fmv`, and the cash balance. */
export function duressSharesFor(
  amount: Decimal,
  fmv: Decimal,
  portion: Decimal,
  choices: Choices,
  trace?: Trace
): DuressShares {
  return duressShares(amount, fmv, portion, choices, trace);
}

/**
 * DURESS_SCHEDULE: bi-weekly Consulting Fee payments toward a delayed
 * balance after a 4(c)(i) termination on T, the rest on the end of the duress.
 */
export function duressScheduleFor(
  T: Serial,
  balance: Decimal,
  duressEnd: Serial | undefined,
  choices: Choices,
  trace?: Trace
): DuressPayment[] {
  checkTermination(parseScenario("4c-i"), "consulting", T, choices);
  if (balance.isNegative())
    throw numError({
      argument: "balance",
      allowed: "0 or more",
      given: balance.toString(),
      limits: { low: 0, lowIncluded: true },
      message: `balance must not be negative, got ${balance.toString()}`,
    });
  if (duressEnd !== undefined) checkDuressEnd(duressEnd, T, "duressEndDate");
  const rows = duressSchedule(
    FeeLedger.of("consulting", choices),
    stopDayFor(T, choices),
    balance,
    duressEnd
  );
  trace?.add(
    "Bi-weekly payments of the Consulting Fee (3(a)) until the balance is paid; on the end of the duress, the rest at once",
    "4(c)(i)(A), 4(c)(i)(B)",
    `payments=${rows.length}`,
    [],
    rows.length ? rows[rows.length - 1].payDate : null
  );
  return rows;
}

/* ------------------------------------------------------------------ 4(h) */

/** DISABILITY_NOTICE_FROM: the first day 4(h) notice may be given, checking a disability that has ended. */
export function disabilityNoticeDate(
  first: Serial,
  last: Serial | undefined,
  trace?: Trace
): Serial {
  checkInAgreementSpan(first, "firstDayOfDisability");
  const from = disabilityNoticeFrom(first, trace);
  if (last !== undefined) checkDisability(first, from, last);
  return from;
}

/* -------------------------------------------------------------- 3(c)(iii) */

/** SPLITDOLLAR_INTEREST: the Company Interest (3(c)(iii)(A)); the January 1, 2003 interest defaults to the agreement's $232,000. */
export function splitDollarInterest(
  cashValueJan2003: Decimal,
  cashValue: Decimal,
  insuredOnlyIncrease: Decimal,
  companyInterestJan2003: Decimal | undefined,
  trace?: Trace
): Decimal {
  return companyInterest(
    cashValueJan2003,
    cashValue,
    insuredOnlyIncrease,
    companyInterestJan2003 ?? COMPANY_INTEREST_JAN_2003,
    trace
  );
}

/** SPLITDOLLAR_BUYOUT: the buy-out price under the `split-dollar-discount` reading given. */
export function splitDollarBuyoutPrice(
  ci: Decimal,
  years: Decimal,
  rate: Decimal,
  method: Choices["splitDollarDiscount"],
  trace?: Trace
): Decimal {
  return splitDollarBuyout(
    ci,
    years,
    rate,
    withChoices([["split-dollar-discount", method]]),
    trace
  );
}

/** One reading of register `split-dollar-discount` and the buy-out price under it (3(c)(iii)(B)). */
export interface SplitDollarReading {
  readonly method: Choices["splitDollarDiscount"];
  /** What the reading means, in the register's words. */
  readonly meaning: string;
  /** Whether this is the reading in force. */
  readonly inForce: boolean;
  /** The buy-out price under this reading (SPLITDOLLAR_BUYOUT), or the error it gives (a simple discount past 100%). */
  readonly price?: Decimal;
  readonly error?: BtuError;
  /** price - the price under the reading in force (when both are figures). */
  readonly difference?: Decimal;
}

/**
 * 3(c)(iii)(B), "the Company Interest ... discounted by a rate of 3% over a
 * period equal to the number of remaining years in your life expectancy":
 * the buy-out price under each reading of register `split-dollar-discount`
 * (compound: CI / (1 + rate)^n; simple: CI x (1 - rate x n)), which one is in
 * force under `choices`, and each price's difference from the one in force.
 * Every price is {@link splitDollarBuyoutPrice}'s, nothing else.
 */
export function splitDollarBuyoutReadings(
  ci: Decimal,
  years: Decimal,
  rate: Decimal,
  choices: Choices
): { readonly inForce?: Decimal; readonly readings: SplitDollarReading[] } {
  const priced = interpretation("split-dollar-discount").alternatives.map(
    (a): SplitDollarReading => {
      const method = a.value as Choices["splitDollarDiscount"];
      const base = { method, meaning: a.meaning, inForce: method === choices.splitDollarDiscount };
      try {
        return { ...base, price: splitDollarBuyoutPrice(ci, years, rate, method) };
      } catch (e) {
        if (!(e instanceof BtuError)) throw e;
        return { ...base, error: e };
      }
    }
  );
  const inForce = priced.find((r) => r.inForce)?.price;
  return {
    inForce,
    readings: priced.map((r) =>
      r.price !== undefined && inForce !== undefined
        ? { ...r, difference: r.price.minus(inForce) }
        : r
    ),
  };
}

/** A built-in life table by its name (case-insensitive), or a #VALUE! error listing the names. */
export function builtInLifeTable(name: string): PublishedLifeTable {
  const t = LIFE_TABLES.find((x) => x.id === name.trim().toLowerCase());
  if (!t)
    throw valueError({
      argument: "table",
      allowed: `a range of (age, remaining years) or one of ${LIFE_TABLES.map((x) => x.id).join(", ")}`,
      given: name,
      message: `table must be a range of (age, remaining years) or one of ${LIFE_TABLES.map((x) => x.id).join(", ")}, got ${echo(name)}`,
    });
  return t;
}

/** The (age, remaining years) rows of a built-in table. */
function rowsOf(t: PublishedLifeTable): Array<readonly [number, number]> {
  return t.years.map((y, i) => [t.firstAge + i, y] as const);
}

/** LIFE_EXPECTANCY with a built-in table: the table's value at the age the reading gives, its source in the trace. */
export function lifeExpectancyBuiltIn(
  birth: Serial,
  asOf: Serial,
  table: PublishedLifeTable,
  basis: Choices["lifeExpectancyAge"],
  trace?: Trace
): Decimal {
  trace?.add(
    `Life table: ${table.title} (${table.sex}, ${table.decimals} decimal${table.decimals > 1 ? "s" : ""}; ages ${table.firstAge}-${table.firstAge + table.years.length - 1})`,
    "3(c)(iii)(B); register life-table",
    `table=${table.id}; source=${table.citation}`,
    [],
    table.id
  );
  return lifeExpectancy(
    birth,
    asOf,
    lifeTable(rowsOf(table)),
    withChoices([["life-expectancy-age", basis]]),
    `table ${table.id}`,
    trace
  );
}

/** LIFE_EXPECTANCY: remaining years from (age, years) rows under the `life-expectancy-age` reading given. */
export function lifeExpectancyFrom(
  birth: Serial,
  asOf: Serial,
  rows: ReadonlyArray<readonly [number, number]>,
  basis: Choices["lifeExpectancyAge"],
  trace?: Trace
): Decimal {
  return lifeExpectancy(
    birth,
    asOf,
    lifeTable(rows),
    withChoices([["life-expectancy-age", basis]]),
    "table",
    trace
  );
}

/* --------------------------------------------------------------- register */

/** Each register entry with the choice in force (INTERPRETATIONS). */
export function registerInForce(
  choices: Choices
): Array<{ readonly entry: Interpretation; readonly inForce: string }> {
  return REGISTER.map((entry) => ({
    entry,
    inForce:
      entry.field === undefined
        ? entry.default
        : describeChoices(choices, [entry.field as ChoiceField])[0].split("=")[1],
  }));
}

/**
 * The interpretation choices bearing on a payout's figures, each with the
 * reading in force: the fee ledgers, the termination split, the scenario's
 * own reading, the options (when tranches are given) and the duress ones
 * (under a delay). What an export's About sheet and the audit workbook list
 * as "choices in force" (free entries such as pay-anchor included).
 */
export function readingsInForce(
  req: PayoutRequest,
  options: { readonly tranches?: boolean } = {}
): Array<{ readonly entry: Interpretation; readonly inForce: string }> {
  const topics: Topic[] = [
    "fees",
    "termination",
    req.scenario.code,
    ...(options.tranches ? (["options"] as const) : []),
    ...(req.delay ? (["duress"] as const) : []),
  ];
  return entriesBearingOn(topics).map((entry) => ({
    entry,
    inForce: choiceText(req.choices, entry.field as ChoiceField),
  }));
}

/* ------------------------------------------------ 4(c)(i) delay facts */

/** One fact of a Board's delay, as the `delay` argument names it. */
export interface DelayFact {
  readonly key:
    "notification" | "election" | "electionDate" | "portion" | "fairMarketValue" | "duressEnd";
  readonly kind: "date" | "choice" | "portion" | "price";
  readonly help: string;
  readonly clause: string;
}

/** The facts the `delay` argument of PAYOUT, PAYOUT_DETAIL and PAYOUT_SCHEDULE takes ("key=value; ..." or a two-column range). */
export const DELAY_FACTS: readonly DelayFact[] = [
  {
    key: "notification",
    kind: "date",
    help: "the day the Board notified its delay (required)",
    clause: "4(c)(i)",
  },
  {
    key: "election",
    kind: "choice",
    help: 'the choice made: "A" or "B"; empty when none was made in time ((A) applies)',
    clause: "4(c)(i)",
  },
  {
    key: "electionDate",
    kind: "date",
    help: "the day the choice was given to the Board (required for B)",
    clause: "4(c)(i)",
  },
  {
    key: "portion",
    kind: "portion",
    help: "(B): the share of the value taken in stock, e.g. 40%; default 100%",
    clause: "4(c)(i)(B)",
  },
  {
    key: "fairMarketValue",
    kind: "price",
    help: "(B): the price of one share on the election date",
    clause: "4(c)(i)(B)",
  },
  {
    key: "duressEnd",
    kind: "date",
    help: "(A): the day the Board found the duress ended, if it has",
    clause: "4(c)(i)(A)",
  },
];

const DELAY_KEYS = new Map<string, DelayFact>(DELAY_FACTS.map((f) => [f.key.toLowerCase(), f]));

/** The delay fact named by `key` (case-insensitive), or a #VALUE! error listing the facts. */
export function delayFact(key: string): DelayFact {
  const f = DELAY_KEYS.get(key.trim().toLowerCase());
  if (!f)
    throw valueError({
      argument: "delay",
      allowed: `facts among ${DELAY_FACTS.map((x) => x.key).join(", ")}`,
      given: key,
      message: `delay: unknown fact ${echo(key)}; the facts are ${DELAY_FACTS.map((x) => x.key).join(", ")}`,
    });
  return f;
}

/**
 * The `delay` argument's text form, "fact=value; ..." (PAYOUT, PAYOUT_DETAIL,
 * PAYOUT_SCHEDULE, SENSITIVITY; 4(c)(i)), split into (fact, value) texts:
 * parts separated like choices, by semicolons, commas or new lines; empty
 * parts skipped. The one reader of the form: the functions read each value
 * by its fact's kind ({@link delayFact}), {@link delayText} writes it.
 */
export function splitDelayText(text: string, name = "delay"): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const part of text.split(/[;,\n]/)) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    if (eq < 0)
      throw valueError({
        argument: name,
        allowed: '"fact=value" pairs separated by ";"',
        given: part,
        message: `${name}: expected fact=value, got ${echo(part)}`,
      });
    pairs.push([part.slice(0, eq), part.slice(eq + 1)]);
  }
  return pairs;
}

/** The facts a delay states, in the order of {@link DELAY_FACTS}, each with its value (a date serial, "A"/"B", a portion or a price). */
export function delayFactsOf(
  d: DuressDelay
): Array<{ readonly fact: DelayFact; readonly value: Serial | Decimal | string }> {
  const values: Partial<Record<DelayFact["key"], Serial | Decimal | string>> = {
    notification: d.notification,
    election: d.election,
    electionDate: d.electionDate,
    portion: d.portion,
    fairMarketValue: d.fairMarketValue,
    duressEnd: d.duressEnd,
  };
  return DELAY_FACTS.filter((f) => values[f.key] !== undefined).map((fact) => ({
    fact,
    value: values[fact.key] as Serial | Decimal | string,
  }));
}

/**
 * A delay as the `delay` argument's text, which {@link splitDelayText} and
 * the functions read back to the same delay: "notification=2004-11-15;
 * election=B; electionDate=2004-11-30; portion=40%; fairMarketValue=7"
 * (dates YYYY-MM-DD, the portion in percent).
 */
export function delayText(d: DuressDelay): string {
  return delayFactsOf(d)
    .map(({ fact, value }) => {
      const v =
        fact.kind === "date"
          ? iso(value as Serial)
          : fact.kind === "portion"
            ? `${(value as Decimal).times(100).toFixed()}%`
            : value.toString();
      return `${fact.key}=${v}`;
    })
    .join("; ");
}

/** Builds a delay from facts already read by kind; the notification is required. */
export function delayOf(
  facts: Partial<Record<DelayFact["key"], Serial | Decimal | string>>
): DuressDelay {
  if (facts.notification === undefined)
    throw valueError({
      argument: "notification",
      allowed: "the day the Board notified its delay (4(c)(i)); it is required",
      given: "",
      clause: "4(c)(i)",
      message: "delay: notification is required (the day the Board notified its delay, 4(c)(i))",
    });
  const election =
    facts.election === undefined ? undefined : String(facts.election).trim().toUpperCase();
  if (election !== undefined && election !== "A" && election !== "B")
    throw valueError({
      argument: "election",
      allowed: '"A" or "B" (4(c)(i))',
      given: String(facts.election),
      clause: "4(c)(i)",
      message: `delay: election must be "A" or "B" (4(c)(i)), got ${echo(String(facts.election))}`,
    });
  return {
    notification: facts.notification as Serial,
    election: election as "A" | "B" | undefined,
    electionDate: facts.electionDate as Serial | undefined,
    portion: facts.portion as Decimal | undefined,
    fairMarketValue: facts.fairMarketValue as Decimal | undefined,
    duressEnd: facts.duressEnd as Serial | undefined,
  };
}

/**
 * The request a payout's figures rest on, with only the inputs in force
 * (what exports, the audit workbook and the Excel blocks state as its
 * inputs): a Board's delay only when it makes a plan (4(c)(i)); under (B)
 * elected in time, the election, its date, the portion and the fair market
 * value, never an end of the duress (4(c)(i)(B)'s balance is paid until the
 * whole value is received); under (A), including a (B) election made too
 * late, the end of the duress and never the (B) facts (portion, fair market
 * value), the late election's date kept as the fact that made (A) apply.
 */
export function requestInForce(p: Payout): PayoutRequest {
  const req = p.request;
  const d = req.delay;
  if (!d) return req;
  if (!p.duress) return { ...req, delay: undefined };
  const delay: DuressDelay =
    p.duress.applies === "B"
      ? {
          notification: d.notification,
          election: "B",
          electionDate: d.electionDate,
          portion: d.portion,
          fairMarketValue: d.fairMarketValue,
        }
      : {
          notification: d.notification,
          election: d.election,
          electionDate: d.election === "B" ? d.electionDate : undefined,
          duressEnd: d.duressEnd,
        };
  return { ...req, delay };
}

/**
 * Shares of a (B) election due before the termination date (4(c)(i)(B):
 * transferred within ten business days of an election that may be made
 * during the three months' notice): the transfer deadline, or undefined when
 * the shares are not due before it (or there are none).
 */
export function sharesDueBeforeTermination(p: Payout): Serial | undefined {
  const s = p.shares;
  return s && s.transferDeadline < p.request.T ? s.transferDeadline : undefined;
}

/* ------------------------------------------- what each reading costs */

/** One reading of one switchable register entry and the PAYOUT figure under it. */
export interface Sensitivity {
  readonly entry: Interpretation;
  readonly value: string;
  /** Whether this is the reading in force for the figure. */
  readonly inForce: boolean;
  /** PAYOUT under this reading, or the error PAYOUT gives under it (e.g. a date outside the window it sets). */
  readonly total?: Decimal;
  readonly error?: BtuError;
  /** total - the figure in force. */
  readonly difference?: Decimal;
}

/**
 * SENSITIVITY: for every switchable register entry bearing on a payout (its
 * fees, its termination split, its scenario's own reading, the duress ones
 * under a delay), each alternative (for a free entry, pay-anchor and
 * pay-lag, the readings the register's `compare` names) and the PAYOUT
 * figure under it, with its difference from the figure in force. Computed by `payout` itself under the
 * other choices, nothing else.
 */
export function sensitivity(req: PayoutRequest): { inForce: Decimal; rows: Sensitivity[] } {
  const inForce = payout(req).total;
  const topics: Topic[] = [
    "fees",
    "termination",
    req.scenario.code,
    ...(req.delay ? (["duress"] as const) : []),
  ];
  const rows: Sensitivity[] = [];
  for (const entry of entriesBearingOn(topics)) {
    // A date or a day count (pay-anchor, pay-lag) has no closed list: the register names the readings to compare.
    const readings = entry.free ? (entry.compare ?? []) : entry.alternatives;
    if (readings.length === 0) continue;
    const current = choiceText(req.choices, entry.field as ChoiceField);
    const values = readings.map((a) => a.value);
    // A free value in force that the register does not list is shown first, as the figure in force.
    for (const a of values.includes(current) ? readings : [{ value: current }, ...readings]) {
      if (a.value === current) {
        rows.push({
          entry,
          value: a.value,
          inForce: true,
          total: inForce,
          difference: inForce.minus(inForce),
        });
        continue;
      }
      const choices = withChoices([[entry.id, a.value]], req.choices);
      try {
        const total = payout({ ...req, choices }).total;
        rows.push({
          entry,
          value: a.value,
          inForce: false,
          total,
          difference: total.minus(inForce),
        });
      } catch (e) {
        if (!(e instanceof BtuError)) throw e;
        rows.push({ entry, value: a.value, inForce: false, error: e });
      }
    }
  }
  return { inForce, rows };
}

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

/**
 * What a payout's dated flows are worth at `asOf` at `rate` (the scenario
 * comparison's convention, register comparison-valuation: a flow after
 * `asOf` discounted as XNPV, one before it carried forward at the same rate
 * by default). Never refuses a flow before `asOf` (4(c)(i)(B)'s shares can
 * fall due before the termination date).
 */
export function payoutPresentValue(
  p: Payout,
  asOf: Serial,
  rate: Decimal,
  valuation: Choices["comparisonValuation"] = DEFAULT_CHOICES.comparisonValuation
): Decimal {
  return valueAt(payoutFlowsOf(p), asOf, rate, valuation);
}

const payoutFlowsOf = (p: Payout) => p.components.flatMap((c) => c.flows);

/**
 * The rate payouts are compared at unless the user gives one (the task
 * pane's scenario comparison, register comparison-valuation): the
 * agreement's own rate for money paid earlier or later, 4(c)'s 3% a year.
 */
export const COMPARISON_RATE: Decimal = checkRate(LUMP_SUM_RATE);

/** One figure of payouts side by side, and each one's difference from the first. */
export interface PayoutComparisonRow {
  /** PAYOUT, its cash part, or the value of its dated flows at the comparison date. */
  readonly figure: "total" | "cashTotal" | "presentValue";
  /** The figure of each payout, in the order given. */
  readonly values: readonly Decimal[];
  /** Each payout's figure less the first's (0 for the first). */
  readonly differences: readonly Decimal[];
  /** The first two payouts' figures and the second's difference from the first. */
  readonly a: Decimal;
  readonly b: Decimal;
  readonly difference: Decimal;
}

/** Payouts compared at one date. */
export interface PayoutComparison {
  /** The comparison date: the earliest termination date. */
  readonly asOf: Serial;
  /** The register comparison-valuation reading in force. */
  readonly valuation: Choices["comparisonValuation"];
  /** Whether a payment of some payout falls before `asOf` (valued by the reading in force). */
  readonly flowsBeforeDate: boolean;
  readonly rows: PayoutComparisonRow[];
}

/**
 * Two or more terminations side by side (the task pane's saved scenarios,
 * paragraph 4): PAYOUT and its cash part and, with a `rate`, the value of
 * each payout's dated flows ({@link payoutPresentValue}) at one date, the
 * earliest termination date, so all are valued on the same day; each with
 * its difference from the first. A payment before that date (4(c)(i)(B)'s
 * shares, due within ten business days of an election made during the
 * notice) is valued by the register's comparison-valuation reading
 * (`valuation`, default carry-forward), never refused.
 */
export function comparePayouts(
  payouts: readonly Payout[],
  options: {
    readonly rate?: Decimal;
    readonly valuation?: Choices["comparisonValuation"];
  } = {}
): PayoutComparison {
  if (payouts.length < 2)
    throw valueError({
      argument: "payouts",
      allowed: "two or more payouts",
      given: String(payouts.length),
      message: "comparePayouts: give two or more payouts to compare",
    });
  const valuation = options.valuation ?? DEFAULT_CHOICES.comparisonValuation;
  const earliestT = Math.min(...payouts.map((p) => p.request.T));
  const flows = payouts.map(payoutFlowsOf);
  const firstFlow = Math.min(...flows.flat().map((f) => f.date));
  const asOf = earliestT;
  const row = (figure: PayoutComparisonRow["figure"], values: Decimal[]): PayoutComparisonRow => {
    const differences = values.map((v) => v.minus(values[0]));
    return { figure, values, differences, a: values[0], b: values[1], difference: differences[1] };
  };
  const rows: PayoutComparisonRow[] = [
    row(
      "total",
      payouts.map((p) => p.total)
    ),
    row(
      "cashTotal",
      payouts.map((p) => p.cashTotal)
    ),
  ];
  if (options.rate) {
    const rate = options.rate;
    rows.push(
      row(
        "presentValue",
        flows.map((f) => valueAt(f, asOf, rate, valuation))
      )
    );
  }
  return { asOf, valuation, flowsBeforeDate: firstFlow < asOf, rows };
}

/**
 * What the components of a payout of one fee and of the given kinds come to
 * (PAYOUT_DETAIL's amounts added; a component without an amount counts 0):
 * a fee's earned but unpaid part (4(a)-4(h)), its lump sum (4(b), 4(d)-4(g)),
 * the 4(h) continuation, or under a Board's delay (4(c)(i)) the parts that
 * replace the discounted lump sum (bi-weekly payments, shares at their value).
 */
export function payoutPart(p: Payout, fee: FeeName, kinds: readonly ComponentKind[]): Decimal {
  return sum(
    p.components
      .filter((c) => c.fee === fee && kinds.includes(c.kind))
      .map((c) => c.amount ?? new Decimal(0))
  );
}

/* ------------------------------------------------- legal but odd inputs */

/** The day the December 17, 2002 Options were granted (2(b)). */
export const OPTION_GRANT_DATE: Serial = serial(2002, 12, 17);

/**
 * Inputs the core accepts but a controller should look at twice: a pay
 * calendar anchored outside the fee period's years (3(a), 2003-2007), a
 * vesting date before the December 17, 2002 grant (2(b)). Keyed by the
 * input ("pay-anchor", "vesting:<i>").
 */
export function oddInputs(
  choices: Choices,
  vestingDates: ReadonlyArray<Serial | undefined>
): Record<string, string> {
  const out: Record<string, string> = {};
  const anchor = choices.payAnchor;
  if (anchor < serial(2003, 1, 1) || anchor > serial(2007, 12, 31))
    out["pay-anchor"] =
      `${iso(anchor)} is outside the fee years 2003 to 2007 (3(a)); the pay calendar is counted in ${PAY_PERIOD_DAYS}-day steps from it, so check the date.`;
  vestingDates.forEach((v, i) => {
    if (v !== undefined && v < OPTION_GRANT_DATE)
      out[`vesting:${i}`] =
        `${iso(v)} is before the options were granted on ${iso(OPTION_GRANT_DATE)} (2(b)); check the date.`;
  });
  return out;
}
