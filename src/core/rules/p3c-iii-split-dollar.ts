/**
 * Paragraph 3(c)(iii) and Exhibit 1: the split-dollar policy (New York Life
 * Policy 40-572-487).
 *
 * (A) The Company Interest and the Insured Interest grow pro rata with the
 *     policy's cash value, except that an increase New York Life shows is
 *     solely attributable to the insured's own top-up premium payments goes to
 *     the Insured Interest alone.
 * (B) The Company Interest was $232,000 on January 1, 2003. To buy it out,
 *     the insured pays the Company Interest "discounted by a rate of 3% over a
 *     period equal to the number of remaining years in your life expectancy at
 *     the time you buy out the Company Interest, as set forth in trade
 *     publications for the life insurance industry".
 */
import Decimal from "decimal.js";
import { Choices, describeChoices } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { edate, iso, Serial, wholeYearsBetween } from "../dates";
import { naError, numError, valueError } from "../errors";
import { checkNotNegative, Dec, ONE, roundCents } from "../money";
import { Trace } from "../trace";

export const COMPANY_INTEREST_JAN_2003 = new Dec(TERMS.companyInterestJan2003.value);

/** The buy-out's discount rate, "discounted by a rate of 3%" (3(c)(iii)(B)): SPLITDOLLAR_BUYOUT's default `rate`, the pane's and the audit workbook's rate. */
export const SPLIT_DOLLAR_RATE: Decimal = new Dec(TERMS.splitDollarDiscountRate.value);

/**
 * Company Interest = (cash value - insured-only increase) x CI(2003-01-01) /
 * cash value on 2003-01-01, rounded to cents (register `split-dollar-growth`).
 */
export function companyInterest(
  cashValueJan2003: Decimal,
  cashValue: Decimal,
  insuredOnlyIncrease: Decimal,
  companyInterestJan2003: Decimal,
  trace?: Trace
): Decimal {
  if (companyInterestJan2003.lte(0))
    throw numError({
      argument: "companyInterestJan2003",
      allowed: "above 0 (the agreement's figure is 232000)",
      given: companyInterestJan2003.toString(),
      limits: { low: 0, lowIncluded: false },
    });
  if (cashValueJan2003.lt(companyInterestJan2003))
    throw numError({
      argument: "cashValueJan2003",
      allowed: `at least the Company Interest on 2003-01-01 (${companyInterestJan2003.toString()})`,
      given: cashValueJan2003.toString(),
    });
  checkNotNegative(cashValue, "cashValue");
  if (insuredOnlyIncrease.isNegative() || insuredOnlyIncrease.gt(cashValue))
    throw numError({
      argument: "insuredOnlyIncrease",
      allowed: `from 0 up to cashValue (${cashValue.toString()})`,
      given: insuredOnlyIncrease.toString(),
    });
  const share = companyInterestJan2003.div(cashValueJan2003);
  const value = roundCents(cashValue.minus(insuredOnlyIncrease).times(share));
  if (trace) {
    trace.add(
      "Company share of the cash value on 2003-01-01",
      "3(c)(iii)(A), 3(c)(iii)(B)",
      `companyInterestJan2003=${companyInterestJan2003.toString()}; cashValueJan2003=${cashValueJan2003.toString()}`,
      ["split-dollar-growth=pro-rata-of-cash-value"],
      share.toSignificantDigits(15).toNumber()
    );
    trace.add(
      "Cash value shared pro rata: cash value - increase attributable solely to the insured's payments",
      "3(c)(iii)(A)",
      `cashValue=${cashValue.toString()}; insuredOnlyIncrease=${insuredOnlyIncrease.toString()}`,
      [],
      cashValue.minus(insuredOnlyIncrease)
    );
    trace.add(
      "Company Interest = shared cash value x company share, rounded to cents",
      "3(c)(iii)(A)",
      "",
      ["rounding=half-up to cents"],
      value
    );
  }
  return value;
}

/** Buy-out price (register `split-dollar-discount`), rounded half-up to cents once. */
export function splitDollarBuyout(
  ci: Decimal,
  years: Decimal,
  rate: Decimal,
  choices: Choices,
  trace?: Trace
): Decimal {
  checkNotNegative(ci, "companyInterest");
  if (years.isNegative() || years.gt(150))
    throw numError({
      argument: "lifeExpectancyYears",
      allowed: "from 0 to 150",
      given: years.toString(),
      limits: { low: 0, lowIncluded: true, high: 150, highIncluded: true },
    });
  const method = choices.splitDollarDiscount;
  const exact =
    method === "compound"
      ? ci.div(ONE.plus(rate).pow(years))
      : ci.times(ONE.minus(rate.times(years)));
  const value = roundCents(exact);
  if (value.isNegative())
    throw numError({
      argument: "lifeExpectancyYears",
      rule: `a simple ${rate.times(100).toString()}% discount over ${years.toString()} years exceeds the Company Interest; use method "compound"`,
      given: years.toString(),
      message: `lifeExpectancyYears: a simple ${rate.times(100).toString()}% discount over ${years.toString()} years exceeds the Company Interest; use method "compound"`,
    });
  trace?.add(
    method === "compound"
      ? `Company Interest / (1 + ${rate.toString()})^${years.toString()}`
      : `Company Interest x (1 - ${rate.toString()} x ${years.toString()})`,
    "3(c)(iii)(B); register split-dollar-discount",
    `companyInterest=${ci.toString()}; lifeExpectancyYears=${years.toString()}; rate=${rate.toString()}`,
    describeChoices(choices, ["splitDollarDiscount"]),
    value
  );
  return value;
}

/** A life table: age (whole years) -> remaining years of life expectancy. */
export type LifeTable = ReadonlyMap<number, Decimal>;

/** Builds a life table from (age, years) rows, rejecting bad rows with the row number. */
export function lifeTable(
  rows: ReadonlyArray<readonly [number, number]>,
  argument = "table"
): LifeTable {
  const t = new Map<number, Decimal>();
  rows.forEach(([age, years], i) => {
    if (!Number.isInteger(age) || age < 0 || age > 130)
      throw valueError({
        argument,
        allowed: `ages that are whole numbers from 0 to 130 (row ${i + 1})`,
        given: String(age),
        message: `${argument} row ${i + 1}: age must be a whole number from 0 to 130, got ${age}`,
      });
    if (!Number.isFinite(years) || years < 0 || years > 150)
      throw valueError({
        argument,
        allowed: `remaining years that are numbers from 0 to 150 (row ${i + 1})`,
        given: String(years),
        message: `${argument} row ${i + 1}: remaining years must be a number from 0 to 150, got ${years}`,
      });
    if (t.has(age))
      throw valueError({
        argument,
        rule: `age ${age} appears twice (row ${i + 1})`,
        given: String(age),
        message: `${argument} row ${i + 1}: age ${age} appears twice`,
      });
    t.set(age, new Dec(years));
  });
  if (t.size === 0)
    throw valueError({
      argument,
      allowed: "at least one (age, remaining years) row",
      given: "",
      message: `${argument} must have at least one (age, remaining years) row`,
    });
  return t;
}

/**
 * The age a life table is read at on `asOf` (register `life-expectancy-age`),
 * and how: the ages to look up, the weight of the second (interpolated), and
 * the reading in words ("age last birthday=64").
 *
 * @example
 *   lifeTableAge(serial("1940-05-01"), serial("2005-01-01"), "last-birthday").note
 *   // "age last birthday=64"
 */
export function lifeTableAge(
  birth: Serial,
  asOf: Serial,
  basis: Choices["lifeExpectancyAge"]
): { readonly ages: readonly number[]; readonly fraction?: Decimal; readonly note: string } {
  if (birth >= asOf)
    throw valueError({
      argument: "birthDate",
      allowed: `before asOfDate ${iso(asOf)}`,
      given: iso(birth),
      message: `birthDate ${iso(birth)} must be before asOfDate ${iso(asOf)}`,
    });
  const ageLast = wholeYearsBetween(birth, asOf);
  const lastBirthday = edate(birth, 12 * ageLast);
  switch (basis) {
    case "last-birthday":
      return { ages: [ageLast], note: `age last birthday=${ageLast}` };
    case "nearest-birthday": {
      const halfway = edate(lastBirthday, 6);
      const age = asOf >= halfway ? ageLast + 1 : ageLast;
      return {
        ages: [age],
        note: `age nearest birthday=${age} (six months past the last birthday: ${iso(halfway)})`,
      };
    }
    case "interpolated": {
      const nextBirthday = edate(birth, 12 * (ageLast + 1));
      const f = new Dec(asOf - lastBirthday).div(nextBirthday - lastBirthday);
      return {
        ages: [ageLast, ageLast + 1],
        fraction: f,
        note: `ages ${ageLast}..${ageLast + 1}; fraction of year=${f.toSignificantDigits(10).toString()}`,
      };
    }
  }
}

/** Remaining years of life expectancy on `asOf` (register `life-expectancy-age`). */
export function lifeExpectancy(
  birth: Serial,
  asOf: Serial,
  table: LifeTable,
  choices: Choices,
  argument = "table",
  trace?: Trace
): Decimal {
  const read = lifeTableAge(birth, asOf, choices.lifeExpectancyAge);
  const lookup = (age: number): Decimal => {
    const v = table.get(age);
    if (v === undefined)
      throw naError({
        argument,
        rule: `has no row for age ${age} (ages ${Math.min(...table.keys())} to ${Math.max(...table.keys())} given)`,
        given: String(age),
        message: `${argument} has no row for age ${age} (ages ${Math.min(...table.keys())} to ${Math.max(...table.keys())} given)`,
      });
    return v;
  };
  const [a0, a1] = read.ages.map(lookup);
  const value = read.fraction === undefined ? a0 : a0.plus(a1.minus(a0).times(read.fraction));
  trace?.add(
    "Life expectancy read from the table",
    "3(c)(iii)(B); register life-expectancy-age",
    `birthDate=${iso(birth)}; asOfDate=${iso(asOf)}; ${read.note}`,
    describeChoices(choices, ["lifeExpectancyAge"]),
    value.toNumber()
  );
  return value;
}
