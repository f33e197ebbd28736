/**
 * Excel custom functions, namespace BTU: thin adapters over the calculation
 * core (src/core). Each function below is documented for Excel (the build
 * generates functions.json from this JSDoc and associates each id with its
 * function) and runs its body from ./implementations, where the arguments are
 * coerced (./adapter), one core operation computes the figure, and every
 * failure becomes an Excel error with a message naming the argument and what
 * it allows.
 *
 * Dates: Excel serials (1900 date system; a fraction is ignored) or text
 * YYYY-MM-DD; dates are returned as serials (format the cells as dates).
 * `choices`: interpretation choices, "id=value; id=value" text or a
 * two-column range of (id, value); see =BTU.INTERPRETATIONS().
 */
import { excel } from "./adapter";
import { BODIES, explain as explainRows } from "./implementations";

/** Runs the body of function `id` for Excel: no trace, every error an Excel error. */
function run<T>(id: string, args: unknown[]): T {
  return excel(id, () => BODIES[id](args as never) as unknown as T);
}

/* ------------------------------------------------------------------ 3(a) */

/**
 * The Consulting Fees from the termination date through June 30, 2007, undiscounted: the lump sum of 4(b)(i), 4(d), 4(e), 4(f) and 4(g). Under the defaults, 2004-10-01 gives 560,580.82.
 * @customfunction CONSULT_LUMPSUM
 * @param terminationDate The termination date: an Excel date or YYYY-MM-DD text, from 2003-02-07 to 2007-06-30.
 * @param [choices] Optional interpretation choices, e.g. "accrual-basis=actual-365", or a two-column range (see BTU.INTERPRETATIONS).
 * @returns The remainder of the Consulting Fees in dollars, rounded to cents (3(a)).
 */
export function consultLumpSum(terminationDate: any, choices?: any[][]): number {
  return run("CONSULT_LUMPSUM", [terminationDate, choices]);
}

/**
 * The Chairman Fees from the termination date through June 30, 2007, undiscounted: the lump sum of 4(b)(ii), 4(d), 4(e), 4(f) and 4(g).
 * @customfunction CHAIR_LUMPSUM
 * @param terminationDate The termination date: an Excel date or YYYY-MM-DD text, from 2003-02-07 to 2007-06-30.
 * @param [choices] Optional interpretation choices, e.g. "pay-lag=3", or a two-column range (see BTU.INTERPRETATIONS).
 * @returns The remainder of the Chairman Fees in dollars, rounded to cents (3(a)).
 */
export function chairLumpSum(terminationDate: any, choices?: any[][]): number {
  return run("CHAIR_LUMPSUM", [terminationDate, choices]);
}

/**
 * The Consulting Lump Sum Payment of 4(c)(i): the remaining Consulting Fees less 3% a year for each payment's time to come. 2004-10-01 gives 537,199.64 (simple, the default) or 538,158.33 (xnpv).
 * @customfunction CONSULT_DISCOUNTED
 * @param terminationDate The 4(c)(i) termination date, 2004-10-01 (notice from 2004-07-01 + 3 months) to 2007-06-30; a date or YYYY-MM-DD.
 * @param [rate] Optional yearly discount rate; default 0.03 (3%).
 * @param [method] Optional: "simple" (default: each payment x (1 - rate x days/365)), "xnpv" (as Excel's XNPV) or "flat" (all at once).
 * @param [choices] Optional interpretation choices, e.g. "pay-lag=3", or a two-column range (see BTU.INTERPRETATIONS).
 * @returns The discounted lump sum in dollars, rounded half-up to cents once.
 */
export function consultDiscounted(
  terminationDate: any,
  rate?: any,
  method?: any,
  choices?: any[][]
): number {
  return run("CONSULT_DISCOUNTED", [terminationDate, rate, method, choices]);
}

/**
 * The Chairmanship Lump Sum Payment of 4(c)(ii): the remaining Chairman Fees less 3% a year. 2005-10-01 gives 170,126.23 (simple, the default) or 170,273.80 (xnpv).
 * @customfunction CHAIR_DISCOUNTED
 * @param terminationDate The 4(c)(ii) termination date, 2005-10-01 (notice from 2005-07-01 + 3 months) to 2007-06-30; a date or YYYY-MM-DD.
 * @param [rate] Optional yearly discount rate; default 0.03 (3%).
 * @param [method] Optional: "simple" (default), "xnpv" or "flat" (see CONSULT_DISCOUNTED).
 * @param [choices] Optional interpretation choices, or a two-column range (see BTU.INTERPRETATIONS).
 * @returns The discounted lump sum in dollars, rounded half-up to cents once.
 */
export function chairDiscounted(
  terminationDate: any,
  rate?: any,
  method?: any,
  choices?: any[][]
): number {
  return run("CHAIR_DISCOUNTED", [terminationDate, rate, method, choices]);
}

/**
 * Fees earned before the termination date and not yet paid on the bi-weekly schedule ("earned but unpaid prior to the termination date", 4(a)-(h)).
 * @customfunction EARNED_UNPAID
 * @param fee "consulting" or "chairman".
 * @param terminationDate The termination date: an Excel date or YYYY-MM-DD text, from 2003-02-07 to 2007-06-30.
 * @param [choices] Optional interpretation choices, e.g. "earned-unpaid=through-termination", or a two-column range.
 * @returns The earned but unpaid fees in dollars, rounded to cents.
 */
export function earnedUnpaid(fee: any, terminationDate: any, choices?: any[][]): number {
  return run("EARNED_UNPAID", [fee, terminationDate, choices]);
}

/**
 * The bi-weekly payment schedule of a fee (3(a)): pay date, period start, period end, days, amount, cumulative. Periods overlapping the dates are clipped to them.
 * @customfunction FEE_SCHEDULE
 * @param fee "consulting" or "chairman".
 * @param [fromDate] Optional first day; default 2003-07-01. An Excel date or YYYY-MM-DD text.
 * @param [toDate] Optional last day; default 2007-06-30. An Excel date or YYYY-MM-DD text.
 * @param [headers] Optional: 1 (default) shows a header row, 0 shows none.
 * @param [choices] Optional interpretation choices, e.g. "pay-anchor=2003-07-04; pay-lag=3", or a two-column range.
 * @returns One row per payment; dates are serials.
 */
export function feeSchedule(
  fee: any,
  fromDate?: any,
  toDate?: any,
  headers?: any,
  choices?: any[][]
): any[][] {
  return run("FEE_SCHEDULE", [fee, fromDate, toDate, headers, choices]);
}

/* ------------------------------------------------------------ paragraph 4 */

/**
 * Total a termination makes due: fees (and base salary) earned but unpaid of the periods it ends plus its lump sums or, for 4(h), the 60% continuation; with a Board's delay (4(c)(i)), cash plus shares at their value.
 * @customfunction PAYOUT
 * @param scenario Scenario code: 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g or 4h.
 * @param terminationDate The termination date (for 4(e), 4(f), 4(g): the event's date): an Excel date or YYYY-MM-DD text.
 * @param [periods] Optional, "consulting", "chairman" or "both" (4a, 4b-ii, 4c-ii, 4d; 4e-4g: "chairman" after a Consulting end).
 * @param [consultingEndDate] With periods "chairman": the day the Consulting Period ended, 2003-06-30 to the termination date (needed for 4b-ii, 4e-4g).
 * @param [choices] Optional interpretation choices, e.g. "discount-method=simple", or a two-column range.
 * @param [annualBaseSalary] Optional, for 4a, 4d, 4f and 4g before 2003-06-30 (paragraph 1): the annual base rate of pay, with salaryPaidThrough.
 * @param [salaryPaidThrough] Optional: the last day base salary has been paid through (2003-02-06 to 2003-06-30).
 * @param [delay] Optional, 4c-i: the Board delay, "fact=value; ..." of notification, election, electionDate, portion, fairMarketValue, duressEnd
 * @returns The total in dollars (base salary is included only when its rate and paid-through day are given).
 */
export function payoutTotal(
  scenario: any,
  terminationDate: any,
  periods?: any,
  consultingEndDate?: any,
  choices?: any[][],
  annualBaseSalary?: any,
  salaryPaidThrough?: any,
  delay?: any[][]
): number {
  return run("PAYOUT", [
    scenario,
    terminationDate,
    periods,
    consultingEndDate,
    choices,
    annualBaseSalary,
    salaryPaidThrough,
    delay,
  ]);
}

/**
 * The components of a termination's payout, one row each (what, clause, amount, when or how paid), then its non-cash consequences.
 * @customfunction PAYOUT_DETAIL
 * @param scenario Scenario code: 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g or 4h.
 * @param terminationDate The termination date (for 4(e), 4(f), 4(g): the event's date): an Excel date or YYYY-MM-DD text.
 * @param [periods] Optional: "consulting", "chairman" or "both", where the clause allows a choice.
 * @param [consultingEndDate] With periods "chairman": the date the Consulting Period ended earlier (required for 4b-ii, 4e, 4f, 4g).
 * @param [choices] Optional interpretation choices, or a two-column range.
 * @param [annualBaseSalary] Optional, for 4a, 4d, 4f and 4g before 2003-06-30 (paragraph 1): the annual base rate of pay, with salaryPaidThrough.
 * @param [salaryPaidThrough] Optional: the last day base salary has been paid through (2003-02-06 to 2003-06-30).
 * @param [delay] Optional, 4c-i: the Board delay, "fact=value; ..." of notification, election, electionDate, portion, fairMarketValue, duressEnd
 * @returns A table with a header row; the amount is empty for non-cash rows.
 */
export function payoutDetail(
  scenario: any,
  terminationDate: any,
  periods?: any,
  consultingEndDate?: any,
  choices?: any[][],
  annualBaseSalary?: any,
  salaryPaidThrough?: any,
  delay?: any[][]
): any[][] {
  return run("PAYOUT_DETAIL", [
    scenario,
    terminationDate,
    periods,
    consultingEndDate,
    choices,
    annualBaseSalary,
    salaryPaidThrough,
    delay,
  ]);
}

/**
 * The dated payments of a termination (earned but unpaid on their pay dates, base salary, lump sums, the 4(h) continuation, a delay's bi-weekly payments and shares), with the running total, what is paid and its clause.
 * @customfunction PAYOUT_SCHEDULE
 * @param scenario Scenario code: 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g or 4h.
 * @param terminationDate The termination date (for 4(e), 4(f), 4(g): the event's date): an Excel date or YYYY-MM-DD text.
 * @param [periods] Optional: "consulting", "chairman" or "both", where the clause allows a choice.
 * @param [consultingEndDate] With periods "chairman": the date the Consulting Period ended earlier (required for 4b-ii, 4e, 4f, 4g).
 * @param [headers] Optional: 1 (default) shows a header row, 0 shows none.
 * @param [choices] Optional interpretation choices, or a two-column range.
 * @param [annualBaseSalary] Optional, for 4a, 4d, 4f and 4g before 2003-06-30 (paragraph 1): the annual base rate of pay, with salaryPaidThrough.
 * @param [salaryPaidThrough] Optional: the last day base salary has been paid through (2003-02-06 to 2003-06-30).
 * @param [delay] Optional, 4c-i: the Board delay, "fact=value; ..." of notification, election, electionDate, portion, fairMarketValue, duressEnd
 * @returns Rows of date (serial), amount, cumulative, what, clause: one row a date.
 */
export function payoutSchedule(
  scenario: any,
  terminationDate: any,
  periods?: any,
  consultingEndDate?: any,
  headers?: any,
  choices?: any[][],
  annualBaseSalary?: any,
  salaryPaidThrough?: any,
  delay?: any[][]
): any[][] {
  return run("PAYOUT_SCHEDULE", [
    scenario,
    terminationDate,
    periods,
    consultingEndDate,
    headers,
    choices,
    annualBaseSalary,
    salaryPaidThrough,
    delay,
  ]);
}

/**
 * What each reading costs: for every switchable register entry bearing on this PAYOUT, each reading and PAYOUT under it, with its difference from the figure in force.
 * @customfunction SENSITIVITY
 * @param scenario Scenario code: 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g or 4h.
 * @param terminationDate The termination date (for 4(e), 4(f), 4(g): the event's date): an Excel date or YYYY-MM-DD text.
 * @param [periods] Optional, as for PAYOUT: "consulting", "chairman" or "both".
 * @param [consultingEndDate] As for PAYOUT: with periods "chairman", the day the Consulting Period ended.
 * @param [choices] Optional interpretation choices in force, or a two-column range.
 * @param [annualBaseSalary] Optional, as for PAYOUT (paragraph 1).
 * @param [salaryPaidThrough] Optional, as for PAYOUT (paragraph 1).
 * @param [delay] Optional, as for PAYOUT: the Board's delay for financial duress (4(c)(i)).
 * @returns A table: register id, clause, reading, in force, PAYOUT under it, difference.
 */
export function sensitivityTable(
  scenario: any,
  terminationDate: any,
  periods?: any,
  consultingEndDate?: any,
  choices?: any[][],
  annualBaseSalary?: any,
  salaryPaidThrough?: any,
  delay?: any[][]
): any[][] {
  return run("SENSITIVITY", [
    scenario,
    terminationDate,
    periods,
    consultingEndDate,
    choices,
    annualBaseSalary,
    salaryPaidThrough,
    delay,
  ]);
}

/**
 * The termination date that follows from a notice or event: 4(b) and 4(c) take effect three months after notice (EDATE); 4(a), 4(d), 4(h) on notice; 4(e), 4(f), 4(g) on the event.
 * @customfunction TERMINATION_DATE
 * @param scenario Scenario code: 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g or 4h.
 * @param noticeDate The date notice is given (or the event happens): an Excel date or YYYY-MM-DD text.
 * @param [choices] Optional interpretation choices, e.g. "notice-window=effective-from", or a two-column range.
 * @returns The termination date as a serial.
 */
export function terminationDateOf(scenario: any, noticeDate: any, choices?: any[][]): number {
  return run("TERMINATION_DATE", [scenario, noticeDate, choices]);
}

/**
 * The last day an option tranche may be exercised after a termination (3(c)(iv)(A)); #N/A "forfeited" when it is forfeited.
 * @customfunction OPTION_DEADLINE
 * @param scenario Scenario code: 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g or 4h.
 * @param terminationDate The termination date: an Excel date or YYYY-MM-DD text.
 * @param vestingDate The tranche's vesting date under its option certificate: an Excel date or YYYY-MM-DD text.
 * @param [choices] Optional interpretation choices, e.g. "option-window=inclusive", or a two-column range.
 * @returns The last exercise date as a serial.
 */
export function optionDeadlineOf(
  scenario: any,
  terminationDate: any,
  vestingDate: any,
  choices?: any[][]
): number {
  return run("OPTION_DEADLINE", [scenario, terminationDate, vestingDate, choices]);
}

/**
 * The last day to cure before a termination for Cause (4(a)(i): 30 days after the Company's notice of a breach) or for Good Reason (4(d)(i): 10 days after the Company receives notice).
 * @customfunction CURE_PERIOD_END
 * @param clause "4a" (a curable material breach, 30 days) or "4d" (a compensation failure, 10 days).
 * @param noticeDate The date of the written notice (for 4d, the date the Company receives it): a date or YYYY-MM-DD.
 * @returns The last day of the cure period as a serial; the termination may follow from the next day.
 */
export function curePeriodEnd(clause: any, noticeDate: any): number {
  return run("CURE_PERIOD_END", [clause, noticeDate]);
}

/* --------------------------------------------------- 4(c)(i) financial duress */

/**
 * The last day to choose 4(c)(i)(A) or (B) after the Board delays the Consulting Lump Sum Payment: 21 business days after its notification (WORKDAY).
 * @customfunction ELECTION_DEADLINE
 * @param notificationDate The date of the Board's notification: an Excel date or YYYY-MM-DD text, 2003-02-07 to 2007-06-30.
 * @param [holidays] Optional range of more holiday dates to skip, or "us-ma"; Massachusetts legal holidays are skipped by default.
 * @param [choices] Optional interpretation choices, e.g. "business-days=weekdays", or a two-column range.
 * @returns The deadline as a serial.
 */
export function electionDeadlineOf(
  notificationDate: any,
  holidays?: any[][],
  choices?: any[][]
): number {
  return run("ELECTION_DEADLINE", [notificationDate, holidays, choices]);
}

/**
 * The last day to transfer the shares under 4(c)(i)(B): 10 business days after the election (WORKDAY).
 * @customfunction SHARE_TRANSFER_DEADLINE
 * @param electionDate The date the executive elects 4(c)(i)(B): an Excel date or YYYY-MM-DD text, 2003-02-07 to 2007-06-30.
 * @param [holidays] Optional range of more holiday dates to skip, or "us-ma"; Massachusetts legal holidays are skipped by default.
 * @param [choices] Optional interpretation choices, e.g. "business-days=weekdays", or a two-column range.
 * @returns The deadline as a serial.
 */
export function shareTransferDeadlineOf(
  electionDate: any,
  holidays?: any[][],
  choices?: any[][]
): number {
  return run("SHARE_TRANSFER_DEADLINE", [electionDate, holidays, choices]);
}

/**
 * Shares delivered under 4(c)(i)(B) for all or part of the Consulting Lump Sum Payment, at the fair market value on the election date (whole shares, rounded down, by default).
 * @customfunction DURESS_SHARES
 * @param amount The Consulting Lump Sum Payment in dollars (e.g. BTU.CONSULT_DISCOUNTED(...)).
 * @param fairMarketValue Fair market value of one share on the election date, above 0.
 * @param [portion] Optional share of the value taken in stock, above 0 and at most 1; default 1 (100%).
 * @param [choices] Optional interpretation choices, e.g. "duress-whole-shares=fractional", or a two-column range.
 * @returns The number of shares.
 */
export function duressSharesOf(
  amount: any,
  fairMarketValue: any,
  portion?: any,
  choices?: any[][]
): number {
  return run("DURESS_SHARES", [amount, fairMarketValue, portion, choices]);
}

/**
 * The cash balance of the Consulting Lump Sum Payment after the shares of 4(c)(i)(B), paid bi-weekly: amount - shares x fair market value.
 * @customfunction DURESS_BALANCE
 * @param amount The Consulting Lump Sum Payment in dollars.
 * @param fairMarketValue Fair market value of one share on the election date, above 0.
 * @param [portion] Optional share of the value taken in stock, above 0 and at most 1; default 1 (100%).
 * @param [choices] Optional interpretation choices, or a two-column range.
 * @returns The cash balance in dollars.
 */
export function duressBalanceOf(
  amount: any,
  fairMarketValue: any,
  portion?: any,
  choices?: any[][]
): number {
  return run("DURESS_BALANCE", [amount, fairMarketValue, portion, choices]);
}

/**
 * Bi-weekly payments of the Consulting Fee that pay a delayed Consulting Lump Sum balance (4(c)(i)(A), or the cash part of (B)); if the duress ends, the rest is paid that day.
 * @customfunction DURESS_SCHEDULE
 * @param terminationDate The 4(c)(i) termination date: an Excel date or YYYY-MM-DD text, 2004-10-01 to 2007-06-30.
 * @param balance The balance to pay in dollars (e.g. the lump sum, or BTU.DURESS_BALANCE(...)).
 * @param [duressEndDate] Optional date the Board finds the duress ended; the remaining balance is paid that day.
 * @param [headers] Optional: 1 (default) shows a header row, 0 shows none.
 * @param [choices] Optional interpretation choices, or a two-column range.
 * @returns Rows of pay date (serial), amount, balance after the payment.
 */
export function duressScheduleOf(
  terminationDate: any,
  balance: any,
  duressEndDate?: any,
  headers?: any,
  choices?: any[][]
): any[][] {
  return run("DURESS_SCHEDULE", [terminationDate, balance, duressEndDate, headers, choices]);
}

/* ------------------------------------------------------------------- 4(h) */

/**
 * The first day the Company may give 4(h) notice: after 120 consecutive calendar days of disability (first day + 120).
 * @customfunction DISABILITY_NOTICE_FROM
 * @param firstDayOfDisability The first day of disability: an Excel date or YYYY-MM-DD text, 2003-02-07 to 2007-03-02 (its 120 days must end in the period).
 * @param [lastDayOfDisability] Optional last day of the disability, if it has ended; checks that it lasted 120 consecutive days.
 * @returns The earliest notice date as a serial.
 */
export function disabilityNoticeFromOf(
  firstDayOfDisability: any,
  lastDayOfDisability?: any
): number {
  return run("DISABILITY_NOTICE_FROM", [firstDayOfDisability, lastDayOfDisability]);
}

/* --------------------------------------------------------------- 3(c)(iii) */

/**
 * The Company Interest in the split-dollar policy (3(c)(iii)(A)): the cash value, less any increase New York Life shows is due solely to your own premium top-ups, times the Company's share on 2003-01-01.
 * @customfunction SPLITDOLLAR_INTEREST
 * @param cashValueJan2003 The policy's cash value on 2003-01-01 in dollars (at least the Company Interest of 232,000).
 * @param cashValue The policy's cash value now in dollars.
 * @param [insuredOnlyIncrease] Optional part of the cash value attributable solely to your own top-up payments; default 0.
 * @param [companyInterestJan2003] Optional Company Interest on 2003-01-01; default 232000 (3(c)(iii)(B)).
 * @returns The Company Interest in dollars, rounded to cents.
 */
export function splitDollarInterest(
  cashValueJan2003: any,
  cashValue: any,
  insuredOnlyIncrease?: any,
  companyInterestJan2003?: any
): number {
  return run("SPLITDOLLAR_INTEREST", [
    cashValueJan2003,
    cashValue,
    insuredOnlyIncrease,
    companyInterestJan2003,
  ]);
}

/**
 * The price to buy out the Company Interest (3(c)(iii)(B)): discounted at 3% over the remaining years of life expectancy.
 * @customfunction SPLITDOLLAR_BUYOUT
 * @param companyInterest The Company Interest in dollars (e.g. BTU.SPLITDOLLAR_INTEREST(...)).
 * @param lifeExpectancyYears Remaining years of life expectancy at the buy-out (e.g. BTU.LIFE_EXPECTANCY(...)), 0 to 150.
 * @param [rate] Optional yearly rate; default 0.03 (3%).
 * @param [method] Optional: "compound" (default; CI / (1+rate)^years) or "simple" (CI x (1 - rate x years)).
 * @returns The buy-out price in dollars, rounded to cents.
 */
export function splitDollarBuyoutOf(
  companyInterest: any,
  lifeExpectancyYears: any,
  rate?: any,
  method?: any
): number {
  return run("SPLITDOLLAR_BUYOUT", [companyInterest, lifeExpectancyYears, rate, method]);
}

/**
 * Remaining years of life expectancy on a date, read from a life table of a trade publication of the life insurance industry (3(c)(iii)(B)).
 * @customfunction LIFE_EXPECTANCY
 * @param birthDate Date of birth: an Excel date or YYYY-MM-DD text.
 * @param asOfDate Date of the buy-out: an Excel date or YYYY-MM-DD text, after the birth date.
 * @param table A range of (age, remaining years) or a built-in table: irs-single-life-2002/-2022, ssa-2003-male/-female, ssa-2017-male/-female.
 * @param [ageBasis] Optional: "last-birthday" (default), "nearest-birthday" or "interpolated".
 * @returns Remaining years of life expectancy.
 */
export function lifeExpectancyOf(
  birthDate: any,
  asOfDate: any,
  table: any[][],
  ageBasis?: any
): number {
  return run("LIFE_EXPECTANCY", [birthDate, asOfDate, table, ageBasis]);
}

/* ------------------------------------------------------------------ terms */

/**
 * The agreement's terms the add-in computes from: name, value, unit, clause, and the agreement's words.
 * @customfunction TERMS
 * @returns A table with a header row; dates are shown as YYYY-MM-DD text.
 */
export function terms(): any[][] {
  return run("TERMS", []);
}

/**
 * The interpretation register: each ambiguous point of the agreement with its id, clause, default, the choice in force, the alternatives and why the default was chosen.
 * @customfunction INTERPRETATIONS
 * @param [choices] Optional interpretation choices to show as "in force", e.g. "discount-method=simple", or a two-column range.
 * @returns A table with a header row, one row per register entry.
 */
export function interpretations(choices?: any[][]): any[][] {
  return run("INTERPRETATIONS", [choices]);
}

/**
 * The calculation trace of a BTU function: each step with its rule, clause, inputs, terms and choices, ending at the figure the function returns (or its error and message).
 * @customfunction EXPLAIN
 * @param functionName A BTU function name, e.g. "CONSULT_DISCOUNTED" (with or without "BTU.").
 * @param [args] That function's arguments, in order, as you would give them to it.
 * @returns A table with a header row: step number, step, clause, inputs and terms, choices in force, result.
 */
export function explain(functionName: any, args?: any[][][]): any[][] {
  return excel("EXPLAIN", () => explainRows(functionName, (args ?? []) as never));
}
