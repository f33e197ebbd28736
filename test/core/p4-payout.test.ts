/**
 * 4(a)-4(h): the cash each termination makes due (PAYOUT) and its components.
 * Figures are worked by hand from 3(a)/3(b): cum(d) = fee x completed
 * contract years + fee x (days into the contract year, inclusive) / days in
 * it, rounded half-up; earned but unpaid = round(cum(T-1)) - round(cum(start
 * of T's pay period - 1)); remainder = fee total - round(cum(T-1)).
 */
import {
  compareScenarios,
  Dec,
  parsePeriods,
  parseScenario,
  payout,
  Periods,
  payoutFlows,
  iso,
} from "../../src/core";
import { $, C, D, errorOf } from "../helpers/core";

function run(code: string, date: string, periods?: Periods, choices = "", consultingEnd?: string) {
  const scenario = parseScenario(code);
  return payout({
    scenario,
    T: D(date),
    periods: parsePeriods(periods, scenario),
    choices: C(choices),
    consultingEnd: consultingEnd ? D(consultingEnd) : undefined,
  });
}
const amounts = (p: ReturnType<typeof run>) =>
  p.components.map((c) => (c.amount === null ? null : $(c.amount)));

describe("4(a) by the Company for Cause: fees earned but not paid through the date of notice", () => {
  test("notice 2004-10-01, both periods: Consulting 255,978.08 - 249,830.14 = 6,147.94; Chairman 125,479.45 - 122,465.75 = 3,013.70; total 9,161.64", () => {
    const p = run("4a", "2004-10-01");
    expect(amounts(p)).toEqual(["6147.94", "3013.70", null]); // base salary: listed, not computed without its facts
    expect($(p.total)).toBe("9161.64");
  });
  test("register cause-notice-day=not-earned: 5,589.04 + (125,205.48 - 122,465.75 = 2,739.73) = 8,328.77", () =>
    expect($(run("4a", "2004-10-01", undefined, "cause-notice-day=not-earned").total)).toBe(
      "8328.77"
    ));
  test("during the Transition Period: base salary earned but unpaid is listed without an amount; no fees were earned", () => {
    const p = run("4a", "2003-05-01");
    expect(amounts(p)).toEqual(["0.00", "0.00", null]);
    expect(p.components[2].kind).toBe("base-salary");
    expect($(p.total)).toBe("0.00");
  });
  test("unvested options are forfeited (3(c)(iv)(A)(iii))", () =>
    expect(run("4a", "2004-10-01").consequences.find((c) => c.what === "Options")?.detail).toMatch(
      /2004-12-30.*forfeited/
    ));
});

describe("4(b)(i) by the Board, Consulting Period: earned but unpaid + lump sum of the remainder", () => {
  test("T = 2004-10-01: 5,589.04 + 560,580.82 = 566,169.86", () => {
    const p = run("4b-i", "2004-10-01");
    expect(amounts(p)).toEqual(["5589.04", "560580.82"]);
    expect($(p.total)).toBe("566169.86");
  });
  test("the Chairmanship Period continues", () =>
    expect(run("4b-i", "2004-10-01").consequences.map((c) => c.what)).toContain(
      "Chairmanship Period continues"
    ));
});

describe("4(b)(ii) by the Board, Chairmanship Period: only with the Consulting Period ended simultaneously or before", () => {
  // 2005-10-01: T's pay period began 2005-09-20.
  test("both periods at 2005-10-01: Consulting 6,147.95 + 356,580.82, Chairman 3,013.70 + 174,794.52 = 540,536.99", () => {
    const p = run("4b-ii", "2005-10-01");
    expect(amounts(p)).toEqual(["6147.95", "356580.82", "3013.70", "174794.52"]);
    expect($(p.total)).toBe("540536.99");
    expect(p.consequences.map((c) => c.what)).toEqual(
      expect.arrayContaining(["Chairman Emeritus", "Continued nomination as a Director"])
    );
  });
  test("the Chairmanship Period alone needs the date the Consulting Period ended", () => {
    expect(errorOf(() => run("4b-ii", "2005-10-01", "chairman")).message).toMatch(
      /simultaneously or before/
    );
    expect(errorOf(() => run("4b-ii", "2005-10-01", "chairman", "", "2005-10-02")).message).toMatch(
      /after the termination date/
    );
    expect($(run("4b-ii", "2005-10-01", "chairman", "", "2005-01-15").total)).toBe("177808.22");
  });
  test("a consultingEndDate with periods both must be the termination date", () =>
    expect(errorOf(() => run("4b-ii", "2005-10-01", "both", "", "2005-09-01")).code).toBe(
      "#VALUE!"
    ));
});

describe("4(c)(i) by the executive, Consulting Period: earned but unpaid + discounted lump sum", () => {
  test("T = 2004-10-01, register discount-method=simple (default): 5,589.04 + 537,199.64 = 542,788.68", () => {
    const p = run("4c-i", "2004-10-01");
    expect(amounts(p)).toEqual(["5589.04", "537199.64"]);
    expect($(p.total)).toBe("542788.68");
  });
  test("register discount-method=xnpv: 5,589.04 + 538,158.33 = 543,747.37", () =>
    expect($(run("4c-i", "2004-10-01", undefined, "discount-method=xnpv").total)).toBe(
      "543747.37"
    ));
  test("lists the financial-duress alternatives (A), (B) and the 21-business-day election", () => {
    const what = run("4c-i", "2004-10-01").consequences.map((c) => c.clause);
    expect(what).toEqual(expect.arrayContaining(["4(c)(i)(A)", "4(c)(i)(B)"]));
  });
});

describe("4(c)(ii) by the executive, Chairmanship Period", () => {
  // 170,126.23 is LibreOffice's native SUMPRODUCT of the simple discount (test/oracle, headline figures).
  test("T = 2005-10-01, discount-method=simple (default): 3,013.70 + 170,126.23 = 173,139.93", () => {
    const p = run("4c-ii", "2005-10-01");
    expect(amounts(p)).toEqual(["3013.70", "170126.23"]);
    expect($(p.total)).toBe("173139.93");
  });
  test("T = 2005-10-01, discount-method=xnpv: 3,013.70 + 170,273.80 = 173,287.50", () =>
    expect($(run("4c-ii", "2005-10-01", undefined, "discount-method=xnpv").total)).toBe(
      "173287.50"
    ));
});

describe("4(d) Good Reason: earned but unpaid + undiscounted lump sums", () => {
  test("T = 2004-01-15, both: 1,114.76 + 546.45 + 705,639.34 + 345,901.64 = 1,053,202.19", () => {
    // 2003-04 has 366 days; T's period began 2004-01-13: cum(01-14) = 204000 x 198/366 = 110,360.66, cum(01-12) = 109,245.90
    const p = run("4d", "2004-01-15");
    expect(amounts(p)).toEqual(["1114.76", "546.45", null, "705639.34", "345901.64"]);
    expect($(p.total)).toBe("1053202.19");
  });
  test("before 2003-06-30 the Transition Period ends too: all fees remain, 816,000 + 400,000 = 1,216,000.00", () => {
    const p = run("4d", "2003-06-15");
    expect($(p.total)).toBe("1216000.00");
    expect(p.components.some((c) => c.kind === "base-salary")).toBe(true);
  });
  test("Chairmanship Period only at 2005-06-30: Chairman fees only", () => {
    const p = run("4d", "2005-06-30", "chairman");
    expect(p.components.every((c) => c.fee !== "consulting")).toBe(true);
  });
});

describe("4(e) Change of Control: lump sum of both remainders immediately prior", () => {
  test("2005-10-01, earned fees included (default): 6,147.95 + 3,013.70 + 356,580.82 + 174,794.52 = 540,536.99", () =>
    expect($(run("4e", "2005-10-01").total)).toBe("540536.99"));
  test("register change-of-control-in-lieu=earned-excluded: 356,580.82 + 174,794.52 = 531,375.34", () =>
    expect(
      $(run("4e", "2005-10-01", undefined, "change-of-control-in-lieu=earned-excluded").total)
    ).toBe("531375.34"));
  test("on the Separation Date 2003-06-30 all fees remain: 1,216,000.00", () =>
    expect($(run("4e", "2003-06-30").total)).toBe("1216000.00"));
  // Register change-of-control-window: the Chairmanship Period runs from the agreement's date (4(g)(A) ends it before June 30, 2003).
  test("during the Transition Period, 2003-03-01: both remainders 816,000.00 + 400,000.00 = 1,216,000.00, in lieu of any other payment, every option vests", () => {
    const p = run("4e", "2003-03-01");
    expect(amounts(p)).toEqual(["0.00", "0.00", "816000.00", "400000.00"]);
    expect($(p.total)).toBe("1216000.00");
    expect(p.consequences.find((c) => c.what === "Options")?.detail).toMatch(
      /All outstanding Options vest immediately prior to the Change of Control/
    );
  });
  test("its window opens on 2003-02-07 (2003-02-06 is before the agreement: #VALUE! with the span); under separation-date on 2003-06-30 (2003-06-29: #VALUE!)", () => {
    expect(errorOf(() => run("4e", "2003-02-06")).code).toBe("#VALUE!");
    expect($(run("4e", "2003-02-07").total)).toBe("1216000.00");
    const alt = "change-of-control-window=separation-date";
    expect(errorOf(() => run("4e", "2003-06-29", undefined, alt)).code).toBe("#VALUE!");
    expect($(run("4e", "2003-06-30", undefined, alt).total)).toBe("1216000.00");
  });
});

describe("4(f) failure to be elected", () => {
  test("2007-06-29: Consulting 1,676.71 + 1,117.81, Chairman 821.91 + 547.95 = 4,164.38", () => {
    const p = run("4f", "2007-06-29");
    expect(amounts(p)).toEqual(["1676.71", "821.91", null, "1117.81", "547.95"]);
    expect($(p.total)).toBe("4164.38");
  });
});

describe("4(g) death", () => {
  test("before the Separation Date (2003-06-29): lump sum of all remaining fees, 1,216,000.00, funded by the Key Man Policy", () => {
    const p = run("4g", "2003-06-29");
    expect($(p.total)).toBe("1216000.00");
    expect(p.consequences.map((c) => c.clause)).toContain("4(g); 3(c)(vi)");
  });
  test("on 2003-06-30: the pre-separation branch by default; post-separation leaves nothing earned", () => {
    expect($(run("4g", "2003-06-30").total)).toBe("1216000.00");
    expect(
      $(run("4g", "2003-06-30", undefined, "death-on-separation-date=post-separation").total)
    ).toBe("0.00");
  });
  test("after it (2004-10-01): fees earned but unpaid only, 5,589.04 + 2,739.73 = 8,328.77", () =>
    expect($(run("4g", "2004-10-01").total)).toBe("8328.77"));
});

describe("4(h) disability: earned but unpaid + 60% of the Consulting Fees through 2007-06-30, bi-weekly", () => {
  test("T = 2005-03-15: 3,912.33 + (489,600.00 - round(0.6 x 347,638.356) = 281,016.99) = 284,929.32", () => {
    const p = run("4h", "2005-03-15");
    expect(amounts(p)).toEqual(["3912.33", "281016.99"]);
    expect($(p.total)).toBe("284929.32");
  });
  test("the continuation is paid on the bi-weekly pay dates, the first 2005-03-21, the last 2007-06-30", () => {
    const flows = run("4h", "2005-03-15").components[1].flows;
    expect(iso(flows[0].date)).toBe("2005-03-21");
    expect(iso(flows[flows.length - 1].date)).toBe("2007-06-30");
    expect(flows).toHaveLength(61);
  });
});

describe("cash flows tie out to PAYOUT", () => {
  test.each([
    ["4a", "2004-10-01"],
    ["4c-i", "2004-10-01"],
    ["4h", "2005-03-15"],
    ["4d", "2004-01-15"],
  ])("%s %s", (code, date) => {
    const p = run(code, date);
    const flows = payoutFlows(p).reduce((s, f) => s.plus(f.amount), p.total.minus(p.total));
    expect($(flows)).toBe($(p.total));
  });
});

describe("comparing the scenarios at one date", () => {
  test("at 2004-10-01 every scenario open on that date is listed; 4(c)(i) is worth 542,788.68 in total (simple discount)", () => {
    const all = compareScenarios(D("2004-10-01"), C(), new Dec("0.03"));
    expect(all.map((s) => s.scenario.code)).toEqual(["4a", "4b-i", "4c-i", "4e", "4f", "4g", "4h"]);
    const c = all.find((s) => s.scenario.code === "4c-i")!;
    expect($(c.total)).toBe("542788.68");
    // The lump sum 537,199.64 is due on T (factor 1); the earned 5,589.04 is paid 2004-10-04: 5589.04 / 1.03^(3/365) = 5,587.68
    expect($(c.presentValue)).toBe("542787.32");
  });
});

describe("paragraph 1 base salary, when its rate and paid-through date are given (register base-salary)", () => {
  const salary = (paidThrough: string) => ({
    annual: new Dec(300000),
    paidThrough: D(paidThrough),
  });
  const withSalary = (code: string, date: string, paidThrough: string) => {
    const scenario = parseScenario(code);
    return payout({
      scenario,
      T: D(date),
      periods: scenario.defaultPeriods,
      choices: C(),
      baseSalary: salary(paidThrough),
    });
  };
  test("4(d) on 2003-05-15, paid through 2003-04-30: 14 days x 300,000/365 = 11,506.85; total 1,216,000 + 11,506.85 = 1,227,506.85", () => {
    const p = withSalary("4d", "2003-05-15", "2003-04-30");
    expect($(p.components.find((c) => c.kind === "base-salary")!.amount!)).toBe("11506.85");
    expect($(p.total)).toBe("1227506.85");
  });
  test("4(a) notice 2003-05-15: the notice day is earned too, 15 days = 12,328.77", () =>
    expect($(withSalary("4a", "2003-05-15", "2003-04-30").total)).toBe("12328.77"));
  test("4(g) death 2003-06-29, paid through 2003-06-15: 13 days = 10,684.93 beside the 1,216,000.00 lump sum", () =>
    expect($(withSalary("4g", "2003-06-29", "2003-06-15").total)).toBe("1226684.93"));
  test("never past the Separation Date: 4(a) notice 2003-06-30, paid through 2003-06-15 -> 15 days = 12,328.77", () =>
    expect($(withSalary("4a", "2003-06-30", "2003-06-15").total)).toBe("12328.77"));
  test("a paid-through date outside the Transition Period is refused", () =>
    expect(errorOf(() => withSalary("4d", "2003-05-15", "2003-07-01")).message).toMatch(
      /salaryPaidThrough must be from 2003-02-06 to 2003-06-30/
    ));
  test("paid through the Separation Date, nothing is unpaid after it: 4(a) notice 2004-10-01 lists 0.00 base salary", () => {
    const p = withSalary("4a", "2004-10-01", "2003-06-30");
    expect($(p.components.find((c) => c.kind === "base-salary")!.amount!)).toBe("0.00");
    expect($(p.total)).toBe("9161.64");
  });
  // Termination after the Separation Date with salary still unpaid for 2003-06-16 .. 2003-06-30: 300,000 x 15/365 = 12,328.77.
  test("4(f) on 2003-07-05, paid through 2003-06-15: 1,216,000.00 + 300,000 x 15/365 = 1,228,328.77", () => {
    const p = withSalary("4f", "2003-07-05", "2003-06-15");
    expect($(p.components.find((c) => c.kind === "base-salary")!.amount!)).toBe("12328.77");
    expect($(p.total)).toBe("1228328.77");
  });
  test("4(d) on 2003-07-05, paid through 2003-06-15: 'any amounts earned but unpaid' include the salary, 1,228,328.77", () =>
    expect($(withSalary("4d", "2003-07-05", "2003-06-15").total)).toBe("1228328.77"));
  // 4(a) on 2003-07-05, notice day earned: fees for 2003-07-01..05 (2003-04 has 366 days): 204,000 x 5/366 = 2,786.89; 100,000 x 5/366 = 1,366.12.
  test("4(a) notice 2003-07-05, paid through 2003-06-15: 2,786.89 + 1,366.12 + 12,328.77 = 16,481.78", () =>
    expect($(withSalary("4a", "2003-07-05", "2003-06-15").total)).toBe("16481.78"));
  test("4(g) after the Separation Date pays no base salary (only its first branch names it): the facts are refused, saying so (register base-salary-not-payable)", () => {
    const e = errorOf(() => withSalary("4g", "2003-07-05", "2003-06-15"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/4\(g\) pays base salary only for a death prior to June 30, 2003/);
  });
  test("PAYOUT_SCHEDULE's flows carry the salary as its own row with its clause", () => {
    const rows = payoutFlows(withSalary("4f", "2003-07-05", "2003-06-15"));
    expect(rows[0]).toMatchObject({
      what: expect.stringContaining("Base salary earned but unpaid"),
      clause: expect.stringContaining("1(a)"),
    });
  });
});

describe("the Chairmanship Period ending alone after the Consulting Period ended earlier (register later-event-after-earlier-end)", () => {
  // Chairman Fee, contract year 2005-06 (365 days): T's pay period began 2006-03-07, so 10 days earned but unpaid = round(cum(03-16)) - round(cum(03-06)) = 2,739.72;
  // the remainder 2006-03-17 .. 2006-06-30 is 106 days = 29,041.10 plus the whole 2006-07 contract year 100,000.00.
  test("4(e) 2006-03-17, periods chairman, Consulting Period ended 2005-01-01: 2,739.72 + 129,041.10 = 131,780.82", () => {
    const p = run("4e", "2006-03-17", "chairman", "", "2005-01-01");
    expect(amounts(p)).toEqual(["2739.72", "129041.10"]);
    expect($(p.total)).toBe("131780.82");
    expect(p.components.every((c) => c.fee === "chairman")).toBe(true);
    expect(p.consequences.map((c) => c.what)).toContain("Consulting Period ended earlier");
  });
  test("4(f) and 4(g) accept it too; 4(g) after the Separation Date pays the Chairman Fees earned but unpaid only", () => {
    expect($(run("4f", "2006-03-17", "chairman", "", "2005-01-01").total)).toBe("131780.82");
    expect($(run("4g", "2006-03-17", "chairman", "", "2005-01-01").total)).toBe("2739.72");
  });
  test("4(e), 4(f), 4(g) with periods chairman need the date the Consulting Period ended", () => {
    for (const code of ["4e", "4f", "4g"])
      expect(errorOf(() => run(code, "2006-03-17", "chairman")).message).toMatch(
        /give the date it ended/
      );
  });
  test("4(a), 4(c)(ii), 4(d) may take it: the Consulting Period then no longer 'continues'", () => {
    const p = run("4a", "2004-10-01", "chairman", "", "2004-09-01");
    expect(p.consequences.map((c) => c.what)).not.toContain("Consulting Period continues");
    expect(run("4a", "2004-10-01", "chairman").consequences.map((c) => c.what)).toContain(
      "Consulting Period continues"
    );
  });
  test("the date must lie within the Consulting Period: #VALUE! (the agreement's span) before 2003-02-07, #VALUE! from then to 2003-06-29, accepted from 2003-06-30", () => {
    expect(errorOf(() => run("4b-ii", "2006-03-17", "chairman", "", "2003-01-01")).code).toBe(
      "#VALUE!"
    );
    const early = errorOf(() => run("4b-ii", "2006-03-17", "chairman", "", "2003-02-07"));
    expect(early.code).toBe("#VALUE!");
    expect(early.message).toMatch(/commences on the Separation Date, 2003-06-30/);
    expect(errorOf(() => run("4b-ii", "2006-03-17", "chairman", "", "2003-06-29")).code).toBe(
      "#VALUE!"
    );
    expect($(run("4b-ii", "2006-03-17", "chairman", "", "2003-06-30").total)).toBe("131780.82");
  });
});

describe("a payment falling due on the termination or notice day (registers earned-unpaid, cause-notice-day)", () => {
  // The period 2004-09-21..2004-10-04 is paid on 2004-10-04. Contract year 2004-05 has 365 days:
  // cum(10-03) = round(204,000 x 95/365) = 53,095.89; cum(09-20) = round(204,000 x 82/365) = 45,830.14.
  test("T = 2004-10-04 under before-termination: 2004-09-21..10-03 earned but unpaid, 53,095.89 - 45,830.14 = 7,265.75", () =>
    expect(amounts(run("4g", "2004-10-04"))[0]).toBe("7265.75"));
  test("under through-termination the payment due on T counts as made: nothing earned but unpaid", () =>
    expect(
      amounts(run("4g", "2004-10-04", undefined, "earned-unpaid=through-termination"))[0]
    ).toBe("0.00"));
  test("4(a) notice on the pay date 2004-10-04, the notice day earned: that day's payment counts as made, 0.00", () =>
    expect(amounts(run("4a", "2004-10-04"))[0]).toBe("0.00"));
});
