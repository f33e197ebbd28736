/**
 * 4(c)(i) financial duress: the 21-business-day election, the 10-business-day
 * share transfer, shares at fair market value, and bi-weekly payment of a
 * delayed balance. Business days counted as Excel's WORKDAY does.
 */
import { Dec, discountedLumpSum, iso, parseScenario, payout, payoutFlows } from "../../src/core";
import {
  duressSchedule,
  duressShares,
  electionDeadline,
  shareTransferDeadline,
} from "../../src/core/rules/p4c-i-duress";
import { FeeLedger } from "../../src/core/rules/p3a-fees";
import { $, C, D, errorOf } from "../helpers/core";

describe("4(c)(i): choose (A) or (B) within 21 business days of the Board's notification", () => {
  test("notified Friday 2004-10-01 -> Monday 2004-11-01 (business-days=weekdays)", () =>
    expect(iso(electionDeadline(D("2004-10-01"), [], C("business-days=weekdays")))).toBe(
      "2004-11-01"
    ));
  // Massachusetts legal holidays by default (M.G.L. c. 4, § 7, cl. 18).
  test("from Wednesday 2006-10-25 -> 2006-11-24: Veterans Day 2006 fell on a Saturday (not moved), Thanksgiving 2006-11-23 skipped", () =>
    expect(iso(electionDeadline(D("2006-10-25"), [], C()))).toBe("2006-11-24"));
  test("from Monday 2004-12-20 -> 2005-01-19: Christmas 2004 and New Year's Day 2005 on Saturdays, Martin Luther King Jr. Day 2005-01-17 skipped", () =>
    expect(iso(electionDeadline(D("2004-12-20"), [], C()))).toBe("2005-01-19"));
  test("the federal Saturday rule would differ: with weekdays and the federal observed days 2006-11-10 and 2006-11-23 given, 2006-11-27", () =>
    expect(
      iso(
        electionDeadline(
          D("2006-10-25"),
          [D("2006-11-10"), D("2006-11-23")],
          C("business-days=weekdays")
        )
      )
    ).toBe("2006-11-27"));
  test("Sunday holidays are kept on Monday: Christmas 2005 and New Year's Day 2006 -> 2005-12-26 and 2006-01-02 skipped; 10 business days after Tuesday 2005-12-20 is 2006-01-05", () =>
    expect(iso(shareTransferDeadline(D("2005-12-20"), [], C()))).toBe("2006-01-05"));
  test("business-days=us-ma skips Columbus Day 2004-10-11 -> 2004-11-02", () =>
    expect(iso(electionDeadline(D("2004-10-01"), [], C("business-days=us-ma")))).toBe(
      "2004-11-02"
    ));
  test("holidays given are skipped", () =>
    expect(iso(electionDeadline(D("2004-10-01"), [D("2004-10-11"), D("2004-10-12")], C()))).toBe(
      "2004-11-03"
    ));
});

describe("4(c)(i)(B): shares transferred within 10 business days of the election", () => {
  test("elected Monday 2004-11-01 -> 2004-11-15; with us-ma (Veterans Day 11-11) -> 2004-11-16", () => {
    expect(iso(shareTransferDeadline(D("2004-11-01"), [], C("business-days=weekdays")))).toBe(
      "2004-11-15"
    );
    expect(iso(shareTransferDeadline(D("2004-11-01"), [], C("business-days=us-ma")))).toBe(
      "2004-11-16"
    );
  });
});

describe("4(c)(i)(B): shares at fair market value", () => {
  const lump = new Dec("538158.33");
  test("all of 538,158.33 at $2.50: 215,263.332 -> 215,263 whole shares; cash 538,158.33 - 538,157.50 = 0.83", () => {
    const s = duressShares(lump, new Dec("2.50"), new Dec(1), C());
    expect(s.shares.toString()).toBe("215263");
    expect($(s.cashBalance)).toBe("0.83");
  });
  test("half: 269,079.165 / 2.50 = 107,631.666 -> 107,631; cash 538,158.33 - 269,077.50 = 269,080.83", () => {
    const s = duressShares(lump, new Dec("2.50"), new Dec("0.5"), C());
    expect(s.shares.toString()).toBe("107631");
    expect($(s.cashBalance)).toBe("269080.83");
  });
  test("duress-whole-shares=round-nearest: 107,631.666 -> 107,632", () =>
    expect(
      duressShares(
        lump,
        new Dec("2.50"),
        new Dec("0.5"),
        C("duress-whole-shares=round-nearest")
      ).shares.toString()
    ).toBe("107632"));
  test("duress-whole-shares=fractional: 215,263.332 shares, no cash", () => {
    const s = duressShares(lump, new Dec("2.50"), new Dec(1), C("duress-whole-shares=fractional"));
    expect(s.shares.toString()).toBe("215263.332");
    expect($(s.cashBalance)).toBe("0.00");
  });
  test("a zero price, a negative amount, a portion above 1 are #NUM!", () => {
    expect(errorOf(() => duressShares(lump, new Dec(0), new Dec(1), C())).code).toBe("#NUM!");
    expect(errorOf(() => duressShares(new Dec(-1), new Dec(2), new Dec(1), C())).code).toBe(
      "#NUM!"
    );
    expect(errorOf(() => duressShares(lump, new Dec(2), new Dec("1.01"), C())).code).toBe("#NUM!");
  });
});

describe("4(c)(i)(A): bi-weekly Consulting Fee payments until the duress ends, then the balance", () => {
  const ledger = () => FeeLedger.of("consulting", C());
  test("from 2004-10-01, duress ends 2005-01-01: 7 payments 2004-10-04..2004-12-27 = cum(12-27) - cum(09-30) = 49,183.56, then 488,974.77", () => {
    const rows = duressSchedule(ledger(), D("2004-10-01"), new Dec("538158.33"), D("2005-01-01"));
    expect(rows).toHaveLength(8);
    expect([iso(rows[0].payDate), $(rows[0].amount)]).toEqual(["2004-10-04", "2235.61"]);
    expect(iso(rows[6].payDate)).toBe("2004-12-27");
    expect([iso(rows[7].payDate), $(rows[7].amount), $(rows[7].balanceAfter)]).toEqual([
      "2005-01-01",
      "488974.77",
      "0.00",
    ]);
  });
  test("without an end, the payments pay exactly the balance, the last one partial", () => {
    const rows = duressSchedule(ledger(), D("2004-10-01"), new Dec("538158.33"));
    expect($(rows.reduce((s, r) => s.plus(r.amount), new Dec(0)))).toBe("538158.33");
    expect($(rows[rows.length - 1].balanceAfter)).toBe("0.00");
  });
  test("a balance above the remaining fees cannot be paid bi-weekly: #NUM!", () =>
    expect(errorOf(() => duressSchedule(ledger(), D("2004-10-01"), new Dec("600000"))).code).toBe(
      "#NUM!"
    ));
});

describe("4(c)(i)(B) rounding never delivers more than the lump sum (register duress-whole-shares)", () => {
  // 538,158.33 / 7 = 76,879.761...: nearest is 76,880 shares, worth 538,160.00 > 538,158.33; capped at 76,879 (538,153.00), balance 5.33.
  test("round-nearest, all of 538,158.33 at $7: 76,879 shares, balance 5.33 (never -1.67)", () => {
    const r = duressShares(
      new Dec("538158.33"),
      new Dec(7),
      new Dec(1),
      C("duress-whole-shares=round-nearest")
    );
    expect(r.shares.toString()).toBe("76879");
    expect($(r.cashBalance)).toBe("5.33");
  });
});

describe("4(c)(i) a Board's delay as cash flows (payout plan with delay)", () => {
  // Notice 2004-11-01 -> T = EDATE(+3) = 2005-02-01. The lump sum is CONSULT_DISCOUNTED(2005-02-01); T's pay period runs 2005-01-25..02-07.
  const T = "2005-02-01";
  const plan = (delay: Parameters<typeof payout>[0]["delay"]) =>
    payout({
      scenario: parseScenario("4c-i"),
      T: D(T),
      periods: "consulting",
      choices: C(),
      delay,
    });
  // The register's default discount (simple); LibreOffice recomputes this case natively (test/oracle CORE_FIX_CASES).
  const lump = discountedLumpSum("consulting", D(T), new Dec("0.03"), "simple", C());
  // 21 business days after Monday 2004-11-15, Thanksgiving 2004-11-25 skipped: 2004-12-15. 10 after Tuesday 2004-11-30: 2004-12-14.
  const b = {
    notification: D("2004-11-15"),
    election: "B" as const,
    electionDate: D("2004-11-30"),
    portion: new Dec("0.4"),
    fairMarketValue: new Dec("3.25"),
  };
  test("(B) 40% at $3.25: floor(0.4 x lump / 3.25) shares on the transfer deadline 2004-12-14; the rest bi-weekly; no lump sum on the termination date", () => {
    const p = plan(b);
    const shares = lump.times("0.4").div("3.25").floor();
    expect(p.shares!.count.toString()).toBe(shares.toString());
    expect(iso(p.shares!.transferDeadline)).toBe("2004-12-14");
    expect(iso(p.duress!.electionDeadline)).toBe("2004-12-15");
    expect($(p.shares!.value)).toBe($(shares.times("3.25")));
    // cash = earned but unpaid + the balance after the shares; value = cash + shares = the undelayed PAYOUT
    expect($(p.cashTotal)).toBe($(p.total.minus(shares.times("3.25"))));
    expect($(p.total)).toBe(
      $(
        payout({ scenario: parseScenario("4c-i"), T: D(T), periods: "consulting", choices: C() })
          .total
      )
    );
    const flows = payoutFlows(p);
    expect(flows.find((f) => f.date === D(T))).toBeUndefined();
    expect(flows[0]).toMatchObject({
      date: D("2004-12-14"),
      what: expect.stringMatching(/shares at \$3.25/),
    });
    expect(flows.slice(1).every((f) => f.shareValue.isZero())).toBe(true);
  });
  test("lump 473,808.30 at 2005-02-01 (simple): 40% = 189,523.32 -> 58,314 shares (189,520.50), cash balance 284,287.80 in 37 bi-weekly payments", () => {
    expect($(lump)).toBe("473808.30");
    const p = plan(b);
    expect(p.shares!.count.toString()).toBe("58314");
    const cash = p.components.find((c) => c.kind === "duress-payments")!;
    expect($(cash.amount!)).toBe("284287.80");
    expect(cash.flows).toHaveLength(37);
  });
  test("(B) elected after the 21-business-day deadline: (A) applies, bi-weekly payments of the whole lump sum", () => {
    const p = plan({ ...b, electionDate: D("2004-12-16") });
    expect(p.duress!.applies).toBe("A");
    expect(p.shares).toBeUndefined();
    expect(p.consequences.map((c) => c.what)).toContain("Late election: (A) applies");
  });
  test("(A) with the duress ended 2005-06-01: bi-weekly Consulting Fee payments before it, the rest that day; no election also means (A)", () => {
    const p = plan({ notification: D("2004-11-15"), duressEnd: D("2005-06-01") });
    const c = p.components.find((x) => x.kind === "duress-payments")!;
    const last = c.flows[c.flows.length - 1];
    expect(iso(last.date)).toBe("2005-06-01");
    expect($(c.flows.reduce((s, f) => s.plus(f.amount), new Dec(0)))).toBe($(lump));
    expect(c.flows.slice(0, -1).every((f) => f.date < D("2005-06-01"))).toBe(true);
  });
  test("(B) needs its election date and price; a duress end before the termination date is refused", () => {
    expect(errorOf(() => plan({ ...b, electionDate: undefined })).message).toMatch(
      /electionDate is required/
    );
    expect(
      errorOf(() => plan({ notification: D("2004-11-15"), duressEnd: D("2005-01-31") })).code
    ).toBe("#VALUE!");
    expect(
      errorOf(() =>
        payout({
          scenario: parseScenario("4b-i"),
          T: D("2005-02-01"),
          periods: "consulting",
          choices: C(),
          delay: b,
        })
      ).message
    ).toMatch(/delay applies only to a 4\(c\)\(i\)/);
  });
});
