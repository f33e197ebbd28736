/**
 * 3(a), 3(b): fee accrual, rounding and the bi-weekly pay calendar.
 * Every expected figure is worked by hand from the agreement (derivation in
 * the test name or comment): a day accrues annual fee / days of its contract
 * year (366 in 2003-04), and an amount for days a..b is
 * round(cum(b)) - round(cum(a-1)), half-up to cents.
 */
import { FEE_END, FEE_START, iso } from "../../src/core";
import { FeeLedger, splitAt } from "../../src/core/rules/p3a-fees";
import { $, C, D } from "../helpers/core";

const consulting = () => FeeLedger.of("consulting", C());
const chairman = () => FeeLedger.of("chairman", C());

describe("3(a) whole Consulting and Chairmanship Periods", () => {
  test("Consulting Fees total $816,000.00 (4 x $204,000) in 105 payments", () => {
    expect($(consulting().total())).toBe("816000.00");
    expect(consulting().periods).toHaveLength(105);
  });
  test("Chairman Fees total $400,000.00 (4 x $100,000) in 105 payments", () => {
    expect($(chairman().total())).toBe("400000.00");
    expect(chairman().periods).toHaveLength(105);
  });
  test("the fees run 2003-07-01 through 2007-06-30 (1,461 days)", () => {
    expect(iso(FEE_START)).toBe("2003-07-01");
    expect(iso(FEE_END)).toBe("2007-06-30");
  });
});

describe("3(b) contract years July 1 - June 30: each pays exactly the annual fee", () => {
  test.each([
    ["2004-06-30", "204000.00"],
    ["2005-06-30", "408000.00"],
    ["2006-06-30", "612000.00"],
  ])("Consulting Fees through %s = %s", (day, total) =>
    expect($(consulting().amount(FEE_START, D(day)))).toBe(total)
  );
  test("2003-04 has 366 days: the first day accrues 204000/366 = 557.377... -> 557.38", () =>
    expect($(consulting().amount(FEE_START, FEE_START))).toBe("557.38"));
  test("2004-05 has 365 days: the last day accrues 816000 - round(612000 + 204000 x 364/365) = 558.90", () =>
    expect($(consulting().amount(FEE_END, FEE_END))).toBe("558.90"));
});

describe("3(a) payable bi-weekly: 14-day periods from 2003-07-01, paid on their last day", () => {
  test("first period 2003-07-01..2003-07-14 paid 2003-07-14: 204000 x 14/366 = 7803.28; Chairman 3825.14", () => {
    const p = consulting().periods[0];
    expect([iso(p.start), iso(p.end), iso(p.payDate)]).toEqual([
      "2003-07-01",
      "2003-07-14",
      "2003-07-14",
    ]);
    expect($(consulting().amount(p.start, p.end))).toBe("7803.28");
    expect($(chairman().amount(p.start, p.end))).toBe("3825.14");
  });
  test("last period is the 5-day stub 2007-06-26..2007-06-30: 816000 - round(612000 + 204000 x 360/365) = 2794.52", () => {
    const p = consulting().periods[104];
    expect([iso(p.start), iso(p.end), iso(p.payDate)]).toEqual([
      "2007-06-26",
      "2007-06-30",
      "2007-06-30",
    ]);
    expect($(consulting().amount(p.start, p.end))).toBe("2794.52");
  });
  test("pay-lag=3 pays each period three days after it ends", () => {
    const l = FeeLedger.of("consulting", C("pay-lag=3"));
    expect(iso(l.periods[0].payDate)).toBe("2003-07-17");
    expect(iso(l.periods[104].payDate)).toBe("2007-07-03");
  });
  test("pay-anchor=2003-07-04: a 3-day stub first, 14-day periods from 2003-07-04, a 2-day stub last (106 payments)", () => {
    const l = FeeLedger.of("consulting", C("pay-anchor=2003-07-04"));
    expect(l.periods).toHaveLength(106);
    expect([iso(l.periods[0].start), iso(l.periods[0].end)]).toEqual(["2003-07-01", "2003-07-03"]);
    expect([iso(l.periods[1].start), iso(l.periods[1].end)]).toEqual(["2003-07-04", "2003-07-17"]);
    expect([iso(l.periods[105].start), iso(l.periods[105].end)]).toEqual([
      "2007-06-29",
      "2007-06-30",
    ]);
    expect($(l.total())).toBe("816000.00");
  });
});

describe("register accrual-basis alternatives", () => {
  test("actual-365: 204000 x 1461/365 = 816,558.90; 100000 x 1461/365 = 400,273.97", () => {
    expect($(FeeLedger.of("consulting", C("accrual-basis=actual-365")).total())).toBe("816558.90");
    expect($(FeeLedger.of("chairman", C("accrual-basis=actual-365")).total())).toBe("400273.97");
  });
  test("biweekly-26: a full 14-day period pays 204000/26 = 7846.15; the total is 204000 x 1461/364 = 818,802.20", () => {
    const l = FeeLedger.of("consulting", C("accrual-basis=biweekly-26"));
    expect($(l.amount(l.periods[0].start, l.periods[0].end))).toBe("7846.15");
    expect($(l.total())).toBe("818802.20");
  });
});

describe("register rounding alternatives", () => {
  test("per-period: every 14-day period of 2004-05 is 204000 x 14/365 = 7824.657... -> 7824.66", () => {
    const l = FeeLedger.of("consulting", C("rounding=per-period"));
    const p = l.periodOf(D("2004-09-21"));
    expect($(l.amount(p.start, p.end))).toBe("7824.66");
    const q = l.periods[p.index + 1];
    expect($(l.amount(q.start, q.end))).toBe("7824.66");
  });
  test("cumulative (default): consecutive 2004-05 periods alternate so that they tie to the contract year", () => {
    const l = consulting();
    const p = l.periodOf(D("2004-09-21"));
    const q = l.periods[p.index + 1];
    // round(cum(2004-10-04)) - round(cum(2004-09-20)) = 257654.79 - 249830.14 = 7824.65
    expect($(l.amount(p.start, p.end))).toBe("7824.65");
    // round(cum(2004-10-18)) - round(cum(2004-10-04)) = 265479.45 - 257654.79 = 7824.66
    expect($(l.amount(q.start, q.end))).toBe("7824.66");
  });
});

describe("4(a)-(h) paid, earned but unpaid, remainder at a termination date", () => {
  test("T = 2004-10-01: paid 249,830.14 (through 2004-09-20), earned unpaid 5,589.04 (09-21..09-30), remainder 560,580.82", () => {
    const s = splitAt(consulting(), D("2004-10-01"));
    // cum(2004-09-20) = 204000 + 204000 x 82/365 = 249830.14; cum(2004-09-30) = 204000 + 204000 x 92/365 = 255419.18
    expect([$(s.paid), $(s.earnedUnpaid), $(s.remainder)]).toEqual([
      "249830.14",
      "5589.04",
      "560580.82",
    ]);
    expect(iso(s.unpaidFrom)).toBe("2004-09-21");
  });
  test("T on a period's first day (2004-09-21): nothing earned is unpaid", () => {
    const s = splitAt(consulting(), D("2004-09-21"));
    expect($(s.earnedUnpaid)).toBe("0.00");
    expect($(s.paid)).toBe("249830.14");
  });
  test("T = 2003-07-01: nothing paid, the whole $816,000.00 remains", () => {
    const s = splitAt(consulting(), D("2003-07-01"));
    expect([$(s.paid), $(s.earnedUnpaid), $(s.remainder)]).toEqual(["0.00", "0.00", "816000.00"]);
  });
  test("T before the fees start (2003-05-01): the whole $816,000.00 remains", () =>
    expect($(splitAt(consulting(), D("2003-05-01")).remainder)).toBe("816000.00"));
  test("pay-lag=3, T = 2004-09-22: the period 09-07..09-20 (paid 09-23) is still unpaid: cum(09-21) - cum(09-06) = 250389.04 - 242005.48 = 8,383.56", () => {
    const s = splitAt(FeeLedger.of("consulting", C("pay-lag=3")), D("2004-09-22"));
    expect($(s.earnedUnpaid)).toBe("8383.56");
    expect(iso(s.unpaidFrom)).toBe("2004-09-07");
  });
});
