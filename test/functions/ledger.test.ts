/**
 * BTU.OUTSTANDING and BTU.ROLLFORWARD as Excel calls them (issue 21 item 3):
 * dates as serials or text, the month-end table with its date column, the
 * register choice amounts-arise, and bad inputs as #VALUE! with a message
 * (never NaN). Figures worked by hand in test/core/p4-arising.test.ts:
 * 4(f) on 2003-07-05 with base salary 300,000 paid through 2003-06-15
 * (paragraph 1: 15 days x 300,000 / 365 = 12,328.77; 3(a): fees 2003-07-01..07-04
 * 2,229.51 + 1,092.90 paid 2003-07-14; 4(f) lump sums 813,770.49 + 398,907.10
 * on 2003-07-05).
 */
import "../../src/cli/runtime-shim";
import * as Functions from "../../src/functions/functions";
import { dateCells } from "../../src/core";
import { explain } from "../../src/functions/implementations";
import { asExcel, excelError } from "../helpers/as-excel";
import { D } from "../helpers/core";

const F = asExcel(Functions);
const _ = null as any;
const err = excelError;

describe("BTU.OUTSTANDING (paragraph 1, 3(a), 4(f); register amounts-arise)", () => {
  const owed = (asOf: unknown, choices: unknown = _) =>
    F.outstandingAt("4f", "2003-07-05", asOf, _, _, choices, 300000, "2003-06-15", _);
  test("paragraph 1: 2003-06-20 (text), 5 days of salary: 4,109.59", () =>
    expect(owed("2003-06-20")).toBe(4109.59));
  test("before the termination 2003-07-04 (a serial): 12,328.77 + 2,229.51 + 1,092.90 = 15,651.18", () =>
    expect(owed(D("2003-07-04"))).toBe(15651.18));
  test("4(f) at the termination date: the fees earned but unpaid, 3,322.41; 2003-07-14 paid: 0", () => {
    expect(owed("2003-07-05")).toBe(3322.41);
    expect(owed("2003-07-14")).toBe(0);
  });
  test("choices amounts-arise=notice is read (4(f) is an event: the same figure)", () =>
    expect(owed("2003-07-04", "amounts-arise=notice")).toBe(15651.18));
  test("asOfDate missing, not a date, or outside 2003-02-07..2007-12-31: #VALUE! naming it", () => {
    expect(err(() => owed(_))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/asOfDate is required/),
    });
    expect(err(() => owed("soon")).code).toBe("#VALUE!");
    expect(err(() => owed("2008-01-01"))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/asOfDate 2008-01-01 is outside 2003-02-07/),
    });
    expect(err(() => owed("2003-02-06")).code).toBe("#VALUE!");
  });
  test("a bad choice is #VALUE!, never NaN", () =>
    expect(err(() => owed("2003-07-04", "amounts-arise=later"))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/amounts-arise must be one of termination, notice/),
    }));
});

describe("BTU.ROLLFORWARD (paragraph 1, 3(a), 4(f); register amounts-arise)", () => {
  const roll = (headers: unknown = _, from: unknown = _, to: unknown = _) =>
    F.rollForwardTable("4f", "2003-07-05", _, _, headers, from, to, _, 300000, "2003-06-15", _);
  test("June and July 2003 by hand, Month as the month-end serial: opening + arising - paid = closing", () =>
    expect(roll()).toEqual([
      ["Month-end date", "Opening", "Arising", "Paid", "Closing"],
      [D("2003-06-30"), 0, 12328.77, 0, 12328.77],
      [D("2003-07-31"), 12328.77, 1216000, 1228328.77, 0],
    ]));
  test("headers 0, fromMonth/toMonth any day of the month", () =>
    expect(roll(0, "2003-07-19", D("2003-08-02"))).toEqual([
      [D("2003-07-31"), 12328.77, 1216000, 1228328.77, 0],
      [D("2003-08-31"), 0, 0, 0, 0],
    ]));
  test("the Month column is a date column in the catalogue (read in the workbook's date system)", () =>
    expect(dateCells("ROLLFORWARD").columns).toEqual([true, false, false, false, false]));
  test("toMonth before fromMonth: #VALUE! saying so", () =>
    expect(err(() => roll(_, "2003-08-01", "2003-07-31"))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/toMonth 2003-07 is before fromMonth 2003-08/),
    }));
  test("a month outside the ledger's span: #VALUE!", () =>
    expect(err(() => roll(_, "2002-12-01")).message).toMatch(/fromMonth 2002-12-01 is outside/));
  test("EXPLAIN shows the steps and ends at the table", () => {
    const rows = explain("ROLLFORWARD", [
      "4f",
      "2003-07-05",
      _,
      _,
      _,
      _,
      _,
      _,
      300000,
      "2003-06-15",
    ]);
    expect(rows.some((r) => String(r[2]).includes("register amounts-arise"))).toBe(true);
  });
});
