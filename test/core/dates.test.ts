/**
 * Excel date semantics the rules rely on. Expected serials and dates are
 * Excel's (and LibreOffice's): DATE(2003,7,1) = 37803, DATE(2004,10,1) = 38261.
 */
import {
  edate,
  iso,
  parseIso,
  serial,
  usMaHolidays,
  weekday,
  wholeYearsBetween,
  workday,
} from "../../src/core";
import { D } from "../helpers/core";

describe("Excel serials (1900 date system)", () => {
  test("2003-07-01 is 37803 and 2004-10-01 is 38261, as DATE() gives in Excel", () => {
    expect(serial(2003, 7, 1)).toBe(37803);
    expect(serial(2004, 10, 1)).toBe(38261);
    expect(iso(39263)).toBe("2007-06-30");
  });
  test("strict ISO parsing rejects impossible dates", () => {
    expect(parseIso("2004-02-29")).toBe(38046);
    expect(parseIso("2005-02-29")).toBeUndefined();
    expect(parseIso("2004-13-01")).toBeUndefined();
    expect(parseIso("2004-1-01")).toBeUndefined();
    expect(parseIso("01/10/2004")).toBeUndefined();
  });
  test("weekday: 2003-07-01 was a Tuesday, 2004-10-02 a Saturday", () => {
    expect(weekday(D("2003-07-01"))).toBe(2);
    expect(weekday(D("2004-10-02"))).toBe(6);
  });
});

describe("EDATE (4(b), 4(c) notice; 3(c)(iv)(A) one year)", () => {
  test("same day three months later", () =>
    expect(iso(edate(D("2004-07-01"), 3))).toBe("2004-10-01"));
  test("clamps to the month's last day: 2004-11-30 + 3 months = 2005-02-28", () =>
    expect(iso(edate(D("2004-11-30"), 3))).toBe("2005-02-28"));
  test("2007-03-31 + 3 months = 2007-06-30", () =>
    expect(iso(edate(D("2007-03-31"), 3))).toBe("2007-06-30"));
  test("leap day + 12 months = 2005-02-28", () =>
    expect(iso(edate(D("2004-02-29"), 12))).toBe("2005-02-28"));
  test("negative months", () => expect(iso(edate(D("2004-07-01"), -3))).toBe("2004-04-01"));
});

describe("WORKDAY (4(c)(i) 21 and 10 business days)", () => {
  // 2004-10-01 is a Friday. 21 weekdays later: Oct 4-8 (5), 11-15 (10), 18-22 (15), 25-29 (20), Nov 1 (21).
  test("21 business days after Friday 2004-10-01 is Monday 2004-11-01", () =>
    expect(iso(workday(D("2004-10-01"), 21))).toBe("2004-11-01"));
  test("a holiday in the way moves it one business day", () =>
    expect(iso(workday(D("2004-10-01"), 21, new Set([D("2004-10-11")])))).toBe("2004-11-02"));
  test("starting on a Saturday: 10 business days after 2004-10-02 is 2004-10-15", () =>
    expect(iso(workday(D("2004-10-02"), 10))).toBe("2004-10-15"));
});

describe("Massachusetts legal holidays, M.G.L. c. 4, § 7, clause 18 (register business-days=us-ma, the default)", () => {
  test("2004: Independence Day on a Sunday is kept on Monday 2004-07-05; Christmas on a Saturday stays 2004-12-25", () => {
    expect(usMaHolidays(2004).map(iso)).toEqual([
      "2004-01-01",
      "2004-01-19",
      "2004-02-16",
      "2004-04-19",
      "2004-05-31",
      "2004-07-05",
      "2004-09-06",
      "2004-10-11",
      "2004-11-11",
      "2004-11-25",
      "2004-12-25",
    ]);
  });
  test("a Saturday holiday is not moved: New Year's Day 2005 and Veterans Day 2006 stay on their Saturdays", () => {
    expect(iso(usMaHolidays(2005)[0])).toBe("2005-01-01");
    expect(usMaHolidays(2006).map(iso)).toContain("2006-11-11");
    expect(usMaHolidays(2006).map(iso)).not.toContain("2006-11-10");
  });
  test("a Sunday holiday is kept on the Monday after: Christmas 2005 -> 2005-12-26; Veterans Day 2007 -> 2007-11-12", () => {
    expect(usMaHolidays(2005).map(iso)).toContain("2005-12-26");
    expect(usMaHolidays(2007).map(iso)).toContain("2007-11-12");
  });
  test("Monday holidays: Patriots' Day 2005-04-18 (third Monday of April), Columbus Day 2006-10-09", () => {
    expect(usMaHolidays(2005).map(iso)).toContain("2005-04-18");
    expect(usMaHolidays(2006).map(iso)).toContain("2006-10-09");
  });
  test("Juneteenth from 2021 (2021-06-19 a Saturday stays; 2022-06-19 a Sunday -> 2022-06-20); none before", () => {
    expect(usMaHolidays(2021).map(iso)).toContain("2021-06-19");
    expect(usMaHolidays(2022).map(iso)).toContain("2022-06-20");
    expect(
      usMaHolidays(2020)
        .map(iso)
        .some((d) => d.startsWith("2020-06"))
    ).toBe(false);
  });
  test("Suffolk County's Evacuation Day (March 17) and Bunker Hill Day (June 17) are not holidays", () =>
    expect(
      usMaHolidays(2005)
        .map(iso)
        .filter((d) => d === "2005-03-17" || d === "2005-06-17")
    ).toEqual([]));
});

describe("age in whole years (life expectancy, 3(c)(iii)(B))", () => {
  test("the day before a birthday and the birthday", () => {
    expect(wholeYearsBetween(D("1940-05-10"), D("2005-05-09"))).toBe(64);
    expect(wholeYearsBetween(D("1940-05-10"), D("2005-05-10"))).toBe(65);
  });
  test("29 February birthday: the anniversary is 28 February (EDATE)", () => {
    expect(wholeYearsBetween(D("1944-02-29"), D("2005-02-27"))).toBe(60);
    expect(wholeYearsBetween(D("1944-02-29"), D("2005-02-28"))).toBe(61);
  });
});
