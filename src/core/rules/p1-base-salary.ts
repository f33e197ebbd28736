/**
 * Paragraph 1: during the Transition Period (the date of the letter,
 * February 7, 2003, through the Separation Date, June 30, 2003) the Company
 * "will continue to pay you your base salary, at your current base rate of
 * pay". 4(a), 4(d), 4(f) and 4(g) add "any base salary ... earned but unpaid".
 *
 * The agreement states neither the rate nor the payroll calendar (register
 * entry `base-salary`), so the base salary is computed only when the user
 * gives both the annual base rate and the last day salary has been paid
 * through: the days after that, up to the day before the first unearned day
 * and never past the Separation Date, each accrue rate / 365, rounded
 * half-up to cents once.
 */
import Decimal from "decimal.js";
import { TERMS } from "../agreement/terms";
import { iso, Serial } from "../dates";
import { numError, valueError } from "../errors";
import { roundCents, ZERO } from "../money";
import { Trace } from "../trace";

export interface BaseSalaryFacts {
  /** The annual base rate of pay (not stated in the agreement). */
  readonly annual: Decimal;
  /** The last day the base salary has been paid through. */
  readonly paidThrough: Serial;
}

/** Paragraph 1 base salary accrues the annual rate / 365 a calendar day (register base-salary=daily-365). */
export const BASE_SALARY_DAYS_PER_YEAR = 365;

const SEPARATION = TERMS.separationDate.value;
const TRANSITION_START = TERMS.agreementDate.value;

/** Checks the facts: a rate from 0 up, paid through a day from the day before the letter to the Separation Date. */
export function checkBaseSalary(facts: BaseSalaryFacts): void {
  if (facts.annual.isNegative() || facts.annual.gt(1e9))
    throw numError({
      argument: "annualBaseSalary",
      allowed: "from 0 to 1,000,000,000 dollars a year",
      given: facts.annual.toString(),
      limits: { low: 0, lowIncluded: true, high: 1e9, highIncluded: true },
    });
  if (facts.paidThrough < TRANSITION_START - 1 || facts.paidThrough > SEPARATION)
    throw valueError({
      argument: "salaryPaidThrough",
      allowed: `from ${iso(TRANSITION_START - 1)} to ${iso(SEPARATION)} (the Transition Period, paragraph 1)`,
      given: iso(facts.paidThrough),
      clause: "1",
    });
}

/**
 * Base salary earned but unpaid when the first unearned day is `stop`:
 * days paidThrough + 1 .. min(stop - 1, June 30, 2003), at annual / 365 a day.
 */
export function baseSalaryUnpaid(facts: BaseSalaryFacts, stop: Serial, trace?: Trace): Decimal {
  checkBaseSalary(facts);
  const last = Math.min(stop - 1, SEPARATION);
  const days = Math.max(0, last - facts.paidThrough);
  const value =
    days === 0 ? ZERO : roundCents(facts.annual.times(days).div(BASE_SALARY_DAYS_PER_YEAR));
  trace?.add(
    `Base salary earned but unpaid: ${days} day${days === 1 ? "" : "s"} after ${iso(facts.paidThrough)} through ${iso(Math.max(last, facts.paidThrough))}, at the annual rate / 365`,
    "1(a); register base-salary",
    `annualBaseSalary=${facts.annual.toString()}; salaryPaidThrough=${iso(facts.paidThrough)}; stop=${iso(stop)}; Separation Date=${iso(SEPARATION)}`,
    ["base-salary=daily-365"],
    value
  );
  return value;
}
