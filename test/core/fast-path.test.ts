/**
 * The fast paths equal the decimal.js reference to the cent (issue 13).
 *
 * The reference: ReferenceLedger (test/helpers/reference-ledger.ts), the fee
 * ledger with every day's exact accrual a 40-digit decimal and every amount a
 * decimal.js value, and DiscountTable (p4c-discount.ts), the 4(c) discount in
 * 40-digit decimals. The fast paths: FeeLedger in integer cents, the float
 * discount with its decimal fallback near half cents, PAYOUT's total per
 * clause, and the custom functions' number results.
 *
 * Checked for every termination date of the agreement's span (2003-02-07 ..
 * 2007-06-30; the 4(c) discount over the fee span 2003-07-01 .. 2007-06-30,
 * its windows lying within it), under every register reading bearing on money:
 * accrual-basis x rounding x pay-anchor x pay-lag for the ledgers (the free
 * entries at their default and other values), earned-unpaid, discount-method
 * and each scenario's own entries, for both fees, the 4(h) 60% stream and
 * every scenario with every periods value it allows. The loops call the core
 * directly (no CLI, no bundle) so the file runs in seconds.
 *
 * Every date in a full run (BTU_FULL=1: `npm run test:full`);
 * otherwise (`npm test`, `npm run test:unit`) the deterministic sample of
 * test/helpers/sweep.ts: the agreement's dates, window edges, pay dates and
 * year ends, and a day in every 23, shifted per reading.
 */
import Decimal from "decimal.js";
import {
  AGREEMENT_START,
  BtuError,
  CENTS,
  centsToNumber,
  checkRate,
  Choices,
  discountedLumpSum,
  earnedUnpaidAt,
  FEE_END,
  FEE_START,
  iso,
  lumpSumRemainder,
  parseScenario,
  payout,
  payoutTotalCents,
  Periods,
  REGISTER,
  roundCents,
  SCENARIOS,
  scheduleFor,
  ScenarioCode,
  TERMS,
} from "../../src/core";
import { FeeLedger, FeeName, splitAt, unpaidFromAt } from "../../src/core/rules/p3a-fees";
import {
  DiscountMethod,
  DiscountTable,
  discountedCents,
  FAST_MARGIN,
  fastDiscountedValue,
} from "../../src/core/rules/p4c-discount";
import { ReferenceLedger } from "../helpers/reference-ledger";
import * as Functions from "../../src/functions/functions";
import { asExcel } from "../helpers/as-excel";
import { C, D } from "../helpers/core";
import { FULL, sweep } from "../helpers/sweep";

const F = asExcel(Functions);

const cents = (x: Decimal): number => x.times(100).toNumber();

/** The reference discount table of a reference ledger at 3% (built once each). */
const tables = new Map<ReferenceLedger, DiscountTable>();
const table3 = (l: ReferenceLedger): DiscountTable => {
  let t = tables.get(l);
  if (!t) tables.set(l, (t = new DiscountTable(l, checkRate(0.03))));
  return t;
};
const FEES: readonly FeeName[] = ["consulting", "chairman"];
const METHODS: readonly DiscountMethod[] = ["simple", "xnpv", "flat"];
const SHARE_4H = String(TERMS.disabilityShare.value);

/** "a; b" texts of the product of the readings given per entry (empty for the defaults). */
function product(axes: string[][]): string[] {
  return axes.reduce<string[]>(
    (acc, axis) => acc.flatMap((a) => axis.map((b) => [a, b].filter(Boolean).join("; "))),
    [""]
  );
}

/** Every alternative of the register's non-free entries bearing on `topic`. */
function alternativesOf(topic: string): string[][] {
  return REGISTER.filter((e) => e.field && !e.free && e.bearsOn?.includes(topic as never)).map(
    (e) => e.alternatives.map((a) => `${e.id}=${a.value}`)
  );
}

/** The ledger readings: accrual basis x rounding x pay anchor (default, later, earlier) x pay lag. */
const LEDGER_READINGS = product([
  ...alternativesOf("fees"),
  ["", "pay-anchor=2003-07-04", "pay-anchor=2003-06-20"],
  ["", "pay-lag=3", "pay-lag=17"],
]);

/** The first day of the earned-but-unpaid span, restated from the register: the days before `stop` whose pay date is on or after it. */
function referenceUnpaidFrom(l: ReferenceLedger, stop: number): number {
  let from = stop;
  for (let d = Math.min(stop - 1, FEE_END); d >= FEE_START; d--) {
    if (l.periodOf(d).payDate < stop) break;
    from = d;
  }
  return Math.max(from, FEE_START);
}

describe("3(a) fee ledgers: integer cents equal the decimal.js reference for every day and split", () => {
  test(`${LEDGER_READINGS.length} ledger readings x (Consulting, Chairman, 4(h) 60%): every cumulative day, period, and the split at every stop day`, () => {
    let checked = 0;
    let stopsSwept = 0;
    for (const [i, text] of LEDGER_READINGS.entries()) {
      const choices = C(text);
      for (const [fee, share] of [
        ["consulting", "1"],
        ["chairman", "1"],
        ["consulting", SHARE_4H],
      ] as const) {
        const fast = FeeLedger.of(fee, choices, share);
        const ref = ReferenceLedger.of(fee, choices, share);
        expect(fast.periods).toEqual(ref.periods);
        for (const s of sweep(FEE_START - 1, FEE_END, { salt: i }))
          if (fast.cumAt(s) !== cents(ref.cumRounded(s)))
            throw new Error(`${text} ${fee} ${share}: cum(${iso(s)}) differs`);
        for (const p of ref.periods)
          if (fast.amountCents(p.start, p.end) !== cents(ref.amount(p.start, p.end)))
            throw new Error(`${text} ${fee}: period ${iso(p.start)} differs`);
        const stops = sweep(AGREEMENT_START, FEE_END + 1, { salt: i });
        stopsSwept += stops.length;
        for (const stop of stops) {
          const u = referenceUnpaidFrom(ref, stop);
          const split = splitAt(fast, stop);
          const ok =
            unpaidFromAt(fast, stop) === u &&
            split.unpaidFrom === u &&
            cents(split.paid) === cents(ref.amount(FEE_START, u - 1)) &&
            cents(split.earnedUnpaid) === cents(ref.amount(u, stop - 1)) &&
            cents(split.remainder) === cents(ref.amount(stop, FEE_END));
          if (!ok) throw new Error(`${text} ${fee} ${share}: split at ${iso(stop)} differs`);
          checked++;
        }
      }
    }
    expect(checked).toBe(stopsSwept);
    // A full run (BTU_FULL=1) sweeps every stop day.
    if (FULL) expect(checked).toBe(LEDGER_READINGS.length * 3 * (FEE_END + 2 - AGREEMENT_START));
  });

  test("FEE_SCHEDULE rows in cents equal the reference's rows, from every termination date and through it", () => {
    for (const [i, text] of [
      "",
      "rounding=per-period; pay-lag=3",
      "accrual-basis=actual-365; pay-anchor=2003-07-04",
    ].entries()) {
      const choices = C(text);
      for (const fee of FEES) {
        const ref = ReferenceLedger.of(fee, choices);
        for (const T of sweep(AGREEMENT_START, FEE_END, { salt: i })) {
          for (const [from, to] of [
            [T, FEE_END],
            [AGREEMENT_START, T],
          ]) {
            const rows = scheduleFor(fee, from, to, choices, CENTS);
            const lo = Math.max(from, FEE_START);
            const expected = ref.periods
              .filter((p) => p.end >= lo && p.start <= to)
              .map((p) => cents(ref.amount(Math.max(p.start, lo), Math.min(p.end, to))));
            if (rows.map((r) => r.amount).join() !== expected.join())
              throw new Error(`${text} ${fee} ${iso(from)}..${iso(to)}: rows differ`);
            const total = expected.reduce((a, b) => a + b, 0);
            if (rows.length && rows[rows.length - 1].cumulative !== total)
              throw new Error(`${text} ${fee} ${iso(from)}..${iso(to)}: cumulative differs`);
          }
        }
      }
    }
  });
});

/** The discount readings: the ledger entries (anchor and lag at two values) x earned-unpaid. */
const DISCOUNT_READINGS = product([
  ...alternativesOf("fees"),
  ["", "pay-anchor=2003-07-04"],
  ["", "pay-lag=3"],
  ...alternativesOf("termination"),
]);

describe("4(c) discount: the float fast path equals the decimal.js reference to the cent", () => {
  test(`${DISCOUNT_READINGS.length} readings x both fees x simple, xnpv, flat at 3%: every termination date of the fee span; the float within MARGIN/64 of the reference`, () => {
    const rate = checkRate(0.03);
    let n = 0;
    let undecided = 0;
    let daysSwept = 0;
    for (const [i, text] of DISCOUNT_READINGS.entries()) {
      const choices = C(text);
      for (const fee of FEES) {
        const fast = FeeLedger.of(fee, choices);
        const table = new DiscountTable(ReferenceLedger.of(fee, choices), rate);
        const days = sweep(FEE_START, FEE_END, { salt: i });
        daysSwept += days.length;
        for (const T of days) {
          const from = choices.earnedUnpaid === "through-termination" ? T + 1 : T;
          for (const method of METHODS) {
            const exact = table.exactValue(method, from, T);
            const got = discountedCents(fast, from, T, rate, method);
            if (got !== cents(roundCents(exact)))
              throw new Error(`${text} ${fee} ${method} ${iso(T)}: ${got} != ${exact.toString()}`);
            const f = fastDiscountedValue(fast, from, T, rate, method);
            if (f) {
              if (Math.abs(f.value - cents(exact)) > f.margin / 64)
                throw new Error(`${text} ${fee} ${method} ${iso(T)}: float error above MARGIN/64`);
              const frac = f.value - Math.floor(f.value);
              if (!(f.value > f.margin && Math.abs(frac - 0.5) > f.margin)) undecided++;
            }
            n++;
          }
        }
      }
    }
    expect(n).toBe(daysSwept * METHODS.length);
    // A full run (BTU_FULL=1) sweeps every day.
    if (FULL) expect(n).toBeGreaterThan(400_000);
    // The margin is tiny: almost every call is decided in floating point.
    expect(undecided / n).toBeLessThan(0.001);
  });

  test.each([0, 0.0275, 0.05, 0.125, 0.5])(
    "rate %p, both fees, every method and termination date (defaults): equal to the reference",
    (r) => {
      const rate = checkRate(r);
      for (const fee of FEES) {
        const fast = FeeLedger.of(fee, C());
        const table = new DiscountTable(ReferenceLedger.of(fee, C()), rate);
        for (const T of sweep(FEE_START, FEE_END))
          for (const method of METHODS) {
            const exact = roundCents(table.exactValue(method, T, T));
            if (exact.isNegative()) {
              expect(() => discountedCents(fast, T, T, rate, method)).toThrow(BtuError);
              continue;
            }
            if (discountedCents(fast, T, T, rate, method) !== cents(exact))
              throw new Error(`${r} ${fee} ${method} ${iso(T)} differs`);
          }
      }
    }
  );

  test("decision rule: a value exactly on a half cent is left to decimal.js (Chairman remainder 100,000.00 from 2006-07-01, flat at 0.000005%: 9,999,999.5 cents -> 100,000.00 half-up)", () => {
    const rate = checkRate(0.00000005);
    const T = D("2006-07-01");
    const ledger = FeeLedger.of("chairman", C());
    expect(ledger.amountCents(T, FEE_END)).toBe(10_000_000);
    const f = fastDiscountedValue(ledger, T, T, rate, "flat");
    // The float lands within the margin of the half cent, so the fast path does not decide ...
    expect(f).toBeDefined();
    expect(Math.abs(f!.value - Math.floor(f!.value) - 0.5)).toBeLessThanOrEqual(f!.margin);
    // ... and decimal.js gives R x (1 - r x 365/365) = 99,999.995, rounded half-up to 100,000.00.
    expect(discountedCents(ledger, T, T, rate, "flat")).toBe(10_000_000);
    expect(discountedLumpSum("chairman", T, rate, "flat", C()).toFixed(2)).toBe("100000.00");
  });

  test("the margin is (R + 1) x 2^-40 cents: below 1e-4 of a cent for the largest remainder, 816,000.00", () => {
    expect(FAST_MARGIN).toBe(2 ** -40);
    const f = fastDiscountedValue(
      FeeLedger.of("consulting", C()),
      FEE_START,
      FEE_START,
      checkRate(0.03),
      "xnpv"
    );
    expect(f!.margin).toBeCloseTo((81_600_000 + 1) * 2 ** -40, 12);
    expect(f!.margin).toBeLessThan(1e-4);
  });
});

/* ------------------------------------------------------------ scenarios */

const SEPARATION = TERMS.separationDate.value;

/**
 * PAYOUT's total restated from the agreement over the decimal.js reference
 * ledger (no base salary facts, no delay): what each clause of paragraph 4
 * pays, in cents.
 */
function referenceTotal(code: ScenarioCode, T: number, periods: Periods, choices: Choices): number {
  const fees: FeeName[] = periods === "both" ? ["consulting", "chairman"] : [periods as FeeName];
  const stop = choices.earnedUnpaid === "through-termination" ? T + 1 : T;
  const ref = (f: FeeName) => ReferenceLedger.of(f, choices);
  // "earned but unpaid prior to the termination date" (register earned-unpaid)
  const eu = (f: FeeName, s: number) => cents(ref(f).amount(referenceUnpaidFrom(ref(f), s), s - 1));
  // "the remainder of the [fees] through June 30, 2007"
  const ls = (f: FeeName, s: number) => cents(ref(f).amount(s, FEE_END));
  const sum = (g: (f: FeeName) => number) => fees.reduce((a, f) => a + g(f), 0);
  switch (code) {
    case "4a": {
      // fees earned but not paid through the date of notice (register cause-notice-day)
      const s = choices.causeNoticeDay === "earned" ? T + 1 : T;
      return sum((f) => eu(f, s));
    }
    case "4b-i":
    case "4b-ii":
    case "4d":
    case "4f":
      return sum((f) => eu(f, stop) + ls(f, stop));
    case "4c-i":
    case "4c-ii":
      // the remainder less 3% a year (register discount-method)
      return sum(
        (f) =>
          eu(f, stop) +
          cents(roundCents(table3(ref(f)).exactValue(choices.discountMethod, stop, T)))
      );
    case "4e":
      // in lieu of any other payments (register change-of-control-in-lieu)
      return sum(
        (f) => (choices.changeOfControlInLieu === "earned-included" ? eu(f, stop) : 0) + ls(f, stop)
      );
    case "4g": {
      const pre =
        T < SEPARATION || (T === SEPARATION && choices.deathOnSeparationDate === "pre-separation");
      return sum((f) => (pre ? ls(f, stop) : eu(f, stop)));
    }
    case "4h":
      // earned but unpaid, and 60% of the Consulting Fees through June 30, 2007
      return (
        eu("consulting", stop) +
        cents(ReferenceLedger.of("consulting", choices, SHARE_4H).amount(stop, FEE_END))
      );
  }
}

/** Each scenario's readings: defaults, every alternative of the entries bearing on fees, termination or the scenario, one at a time, and the free ledger entries at another value. */
function readingsFor(code: ScenarioCode): string[] {
  const one = [...alternativesOf("fees"), ...alternativesOf("termination"), ...alternativesOf(code)]
    .flat()
    .filter((t) => {
      const [id, v] = t.split("=");
      return REGISTER.find((e) => e.id === id)?.default !== v;
    });
  return [
    "",
    ...one,
    "pay-anchor=2003-07-04; pay-lag=3",
    "accrual-basis=actual-365; rounding=per-period; pay-lag=17",
  ];
}

describe("paragraph 4: PAYOUT's fast total equals payout() and the reference restated from the agreement", () => {
  test.each(SCENARIOS.map((s) => [s.code]))(
    "%s: every periods value, every termination date 2003-02-07..2007-06-30, every reading bearing on it (errors identical)",
    (code) => {
      const scenario = parseScenario(code);
      let valid = 0;
      for (const [i, text] of readingsFor(code as ScenarioCode).entries()) {
        const choices = C(text);
        for (const periods of scenario.periodsAllowed)
          for (const T of sweep(AGREEMENT_START, FEE_END, { salt: i })) {
            const req = { scenario, T, periods, choices };
            let plan: number | string;
            try {
              plan = cents(payout(req).total);
            } catch (e) {
              plan = e instanceof BtuError ? `${e.code} ${e.message}` : String(e);
            }
            let fast: number | string;
            try {
              fast = payoutTotalCents(req);
            } catch (e) {
              fast = e instanceof BtuError ? `${e.code} ${e.message}` : String(e);
            }
            if (fast !== plan)
              throw new Error(`${code} ${periods} ${iso(T)} [${text}]: ${fast} != ${plan}`);
            if (typeof plan === "number") {
              valid++;
              const ref = referenceTotal(code as ScenarioCode, T, periods, choices);
              if (ref !== plan)
                throw new Error(
                  `${code} ${periods} ${iso(T)} [${text}]: reference ${ref} != ${plan}`
                );
            }
          }
      }
      // In a full run (BTU_FULL=1) over 1,000 dates with a figure; the sample holds about 1 in 8.
      expect(valid).toBeGreaterThan(FULL ? 1000 : 100);
    }
  );
});

/* --------------------------------------------------- the custom functions */

describe("the custom functions' fast numbers are the reference decimals' numbers (defaults and one other reading)", () => {
  test.each([
    "",
    "accrual-basis=actual-365; rounding=per-period; pay-lag=3; earned-unpaid=through-termination",
  ])(
    "lump sums, EARNED_UNPAID, CONSULT/CHAIR_DISCOUNTED (all methods), PAYOUT of every scenario, every date [%p]",
    (text) => {
      const choices = C(text);
      const arg = text ? text : null;
      const r3 = checkRate(0.03);
      for (const T of sweep(AGREEMENT_START, FEE_END)) {
        const refs = FEES.map((f) => ReferenceLedger.of(f, choices));
        const stop = choices.earnedUnpaid === "through-termination" ? T + 1 : T;
        expect(F.consultLumpSum(T, arg as never)).toBe(refs[0].amount(stop, FEE_END).toNumber());
        expect(F.chairLumpSum(T + 0.75, arg as never)).toBe(
          refs[1].amount(stop, FEE_END).toNumber()
        );
        for (const [i, fee] of FEES.entries()) {
          const u = referenceUnpaidFrom(refs[i], stop);
          expect(F.earnedUnpaid(fee, T, arg as never)).toBe(refs[i].amount(u, stop - 1).toNumber());
          expect(centsToNumber(earnedUnpaidAt(fee, T, choices, CENTS))).toBe(
            earnedUnpaidAt(fee, T, choices).toNumber()
          );
          expect(centsToNumber(lumpSumRemainder(fee, T, choices, CENTS))).toBe(
            lumpSumRemainder(fee, T, choices).toNumber()
          );
        }
        if (T >= D("2004-10-01"))
          for (const m of METHODS) {
            const want = roundCents(table3(refs[0]).exactValue(m, stop, T)).toNumber();
            expect(F.consultDiscounted(T, null, m, arg as never)).toBe(want);
            expect(centsToNumber(discountedLumpSum("consulting", T, r3, m, choices, CENTS))).toBe(
              want
            );
          }
        for (const s of SCENARIOS) {
          let want: number | string;
          try {
            want = payout({ scenario: s, T, periods: s.defaultPeriods, choices }).total.toNumber();
          } catch {
            want = "error";
          }
          let got: number | string;
          try {
            got = F.payoutTotal(s.code, T, null, null, arg as never) as number;
          } catch {
            got = "error";
          }
          if (got !== want) throw new Error(`PAYOUT ${s.code} ${iso(T)}: ${got} != ${want}`);
        }
      }
      // FEE_SCHEDULE's cells are the decimal rows' numbers.
      const rows = F.feeSchedule("consulting", D("2004-10-01"), null, 0, arg as never);
      expect(rows).toEqual(
        scheduleFor("consulting", D("2004-10-01"), FEE_END, choices).map((r) => [
          r.payDate,
          r.start,
          r.end,
          r.days,
          r.amount.toNumber(),
          r.cumulative.toNumber(),
        ])
      );
    }
  );
});
