/**
 * CASH_TIMELINE (the pane's payment timeline): every dated amount the
 * executive receives under a termination, against the agreement running its
 * course. Figures worked by hand from 3(a) (contract-year accrual, 14-day
 * periods from 2003-07-01 paid on their last day): Consulting paid through
 * 2004-09-20 = 204,000 + 82 x 204,000 / 365 = 249,830.14; Chairman paid
 * through 2004-09-20 = 100,000 + 82 x 100,000 / 365 = 122,465.75.
 */
import Decimal from "decimal.js";
import {
  baselineFlows,
  cashTimeline,
  oddInputs,
  parsePeriods,
  parseScenario,
  payout,
  payoutPresentValue,
  Periods,
  iso,
  TimelineFlow,
} from "../../src/core";
import { $, C, D } from "../helpers/core";

function run(code: string, T: string, periods?: Periods, consultingEnd?: string) {
  const scenario = parseScenario(code);
  return payout({
    scenario,
    T: D(T),
    periods: parsePeriods(periods, scenario),
    choices: C(""),
    consultingEnd: consultingEnd ? D(consultingEnd) : undefined,
  });
}
const total = (flows: readonly { amount: Decimal }[]) =>
  $(flows.reduce((s, f) => s.plus(f.amount), new Decimal(0)));
const ofKind = (flows: readonly TimelineFlow[], kind: TimelineFlow["kind"]) =>
  flows.filter((f) => f.kind === kind);
const through = (flows: readonly TimelineFlow[], date: string) =>
  total(flows.filter((f) => f.date <= D(date)));

describe("cashTimeline: cash to the executive by date under a termination (3(a), 4)", () => {
  test("4(b)(i) at 2004-10-01, Consulting Period: 249,830.14 paid before + 5,589.04 earned but unpaid + 560,580.82 lump sum + the Chairman Fee continuing (400,000.00) = 1,216,000.00", () => {
    const flows = cashTimeline(run("4b-i", "2004-10-01"));
    const paid = ofKind(flows, "paid-before");
    expect(total(paid)).toBe("249830.14");
    expect(paid).toHaveLength(32); // periods 2003-07-01..2004-09-20
    expect(iso(paid[paid.length - 1].date)).toBe("2004-09-20");
    expect(total(ofKind(flows, "earned-unpaid"))).toBe("5589.04");
    const lump = ofKind(flows, "lump-sum");
    expect(lump.map((f) => [iso(f.date), $(f.amount)])).toEqual([["2004-10-01", "560580.82"]]);
    const chairman = ofKind(flows, "continuing");
    expect(total(chairman)).toBe("400000.00");
    expect(iso(chairman[chairman.length - 1].date)).toBe("2007-06-30");
    expect(total(flows)).toBe("1216000.00");
    // by the termination date: both fees paid on schedule, plus the lump sum
    expect(through(flows, "2004-10-01")).toBe("932876.71"); // 249,830.14 + 122,465.75 + 560,580.82
    expect(flows.map((f) => f.date)).toEqual([...flows.map((f) => f.date)].sort((a, b) => a - b));
  });

  test("4(c)(i) at 2004-10-01: the discounted lump sum 537,199.64 in place of the remainder: 1,192,618.82", () => {
    const flows = cashTimeline(run("4c-i", "2004-10-01"));
    expect(total(ofKind(flows, "discounted-lump-sum"))).toBe("537199.64");
    expect(total(flows)).toBe("1192618.82");
  });

  test("4(h) at 2005-03-15 (the Consulting Period): Consulting paid before 2005-03-08 (204,000 + 250 x 204,000 / 365 = 343,726.03) + PAYOUT 284,929.32 (with the 60% continuation) + the Chairman Fee continuing 400,000.00 = 1,028,655.35", () => {
    const flows = cashTimeline(run("4h", "2005-03-15"));
    expect(total(ofKind(flows, "paid-before"))).toBe("343726.03");
    expect(ofKind(flows, "continuation").length).toBeGreaterThan(0);
    expect(total(ofKind(flows, "continuing"))).toBe("400000.00");
    expect(total(flows)).toBe("1028655.35");
  });

  test("the baseline (no termination) is both fees in full: 1,216,000.00", () =>
    expect(total(baselineFlows(C("")))).toBe("1216000.00"));
});

describe("payoutPresentValue (XNPV convention, 3%)", () => {
  test("4(b)(i) at 2004-10-01: 560,580.82 on the day + 5,589.04 / 1.03^(3/365) on 2004-10-04 = 566,168.50", () =>
    expect(
      $(payoutPresentValue(run("4b-i", "2004-10-01"), D("2004-10-01"), new Decimal("0.03")))
    ).toBe("566168.50"));
});

describe("oddInputs: legal but odd inputs", () => {
  test("a pay anchor outside 2003-2007 (3(a)) and a vesting date before the 2002-12-17 grant (2(b)) are flagged", () => {
    const w = oddInputs(C("pay-anchor=2010-01-01"), [D("2002-12-01"), D("2004-01-01"), undefined]);
    expect(Object.keys(w).sort()).toEqual(["pay-anchor", "vesting:0"]);
    expect(w["pay-anchor"]).toContain("2010-01-01");
    expect(w["vesting:0"]).toContain("2002-12-17");
  });
  test("the defaults are not odd", () => expect(oddInputs(C(""), [D("2003-12-17")])).toEqual({}));
});

describe("cashTimeline under 4(a): the date of notice is earned (register cause-notice-day), as PAYOUT counts it (issue 20 item 2(b))", () => {
  // Notice for Cause on 2004-10-04, the pay date of the period 2004-09-21..2004-10-04 (14-day periods
  // from 2003-07-01, each paid on its last day). 4(a) pays fees "earned but not paid through the date
  // of notice"; with the notice day earned, the first unearned day is 2004-10-05, so the period paid on
  // 2004-10-04 is paid on schedule and nothing is earned but unpaid.
  // By hand, contract-year accrual (2004-07-01..2005-06-30 has 365 days), cum(d) rounded half-up:
  //   Consulting: cum(2004-09-20) = 204,000 + 82 x 204,000 / 365 = 249,830.14
  //               cum(2004-10-04) = 204,000 + 96 x 204,000 / 365 = 257,654.79
  //               the period 2004-09-21..10-04 = 7,824.65; remainder 816,000.00 - 257,654.79 = 558,345.21
  //   Chairman:   cum(2004-09-20) = 100,000 + 82 x 100,000 / 365 = 122,465.75
  //               cum(2004-10-04) = 100,000 + 96 x 100,000 / 365 = 126,301.37
  //               the period = 3,835.62 (7,824.65 + 3,835.62 = 11,660.27); remainder 273,698.63
  const p = run("4a", "2004-10-04");
  const flows = cashTimeline(p);
  const fees = [
    ["consulting", "Consulting Fee", "257654.79", "7824.65", "558345.21", "816000.00"],
    ["chairman", "Chairman Fee", "126301.37", "3835.62", "273698.63", "400000.00"],
  ] as const;

  test("PAYOUT: nothing earned but unpaid through the date of notice (0.00)", () =>
    expect($(p.total)).toBe("0.00"));

  for (const [fee, name, paid, period, remainder, whole] of fees)
    test(`${name}: paid ${paid} (the period 2004-09-21..10-04, ${period}, paid on 2004-10-04) + earned but unpaid 0.00 + remainder ${remainder} = ${whole}`, () => {
      const before = ofKind(flows, "paid-before").filter((f) => f.what.startsWith(name));
      expect(total(before)).toBe(paid);
      const last = before[before.length - 1];
      expect([iso(last.date), $(last.amount)]).toEqual(["2004-10-04", period]);
      const unpaid = p.components.filter((c) => c.fee === fee && c.kind === "earned-unpaid");
      expect(total(unpaid.map((c) => ({ amount: c.amount ?? new Decimal(0) })))).toBe("0.00");
      expect($(new Decimal(paid).plus(remainder))).toBe(whole);
    });

  test("the whole timeline: 257,654.79 + 126,301.37 = 383,956.16 paid on schedule, nothing after 2004-10-04", () => {
    expect(total(flows)).toBe("383956.16");
    expect(iso(flows[flows.length - 1].date)).toBe("2004-10-04");
  });

  test("cause-notice-day=not-earned: the period's days before the notice, 2004-09-21..10-03 (13 days), are earned but unpaid", () => {
    // By hand: cum(2004-10-03) = 204,000 + 95 x 204,000 / 365 = 257,095.89 -> 7,265.75 unpaid;
    // 100,000 + 95 x 100,000 / 365 = 126,027.40 -> 3,561.65 unpaid; paid through 2004-09-20.
    const q = payout({
      scenario: parseScenario("4a"),
      T: D("2004-10-04"),
      periods: "both",
      choices: C("cause-notice-day=not-earned"),
    });
    const t = cashTimeline(q);
    expect(total(ofKind(t, "paid-before"))).toBe("372295.89"); // 249,830.14 + 122,465.75
    expect(total(ofKind(t, "earned-unpaid"))).toBe("10827.40"); // 7,265.75 + 3,561.65
  });
});
