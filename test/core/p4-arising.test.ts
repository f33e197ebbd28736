/**
 * The controller's ledger (issue 21 item 3): OUTSTANDING, what the Company
 * owes and has not paid at the end of a day, and ROLLFORWARD, its month-end
 * roll-forward; when amounts arise is register entry `amounts-arise`.
 *
 * Every figure is worked by hand from the agreement: the fees accrue the
 * annual fee / the days of the contract year (366 in 2003-04, 365 after;
 * register accrual-basis), rounded cumulatively (register rounding), paid
 * bi-weekly on the last day of 14-day periods from 2003-07-01 (pay-anchor,
 * pay-lag 0); base salary accrues the annual rate / 365 (register
 * base-salary). Period starts are 2003-07-01 + 14k: ..., 2005-01-25,
 * 2006-06-27, 2006-12-12, ...
 */
import Decimal from "decimal.js";
import {
  Dec,
  iso,
  outstanding,
  parseScenario,
  payout,
  PayoutRequest,
  rollForward,
  Trace,
} from "../../src/core";
import { $, C, D, errorOf } from "../helpers/core";

const sumOf = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), new Dec(0));

/* -------------------------------------------------- 4(f) with base salary */

// 4(f) on 2003-07-05 (the shareholders fail to elect him): the Transition Period's salary at 300,000 a
// year, paid through 2003-06-15.
//   Base salary (1; 4(f) "any base salary ... earned but unpaid"): 2003-06-16..06-30, 15 days x 300,000 / 365
//     = 12,328.767 -> 12,328.77, paid on the termination date 2003-07-05.
//   Fees earned but unpaid prior to the termination date (3(a)): 2003-07-01..07-04, 4 days of 2003-04 (366 days):
//     Consulting 204,000 x 4/366 = 2,229.508 -> 2,229.51; Chairman 100,000 x 4/366 = 1,092.896 -> 1,092.90;
//     paid on the period's pay date 2003-07-14 (period 07-01..07-14).
//   Lump sums (4(f)): 816,000 - 2,229.51 = 813,770.49 and 400,000 - 1,092.90 = 398,907.10, on 2003-07-05.
//   PAYOUT = 12,328.77 + 2,229.51 + 1,092.90 + 813,770.49 + 398,907.10 = 1,228,328.77.
const F: PayoutRequest = {
  scenario: parseScenario("4f"),
  T: D("2003-07-05"),
  periods: "both",
  choices: C(),
  baseSalary: { annual: new Dec(300000), paidThrough: D("2003-06-15") },
};
const owedF = (day: string, choices = "") => $(outstanding({ ...F, choices: C(choices) }, D(day)));

describe("OUTSTANDING, 4(f) on 2003-07-05 with base salary 300,000 paid through 2003-06-15 (paragraph 1, 3(a), 4(f))", () => {
  test("PAYOUT is 1,228,328.77 (the hand-worked total the ledger must pay out)", () =>
    expect($(payout(F).total)).toBe("1228328.77"));
  test("paragraph 1: nothing owed on 2003-06-15, the day salary was paid through", () =>
    expect(owedF("2003-06-15")).toBe("0.00"));
  test("paragraph 1: salary arises day by day: 2003-06-20, 5 days x 300,000 / 365 = 4,109.589 -> 4,109.59", () =>
    expect(owedF("2003-06-20")).toBe("4109.59"));
  test("paragraph 1: at the Separation Date 2003-06-30, 15 days = 12,328.77", () =>
    expect(owedF("2003-06-30")).toBe("12328.77"));
  test("3(a): 2003-07-02 adds two days of fees: 204,000 x 2/366 = 1,114.75 and 100,000 x 2/366 = 546.45 -> 13,989.97", () =>
    expect(owedF("2003-07-02")).toBe("13989.97"));
  test("the day before the termination 2003-07-04: 12,328.77 + 2,229.51 + 1,092.90 = 15,651.18 (the lump sums not yet owed, register amounts-arise=termination)", () =>
    expect(owedF("2003-07-04")).toBe("15651.18"));
  test("4(f) at the end of the termination date: salary and lump sums arose and were paid that day; the fees earned but unpaid 2,229.51 + 1,092.90 = 3,322.41 wait for 2003-07-14", () =>
    expect(owedF("2003-07-05")).toBe("3322.41"));
  test("3(a): between payments, 2003-07-13: still 3,322.41; on the pay date 2003-07-14 paid, 0; after the last payment, 0", () => {
    expect(owedF("2003-07-13")).toBe("3322.41");
    expect(owedF("2003-07-14")).toBe("0.00");
    expect(owedF("2004-12-31")).toBe("0.00");
  });
  test("register amounts-arise=notice: 4(f) is an event, so the same figures as on the termination date", () => {
    expect(owedF("2003-07-04", "amounts-arise=notice")).toBe("15651.18");
    expect(owedF("2003-07-05", "amounts-arise=notice")).toBe("3322.41");
  });
});

describe("ROLLFORWARD, 4(f) on 2003-07-05 with base salary (paragraph 1, 3(a), 4(f))", () => {
  // June 2003: 12,328.77 of salary arises, nothing paid. July 2003: the fees 2,229.51 + 1,092.90 and the lump
  // sums 813,770.49 + 398,907.10 arise (1,216,000.00); 1,228,328.77 is paid (salary and lump sums on 07-05,
  // fees on 07-14).
  test("default months June..July 2003: opening, arising, paid, closing by hand", () => {
    const rows = rollForward(F);
    expect(
      rows.map((r) => [iso(r.monthEnd), $(r.opening), $(r.arising), $(r.paid), $(r.closing)])
    ).toEqual([
      ["2003-06-30", "0.00", "12328.77", "0.00", "12328.77"],
      ["2003-07-31", "12328.77", "1216000.00", "1228328.77", "0.00"],
    ]);
  });
  test("fromMonth/toMonth any day of the month; months after the last payment are all zero", () => {
    const rows = rollForward(F, { fromMonth: D("2003-07-19"), toMonth: D("2003-09-02") });
    expect(rows.map((r) => iso(r.monthEnd))).toEqual(["2003-07-31", "2003-08-31", "2003-09-30"]);
    expect($(rows[0].opening)).toBe("12328.77");
    expect(
      rows.slice(1).every((r) => r.opening.isZero() && r.paid.isZero() && r.closing.isZero())
    ).toBe(true);
  });
  test("toMonth before fromMonth, or a month outside the ledger's span, is refused with a message", () => {
    expect(
      errorOf(() => rollForward(F, { fromMonth: D("2003-08-01"), toMonth: D("2003-07-31") }))
        .message
    ).toMatch(/toMonth 2003-07 is before fromMonth 2003-08/);
    expect(errorOf(() => rollForward(F, { toMonth: D("2009-01-31") })).message).toMatch(
      /toMonth 2009-01-31 is outside/
    );
    expect(errorOf(() => outstanding(F, D("2002-12-31"))).message).toMatch(
      /asOfDate 2002-12-31 is outside/
    );
  });
});

/* ------------------------------------------------------ 4(h) continuation */

// 4(h) on 2006-07-01 (the Company's notice after 120 days of disability). T's pay period is 2006-06-27..07-10.
//   Consulting Fees earned but unpaid (4(h), 3(a)): 2006-06-27..06-30, 4 days of 2005-06 (365 days):
//     cum(06-30-2006) = 612,000 exactly; cum(06-26-2006) = 408,000 + 204,000 x 361/365 = 609,764.38 -> 2,235.62,
//     paid 2006-07-10.
//   The continuation (4(h)): "sixty percent (60%) of the Consulting Fees through June 30, 2007": the whole
//     contract year 2006-07, 0.6 x 204,000 = 122,400.00, paid bi-weekly; it arises whole on the termination date
//     (register amounts-arise=termination).
const H: PayoutRequest = {
  scenario: parseScenario("4h"),
  T: D("2006-07-01"),
  periods: "consulting",
  choices: C(),
};
const owedH = (day: string) => $(outstanding(H, D(day)));

describe("OUTSTANDING, 4(h) on 2006-07-01: the 60% continuation (4(h), 3(a))", () => {
  test("PAYOUT is 2,235.62 + 122,400.00 = 124,635.62", () =>
    expect($(payout(H).total)).toBe("124635.62"));
  test("3(a): before the termination, 2006-06-28: two days earned, cum(06-28) 610,882.19 - cum(06-26) 609,764.38 = 1,117.81; the continuation not yet owed", () =>
    expect(owedH("2006-06-28")).toBe("1117.81"));
  test("4(h) at the termination date: 2,235.62 + 122,400.00 = 124,635.62, every payment still scheduled", () =>
    expect(owedH("2006-07-01")).toBe("124635.62"));
  test("4(h) on the first pay date 2006-07-10: the earned fees and the first 60% payment (days 07-01..07-10: 122,400 x 10/365 = 3,353.42) paid: 119,046.58", () =>
    expect(owedH("2006-07-10")).toBe("119046.58"));
  test("4(h) at the year end 2006-12-31: paid through the pay date 2006-12-25 (178 days: 122,400 x 178/365 = 59,690.96): 62,709.04", () =>
    expect(owedH("2006-12-31")).toBe("62709.04"));
  test("4(h) after the last payment: 0 at 2007-12-31", () =>
    expect(owedH("2007-12-31")).toBe("0.00"));
  test("ROLLFORWARD: June 2006 closes at 2,235.62 (4 days earned, nothing paid), July's arising is the whole continuation 122,400.00", () => {
    const rows = rollForward(H);
    expect(iso(rows[0].monthEnd)).toBe("2006-06-30");
    expect([$(rows[0].opening), $(rows[0].arising), $(rows[0].paid), $(rows[0].closing)]).toEqual([
      "0.00",
      "2235.62",
      "0.00",
      "2235.62",
    ]);
    expect($(rows[1].arising)).toBe("122400.00");
    expect($(rows.find((r) => iso(r.monthEnd) === "2006-12-31")!.closing)).toBe("62709.04");
  });
});

/* ----------------------------------------------- 4(c)(i)(B) across 2004-2006 */

// 4(c)(i) with the Board's delay (test/core/p4c-i-duress.test.ts): notice 2004-11-01, T = 2005-02-01; Board's
// notification 2004-11-15; (B) elected 2004-11-30 for 40% at $3.25: the Consulting Lump Sum Payment 473,808.30
// (4(c) simple discount) -> 58,314 shares = 189,520.50, transferred by 2004-12-14 (10 business days); the cash
// balance 284,287.80 in 37 bi-weekly payments from the pay date 2005-02-07 to 2006-06-26 (2005-02-07 + 36 x 14).
//   Consulting Fees earned but unpaid: 2005-01-25..01-31, 7 days of 2004-05: cum(01-31-2005) = 204,000 +
//     204,000 x 215/365 = 324,164.38; cum(01-24-2005) = 204,000 + 204,000 x 208/365 = 320,252.05 -> 3,912.33, paid
//     2005-02-07.
//   PAYOUT = 3,912.33 + 189,520.50 + 284,287.80 = 477,720.63.
const B: PayoutRequest = {
  scenario: parseScenario("4c-i"),
  T: D("2005-02-01"),
  periods: "consulting",
  choices: C(),
  delay: {
    notification: D("2004-11-15"),
    election: "B",
    electionDate: D("2004-11-30"),
    portion: new Dec("0.4"),
    fairMarketValue: new Dec("3.25"),
  },
};
const owedB = (day: string, choices = "") => $(outstanding({ ...B, choices: C(choices) }, D(day)));

describe("OUTSTANDING, a 4(c)(i)(B) plan across 2004-2006 (4(c)(i), 4(c)(i)(B), 3(a))", () => {
  test("PAYOUT is 477,720.63", () => expect($(payout(B).total)).toBe("477720.63"));
  test("4(c)(i)(B): nothing owed the day before the election, 2004-11-29", () =>
    expect(owedB("2004-11-29")).toBe("0.00"));
  test("4(c)(i)(B): the shares elected 2004-11-30, before the termination date, are owed from that day until transferred: 189,520.50", () => {
    expect(owedB("2004-11-30")).toBe("189520.50");
    expect(owedB("2004-12-13")).toBe("189520.50");
    expect(owedB("2004-12-14")).toBe("0.00");
  });
  test("3(a): 2005-01-31, the days 01-25..01-31 earned: 3,912.33", () =>
    expect(owedB("2005-01-31")).toBe("3912.33"));
  test("4(c)(i) at the termination date 2005-02-01: 3,912.33 + 284,287.80 = 288,200.13", () =>
    expect(owedB("2005-02-01")).toBe("288200.13"));
  test("4(c)(i)(B) first pay date 2005-02-07: the earned fees and the first payment (days 02-01..02-07, 3,912.33) paid: 280,375.47", () =>
    expect(owedB("2005-02-07")).toBe("280375.47"));
  test("4(c)(i)(B) at 2005-12-31: paid through the pay date 2005-12-26 (cum(12-26-2005) = 408,000 + 204,000 x 179/365 = 508,043.84; less 324,164.38 = 183,879.46): 100,408.34", () =>
    expect(owedB("2005-12-31")).toBe("100408.34"));
  test("4(c)(i)(B) the last payment: 36 payments through 2006-06-12 pay cum(06-12-2006) 601,939.73 - 324,164.38 = 277,775.35, leaving 6,512.45 until 2006-06-26, then 0", () => {
    expect(owedB("2006-06-25")).toBe("6512.45");
    expect(owedB("2006-06-26")).toBe("0.00");
  });
  test("register amounts-arise=notice: the delayed lump sum (shares and cash) arises on the notice 2004-11-01 = EDATE(2005-02-01, -3): 473,808.30; after the shares, 284,287.80", () => {
    expect(owedB("2004-10-31", "amounts-arise=notice")).toBe("0.00");
    expect(owedB("2004-11-01", "amounts-arise=notice")).toBe("473808.30");
    expect(owedB("2004-12-14", "amounts-arise=notice")).toBe("284287.80");
    expect(owedB("2005-02-01", "amounts-arise=notice")).toBe("288200.13");
  });
});

describe("ROLLFORWARD, the 4(c)(i)(B) plan, November 2004 to June 2006 (4(c)(i)(B), 3(a))", () => {
  const rows = rollForward(B);
  test("default months: from the election's month (the first arising) to the last payment's, 2004-11 .. 2006-06", () => {
    expect(iso(rows[0].monthEnd)).toBe("2004-11-30");
    expect(iso(rows[rows.length - 1].monthEnd)).toBe("2006-06-30");
    expect(rows).toHaveLength(20);
  });
  test("the first four months by hand: the shares arise in November and are delivered in December; January's 7 earned days; February pays 3,912.33 + cum(02-21) 335,901.37 - 324,164.38 = 11,736.99", () => {
    const r = (i: number) => [
      $(rows[i].opening),
      $(rows[i].arising),
      $(rows[i].paid),
      $(rows[i].closing),
    ];
    expect(r(0)).toEqual(["0.00", "189520.50", "0.00", "189520.50"]);
    expect(r(1)).toEqual(["189520.50", "0.00", "189520.50", "0.00"]);
    expect(r(2)).toEqual(["0.00", "3912.33", "0.00", "3912.33"]);
    expect(r(3)).toEqual(["3912.33", "284287.80", "15649.32", "272550.81"]);
  });
  test("every month: opening + arising - paid = closing to the cent, opening = the previous closing, closing = OUTSTANDING at the month end", () => {
    rows.forEach((r, i) => {
      expect($(r.opening.plus(r.arising).minus(r.paid))).toBe($(r.closing));
      if (i > 0) expect($(r.opening)).toBe($(rows[i - 1].closing));
      expect($(r.closing)).toBe($(outstanding(B, r.monthEnd)));
    });
  });
  test("over the default months, arising and paid each sum to PAYOUT 477,720.63 and the last closing is 0 (nothing is paid before the first arising)", () => {
    expect($(sumOf(rows.map((r) => r.arising)))).toBe("477720.63");
    expect($(sumOf(rows.map((r) => r.paid)))).toBe("477720.63");
    expect($(rows[rows.length - 1].closing)).toBe("0.00");
  });
  test("from a later month: paid sums to PAYOUT less what was paid before it (from 2005-01: 477,720.63 - 189,520.50 = 288,200.13)", () => {
    const later = rollForward(B, { fromMonth: D("2005-01-15") });
    expect($(later[0].opening)).toBe("0.00");
    expect($(sumOf(later.map((r) => r.paid)))).toBe("288200.13");
  });
});

/* ------------------------------- the Done-when: on and after the termination */

describe("OUTSTANDING on and after the termination date = the schedule's payments dated after that day (issue 21; register amounts-arise)", () => {
  const cases: Array<[string, PayoutRequest]> = [
    ["4(f) with base salary", F],
    ["4(h) continuation", H],
    ["4(c)(i)(B) plan", B],
    [
      "4(a), the notice day earned (cause-notice-day)",
      { scenario: parseScenario("4a"), T: D("2004-10-04"), periods: "both", choices: C() },
    ],
    [
      "4(b)(i)",
      { scenario: parseScenario("4b-i"), T: D("2004-10-01"), periods: "consulting", choices: C() },
    ],
    [
      "4(c)(i) under amounts-arise=notice",
      {
        scenario: parseScenario("4c-i"),
        T: D("2005-02-01"),
        periods: "consulting",
        choices: C("amounts-arise=notice"),
      },
    ],
  ];
  test.each(cases)("%s: every day from T to 60 days after, then each month end", (_name, req) => {
    const items = payout(req).components.flatMap((c) => c.flows);
    const days: number[] = [];
    for (let x = req.T; x <= req.T + 60; x++) days.push(x);
    for (let m = 0; m < 40; m++) days.push(req.T + 61 + 30 * m);
    for (const x of days.filter((x) => x <= D("2007-12-31"))) {
      const after = sumOf(items.filter((f) => f.date > x).map((f) => f.amount));
      expect(`${iso(x)} ${$(outstanding(req, x))}`).toBe(`${iso(x)} ${$(after)}`);
    }
  });
  test.each(cases)(
    "%s: ROLLFORWARD identities every month, and its paid column is the schedule's payments in the month",
    (_name, req) => {
      const items = payout(req).components.flatMap((c) => c.flows);
      const rows = rollForward(req);
      rows.forEach((r, i) => {
        expect($(r.opening.plus(r.arising).minus(r.paid))).toBe($(r.closing));
        expect($(r.opening)).toBe(i === 0 ? "0.00" : $(rows[i - 1].closing));
        const start = i === 0 ? r.monthEnd - 40 : rows[i - 1].monthEnd;
        const paid = sumOf(
          items.filter((f) => f.date > start && f.date <= r.monthEnd).map((f) => f.amount)
        );
        expect($(r.paid)).toBe($(paid));
      });
      expect($(sumOf(rows.map((r) => r.paid)))).toBe($(payout(req).total));
    }
  );
});

/* ------------------------------------------ the kept entries, every day */

describe("OUTSTANDING's kept ledger entries (a column of as-of dates against one termination) give the traced figure on every day", () => {
  // The traced call builds the payout afresh each time (the reference); the untraced one reuses the
  // request's entries. Every day of the ledger's span, for a Transition Period 4(f) with salary, a (B)
  // plan under a Board's delay (4(c)(i)(B)) and a 4(h) continuation, under both readings of amounts-arise.
  const requests: Array<[string, PayoutRequest]> = [
    ["4(f) with salary", F],
    [
      "4(c)(i)(B) plan",
      {
        scenario: parseScenario("4c-i"),
        T: D("2004-10-01"),
        periods: "consulting",
        choices: C(),
        delay: {
          notification: D("2004-07-15"),
          election: "B",
          electionDate: D("2004-08-10"),
          portion: new Dec("0.4"),
          fairMarketValue: new Dec("3.25"),
        },
      },
    ],
    ["4(h)", { scenario: parseScenario("4h"), T: D("2005-03-15"), periods: "both", choices: C() }],
  ];
  for (const [name, req] of requests)
    for (const reading of ["", "amounts-arise=notice"])
      test(`${name}${reading ? `, ${reading}` : ""}`, () => {
        const r = { ...req, choices: C(reading) };
        let differ = 0;
        for (let day = D("2003-02-07"); day <= D("2007-12-31"); day++)
          if (!outstanding(r, day).eq(outstanding(r, day, new Trace()))) differ++;
        expect(differ).toBe(0);
      });
});
