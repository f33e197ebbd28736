/** 4(h): 120 consecutive calendar days of disability before the Company may give notice. */
import { checkDisability, disabilityNoticeFrom, iso } from "../../src/core";
import { D, errorOf } from "../helpers/core";

describe("4(h) 120 consecutive calendar days", () => {
  // 2005-01-01..2005-04-30 is 31 + 28 + 31 + 30 = 120 days.
  test("disabled from 2005-01-01: notice from 2005-05-01", () =>
    expect(iso(disabilityNoticeFrom(D("2005-01-01")))).toBe("2005-05-01"));
  test("notice on 2005-05-01 qualifies; 2005-04-30 does not", () => {
    expect(() => checkDisability(D("2005-01-01"), D("2005-05-01"))).not.toThrow();
    expect(errorOf(() => checkDisability(D("2005-01-01"), D("2005-04-30"))).message).toMatch(
      /2005-05-01/
    );
  });
  test("a disability that ended after 119 days does not qualify; 120 days does", () => {
    expect(
      errorOf(() => checkDisability(D("2005-01-01"), D("2005-06-01"), D("2005-04-29"))).code
    ).toBe("#VALUE!");
    expect(() => checkDisability(D("2005-01-01"), D("2005-06-01"), D("2005-04-30"))).not.toThrow();
  });
  test("the 120 days must fall within 365 days before notice", () =>
    expect(
      errorOf(() => checkDisability(D("2004-01-01"), D("2005-06-01"), D("2004-05-01"))).message
    ).toMatch(/365/));
});

describe("4(h) the 120 days must end within the Consulting Period (DISABILITY_NOTICE_FROM)", () => {
  // 2007-06-30 - 120 days = 2007-03-02: its 120th day is 2007-06-29, notice from 2007-06-30, the period's last day.
  test("first day 2007-03-02 -> notice from 2007-06-30; 2007-03-03 is refused with a message naming the last first day", () => {
    expect(iso(disabilityNoticeFrom(D("2007-03-02")))).toBe("2007-06-30");
    const e = errorOf(() => disabilityNoticeFrom(D("2007-03-03")));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/after the Consulting Period ends on 2007-06-30.*2007-03-02/);
  });
});
