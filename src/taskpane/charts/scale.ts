/**
 * Pixel geometry for the hand-written SVG charts. Plain numbers are fine
 * here: they place marks on screen and label axes; every amount a user reads
 * as a figure is the core's Decimal, formatted with formatMoney.
 */

/** A linear map from [d0, d1] onto [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** A round tick step (1, 2, 2.5 or 5 times a power of ten) giving at most `maxTicks` intervals up to `max`. */
export function niceStep(max: number, maxTicks: number): number {
  const raw = max / maxTicks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * pow >= raw) return m * pow;
  return 10 * pow;
}

/** Axis labels: $0, $250k, $1.2M. */
export function compactDollars(v: number): string {
  if (v >= 1_000_000) return `$${(v / 1_000_000).toFixed(v % 1_000_000 === 0 ? 0 : 1)}M`;
  if (v >= 1_000) return `$${Math.round(v / 1_000)}k`;
  return `$${v}`;
}
