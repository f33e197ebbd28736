/**
 * The sweep helper (issue 20 item 6): a sampled sweep always holds the
 * boundary dates, and its readings together still visit every day; a full
 * run (BTU_FULL=1) visits every day. The dates below are written out from
 * the agreement, not taken from the helper.
 */
import { AGREEMENT_START, FEE_END, FEE_START } from "../../src/core";
import { D } from "./core";
import { FULL, STRIDE, sweep } from "./sweep";

const SPAN = FEE_END - AGREEMENT_START + 1;

describe("sweep(): the sample keeps the boundary dates; a full run keeps every day", () => {
  test("in order, without repeats, within from..to, with both ends", () => {
    const days = sweep(AGREEMENT_START, FEE_END);
    expect(days[0]).toBe(AGREEMENT_START);
    expect(days[days.length - 1]).toBe(FEE_END);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1]);
    const inner = sweep(D("2004-07-01"), D("2004-07-31"));
    expect(inner[0]).toBe(D("2004-07-01"));
    expect(inner[inner.length - 1]).toBe(D("2004-07-31"));
  });

  test("the agreement's dates and the days either side: February 7, 2003, the Separation Date, July 1, 2004 and 2005, October 1, 2004 and 2005, June 30, 2007", () => {
    const days = new Set(sweep(AGREEMENT_START, FEE_END));
    for (const d of [
      "2003-02-07",
      "2003-02-08",
      "2003-06-29",
      "2003-06-30", // the Separation Date (1)
      "2003-07-01", // the fees' first day (3(a))
      "2004-06-30",
      "2004-07-01", // 4(b)(i), 4(c)(i)
      "2004-07-02",
      "2004-09-30",
      "2004-10-01", // three months' notice from July 1, 2004
      "2005-06-30",
      "2005-07-01", // 4(b)(ii), 4(c)(ii)
      "2005-10-01",
      "2006-06-30",
      "2006-07-01",
      "2007-06-29",
      "2007-06-30", // the end of the Consulting and Chairmanship Periods
      "2003-12-31", // year ends
      "2004-01-01",
      "2006-12-31",
      "2007-01-01",
      "2004-02-28", // the leap day and either side
      "2004-02-29",
      "2004-03-01",
    ])
      expect([d, days.has(D(d))]).toEqual([d, true]);
  });

  test("every pay date of the default calendar: every 14th day from the first period's end, July 14, 2003, to June 30, 2007", () => {
    // 3(a) "payable bi-weekly"; register pay-anchor 2003-07-01 and pay-lag 0: the first period is
    // July 1-14, 2003, paid on its last day; the last is cut at June 30, 2007.
    const days = new Set(sweep(AGREEMENT_START, FEE_END));
    let n = 0;
    for (let d = D("2003-07-14"); d < FEE_END; d += 14, n++)
      expect([d, days.has(d)]).toEqual([d, true]);
    expect(n).toBe(104);
    expect(days.has(FEE_END)).toBe(true);
  });

  test(`the readings together visit every day: salts 0..${STRIDE - 1} cover the fee span`, () => {
    const seen = new Set<number>();
    for (let salt = 0; salt < STRIDE; salt++)
      for (const d of sweep(FEE_START, FEE_END, { salt })) seen.add(d);
    expect(seen.size).toBe(FEE_END - FEE_START + 1);
  });

  test("also: a caller's dates and the days either side", () => {
    const days = new Set(sweep(AGREEMENT_START, FEE_END, { also: [D("2005-03-15")] }));
    for (const d of ["2005-03-14", "2005-03-15", "2005-03-16"]) expect(days.has(D(d))).toBe(true);
  });

  test(
    FULL
      ? "a full run (BTU_FULL=1): every day"
      : "a sample (BTU_FULL unset): a fraction of the days",
    () => {
      const n = sweep(AGREEMENT_START, FEE_END).length;
      if (FULL) expect(n).toBe(SPAN);
      else expect(n).toBeLessThan(SPAN / 4);
    }
  );
});
