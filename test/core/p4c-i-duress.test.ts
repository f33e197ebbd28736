/**
 * 4(c)(i) financial duress: the 21-business-day election, the 10-business-day
 * share transfer, shares at fair market value, and bi-weekly payment of a
 * delayed balance. Business days counted as Excel's WORKDAY does.
 */
import { Dec, duressSchedule, duressShares, electionDeadline, FeeLedger, iso, shareTransferDeadline } from "../../src/core";
import { $, C, D, errorOf } from "../helpers/core";

describe("4(c)(i): choose (A) or (B) within 21 business days of the Board's notification", () => {
  test("notified Friday 2004-10-01 -> Monday 2004-11-01 (weekdays)", () =>
    expect(iso(electionDeadline(D("2004-10-01"), [], C()))).toBe("2004-11-01"));
  test("business-days=us-ma skips Columbus Day 2004-10-11 -> 2004-11-02", () =>
    expect(iso(electionDeadline(D("2004-10-01"), [], C("business-days=us-ma")))).toBe("2004-11-02"));
  test("holidays given are skipped", () =>
    expect(iso(electionDeadline(D("2004-10-01"), [D("2004-10-11"), D("2004-10-12")], C()))).toBe("2004-11-03"));
});

describe("4(c)(i)(B): shares transferred within 10 business days of the election", () => {
  test("elected Monday 2004-11-01 -> 2004-11-15; with us-ma (Veterans Day 11-11) -> 2004-11-16", () => {
    expect(iso(shareTransferDeadline(D("2004-11-01"), [], C()))).toBe("2004-11-15");
    expect(iso(shareTransferDeadline(D("2004-11-01"), [], C("business-days=us-ma")))).toBe("2004-11-16");
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
    expect(duressShares(lump, new Dec("2.50"), new Dec("0.5"), C("duress-whole-shares=round-nearest")).shares.toString()).toBe("107632"));
  test("duress-whole-shares=fractional: 215,263.332 shares, no cash", () => {
    const s = duressShares(lump, new Dec("2.50"), new Dec(1), C("duress-whole-shares=fractional"));
    expect(s.shares.toString()).toBe("215263.332");
    expect($(s.cashBalance)).toBe("0.00");
  });
  test("a zero price, a negative amount, a portion above 1 are #NUM!", () => {
    expect(errorOf(() => duressShares(lump, new Dec(0), new Dec(1), C())).code).toBe("#NUM!");
    expect(errorOf(() => duressShares(new Dec(-1), new Dec(2), new Dec(1), C())).code).toBe("#NUM!");
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
    expect([iso(rows[7].payDate), $(rows[7].amount), $(rows[7].balanceAfter)]).toEqual(["2005-01-01", "488974.77", "0.00"]);
  });
  test("without an end, the payments pay exactly the balance, the last one partial", () => {
    const rows = duressSchedule(ledger(), D("2004-10-01"), new Dec("538158.33"));
    expect($(rows.reduce((s, r) => s.plus(r.amount), new Dec(0)))).toBe("538158.33");
    expect($(rows[rows.length - 1].balanceAfter)).toBe("0.00");
  });
  test("a balance above the remaining fees cannot be paid bi-weekly: #NUM!", () =>
    expect(errorOf(() => duressSchedule(ledger(), D("2004-10-01"), new Dec("600000"))).code).toBe("#NUM!"));
});
