/** Display text for non-money numbers (money is the core's formatMoney). */
import Decimal from "decimal.js";

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Shares: whole shares with thousands separators, fractional shares (register duress-whole-shares=fractional) with their decimals. */
export function formatShares(x: Decimal | number): string {
  const [whole, frac] = (typeof x === "number" ? String(x) : x.toFixed()).split(".");
  return group(whole) + (frac ? `.${frac}` : "");
}

/** A percentage as the user typed it back, e.g. 0.5 -> "50%". */
export function formatPercent(fraction: Decimal): string {
  return `${fraction.times(100).toFixed()}%`;
}

/** Years of life expectancy as read from the table (3(c)(iii)(B)): "21.0", "20.5". */
export const formatYears = (y: Decimal) => (y.decimalPlaces() === 0 ? y.toFixed(1) : y.toString());
