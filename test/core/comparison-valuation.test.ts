/**
 * Paragraph 4, the scenario comparison (register comparison-valuation):
 * payouts compared at one date, a payment before it carried forward at the
 * same rate and convention, one after it discounted as XNPV. The case that
 * crashed the pane (issue 18): a Board's delay under 4(c)(i), notice
 * 2004-07-01 (T = 2004-10-01), notification 2004-07-15, (B) elected
 * 2004-08-10 for 40% at $3.25, against 4(b)(i) at the same notice.
 *
 * Worked by hand from the agreement:
 * - 4(c)(i)'s Consulting Lump Sum Payment at 2004-10-01 is 537,199.64 (register
 *   discount-method=simple, LibreOffice-checked in test/oracle); 40% of it is
 *   214,879.856, / $3.25 = 66,116.878 -> 66,116 whole shares (register
 *   duress-whole-shares=round-down) worth 66,116 x 3.25 = 214,877.00, due ten
 *   business days after 2004-08-10: 2004-08-24 (no holiday between), 38 days
 *   before T.
 * - The cash balance 537,199.64 - 214,877.00 = 322,322.64 is paid bi-weekly
 *   with the Consulting Fee's payments from T (204,000 x 14 / 365 = 7,824.657
 *   a period, the ledger's cents .65 or .66), the first on 2004-10-04 together
 *   with the 5,589.04 earned but unpaid (10 x 204,000 / 365), the last
 *   7,100.72 on 2006-05-01: cash 5,589.04 + 322,322.64 = 327,911.68, PAYOUT
 *   327,911.68 + 214,877.00 = 542,788.68.
 * - 4(b)(i): the undiscounted lump sum 560,580.82 on T and 5,589.04 on 2004-10-04.
 * The values below are computed in this file with floating point from those
 * dated amounts, never by the code under test.
 */
import Decimal from "decimal.js";
import {
  comparePayouts,
  Dec,
  interpretation,
  iso,
  parseScenario,
  payout,
  payoutPresentValue,
  requestInForce,
  sharesDueBeforeTermination,
  compareScenarios,
} from "../../src/core";
import { $, C, D } from "../helpers/core";

const n = (x: string) => new Dec(x);
const day = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 864e5;

const T = "2004-10-01";
const B_DELAY = {
  notification: D("2004-07-15"),
  election: "B" as const,
  electionDate: D("2004-08-10"),
  portion: n("0.4"),
  fairMarketValue: n("3.25"),
};
const resignB = (delay: Parameters<typeof payout>[0]["delay"] = B_DELAY) =>
  payout({ scenario: parseScenario("4c-i"), T: D(T), periods: "consulting", choices: C(), delay });
const board = () =>
  payout({ scenario: parseScenario("4b-i"), T: D(T), periods: "consulting", choices: C() });

/** The (B) plan's dated amounts, by hand (see the header). */
const SHARES: [string, number] = ["2004-08-24", 214877.0];
const CASH: Array<[string, number]> = (() => {
  const out: Array<[string, number]> = [];
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
/** sum of amount x 1.03^((asOf - date) / 365): carried forward before asOf, discounted after. */
const valueAt = (flows: Array<[string, number]>, asOf: string, faceBefore = false) =>
  flows.reduce((v, [d, a]) => {
    const days = day(asOf) - day(d);
    return v + (faceBefore && days > 0 ? a : a * Math.pow(1.03, days / 365));
  }, 0);

describe("paragraph 4 comparison at one date, register comparison-valuation (issue 18's crash)", () => {
  test("by hand: the (B) plan's cash adds up to 327,911.68, its last payment on 2006-05-01; shares 66,116 x 3.25 = 214,877.00", () => {
    expect(CASH.reduce((s, [, a]) => s + a, 0).toFixed(2)).toBe("327911.68");
    expect(CASH[41][0]).toBe("2006-05-01");
    expect(Math.floor((537199.64 * 0.4) / 3.25)).toBe(66116);
    expect((66116 * 3.25).toFixed(2)).toBe("214877.00");
  });

  test("the (B) plan: PAYOUT 542,788.68 = cash 327,911.68 + shares 214,877.00 due 2004-08-24, before T 2004-10-01 (4(c)(i)(B))", () => {
    const p = resignB();
    expect([$(p.total), $(p.cashTotal)]).toEqual(["542788.68", "327911.68"]);
    expect(iso(sharesDueBeforeTermination(p)!)).toBe("2004-08-24");
    expect(sharesDueBeforeTermination(board())).toBeUndefined();
  });

  test("carry-forward (default): resign B vs board 4bi at 2004-10-01, 3%; never refused", () => {
    const pvB = valueAt([SHARES, ...CASH], T);
    const pvBoard = valueAt(BOARD, T);
    // The shares alone: 214,877.00 x 1.03^(38/365) = 215,539.27 (the register's example).
    expect((214877 * Math.pow(1.03, 38 / 365)).toFixed(2)).toBe("215539.27");
    expect(pvBoard.toFixed(2)).toBe("566168.50");
    expect(pvB.toFixed(2)).toBe("535886.20"); // 30,282.30 less than 4(b)(i) at 3%
    const r = comparePayouts([resignB(), board()], { rate: n("0.03") });
    expect(iso(r.asOf)).toBe(T);
    expect(r.valuation).toBe("carry-forward");
    expect(r.flowsBeforeDate).toBe(true);
    expect(r.rows.map((x) => [x.figure, x.values.map($), x.differences.map($)])).toEqual([
      ["total", ["542788.68", "566169.86"], ["0.00", "23381.18"]],
      ["cashTotal", ["327911.68", "566169.86"], ["0.00", "238258.18"]],
      [
        "presentValue",
        [pvB.toFixed(2), pvBoard.toFixed(2)],
        ["0.00", ((Math.round(pvBoard * 100) - Math.round(pvB * 100)) / 100).toFixed(2)],
      ],
    ]);
    expect($(payoutPresentValue(resignB(), D(T), n("0.03")))).toBe(pvB.toFixed(2));
  });

  test("face-value-before: the shares count 214,877.00 at 2004-10-01; the cash discounted as before", () => {
    const r = comparePayouts([resignB(), board()], {
      rate: n("0.03"),
      valuation: "face-value-before",
    });
    expect($(r.rows[2].values[0])).toBe(valueAt([SHARES, ...CASH], T, true).toFixed(2));
    expect($(r.rows[2].values[1])).toBe("566168.50");
  });

  test("three payouts: each difference is from the first; fewer than two is refused with a message", () => {
    const r = comparePayouts([board(), resignB(), board()]);
    expect(r.rows[0].differences.map($)).toEqual(["0.00", "-23381.18", "0.00"]);
    expect(() => comparePayouts([board()])).toThrow(/two or more/);
  });

  test("the register entry is switchable, cites 4(c)(i)(B) and offers its two readings", () => {
    const e = interpretation("comparison-valuation");
    expect(e.default).toBe("carry-forward");
    expect(e.alternatives.map((a) => a.value)).toEqual(["carry-forward", "face-value-before"]);
    expect(C("comparison-valuation=face-value-before").comparisonValuation).toBe(
      "face-value-before"
    );
  });

  test("every scenario at 2004-10-01 with the chosen (B) plan: 4(c)(i) is the plan's 542,788.68, marked withDelay, valued like the comparison", () => {
    const rows = compareScenarios(D(T), C(), n("0.03"), resignB());
    const own = rows.filter((r) => r.withDelay);
    expect(own.map((r) => [r.scenario.code, $(r.total), $(r.presentValue)])).toEqual([
      ["4c-i", "542788.68", valueAt([SHARES, ...CASH], T).toFixed(2)],
    ]);
    const b = rows.find((r) => r.scenario.code === "4b-i")!;
    expect([$(b.total), $(b.presentValue)]).toEqual(["566169.86", "566168.50"]);
  });
});

describe("requestInForce: only the inputs in force are stated (exports, audit workbook; 4(c)(i))", () => {
  test("(B) in time: a duress end typed under (A) is dropped", () => {
    const r = requestInForce(resignB({ ...B_DELAY, duressEnd: D("2005-06-01") })).delay!;
    expect([r.election, iso(r.electionDate!), $(r.portion as Decimal), r.duressEnd]).toEqual([
      "B",
      "2004-08-10",
      "0.40",
      undefined,
    ]);
  });
  test("(A): the (B) facts left in the form are dropped, the end of the duress kept", () => {
    const r = requestInForce(
      resignB({
        notification: D("2004-07-15"),
        election: "A",
        portion: n("0.4"),
        fairMarketValue: n("3.25"),
        electionDate: D("2004-08-10"),
        duressEnd: D("2005-06-01"),
      })
    ).delay!;
    expect(r).toEqual({
      notification: D("2004-07-15"),
      election: "A",
      electionDate: undefined,
      duressEnd: D("2005-06-01"),
    });
  });
  test("(B) elected after the 21-business-day deadline (2004-08-13): (A) applies, the late election date kept, portion and price dropped", () => {
    const p = resignB({ ...B_DELAY, electionDate: D("2004-08-20") });
    expect(p.duress!.applies).toBe("A");
    const r = requestInForce(p).delay!;
    expect([r.election, iso(r.electionDate!), r.portion, r.fairMarketValue]).toEqual([
      "B",
      "2004-08-20",
      undefined,
      undefined,
    ]);
  });
  test("no delay: the request as given", () =>
    expect(requestInForce(board()).delay).toBeUndefined());
});
