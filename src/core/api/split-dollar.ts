/**
 * The split-dollar policy of 3(c)(iii): the Company Interest, the buy-out
 * price under each reading, and the life expectancy it is discounted over.
 */
import Decimal from "decimal.js";
import { Choices, interpretation, withChoices } from "../agreement/interpretations";
import { LIFE_TABLES, PublishedLifeTable } from "../agreement/life-tables";
import { Serial } from "../dates";
import { Trace } from "../trace";
import { BtuError, echo, valueError } from "../errors";
import {
  COMPANY_INTEREST_JAN_2003,
  companyInterest,
  lifeExpectancy,
  lifeTable,
  splitDollarBuyout,
} from "../rules/p3c-iii-split-dollar";

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
