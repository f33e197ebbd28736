/**
 * Issue 21 item 4: any number of terminations side by side (the task pane's
 * saved scenarios), paragraph 4. Three scenarios on one notice date,
 * 2004-07-01 (T = 2004-10-01, three months' notice, 4(c)(i)), one of them a
 * (B) plan under a Board's delay (4(c)(i)(B)):
 *
 * - "resign B": 4(c)(i), the Board notified a delay 2004-07-15, (B) elected
 *   2004-08-10 for 40% at $3.25. The Consulting Lump Sum Payment at T is
 *   537,199.64 (the remainder of the Consulting Fees through 2007-06-30 less
 *   3% a year, register discount-method=simple; LibreOffice-checked in
 *   test/oracle); 40% of it 214,879.856 / 3.25 = 66,116.878 -> 66,116 whole
 *   shares worth 66,116 x 3.25 = 214,877.00, due ten business days after the
 *   election, 2004-08-24; the balance 322,322.64 paid bi-weekly with the
 *   Consulting Fee, which with the fees earned but unpaid (10 x 204,000 /
 *   365 = 5,589.04) make 327,911.68 of cash in 42 bi-weekly payments from
 *   2004-10-04 (204,000 x 14 / 365 = 7,824.657 a period, cents .65 or .66 as
 *   the fee ledger rounds: ten of 7,824.65, thirty-one of 7,824.66, the last
 *   7,100.72 on 2006-05-01; 78,246.50 + 242,564.46 + 7,100.72 = 327,911.68,
 *   as in test/core/comparison-valuation.test.ts). PAYOUT 327,911.68 +
 *   214,877.00 = 542,788.68.
 * - "board 4bi": 4(b)(i), the lump sum without discount 560,580.82 on T and
 *   5,589.04 on 2004-10-04: 566,169.86, all cash.
 * - "resign": 4(c)(i) without a delay: the same Consulting Lump Sum Payment
 *   537,199.64 on T (the lump sum paid on the termination date, as 4(b)(i)'s)
 *   and 5,589.04 on 2004-10-04: 542,788.68, all cash.
 *
 * The present values are computed in this file with floating point from
 * those dated amounts (x 1.03^((asOf - date) / 365): carried forward before
 * the date, register comparison-valuation=carry-forward; discounted after),
 * never by the code under test.
 */
import { comparePayouts, COMPARISON_RATE, Dec, iso, parseScenario, payout } from "../../src/core";
import { $, C, D } from "../helpers/core";

const n = (x: string) => new Dec(x);
const day = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 864e5;
const T = "2004-10-01";

const resignB = () =>
  payout({
    scenario: parseScenario("4c-i"),
    T: D(T),
    periods: "consulting",
    choices: C(),
    delay: {
      notification: D("2004-07-15"),
      election: "B",
      electionDate: D("2004-08-10"),
      portion: n("0.4"),
      fairMarketValue: n("3.25"),
    },
  });
const board = () =>
  payout({ scenario: parseScenario("4b-i"), T: D(T), periods: "consulting", choices: C() });
const resign = () =>
  payout({ scenario: parseScenario("4c-i"), T: D(T), periods: "consulting", choices: C() });

/** The dated amounts by hand (see the header). */
const RESIGN_B: Array<[string, number]> = (() => {
  const out: Array<[string, number]> = [["2004-08-24", 214877.0]];
  const sixtyFive = new Set([0, 4, 8, 12, 17, 21, 25, 29, 33, 37]);
  const first = day("2004-10-04");
  for (let i = 0; i < 42; i++) {
    const d = new Date((first + 14 * i) * 864e5).toISOString().slice(0, 10);
    out.push([d, i === 41 ? 7100.72 : sixtyFive.has(i) ? 7824.65 : 7824.66]);
  }
  return out;
})();
const BOARD: Array<[string, number]> = [
  [T, 560580.82],
  ["2004-10-04", 5589.04],
];
const RESIGN: Array<[string, number]> = [
  [T, 537199.64],
  ["2004-10-04", 5589.04],
];
const valueAt = (flows: Array<[string, number]>, asOf: string) =>
  flows.reduce((v, [d, a]) => v + a * Math.pow(1.03, (day(asOf) - day(d)) / 365), 0);
const cents = (x: number) => Math.round(x * 100);
const fixed = (c: number) => (c / 100).toFixed(2);

const FIGURES = ["total", "cashTotal", "sharesValue", "presentValue"] as const;

describe("issue 21 item 4: three scenarios side by side, a (B) plan among them (paragraph 4, 4(c)(i)(B))", () => {
  test("by hand: the (B) plan's amounts add up to 542,788.68, of which shares 214,877.00", () => {
    expect(RESIGN_B.reduce((s, [, a]) => s + a, 0).toFixed(2)).toBe("542788.68");
    expect((66116 * 3.25).toFixed(2)).toBe("214877.00");
    expect((537199.64 + 5589.04).toFixed(2)).toBe("542788.68");
  });

  test("payout, cash, shares at their value and present value at T, 3%; differences from the first", () => {
    const r = comparePayouts([resignB(), board(), resign()], {
      rate: COMPARISON_RATE,
      figures: FIGURES,
    });
    expect(iso(r.asOf)).toBe(T);
    expect($(r.rate!)).toBe("0.03"); // 4(c)'s 3% a year, the comparison's default
    expect(r.flowsBeforeDate).toBe(true); // the shares, 2004-08-24
    const pv = [RESIGN_B, BOARD, RESIGN].map((f) => cents(valueAt(f, T)));
    expect(r.rows.map((x) => [x.figure, x.values.map($), x.differences.map($)])).toEqual([
      ["total", ["542788.68", "566169.86", "542788.68"], ["0.00", "23381.18", "0.00"]],
      ["cashTotal", ["327911.68", "566169.86", "542788.68"], ["0.00", "238258.18", "214877.00"]],
      ["sharesValue", ["214877.00", "0.00", "0.00"], ["0.00", "-214877.00", "-214877.00"]],
      ["presentValue", pv.map(fixed), ["0.00", fixed(pv[1] - pv[0]), fixed(pv[2] - pv[0])]],
    ]);
    // By hand: 4(b)(i) 560,580.82 + 5,589.04 / 1.03^(3/365) = 566,168.50.
    expect(fixed(pv[1])).toBe("566168.50");
    // PAYOUT = cash + shares at their value, for each scenario.
    for (let i = 0; i < 3; i++)
      expect($(r.rows[1].values[i].plus(r.rows[2].values[i]))).toBe($(r.rows[0].values[i]));
  });

  test("one chosen valuation date for all, 2004-07-01 (before every payment): every amount discounted to it", () => {
    const asOf = "2004-07-01";
    const r = comparePayouts([resignB(), board(), resign()], {
      rate: COMPARISON_RATE,
      asOf: D(asOf),
      figures: ["presentValue"],
    });
    expect(iso(r.asOf)).toBe(asOf);
    expect(r.flowsBeforeDate).toBe(false);
    const pv = [RESIGN_B, BOARD, RESIGN].map((f) => cents(valueAt(f, asOf)));
    // 4(b)(i) by hand: 560,580.82 / 1.03^(92/365) + 5,589.04 / 1.03^(95/365) = 561,965.97.
    expect(
      (560580.82 / Math.pow(1.03, 92 / 365) + 5589.04 / Math.pow(1.03, 95 / 365)).toFixed(2)
    ).toBe("561965.97");
    expect(fixed(pv[1])).toBe("561965.97");
    expect(r.rows.map((x) => x.values.map($))).toEqual([pv.map(fixed)]);
  });

  test("default figures unchanged (total, cash, present value with a rate); a date that is not one is refused with a message", () => {
    expect(comparePayouts([board(), resign()]).rows.map((x) => x.figure)).toEqual([
      "total",
      "cashTotal",
    ]);
    expect(() => comparePayouts([board(), resign()], { asOf: Number.NaN })).toThrow(
      /comparison date must be a date/
    );
  });
});
