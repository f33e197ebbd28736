/**
 * npm run bench: median time per call of the main custom functions, called
 * exactly as Excel calls them (serial dates, omitted optional arguments as
 * null), over 10,000 distinct termination dates, beside @formulajs/formulajs
 * XNPV over the same cash flows. Also checks that CONSULT_DISCOUNTED equals
 * ROUND(XNPV, 2) to the cent for every date.
 *
 * The 10,000 dates are distinct serials spread evenly over the 4(c)(i) window
 * (2004-10-01 to 2007-06-30, 1,003 calendar days), so most carry a time of day
 * (the fraction Excel passes for a date-time, which the functions ignore).
 *
 * Timing: each sample times a batch of calls with performance.now(); the
 * figure is the median over samples of (batch time / batch size). Machines are
 * shared, so compare the ratio, not the absolute times.
 */
import "../src/cli/runtime-shim";
import * as F from "../src/functions/functions";
import * as formulajs from "@formulajs/formulajs";
import { d, DEFAULT_CHOICES, FEE_END, scheduleFor } from "../src/core";

// Excel passes null for an omitted optional argument.
const OMIT = null as any;
const N = 10_000;
const BATCH = 100;
const FROM = d("2004-10-01");
const TO = FEE_END;
const dates: number[] = Array.from({ length: N }, (_, i) => FROM + ((TO + 1 - FROM) * i) / N);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median microseconds per call of fn(i) for i over 0..N-1, in batches; `rounds` passes over the inputs. */
function time(fn: (i: number) => unknown, rounds = 3): number {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let start = 0; start < N; start += BATCH) {
      const t0 = performance.now();
      for (let i = start; i < start + BATCH; i++) fn(i);
      samples.push(((performance.now() - t0) * 1000) / BATCH);
    }
  }
  return median(samples);
}

// Cash flows for XNPV: the termination date with 0, then each remaining scheduled payment.
// The remaining payments from T are FEE_SCHEDULE from T (periods clipped to it).
const flows = dates.map((x) => {
  const T = Math.floor(x);
  const ps = scheduleFor("consulting", T, FEE_END, DEFAULT_CHOICES);
  return {
    values: [0, ...ps.map((p) => p.amount.toNumber())],
    dates: [T, ...ps.map((p) => p.payDate)],
  };
});

// Cold: the first call builds the fee ledger and the discount tables.
const c0 = performance.now();
F.consultDiscounted(dates[0], null, "xnpv", OMIT);
const coldMs = performance.now() - c0;

let mismatches = 0;
for (let i = 0; i < N; i++) {
  const ours = F.consultDiscounted(dates[i], null, "xnpv", OMIT);
  const x = formulajs.XNPV(0.03, flows[i].values, flows[i].dates) as number;
  if (Math.abs(ours - Math.round(x * 100) / 100) > 0.001) mismatches++;
}

const results: Array<[string, number]> = [];
const xnpv = time((i) => formulajs.XNPV(0.03, flows[i].values, flows[i].dates));
results.push(["formulajs XNPV (same cash flows)", xnpv]);
const cd = time((i) => F.consultDiscounted(dates[i], null, "xnpv", OMIT));
results.push(['BTU.CONSULT_DISCOUNTED(T, , "xnpv")', cd]);
results.push([
  "BTU.CONSULT_DISCOUNTED(T) (simple, the default)",
  time((i) => F.consultDiscounted(dates[i], null, null, OMIT)),
]);
results.push([
  "BTU.CHAIR_DISCOUNTED(T)",
  time((i) => F.chairDiscounted(Math.max(dates[i], d("2005-10-01")), null, null, OMIT)),
]);
results.push(["BTU.CONSULT_LUMPSUM(T)", time((i) => F.consultLumpSum(dates[i], OMIT))]);
results.push([
  'BTU.EARNED_UNPAID("consulting", T)',
  time((i) => F.earnedUnpaid("consulting", dates[i], OMIT)),
]);
results.push([
  'BTU.PAYOUT("4c-i", T)',
  time((i) => F.payoutTotal("4c-i", dates[i], null, null, OMIT), 1),
]);
results.push([
  'BTU.OPTION_DEADLINE("4b-i", T, T+200)',
  time((i) => F.optionDeadlineOf("4b-i", dates[i], dates[i] + 200, OMIT)),
]);

console.log(
  `Benchmark over ${N.toLocaleString()} distinct termination dates (${(TO + 1 - FROM).toLocaleString()} calendar days), median per call:`
);
for (const [name, us] of results)
  console.log(`  ${name.padEnd(44)} ${us.toFixed(3).padStart(9)} µs`);
console.log(`  first call (builds ledger and discount tables) ${coldMs.toFixed(1)} ms`);
console.log(
  `CONSULT_DISCOUNTED(T, , "xnpv") vs formulajs XNPV: ${(xnpv / cd).toFixed(1)}x faster (target >= 20x)`
);
console.log(
  `CONSULT_DISCOUNTED(T, , "xnpv") cent-exact against ROUND(XNPV, 2): ${N - mismatches} of ${N} dates equal${mismatches ? ` (${mismatches} differ)` : ""}`
);
if (mismatches > 0) process.exitCode = 1;
