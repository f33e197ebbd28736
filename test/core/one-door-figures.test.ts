/**
 * One door: figures the task pane used to assemble itself, now public
 * operations of the core. Each is checked against figures worked by hand from
 * the agreement (or against the core's own independently computed columns,
 * where the test says so), never against the code's own output.
 *
 * - runningTotals / flowsTotal: the Cumulative column of PAYOUT_SCHEDULE and
 *   FEE_SCHEDULE, the timeline's running cash (3(a), paragraph 4).
 * - Payout.duress.lumpSum / payments: the delayed Consulting Lump Sum Payment
 *   and its bi-weekly payments with the balance after each (4(c)(i)).
 * - splitDollarBuyoutReadings: the buy-out price under each reading of
 *   split-dollar-discount and each one's difference from the reading in
 *   force (3(c)(iii)(B)).
 * - payoutPart / comparePayouts: a part of a payout (the audit workbook's
 *   add-in column) and two payouts side by side with their present values
 *   at the earlier termination date (the pane's saved scenarios; paragraph 4).
 */
import Decimal from "decimal.js";
import {
  baselineFlows,
  comparePayouts,
  Dec,
  FEE_END,
  FEE_START,
  flowsTotal,
  iso,
  parseScenario,
  payout,
  payoutFlows,
  payoutPart,
  runningTotals,
  scheduleFor,
  splitDollarBuyoutReadings,
} from "../../src/core";
import { $, C, D } from "../helpers/core";

const n = (x: number | string) => new Dec(x);

describe("runningTotals: the Cumulative column (PAYOUT_SCHEDULE, FEE_SCHEDULE; 3(a), paragraph 4)", () => {
  test("each amount with the sum through it, in the order given: 100.10, 200.20, 0.01 -> 100.10, 300.30, 300.31", () => {
    const rows = runningTotals([
      { date: D("2004-07-13"), amount: n("100.10") },
      { date: D("2004-07-27"), amount: n("200.20") },
      { date: D("2004-07-27"), amount: n("0.01") },
    ]);
    expect(rows.map((r) => [iso(r.date), $(r.amount), $(r.cumulative)])).toEqual([
      ["2004-07-13", "100.10", "100.10"],
      ["2004-07-27", "200.20", "300.30"],
      ["2004-07-27", "0.01", "300.31"],
    ]);
  });
  test("byDate: the amounts of one date in one row, dates ascending (one point a pay date on the timeline)", () => {
    const rows = runningTotals(
      [
        { date: D("2004-07-27"), amount: n("7846.15") },
        { date: D("2004-07-13"), amount: n("100.00") },
        { date: D("2004-07-27"), amount: n("3846.16") },
      ],
      { byDate: true }
    );
    // 7,846.15 + 3,846.16 = 11,692.31 on 2004-07-27; 100.00 + 11,692.31 = 11,792.31 through it.
    expect(rows.map((r) => [iso(r.date), $(r.amount), $(r.cumulative)])).toEqual([
      ["2004-07-13", "100.00", "100.00"],
      ["2004-07-27", "11692.31", "11792.31"],
    ]);
  });
  test("no flows: no rows; flowsTotal of none is 0", () => {
    expect(runningTotals([])).toEqual([]);
    expect($(flowsTotal([]))).toBe("0.00");
  });
  test("3(a): the whole Consulting schedule runs to $204,000 x 4 years = 816,000.00, the Chairman one to $100,000 x 4 = 400,000.00; each row ties to FEE_SCHEDULE's own Cumulative", () => {
    for (const [fee, total] of [
      ["consulting", "816000.00"],
      ["chairman", "400000.00"],
    ] as const) {
      const rows = scheduleFor(fee, FEE_START, FEE_END, C());
      const running = runningTotals(rows.map((r) => ({ date: r.payDate, amount: r.amount })));
      expect($(running[running.length - 1].cumulative)).toBe(total);
      running.forEach((r, i) => expect($(r.cumulative)).toBe($(rows[i].cumulative)));
    }
  });
  test("the agreement running its course: both fees, 816,000.00 + 400,000.00 = 1,216,000.00 (flowsTotal of baselineFlows)", () => {
    expect($(flowsTotal(baselineFlows(C())))).toBe("1216000.00");
    const base = runningTotals(baselineFlows(C()));
    expect($(base[base.length - 1].cumulative)).toBe("1216000.00");
  });
  test("PAYOUT_SCHEDULE 4(c)(i) at 2004-10-01: the running total ends at PAYOUT 542,788.68 (LibreOffice-checked figure)", () => {
    const p = payout({
      scenario: parseScenario("4c-i"),
      T: D("2004-10-01"),
      periods: "consulting",
      choices: C(),
    });
    const rows = runningTotals(payoutFlows(p));
    expect($(rows[rows.length - 1].cumulative)).toBe("542788.68");
  });
});

describe("4(c)(i) the Board's delay: the lump sum delayed and its payments with the balance after each", () => {
  // Notice 2004-11-01 -> T = 2005-02-01; the Consulting Lump Sum Payment there is 473,808.30 (simple discount, LibreOffice-checked).
  const plan = (delay: Parameters<typeof payout>[0]["delay"]) =>
    payout({
      scenario: parseScenario("4c-i"),
      T: D("2005-02-01"),
      periods: "consulting",
      choices: C(),
      delay,
    });
  /** Each balance is the one before less the payment, from `start`. */
  const chained = (
    start: Decimal,
    rows: ReadonlyArray<{ amount: Decimal; balanceAfter: Decimal }>
  ) => {
    let left = start;
    return rows.every((r) => {
      left = left.minus(r.amount);
      return left.eq(r.balanceAfter);
    });
  };
  test("(A), duress ended 2005-06-01: 473,808.30 paid bi-weekly, the rest on 2005-06-01; the balance falls by each payment to 0.00", () => {
    const p = plan({ notification: D("2004-11-15"), duressEnd: D("2005-06-01") });
    const d = p.duress!;
    expect($(d.lumpSum)).toBe("473808.30");
    expect(chained(n("473808.30"), d.payments)).toBe(true);
    const last = d.payments[d.payments.length - 1];
    expect([iso(last.payDate), $(last.balanceAfter), last.atEnd]).toEqual([
      "2005-06-01",
      "0.00",
      true,
    ]);
    expect(d.payments.slice(0, -1).every((x) => x.payDate < D("2005-06-01"))).toBe(true);
  });
  test("(B) 40% at $3.25: 58,314 shares (189,520.50); the cash balance 473,808.30 - 189,520.50 = 284,287.80 in 37 payments down to 0.00", () => {
    const p = plan({
      notification: D("2004-11-15"),
      election: "B",
      electionDate: D("2004-11-30"),
      portion: n("0.4"),
      fairMarketValue: n("3.25"),
    });
    const d = p.duress!;
    expect($(d.lumpSum)).toBe("473808.30");
    expect(d.payments).toHaveLength(37);
    expect(chained(n("284287.80"), d.payments)).toBe(true);
    expect($(d.payments[d.payments.length - 1].balanceAfter)).toBe("0.00");
    // 58,314 x 3.25 = 189,520.50 in shares, the rest in cash: the parts pay the lump sum in all.
    expect($(p.shares!.value)).toBe("189520.50");
    expect($(flowsTotal(d.payments))).toBe("284287.80");
  });
  test("no delay: no duress plan", () =>
    expect(
      payout({
        scenario: parseScenario("4c-i"),
        T: D("2005-02-01"),
        periods: "consulting",
        choices: C(),
      }).duress
    ).toBeUndefined());
});

describe("3(c)(iii)(B) the buy-out price under each reading of split-dollar-discount", () => {
  // Company Interest 290,000.00, life expectancy 21.8 years, 3%.
  // compound (the register: CI / 1.03^n): 290,000 / 1.03^21.8 = 152,246.213... -> 152,246.21
  // simple (CI x (1 - 3% x n)): 290,000 x (1 - 0.654) = 290,000 x 0.346 = 100,340.00
  const compoundByHand = (290000 / Math.pow(1.03, 21.8)).toFixed(2);
  test("by hand: compound 152,246.21, simple 100,340.00", () => {
    expect(compoundByHand).toBe("152246.21");
    expect((290000 * 0.346).toFixed(2)).toBe("100340.00");
  });
  test("compound in force (the default): both prices, and simple 51,906.21 below it (100,340.00 - 152,246.21)", () => {
    const r = splitDollarBuyoutReadings(n(290000), n("21.8"), n("0.03"), C());
    expect($(r.inForce!)).toBe(compoundByHand);
    expect(r.readings.map((x) => [x.method, x.inForce, $(x.price!), $(x.difference!)])).toEqual([
      ["compound", true, "152246.21", "0.00"],
      ["simple", false, "100340.00", "-51906.21"],
    ]);
    expect(r.readings.every((x) => x.meaning.length > 0)).toBe(true);
  });
  test("simple in force: compound is 51,906.21 above it", () => {
    const r = splitDollarBuyoutReadings(
      n(290000),
      n("21.8"),
      n("0.03"),
      C("split-dollar-discount=simple")
    );
    expect($(r.inForce!)).toBe("100340.00");
    expect(r.readings.map((x) => [x.method, x.inForce, $(x.difference!)])).toEqual([
      ["compound", false, "51906.21"],
      ["simple", true, "0.00"],
    ]);
  });
  test("40 years: simple would discount 120% (#NUM!, no price, no difference); compound 290,000 / 1.03^40 = 88,901.48", () => {
    const r = splitDollarBuyoutReadings(n(290000), n(40), n("0.03"), C());
    const [compound, simple] = r.readings;
    expect($(compound.price!)).toBe((290000 / Math.pow(1.03, 40)).toFixed(2));
    expect($(compound.price!)).toBe("88901.48");
    expect(simple.price).toBeUndefined();
    expect(simple.difference).toBeUndefined();
    expect(simple.error?.code).toBe("#NUM!");
    // With simple in force there is no price in force, so no differences at all.
    const s = splitDollarBuyoutReadings(
      n(290000),
      n(40),
      n("0.03"),
      C("split-dollar-discount=simple")
    );
    expect(s.inForce).toBeUndefined();
    expect(s.readings.map((x) => x.difference)).toEqual([undefined, undefined]);
  });
});

describe("paragraph 4: parts of a payout and two payouts side by side", () => {
  const at = (code: string, T: string) =>
    payout({ scenario: parseScenario(code), T: D(T), periods: "consulting", choices: C() });
  // 4(c)(i) at 2004-10-01: fees paid through 2004-09-20, so 10 days earned but unpaid, 10 x 204,000 / 365 = 5,589.04,
  // plus CONSULT_DISCOUNTED 537,199.64 = PAYOUT 542,788.68. 4(b)(i): the undiscounted CONSULT_LUMPSUM 560,580.82 + 5,589.04 = 566,169.86.
  test("payoutPart: 4(c)(i)'s earned but unpaid 5,589.04 and discounted lump sum 537,199.64; 4(b)(i)'s lump sum 560,580.82", () => {
    expect((Math.round(((10 * 204000) / 365) * 100) / 100).toFixed(2)).toBe("5589.04");
    const a = at("4c-i", "2004-10-01");
    expect($(payoutPart(a, "consulting", ["earned-unpaid"]))).toBe("5589.04");
    expect($(payoutPart(a, "consulting", ["discounted-lump-sum"]))).toBe("537199.64");
    expect($(payoutPart(a, "chairman", ["earned-unpaid"]))).toBe("0.00");
    expect($(payoutPart(at("4b-i", "2004-10-01"), "consulting", ["lump-sum"]))).toBe("560580.82");
  });
  test("comparePayouts: 566,169.86 - 542,788.68 = 23,381.18 more under 4(b)(i); present values at the earlier date, the earned but unpaid paid 2004-10-04 discounted 3 days at 3%", () => {
    const r = comparePayouts([at("4c-i", "2004-10-01"), at("4b-i", "2004-10-01")], {
      rate: n("0.03"),
    });
    expect(iso(r.asOf)).toBe("2004-10-01");
    const pvA = 537199.64 + 5589.04 / Math.pow(1.03, 3 / 365);
    const pvB = 560580.82 + 5589.04 / Math.pow(1.03, 3 / 365);
    expect(r.rows.map((x) => [x.figure, $(x.a), $(x.b), $(x.difference)])).toEqual([
      ["total", "542788.68", "566169.86", "23381.18"],
      ["cashTotal", "542788.68", "566169.86", "23381.18"],
      ["presentValue", pvA.toFixed(2), pvB.toFixed(2), "23381.18"],
    ]);
    expect(pvA.toFixed(2)).toBe("542787.32");
  });
  test("comparePayouts: the earlier termination date, whichever comes first; no rate, no present values", () => {
    const r = comparePayouts([at("4b-i", "2005-01-01"), at("4c-i", "2004-10-01")]);
    expect(iso(r.asOf)).toBe("2004-10-01");
    expect(r.rows.map((x) => x.figure)).toEqual(["total", "cashTotal"]);
  });
});
