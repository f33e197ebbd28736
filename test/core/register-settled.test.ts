/**
 * Issue 20 item 5: the readings the register settles, each with its entry's
 * references (clause ids) and the behaviour it describes, figures worked by
 * hand from the agreement.
 */
import "../../src/cli/runtime-shim";
import * as Functions from "../../src/functions/functions";
import { asExcel, excelError } from "../helpers/as-excel";
import {
  Dec,
  discountedLumpSum,
  duressSharesFor,
  interpretation,
  iso,
  parseScenario,
  payout,
} from "../../src/core";
import { $, C, D, errorOf } from "../helpers/core";

const F = asExcel(Functions);
const _ = null as any;

const err = excelError;

describe("flat discount: its years count from the first unearned day (register discount-method)", () => {
  test("the entry cites 4(c)(i), 4(c)(ii) and says T + 1 under earned-unpaid=through-termination", () => {
    const e = interpretation("discount-method");
    expect(e.clause).toBe("4(c)(i), 4(c)(ii)");
    expect(e.alternatives.find((a) => a.value === "flat")!.meaning).toMatch(
      /from T, or from T \+ 1 under earned-unpaid=through-termination/
    );
    expect(e.rationale).toMatch(/'of such remaining payments'/);
  });
  test("4(c)(i) at 2004-10-01, flat, through-termination: 560,021.92 x (1 - 3% x 1,002 / 365) = 513,900.66", () => {
    // By hand: cum(2004-10-01) = 204,000 + 93 x 204,000 / 365 = 255,978.08 (contract-year accrual);
    // remainder from 2004-10-02 = 816,000.00 - 255,978.08 = 560,021.92; days 2004-10-02..2007-06-30 = 1,002.
    const v = discountedLumpSum(
      "consulting",
      D("2004-10-01"),
      new Dec("0.03"),
      "flat",
      C("earned-unpaid=through-termination")
    );
    expect($(v)).toBe("513900.66");
  });
});

describe("fractional shares round down (register duress-whole-shares, 4(c)(i)(B))", () => {
  test("the entry cites 4(c)(i)(B) and says every reading rounds toward fewer shares", () => {
    const e = interpretation("duress-whole-shares");
    expect(e.clause).toBe("4(c)(i)(B)");
    expect(e.alternatives.find((a) => a.value === "fractional")!.meaning).toMatch(
      /rounded down at the sixth decimal/
    );
    expect(e.rationale).toMatch(/rounds toward fewer shares/);
  });
  test("fractional: 100,000 at $30,000 is 3.333333 shares (3.3333333... cut at six decimals), 99,999.99 in value, 0.01 in cash", () => {
    const r = duressSharesFor(
      new Dec(100000),
      new Dec(30000),
      new Dec(1),
      C("duress-whole-shares=fractional")
    );
    expect([r.shares.toString(), $(r.cashBalance)]).toEqual(["3.333333", "0.01"]);
  });
});

describe("a 4(a) notice ending the Chairmanship Period alone still pays base salary (register base-salary)", () => {
  test("the entry cites 4(a) and gives 4(a)'s words as the reason", () => {
    const e = interpretation("base-salary");
    expect(e.clause).toBe("1, 4(a), 4(d), 4(f), 4(g)");
    expect(e.rationale).toMatch(/a Chairmanship Period alone included/);
  });
  test("4(a) notice 2004-10-01, periods chairman, 300,000 a year paid through 2003-06-15: 15 x 300,000 / 365 = 12,328.77 + Chairman Fees 2004-09-21..10-01 3,013.70 = 15,342.47", () => {
    // Chairman: cum(2004-10-01) = 100,000 + 93 x 100,000 / 365 = 125,479.45; cum(2004-09-20) = 122,465.75.
    const p = payout({
      scenario: parseScenario("4a"),
      T: D("2004-10-01"),
      periods: "chairman",
      choices: C(),
      baseSalary: { annual: new Dec(300000), paidThrough: D("2003-06-15") },
    });
    expect($(p.components.find((c) => c.kind === "base-salary")!.amount!)).toBe("12328.77");
    expect($(p.total)).toBe("15342.47");
  });
});

describe("4(e) in the Transition Period pays earned fees, not earned salary (register base-salary-not-payable)", () => {
  test("the entry cites 1 and 4(e) and gives the reason", () => {
    const e = interpretation("base-salary-not-payable");
    expect(e.clause.split(", ")).toEqual(expect.arrayContaining(["1", "4(e)"]));
    expect(e.default).toBe("refuse");
    expect(e.rationale).toMatch(/does not terminate the Transition Period/);
  });
  for (const [name, call] of [
    ["PAYOUT", () => F.payoutTotal("4e", "2003-05-15", _, _, _, 300000, "2003-04-30")],
    ["PAYOUT_DETAIL", () => F.payoutDetail("4e", "2003-05-15", _, _, _, 300000, "2003-04-30")],
  ] as const)
    test(`${name}("4e","2003-05-15",,,,300000,"2003-04-30"): #VALUE! saying 4(e) names no base salary (it gave 1,216,000.00 silently)`, () =>
      expect(err(call)).toEqual({
        code: "#VALUE!",
        message: expect.stringMatching(/4\(e\) names no base salary.*paragraph 1/),
      }));
  test("without the salary facts 4(e) on 2003-05-15 pays both remainders: 816,000.00 + 400,000.00 = 1,216,000.00", () =>
    expect(F.payoutTotal("4e", "2003-05-15")).toBe(1216000));
  test("4(b)(i) with salary facts is refused too, naming its clause", () =>
    expect(
      errorOf(() =>
        payout({
          scenario: parseScenario("4b-i"),
          T: D("2004-10-01"),
          periods: "consulting",
          choices: C(),
          baseSalary: { annual: new Dec(300000), paidThrough: D("2003-06-15") },
        })
      ).message
    ).toMatch(/4\(b\)\(i\) names no base salary/));
});

describe("(B) chosen after the termination date (register duress-delay, 4(c)(i)(B))", () => {
  test("the entry cites 4(c)(i), 4(c)(i)(A), 4(c)(i)(B) and says how it is scheduled", () => {
    const e = interpretation("duress-delay");
    expect(e.clause).toBe("4(c)(i), 4(c)(i)(A), 4(c)(i)(B)");
    expect(e.rationale).toMatch(/chosen after the termination date/);
  });
  test("T 2004-10-01, notified 2004-09-20, (B) 40% at $5 on 2004-10-15: shares due 2004-10-29, the cash balance from the 2004-10-04 pay date", () => {
    // By hand: 21 business days after 2004-09-20 skipping Columbus Day (2004-10-11) end on 2004-10-20, so
    // 2004-10-15 is in time; 10 business days after Friday 2004-10-15 is Friday 2004-10-29. The cash balance
    // is paid bi-weekly from the pay period of the termination date, 2004-09-21..10-04, paid 2004-10-04.
    const p = payout({
      scenario: parseScenario("4c-i"),
      T: D("2004-10-01"),
      periods: "consulting",
      choices: C(),
      delay: {
        notification: D("2004-09-20"),
        election: "B",
        electionDate: D("2004-10-15"),
        portion: new Dec("0.4"),
        fairMarketValue: new Dec(5),
      },
    });
    expect(p.duress!.applies).toBe("B");
    expect(iso(p.duress!.electionDeadline)).toBe("2004-10-20");
    expect(iso(p.shares!.transferDeadline)).toBe("2004-10-29");
    expect(iso(p.duress!.payments[0].payDate)).toBe("2004-10-04");
  });
});

describe("when the Board's notification may come (register duress-notification, 4(c)(i))", () => {
  test("the entry cites 4(c)(i), quotes 'at the time you provide notice of termination' and gives the reason", () => {
    const e = interpretation("duress-notification");
    expect(e.clause).toBe("4(c)(i)");
    expect(e.quote).toMatch(/at the time you provide notice of termination/);
    expect(e.rationale).toMatch(/sets the Board no day by which to notify/);
  });
  test("an election before the notification is refused", () =>
    expect(
      errorOf(() =>
        payout({
          scenario: parseScenario("4c-i"),
          T: D("2004-10-01"),
          periods: "consulting",
          choices: C(),
          delay: { notification: D("2004-09-20"), election: "A", electionDate: D("2004-09-10") },
        })
      ).message
    ).toMatch(/before the Board's notification/));
});

describe("4(b)(ii)'s proviso and the Consulting end (register chairmanship-after-consulting)", () => {
  const chair = (end: string) =>
    payout({
      scenario: parseScenario("4b-ii"),
      T: D("2005-10-01"),
      periods: "chairman",
      choices: C(),
      consultingEnd: D(end),
    });
  test("the entry cites 4(b)(ii) and says the proviso limits the date, not the way the Consulting Period ended", () => {
    const e = interpretation("chairmanship-after-consulting");
    expect(e.clause).toBe("4(b)(ii)");
    expect(e.rationale).toMatch(/'simultaneously or previously' fixes the Consulting end/);
  });
  test("a Consulting end after the Chairmanship termination date is refused", () =>
    expect(errorOf(() => chair("2005-10-02")).message).toMatch(/after the termination date/));
  test("a Consulting end before 4(b)(i)'s window (2003-12-01, e.g. under 4(h)) is accepted", () =>
    expect(chair("2003-12-01").ends).toMatchObject({ consulting: false, chairman: true }));
});
