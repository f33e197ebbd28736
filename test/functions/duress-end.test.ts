/**
 * Issue 20 item 2(a): the end of the duress (4(c)(i)(A)) is checked once, in
 * its clause file, so DURESS_SCHEDULE's `duressEndDate` and the `duressEnd`
 * fact of PAYOUT's `delay` refuse the same dates. 4(c)(i)(A) pays "bi-weekly
 * payments of the Consulting Fee, as described in Paragraph 3(a)", the
 * payments of the Consulting Period that ends June 30, 2007 (paragraph 3):
 * a duress found ended on 2007-07-01 is past them.
 */
import "../../src/cli/runtime-shim";
import * as Functions from "../../src/functions/functions";
import { asExcel, excelError } from "../helpers/as-excel";

const F = asExcel(Functions);
const _ = null as any;

const err = excelError;

const delay = (end: string) => `notification=2004-07-15; election=A; duressEnd=${end}`;

describe("4(c)(i)(A): a duress end after June 30, 2007 is refused by DURESS_SCHEDULE and PAYOUT alike", () => {
  test("DURESS_SCHEDULE(2004-10-01, 100000, 2007-07-01): #VALUE! naming 2007-06-30", () =>
    expect(err(() => F.duressScheduleOf("2004-10-01", 100000, "2007-07-01", _, _))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/duressEndDate must be on or before 2007-06-30/),
    }));

  for (const [name, call] of [
    ["PAYOUT", () => F.payoutTotal("4c-i", "2004-10-01", _, _, _, _, _, delay("2007-07-01"))],
    [
      "PAYOUT_DETAIL",
      () => F.payoutDetail("4c-i", "2004-10-01", _, _, _, _, _, delay("2007-07-01")),
    ],
    [
      "PAYOUT_SCHEDULE",
      () => F.payoutSchedule("4c-i", "2004-10-01", _, _, _, _, _, _, delay("2007-07-01")),
    ],
  ] as const)
    test(`${name} with delay duressEnd=2007-07-01: #VALUE! naming 2007-06-30 (it used to pay 477,720.63)`, () =>
      expect(err(call)).toEqual({
        code: "#VALUE!",
        message: expect.stringMatching(/delay duressEnd must be on or before 2007-06-30/),
      }));

  test("the last day of the Consulting Period, 2007-06-30, is accepted by both", () => {
    // Under (A) the bi-weekly payments and the rest on the end of the duress pay the whole
    // Consulting Lump Sum Payment: PAYOUT is the figure without a delay (4(c)(i)(A)).
    expect(F.payoutTotal("4c-i", "2004-10-01", _, _, _, _, _, delay("2007-06-30"))).toBe(
      F.payoutTotal("4c-i", "2004-10-01")
    );
    const rows = F.duressScheduleOf("2004-10-01", 100000, "2007-06-30", _, _);
    // 100,000 at most 7,846.15 (204,000 / 26, the bi-weekly Consulting Fee) a payment: paid in full
    // by bi-weekly payments long before 2007-06-30, so the balance after the last is 0.
    expect(rows[rows.length - 1][2]).toBe(0);
  });
});
