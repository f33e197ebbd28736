/** 4(h): 120 consecutive calendar days of disability before the Company may give notice. */
import { checkDisability, disabilityNoticeFrom, iso } from "../../src/core";
import { D, errorOf } from "../helpers/core";

describe("4(h) 120 consecutive calendar days", () => {
  // 2005-01-01..2005-04-30 is 31 + 28 + 31 + 30 = 120 days.
  test("disabled from 2005-01-01: notice from 2005-05-01", () => expect(iso(disabilityNoticeFrom(D("2005-01-01")))).toBe("2005-05-01"));
  test("notice on 2005-05-01 qualifies; 2005-04-30 does not", () => {
    expect(() => checkDisability(D("2005-01-01"), D("2005-05-01"))).not.toThrow();
    expect(errorOf(() => checkDisability(D("2005-01-01"), D("2005-04-30"))).message).toMatch(/2005-05-01/);
  });
  test("a disability that ended after 119 days does not qualify; 120 days does", () => {
    expect(errorOf(() => checkDisability(D("2005-01-01"), D("2005-06-01"), D("2005-04-29"))).code).toBe("#VALUE!");
    expect(() => checkDisability(D("2005-01-01"), D("2005-06-01"), D("2005-04-30"))).not.toThrow();
  });
  test("the 120 days must fall within 365 days before notice", () =>
    expect(errorOf(() => checkDisability(D("2004-01-01"), D("2005-06-01"), D("2004-05-01"))).message).toMatch(/365/));
});
