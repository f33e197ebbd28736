/**
 * Issue 21 item 4: the pane's ledger of the scenario on screen (model/ledger.ts), from the pane's
 * settings as a user types them. Every figure is worked by hand from the agreement:
 *
 * - the fees accrue the annual fee / the days of the contract year (3(a), 3(b): 366 in 2003-04,
 *   365 after; register accrual-basis), rounded cumulatively, paid bi-weekly on the last day of
 *   14-day periods from 2003-07-01 (period starts 2003-07-01 + 14k: 2005-01-25, 2005-06-14,
 *   2005-12-13, 2006-06-27, ...);
 * - paragraph 1's base salary accrues the annual rate / 365 (register base-salary);
 * - an amount arises when register amounts-arise (default "termination") says: fees and salary
 *   day by day, what the termination makes due on the termination date, shares elected before
 *   it on the election date; a payment dated a day is paid that day.
 */
import Decimal from "decimal.js";
import { iso } from "../../src/core";
import { evaluate, ScenarioResult } from "../../src/taskpane/model/evaluate";
import { defaultAsOfText, owedAt, rollForwardRows } from "../../src/taskpane/model/ledger";
import { DEFAULT_SETTINGS, PaneSettings } from "../../src/taskpane/state/settings";

const $ = (x: Decimal | undefined) => x?.toFixed(2);

function resultOf(s: Partial<PaneSettings>): ScenarioResult {
  const e = evaluate({ ...DEFAULT_SETTINGS, ...s });
  expect(e.errors).toEqual({});
  return e.result!;
}

/*
 * 4(f) on 2003-07-05 (the shareholders fail to elect him), base salary 300,000 a year paid through
 * 2003-06-15:
 *   base salary earned but unpaid (1; 4(f)): 2003-06-16..06-30, 15 days x 300,000 / 365 = 12,328.767
 *     -> 12,328.77, paid on the termination date 2003-07-05;
 *   fees earned but unpaid (3(a)): 2003-07-01..07-04, 4 days of 2003-04 (366 days): Consulting
 *     204,000 x 4 / 366 = 2,229.508 -> 2,229.51, Chairman 100,000 x 4 / 366 = 1,092.896 -> 1,092.90,
 *     paid on the period's pay date 2003-07-14 (period 07-01..07-14);
 *   the lump sum "representing the remainder of the Consulting Fees and Chairman Fees through June
 *     30, 2007" (4(f)): 4 x 204,000 - 2,229.51 = 813,770.49 and 4 x 100,000 - 1,092.90 = 398,907.10,
 *     on 2003-07-05.
 */
const F: Partial<PaneSettings> = {
  scenario: "4f",
  date: "2003-07-05",
  periods: "both",
  baseSalary: "300,000",
  salaryPaidThrough: "2003-06-15",
};

describe("the ledger's owed figure, 4(f) on 2003-07-05 with base salary 300,000 paid through 2003-06-15 (paragraph 1, 3(a), 4(f))", () => {
  const r = resultOf(F);
  test("the as-of date starts at the termination date, 2003-07-05 (4(f): the event)", () =>
    expect(defaultAsOfText(r)).toBe("2003-07-05"));
  test("at the end of 2003-07-05: salary and lump sums arose and were paid that day; the fees 2,229.51 + 1,092.90 = 3,322.41 wait for 2003-07-14", () => {
    const o = owedAt(r, "2003-07-05");
    expect([iso(o.asOf!), $(o.amount), o.error]).toEqual(["2003-07-05", "3322.41", undefined]);
  });
  test("paragraph 1: at the Separation Date 2003-06-30, the 15 days of salary 12,328.77", () =>
    expect($(owedAt(r, "2003-06-30").amount)).toBe("12328.77"));
  test("3(a): typed 7/14/2003 (M/D/YYYY, the day above 12) is read as 2003-07-14, the pay date: nothing owed", () => {
    const o = owedAt(r, "7/14/2003");
    expect([$(o.amount), o.reading]).toEqual(["0.00", "Read as 2003-07-14"]);
  });
  test("bad input: the pane's date messages (empty, not a day, not a date), no figure", () => {
    expect(owedAt(r, "").error).toBe("Enter the as-of date as YYYY-MM-DD, e.g. 2004-07-01.");
    expect(owedAt(r, "2003-02-30").error).toMatch(/^The as-of date: 2003-02-30 is not a day/);
    expect(owedAt(r, "soon").error).toMatch(/^The as-of date must be written YYYY-MM-DD/);
    expect(owedAt(r, "soon").amount).toBeUndefined();
  });
  test("a day outside the ledger (before the letter of 2003-02-07, after 2007-12-31) is the core's refusal, worded for the field", () => {
    const o = owedAt(r, "2008-01-01");
    expect(o.amount).toBeUndefined();
    expect(o.error).toMatch(
      /^The as-of date must be 2003-02-07 .* to 2007-12-31 .*; you entered 2008-01-01\.$/
    );
  });
  test("the roll-forward by hand: June 2003 salary arises (12,328.77), July the fees and lump sums (3,322.41 + 1,212,677.59 = 1,216,000.00) and everything is paid (1,228,328.77)", () => {
    expect(
      rollForwardRows(r).map((x) => [
        iso(x.monthEnd),
        $(x.opening),
        $(x.arising),
        $(x.paid),
        $(x.closing),
      ])
    ).toEqual([
      ["2003-06-30", "0.00", "12328.77", "0.00", "12328.77"],
      ["2003-07-31", "12328.77", "1216000.00", "1228328.77", "0.00"],
    ]);
  });
});

/*
 * 4(h): notice 2006-07-01 after a disability from 2006-01-02 (120 days reached 2006-05-01). T's pay
 * period is 2006-06-27..07-10 (2003-07-01 + 78 x 14).
 *   Fees earned but unpaid (4(h), 3(a)): 2006-06-27..06-30, 4 days x 204,000 / 365 = 2,235.616 -> 2,235.62,
 *     paid 2006-07-10;
 *   the continuation, "sixty percent (60%) of the Consulting Fees through June 30, 2007": the contract
 *     year 2006-07, 0.6 x 204,000 = 122,400.00, arising whole on the termination date, paid bi-weekly;
 *     the first payment 2006-07-10 for 07-01..07-10: 122,400 x 10 / 365 = 3,353.42.
 */
const H: Partial<PaneSettings> = {
  scenario: "4h",
  date: "2006-07-01",
  periods: "consulting",
  disabilityFirst: "2006-01-02",
};

describe("the ledger's owed figure and roll-forward, a 4(h) continuation from 2006-07-01 (4(h), 3(a))", () => {
  const r = resultOf(H);
  test("owed at the termination date 2006-07-01: 2,235.62 + 122,400.00 = 124,635.62", () =>
    expect($(owedAt(r, defaultAsOfText(r)).amount)).toBe("124635.62"));
  test("owed at the first pay date 2006-07-10: 122,400.00 - 3,353.42 = 119,046.58", () =>
    expect($(owedAt(r, "2006-07-10").amount)).toBe("119046.58"));
  test("roll-forward: June 2006 closes at the 4 days earned, 2,235.62; July opens there, the whole continuation 122,400.00 arises; every month opening + arising - paid = closing", () => {
    const rows = rollForwardRows(r);
    expect([iso(rows[0].monthEnd), $(rows[0].closing)]).toEqual(["2006-06-30", "2235.62"]);
    expect([$(rows[1].opening), $(rows[1].arising)]).toEqual(["2235.62", "122400.00"]);
    for (const x of rows) expect($(x.opening.plus(x.arising).minus(x.paid))).toBe($(x.closing));
    expect($(rows[rows.length - 1].closing)).toBe("0.00");
  });
});
