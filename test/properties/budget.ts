/**
 * How many calls the property suites make. `npm test` runs a small default
 * (BTU_PROPERTY_CALLS unset: 4,000 calls in all); `npm run test:properties`
 * sets BTU_PROPERTY_CALLS=100000 and scripts/run-properties.js adds up the
 * calls each file reports and fails if they fall short.
 *
 * Each property gets a share of the target and sizes its runs by the calls
 * an average run makes. BTU_PROPERTY_SEED replays a run (fast-check prints
 * the seed and the shrunk counterexample of any failure).
 */
import * as fs from "fs";
import * as path from "path";
import type { Parameters as FcParameters } from "fast-check";

export const DEFAULT_CALLS = 4000;
export const TARGET = Math.max(1, Number(process.env.BTU_PROPERTY_CALLS || DEFAULT_CALLS));
export const SEED = process.env.BTU_PROPERTY_SEED
  ? Number(process.env.BTU_PROPERTY_SEED)
  : undefined;

/** The share of the target each property takes (they add up to 1). */
export const SHARES = {
  tieOut: 0.2,
  lumpSums: 0.2,
  schedules: 0.15,
  options: 0.1,
  robustness: 0.15,
  callOrder: 0.05,
  browser: 0.15,
} as const;

let calls = 0;

/** Counts calls made to the public functions (registered functions or the core API). */
export function count(n = 1): void {
  calls += n;
}

export function callsMade(): number {
  return calls;
}

/**
 * fast-check settings for a property: enough runs for `part` of its share of
 * the target at `callsPerRun` calls a run on average.
 */
export function runs<T>(
  share: keyof typeof SHARES,
  callsPerRun: number,
  part = 1
): FcParameters<T> {
  const numRuns = Math.max(5, Math.ceil((TARGET * SHARES[share] * part) / callsPerRun));
  return { numRuns, seed: SEED };
}

/** At the end of a test file, records its calls for scripts/run-properties.js (and says how many). */
export function reportCalls(testFile: string): void {
  afterAll(() => {
    const name = path.basename(testFile);
    const dir = process.env.BTU_PROPERTY_COUNT_DIR;
    if (dir)
      fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ file: name, calls }));
  });
}
