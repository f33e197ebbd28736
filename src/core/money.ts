/**
 * Money: every amount is a decimal.js value, never a binary float.
 *
 * Precision: 40 significant digits, far beyond the cent for any amount in the
 * agreement (the largest is $816,000.00), so the exact accruals, discount
 * factors and sums below are exact to well under 1e-30 of a cent before the
 * one rounding step each figure takes.
 *
 * Rounding rule (register entry `rounding`): amounts are rounded to cents,
 * half away from zero ("half-up" for the positive amounts of the agreement),
 * and only at the points named in the rules: a span's amount is
 * round(cum(b)) - round(cum(a-1)); a discounted lump sum is rounded once,
 * after discounting and summing.
 */
import Decimal from "decimal.js";
import { numError } from "./errors";

export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Money = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** Rounds to whole cents, half away from zero. `roundCents(new Dec("0.125"))` is 0.13. */
export function roundCents(x: Decimal): Decimal {
  return x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Whole cents as a decimal amount: `centsToDecimal(53719964)` is 537199.64,
 * exactly (the fast paths keep money as whole cents in doubles, exact below
 * 2^53 cents).
 */
export function centsToDecimal(cents: number): Decimal {
  return new Dec(cents).div(100);
}

/**
 * Whole cents as the number Excel gets: cents / 100. IEEE division is
 * correctly rounded, so this is the double nearest the exact amount, the
 * same number as `toExcelNumber(centsToDecimal(cents))`.
 */
export function centsToNumber(cents: number): number {
  return cents / 100;
}

/** A Decimal from a JS number or decimal string. */
export function dec(x: number | string | Decimal): Decimal {
  return new Dec(x);
}

/** Sum of amounts (exact). */
export function sum(xs: readonly Decimal[]): Decimal {
  let s = ZERO;
  for (const x of xs) s = s.plus(x);
  return s;
}

/** The number Excel gets for an amount: the double nearest the exact decimal. */
export function toExcelNumber(x: Decimal): number {
  return x.toNumber();
}

/** "538,158.33" style text for messages and the task pane. */
export function formatMoney(x: Decimal): string {
  const fixed = roundCents(x).toFixed(2);
  const [whole, cents] = fixed.split(".");
  const neg = whole.startsWith("-");
  const digits = neg ? whole.slice(1) : whole;
  return (neg ? "-" : "") + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + "." + cents;
}

/**
 * An operation's evaluation mode for its figure alone in whole cents (the
 * custom functions' fast path: no Decimal, no trace), instead of a Decimal
 * with its steps in an optional Trace. The operation is one body either way:
 * `lumpSumRemainder(fee, T, choices, CENTS)` is the cents its Decimal answer
 * is made of.
 */
export const CENTS = "cents" as const;
export type InCents = typeof CENTS;

/** Refuses a negative amount (#NUM!, with the argument's name): a balance, a cash value, an interest. */
export function checkNotNegative(x: Decimal, argument: string): void {
  if (x.isNegative())
    throw numError({
      argument,
      allowed: "0 or more",
      given: x.toString(),
      limits: { low: 0, lowIncluded: true },
      message: `${argument} must not be negative, got ${x.toString()}`,
    });
}
