/**
 * Schedules, through the registered functions: every spilled schedule's
 * amounts add up to its cumulative (or balance) column to the cent, and its
 * dates strictly increase.
 * - FEE_SCHEDULE: rows are contiguous clipped pay periods, paid `pay-lag` days
 *   after they end; from a date to June 30, 2007 it sums to that date's
 *   undiscounted remainder (register `schedule-window`), under either rounding.
 * - PAYOUT_SCHEDULE: its last cumulative is PAYOUT, which is also the sum of
 *   PAYOUT_DETAIL's amounts, for every scenario, periods and date its clause
 *   allows.
 * - DURESS_SCHEDULE: payments bring the balance to 0 (on the duress end date
 *   if one is given), or the balance is refused (#NUM!) exactly when it
 *   exceeds the fees left to pay it from.
 */
import fc from "fast-check";
import Decimal from "decimal.js";
import {
  parseScenario,
  SCENARIOS,
  scenarioInputs,
  TERMS,
  terminationWindow,
  withChoices,
} from "../../src/core";

const SEPARATION = TERMS.separationDate.value;
import { loadRegistered } from "../helpers/registered";
import { show } from "../hardening/calls";
import {
  AGREEMENT_START,
  choicesText,
  D,
  dateIn,
  FEE_END,
  FEE_START,
  ledgerChoices,
  LedgerChoices,
} from "./arbitraries";
import { reportCalls, runs } from "./budget";
import { callBy, dec, isCents, valueOf } from "./calling";

reportCalls(__filename);
const reg = loadRegistered();

/** Fails with `what` unless `ok` (plain checks inside loops: jest's expect is slow per row). */
function must(ok: boolean, what: () => string): void {
  if (!ok) throw new Error(what());
}

/** Checks a running column: cumulative_i = cumulative_{i-1} + amount_i (x sign) exactly, from `start`; amounts in cents. */
function runningSum(
  rows: unknown[][],
  amountCol: number,
  cumCol: number,
  start = new Decimal(0),
  sign = 1
): Decimal {
  let acc = start;
  for (const r of rows) {
    must(
      isCents(r[amountCol]),
      () => `amount ${String(r[amountCol])} is not whole cents in ${JSON.stringify(r)}`
    );
    acc = acc.plus(dec(r[amountCol]).times(sign));
    must(
      dec(r[cumCol]).eq(acc),
      () => `running column ${String(r[cumCol])} is not ${acc.toFixed(2)} in ${JSON.stringify(r)}`
    );
  }
  return acc;
}
const strictlyIncreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]);
const nonDecreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1]);

describe("schedules", () => {
  test("FEE_SCHEDULE: contiguous periods paid pay-lag days after they end, amounts summing to the cumulative column, and to the remainder", () => {
    const window = fc
      .tuple(dateIn(AGREEMENT_START, FEE_END), dateIn(AGREEMENT_START, FEE_END))
      .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
    const input = fc.record({
      c: ledgerChoices(),
      fee: fc.constantFrom("consulting", "chairman"),
      windows: fc.array(window, { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(input, ({ c, fee, windows }) => {
        for (const w of windows) checkFeeSchedule(c, fee, w.from, w.to);
      }),
      runs("schedules", 9.5, 0.35)
    );
    function checkFeeSchedule(c: LedgerChoices, fee: string, from: number, to: number): void {
      const choices = choicesText({ ...c, earnedUnpaid: "before-termination" });
      const table = valueOf<unknown[][]>(reg, "FEE_SCHEDULE", {
        fee,
        fromDate: from,
        toDate: to,
        headers: 1,
        choices,
      });
      expect(table[0]).toEqual([
        "Pay date",
        "Period start",
        "Period end",
        "Days",
        "Amount",
        "Cumulative",
      ]);
      const rows = table.slice(1) as number[][];
      if (to < FEE_START) {
        expect(rows).toEqual([]);
        return;
      }
      const where = (i: number) =>
        `FEE_SCHEDULE(${fee}, ${from}, ${to}, 1, "${choices}") row ${i + 1}: ${JSON.stringify(rows[i])}`;
      expect(rows[0][1]).toBe(Math.max(from, FEE_START));
      expect(rows[rows.length - 1][2]).toBe(to);
      rows.forEach((r, i) => {
        must(r[3] === r[2] - r[1] + 1 && r[3] > 0 && r[3] <= 14, () => `${where(i)}: days`);
        must(
          i === 0 || r[1] === rows[i - 1][2] + 1,
          () => `${where(i)}: not contiguous with the row before`
        );
        must(
          i === 0 || r[0] > rows[i - 1][0],
          () => `${where(i)}: pay date not after the row before`
        );
        must(r[4] >= 0, () => `${where(i)}: negative amount`);
        // A pay date is its period's end plus the lag; clipping at `to` only shortens the last row's period.
        const late = r[0] - c.payLag - r[2];
        must(
          i < rows.length - 1 ? late === 0 : late >= 0 && late < 14,
          () => `${where(i)}: pay date is not the period's end + pay-lag ${c.payLag}`
        );
      });
      runningSum(rows, 4, 5);
      // A schedule from a date to the end sums to that date's remainder.
      const toEnd = valueOf<number[][]>(reg, "FEE_SCHEDULE", {
        fee,
        fromDate: from,
        headers: 0,
        choices,
      });
      const remainder = valueOf<number>(
        reg,
        fee === "consulting" ? "CONSULT_LUMPSUM" : "CHAIR_LUMPSUM",
        { terminationDate: from, choices }
      );
      expect(toEnd[toEnd.length - 1][5]).toBe(remainder);
    }
  });

  const scenarioCall = (c: LedgerChoices) =>
    fc
      .record({
        code: fc.constantFrom(...SCENARIOS.map((s) => s.code)),
        pick: fc.nat(),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        endAt: fc.double({ min: 0, max: 1, noNaN: true }),
        extra: fc.record({
          "notice-window": fc.constantFrom("notice-from", "effective-from"),
          "discount-method": fc.constantFrom("xnpv", "simple", "flat"),
          "cause-notice-day": fc.constantFrom("earned", "not-earned"),
          "change-of-control-in-lieu": fc.constantFrom("earned-included", "earned-excluded"),
          "death-on-separation-date": fc.constantFrom("pre-separation", "post-separation"),
        }),
      })
      .map(({ code, pick, at, endAt, extra }) => {
        const s = parseScenario(code);
        let periods = s.periodsAllowed[pick % s.periodsAllowed.length];
        const ch = withChoices([["notice-window", extra["notice-window"]]]);
        const w = terminationWindow(s, periods, ch);
        const T = w.from + Math.floor(at * (w.to - w.from + 1 - 1e-9));
        // The Consulting Period lies from the Separation Date (paragraph 3) to T; where it cannot have ended yet, both periods end.
        const need = scenarioInputs(s, periods, T, ch).consultingEnd;
        if (need === "required" && T < SEPARATION) periods = s.defaultPeriods;
        const consultingEndDate =
          need !== "none" && T >= SEPARATION && (need === "required" || pick % 2 === 0)
            ? SEPARATION + Math.floor(endAt * (T - SEPARATION + 1 - 1e-9))
            : null;
        return {
          scenario: code,
          terminationDate: T,
          periods,
          consultingEndDate,
          choices: choicesText(c, extra),
        };
      });

  test("PAYOUT_SCHEDULE: one row per component and date (issue 21: never merged), dates in order, every row with its tax treatment, amounts sum to the cumulative column, which ends at PAYOUT = the sum of PAYOUT_DETAIL", () => {
    const input = ledgerChoices().chain((c) =>
      fc.array(scenarioCall(c), { minLength: 1, maxLength: 6 })
    );
    fc.assert(
      fc.property(input, (calls) => {
        for (const args of calls) checkPayout(args);
      }),
      runs("schedules", 10, 0.4)
    );
    function checkPayout(args: {
      scenario: string;
      terminationDate: number;
      periods: string;
      consultingEndDate: number | null;
      choices: string;
    }): void {
      const table = valueOf<unknown[][]>(reg, "PAYOUT_SCHEDULE", { ...args, headers: 1 });
      expect(table[0]).toEqual(["Date", "Amount", "Cumulative", "What", "Clause", "Tax treatment"]);
      const rows = table.slice(1) as number[][];
      // Issue 21: two components paid the same day are two rows, so dates no longer strictly increase; they never go back.
      expect(nonDecreasing(rows.map((r) => r[0]))).toBe(true);
      // Each row is one component on one date: no two rows share date, what and clause.
      const keys = rows.map((r) => `${r[0]}|${String(r[3])}|${String(r[4])}`);
      expect(new Set(keys).size).toBe(keys.length);
      // Each row says who withholds and on which form (paragraph 5, 3(a)).
      for (const r of rows) expect(String(r[5])).toMatch(/Form (W-2|1099)/);
      for (const r of rows) {
        must(
          r[1] > 0,
          () => `PAYOUT_SCHEDULE(${JSON.stringify(args)}): a flow of ${r[1]} on ${r[0]}`
        );
        // Every row says what is paid and under which clause (4(a)-4(h), 1(a)).
        const [what, clause] = [r[3] as unknown, r[4] as unknown];
        must(
          typeof what === "string" &&
            what.length > 0 &&
            typeof clause === "string" &&
            /\d\([a-h]\)|1\(a\)/.test(clause),
          () => `PAYOUT_SCHEDULE(${JSON.stringify(args)}): row on ${r[0]} without what/clause`
        );
      }
      const total = runningSum(rows, 1, 2);
      const payout = valueOf<number>(reg, "PAYOUT", args);
      expect(total.toFixed(2)).toBe(dec(payout).toFixed(2));
      const detail = valueOf<unknown[][]>(reg, "PAYOUT_DETAIL", args);
      const detailSum = detail
        .slice(1)
        .reduce(
          (a: Decimal, r) => (typeof r[2] === "number" ? a.plus(dec(r[2])) : a),
          new Decimal(0)
        );
      expect(detailSum.toFixed(2)).toBe(dec(payout).toFixed(2));
      // Nothing is paid before the termination date: earned fees on their pay dates, lump sums on the date itself.
      if (rows.length) expect(rows[0][0]).toBeGreaterThanOrEqual(args.terminationDate);
    }
  });

  test("DURESS_SCHEDULE: pays the balance down to 0 on increasing dates, or refuses a balance larger than the fees left", () => {
    const duressCase = (c: LedgerChoices) =>
      fc
        .record({
          window: fc.constantFrom("notice-from", "effective-from"),
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          cents: fc.integer({ min: 0, max: 60_000_000 }),
          end: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        })
        .map(({ window, at, cents, end }) => {
          const from = window === "notice-from" ? D("2004-10-01") : D("2004-07-01");
          const T = from + Math.floor(at * (FEE_END - from + 1 - 1e-9));
          const duressEnd = end === null ? null : T + Math.floor(end * (D("2007-12-31") - T));
          return {
            c,
            choices: choicesText(c, { "notice-window": window }),
            T,
            balance: cents / 100,
            duressEnd,
          };
        });
    const input = ledgerChoices().chain((c) =>
      fc.array(duressCase(c), { minLength: 1, maxLength: 6 })
    );
    fc.assert(
      fc.property(input, (cases) => {
        for (const x of cases) checkDuress(x);
      }),
      runs("schedules", 7, 0.25)
    );
    function checkDuress({
      c,
      choices,
      T,
      balance,
      duressEnd,
    }: {
      c: LedgerChoices;
      choices: string;
      T: number;
      balance: number;
      duressEnd: number | null;
    }): void {
      const o = callBy(reg, "DURESS_SCHEDULE", {
        terminationDate: T,
        balance,
        duressEndDate: duressEnd,
        headers: 0,
        choices,
      });
      // 4(c)(i)(A) continues the Consulting Fee's payments, which end with the Consulting Period on
      // 2007-06-30: a later end of the duress is refused, whatever the balance (issue "Hardening, second round").
      if (duressEnd !== null && duressEnd > FEE_END) {
        if (o.kind !== "error")
          throw new Error(`an end of the duress after 2007-06-30 (${duressEnd}) was not refused`);
        // A date out of range: #VALUE!, whose message Excel shows (issue 19).
        expect(o.code).toBe("#VALUE!");
        expect(o.message.startsWith("duressEndDate must be on or before 2007-06-30")).toBe(true);
        return;
      }
      const left = valueOf<number>(reg, "CONSULT_LUMPSUM", { terminationDate: T, choices });
      if (duressEnd === null && dec(balance).gt(dec(left))) {
        if (o.kind !== "error")
          throw new Error(`a balance of ${balance} above the ${left} left was not refused`);
        expect(o.code).toBe("#NUM!");
        expect(o.message.startsWith(`balance must be at most ${dec(left).toFixed(2)}, `)).toBe(
          true
        );
        return;
      }
      if (o.kind !== "value")
        throw new Error(`DURESS_SCHEDULE(${T}, ${balance}, ${duressEnd}) gave ${show(o)}`);
      const rows = o.value as unknown[][];
      if (balance === 0) {
        expect(rows).toEqual([["", 0, 0]]);
        return;
      }
      const data = rows as number[][];
      expect(strictlyIncreasing(data.map((r) => r[0]))).toBe(true);
      for (const r of data)
        must(r[1] > 0, () => `DURESS_SCHEDULE(${T}, ${balance}): a payment of ${r[1]} on ${r[0]}`);
      // The balance after each payment is the balance less the payments so far; it ends at 0.
      const after = runningSum(data, 1, 2, dec(balance), -1);
      expect(after.toFixed(2)).toBe("0.00");
      if (duressEnd !== null) {
        data.slice(0, -1).forEach((r) => expect(r[0]).toBeLessThan(duressEnd));
        expect(data[data.length - 1][0]).toBeLessThanOrEqual(
          Math.max(duressEnd, FEE_END + c.payLag)
        );
      }
    }
  });
});
