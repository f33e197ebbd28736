/**
 * Issue 21 items 1 and 2 at Excel's door: PAYOUT_DETAIL and PAYOUT_SCHEDULE
 * say the tax treatment of each payment in a last column headed "Tax
 * treatment" (paragraph 5, 3(a)), the schedule has one row per component and
 * date, PAYOUT_DETAIL ends with the totals by treatment, and PAYOUT_BY_YEAR
 * spreads PAYOUT over calendar or contract years (3(b)). Figures worked by
 * hand in test/core/p5-tax-treatment.test.ts's comments, repeated here.
 */
import "../../src/cli/runtime-shim";
import * as Functions from "../../src/functions/functions";
import { asExcel, excelError } from "../helpers/as-excel";

const F = asExcel(Functions);
const _ = null as any;

const W2 = "Wages: withholding (paragraph 5), Form W-2";
const F1099 = "Non-employee compensation: no withholding (3(a)), Form 1099";
const cents = (xs: unknown[]) =>
  (xs as number[]).reduce((a, x) => a + Math.round(x * 100), 0) / 100;

describe("paragraph 5, 3(a): 4(f) on 2003-07-05, base salary 300,000 paid through 2003-06-15 (issue 21, done when)", () => {
  // Salary 15 days x 300,000 / 365 = 12,328.77 on T; lump sums 816,000 - 2,229.51 = 813,770.49 and
  // 400,000 - 1,092.90 = 398,907.10 on T; fees earned 2003-07-01 .. 07-04 (366-day contract year):
  // 204,000 x 4/366 = 2,229.51 and 100,000 x 4/366 = 1,092.90 on 2003-07-14. PAYOUT 1,228,328.77.
  const args = ["4f", "2003-07-05", _, _, _, 300000, "2003-06-15", _] as const;
  test("PAYOUT_SCHEDULE: 'Tax treatment' is the last column; the salary row W-2 with withholding, the fee rows 1099 without", () => {
    const t = F.payoutSchedule("4f", "2003-07-05", _, _, 1, _, 300000, "2003-06-15", _);
    expect(t[0]).toEqual(["Date", "Amount", "Cumulative", "What", "Clause", "Tax treatment"]);
    expect(t.slice(1).map((r) => [r[1], r[5]])).toEqual([
      [12328.77, W2],
      [813770.49, F1099],
      [398907.1, F1099],
      [2229.51, F1099],
      [1092.9, F1099],
    ]);
    expect(t[t.length - 1][2]).toBe(1228328.77);
  });
  test("PAYOUT_DETAIL: each component's treatment in the last column; totals by treatment at the end, text beside an empty Amount", () => {
    const t = F.payoutDetail(...args);
    expect(t[0]).toEqual(["What", "Clause", "Amount", "When / how", "Tax treatment"]);
    const salary = t.find((r) => /^Base salary/.test(String(r[0])))!;
    expect([salary[2], salary[4]]).toEqual([12328.77, W2]);
    const fees = t.filter((r) => /Fees|remainder/.test(String(r[0])) && typeof r[2] === "number");
    expect(fees.map((r) => r[4])).toEqual([F1099, F1099, F1099, F1099]);
    expect(
      cents(
        t
          .slice(1)
          .map((r) => r[2])
          .filter((x) => typeof x === "number")
      )
    ).toBe(1228328.77);
    const totals = t.filter((r) => String(r[0]).startsWith("Of the total: "));
    expect(totals.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["Of the total: Wages (Form W-2)", "", "12,328.77", W2],
      ["Of the total: Non-employee compensation (Form 1099)", "", "1,216,000.00", F1099],
    ]);
    // 12,328.77 + 1,216,000.00 = 1,228,328.77 = PAYOUT.
    expect(F.payoutTotal(...args)).toBe(1228328.77);
    expect(t.some((r) => /computes no tax/.test(String(r[3])))).toBe(true);
  });
  test("PAYOUT_BY_YEAR: one row, 2003 (calendar) or 2003-04 (contract), W-2 12,328.77 and 1099 1,216,000.00", () => {
    const cal = F.payoutByYear("4f", "2003-07-05", _, _, _, _, _, 300000, "2003-06-15", _);
    expect(cal[0].slice(0, 5)).toEqual([
      "Year",
      "Cash",
      "Shares at their value",
      "Wages (Form W-2)",
      "Non-employee compensation (Form 1099)",
    ]);
    expect(cal[0][cal[0].length - 1]).toBe("Total");
    expect(cal.slice(1)).toEqual([["2003", 1228328.77, 0, 12328.77, 1216000, 0, 0, 0, 1228328.77]]);
    const con = F.payoutByYear("4f", "2003-07-05", _, _, "contract", 0, _, 300000, "2003-06-15", _);
    expect(con).toEqual([["2003-04", 1228328.77, 0, 12328.77, 1216000, 0, 0, 0, 1228328.77]]);
  });
});

describe("4(c)(i) with a Board's delay, (A): the two payments of 2004-10-04 are two rows (no longer 7,824.65)", () => {
  // Earned 2004-09-21 .. 09-30: 51,419.18 - 45,830.14 = 5,589.04; first instalment 10-01 .. 10-04: 53,654.79 - 51,419.18 = 2,235.61.
  test("PAYOUT_SCHEDULE 2004-10-04: 5,589.04 under 4(c)(i) and 2,235.61 under 4(c)(i)(A), each Form 1099", () => {
    const t = F.payoutSchedule("4c-i", "2004-10-01", _, _, 0, _, _, _, "notification=2004-08-02");
    const day = 38264; // 2004-10-04 in the 1900 date system
    expect(t.filter((r) => r[0] === day).map((r) => [r[1], r[4], r[5]])).toEqual([
      [5589.04, "4(c)(i)", F1099],
      [2235.61, "4(c)(i)(A)", F1099],
    ]);
  });
});

describe("PAYOUT_BY_YEAR: the years add up to PAYOUT to the cent on both bases", () => {
  const B =
    "notification=2004-11-15; election=B; electionDate=2004-11-30; portion=0.4; fairMarketValue=3.25";
  test("4(c)(i)(B), T 2005-02-01: calendar 2004 189,520.50 (shares), 2005 187,791.79, 2006 100,408.34", () => {
    const t = F.payoutByYear("4c-i", "2005-02-01", _, _, "calendar", 0, _, _, _, B);
    expect(t.map((r) => [r[0], r[1], r[2], r[8]])).toEqual([
      ["2004", 0, 189520.5, 189520.5],
      ["2005", 187791.79, 0, 187791.79],
      ["2006", 100408.34, 0, 100408.34],
    ]);
    expect(cents(t.map((r) => r[8]))).toBe(477720.63);
    expect(F.payoutTotal("4c-i", "2005-02-01", _, _, _, _, _, B)).toBe(477720.63);
  });
  test("4(c)(i)(B) by contract year: 2004-05 275,591.74, 2005-06 202,128.89", () => {
    const t = F.payoutByYear("4c-i", "2005-02-01", _, _, "contract", 0, _, _, _, B);
    expect(t.map((r) => [r[0], r[8]])).toEqual([
      ["2004-05", 275591.74],
      ["2005-06", 202128.89],
    ]);
  });
  test("4(h) on 2005-03-15: calendar 100,155.62 / 122,064.66 / 62,709.04; contract 39,123.29 / 122,064.66 / 123,741.37; PAYOUT 284,929.32", () => {
    const cal = F.payoutByYear("4h", "2005-03-15", _, _, _, 0);
    expect(cal.map((r) => [r[0], r[8]])).toEqual([
      ["2005", 100155.62],
      ["2006", 122064.66],
      ["2007", 62709.04],
    ]);
    const con = F.payoutByYear("4h", "2005-03-15", _, _, "contract", 0);
    expect(con.map((r) => [r[0], r[8]])).toEqual([
      ["2004-05", 39123.29],
      ["2005-06", 122064.66],
      ["2006-07", 123741.37],
    ]);
    expect(cents(cal.map((r) => r[8]))).toBe(284929.32);
    expect(cents(con.map((r) => r[8]))).toBe(284929.32);
    expect(F.payoutTotal("4h", "2005-03-15")).toBe(284929.32);
  });
  test('a yearBasis other than "calendar" or "contract" is #VALUE! naming both', () =>
    expect(excelError(() => F.payoutByYear("4h", "2005-03-15", _, _, "fiscal"))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/yearBasis must be "calendar".*or "contract".*"fiscal"/),
    }));
});
