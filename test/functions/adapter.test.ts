/**
 * The custom functions as adapters: argument coercion (serials, ISO text,
 * one-cell ranges, omitted arguments) and Excel errors with messages that
 * name the argument. Figures are the hand-worked ones of test/core.
 */
import "../../src/cli/runtime-shim";
import * as Functions from "../../src/functions/functions";
import { asExcel, excelError } from "../helpers/as-excel";

const F = asExcel(Functions);

// Excel passes null for an omitted argument.

const _ = null as any;

const err = excelError;

describe("dates: serials, ISO text, one-cell ranges, times of day", () => {
  test("serial 38261, '2004-10-01', [[38261]] and 38261.75 all mean 2004-10-01", () => {
    for (const t of [38261, "2004-10-01", " 2004-10-01 ", [[38261]], 38261.75, "38261"])
      expect(F.consultDiscounted(t, _, _, _)).toBe(537199.64);
  });
  test("text that is not a date: #VALUE! naming terminationDate", () => {
    const e = err(() => F.consultLumpSum("1 Oct 2004", _));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/terminationDate must be a date/);
  });
  test("a boolean: #VALUE!", () =>
    expect(err(() => F.consultLumpSum(true, _)).code).toBe("#VALUE!"));
  test("missing: #VALUE! 'is required'", () =>
    expect(err(() => F.consultLumpSum(_, _)).message).toMatch(/required/));
  test("a range where one value belongs: #VALUE!", () =>
    expect(err(() => F.consultLumpSum([[38261, 38262]], _)).message).toMatch(/single value/));
  test("outside the agreement: #VALUE! with the span (Excel shows a #VALUE! message, never a #NUM! one)", () =>
    expect(err(() => F.consultLumpSum("2007-07-01", _))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/2003-02-07 and 2007-06-30/),
    }));
  test("a serial beyond Excel's calendar: #VALUE! naming Excel's range", () =>
    expect(err(() => F.consultLumpSum(3e6, _))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/between 1900-03-01 and 9999-12-31/),
    }));
});

describe("optional arguments", () => {
  test("rate '3%' and 0.03 agree; method any case", () => {
    expect(F.consultDiscounted(38261, "3%", " SIMPLE ", _)).toBe(537199.64);
    expect(F.consultDiscounted(38261, 0.03, "simple", _)).toBe(537199.64);
  });
  test("an unknown method lists the methods", () =>
    expect(err(() => F.consultDiscounted(38261, _, "npv", _)).message).toMatch(
      /simple, xnpv, flat/
    ));
  test("choices as text or a two-column range", () => {
    expect(F.consultLumpSum(38261, [["earned-unpaid=through-termination"]])).toBe(560021.92);
    expect(F.consultLumpSum(38261, [["earned-unpaid", "through-termination"]])).toBe(560021.92);
  });
  test("method defaults to the discount-method choice (simple by default; xnpv one choice away)", () =>
    expect(F.consultDiscounted(38261, _, _, [["discount-method=xnpv"]])).toBe(538158.33));
});

describe("the functions the foundation issue names", () => {
  test("CONSULT_LUMPSUM, CHAIR_LUMPSUM, CHAIR_DISCOUNTED", () => {
    expect(F.consultLumpSum("2004-10-01", _)).toBe(560580.82);
    expect(F.chairLumpSum("2005-10-01", _)).toBe(174794.52);
    expect(F.chairDiscounted("2005-10-01", _, _, _)).toBe(170126.23);
    expect(F.chairDiscounted("2005-10-01", _, "xnpv", _)).toBe(170273.8);
  });
  test("EARNED_UNPAID: fee names any case; unknown fee is #VALUE!", () => {
    expect(F.earnedUnpaid(" Consulting ", "2004-10-01", _)).toBe(5589.04);
    expect(err(() => F.earnedUnpaid("salary", "2004-10-01", _)).message).toMatch(
      /consulting.*chairman/
    );
  });
  test("FEE_SCHEDULE: header row, 105 payments, amounts sum to 816,000.00", () => {
    const rows = F.feeSchedule("consulting", _, _, _, _);
    expect(rows[0]).toEqual([
      "Pay date",
      "Period start",
      "Period end",
      "Days",
      "Amount",
      "Cumulative",
    ]);
    expect(rows).toHaveLength(106);
    expect(rows[105][5]).toBe(816000);
    expect(rows[1]).toEqual([37816, 37803, 37816, 14, 7803.28, 7803.28]);
  });
  test("FEE_SCHEDULE headers 0 and a clipped window: from 2004-10-01 it sums to the remainder 560,580.82", () => {
    const rows = F.feeSchedule("consulting", "2004-10-01", _, 0, _);
    expect(rows[0].slice(1, 5)).toEqual([38261, 38264, 4, 2235.61]);
    expect(rows[rows.length - 1][5]).toBe(560580.82);
  });
  test("FEE_SCHEDULE refuses fromDate after toDate and headers other than 0/1", () => {
    expect(err(() => F.feeSchedule("chairman", "2005-01-01", "2004-01-01", _, _)).code).toBe(
      "#VALUE!"
    );
    expect(err(() => F.feeSchedule("chairman", _, _, 2, _)).code).toBe("#NUM!");
  });
  test("PAYOUT and PAYOUT_DETAIL", () => {
    expect(F.payoutTotal("4c-i", "2004-10-01", _, _, _)).toBe(542788.68);
    const rows = F.payoutDetail("4C-I", "2004-10-01", _, _, _);
    // Issue 21: the tax treatment of each component (paragraph 5, 3(a)) is the last column.
    expect(rows[0]).toEqual(["What", "Clause", "Amount", "When / how", "Tax treatment"]);
    expect(rows[1].slice(1, 3)).toEqual(["4(c)(i)", 5589.04]);
    expect(rows[2].slice(1, 3)).toEqual(["4(c)(i)", 537199.64]);
    expect(rows.some((r) => r[1] === "4(c)(i)(B)" && r[2] === "")).toBe(true);
  });
  test("PAYOUT with paragraph 1's base salary facts: 1,216,000.00 + 11,506.85", () => {
    expect(F.payoutTotal("4d", "2003-05-15", _, _, _, 300000, "2003-04-30")).toBe(1227506.85);
    expect(err(() => F.payoutTotal("4d", "2003-05-15", _, _, _, 300000, _)).message).toMatch(
      /salaryPaidThrough is required with annualBaseSalary/
    );
  });
  test("PAYOUT refuses an unknown scenario and periods the clause does not allow", () => {
    expect(err(() => F.payoutTotal("4i", "2004-10-01", _, _, _)).message).toMatch(
      /scenario must be one of/
    );
    expect(err(() => F.payoutTotal("4c-i", "2004-10-01", "chairman", _, _)).message).toMatch(
      /4\(c\)\(i\)/
    );
  });
  test("TERMINATION_DATE: 4b-i notice 2004-07-01 -> 38261 (2004-10-01)", () =>
    expect(F.terminationDateOf("4b-i", "2004-07-01", _)).toBe(38261));
  test("OPTION_DEADLINE: #N/A 'forfeited'", () => {
    expect(F.optionDeadlineOf("4a", "2004-10-01", "2004-01-01", _)).toBe(38261 + 90);
    expect(err(() => F.optionDeadlineOf("4a", "2004-10-01", "2005-01-01", _))).toEqual({
      code: "#N/A",
      message: expect.stringMatching(/^forfeited/),
    });
  });
  test("ELECTION_DEADLINE with holidays as a range or 'us-ma'", () => {
    const nov1 = 38292;
    // Massachusetts legal holidays by default: Columbus Day 2004-10-11 is skipped.
    expect(F.electionDeadlineOf("2004-10-01", _, _)).toBe(nov1 + 1);
    expect(F.electionDeadlineOf("2004-10-01", _, [["business-days=weekdays"]])).toBe(nov1);
    expect(
      F.electionDeadlineOf("2004-10-01", [["2004-10-11"], [""]], [["business-days=weekdays"]])
    ).toBe(nov1 + 1);
    expect(F.electionDeadlineOf("2004-10-01", [["US-MA"]], [["business-days=weekdays"]])).toBe(
      nov1 + 1
    );
  });
  test("DURESS_SHARES and DURESS_BALANCE", () => {
    expect(F.duressSharesOf(538158.33, 2.5, _, _)).toBe(215263);
    expect(F.duressBalanceOf(538158.33, 2.5, "50%", _)).toBe(269080.83);
    expect(err(() => F.duressSharesOf(538158.33, 0, _, _)).code).toBe("#NUM!");
  });
  test("SPLITDOLLAR_INTEREST, SPLITDOLLAR_BUYOUT, LIFE_EXPECTANCY", () => {
    expect(F.splitDollarInterest(400000, 500000, _, _)).toBe(290000);
    expect(F.splitDollarBuyoutOf(290000, 15, _, _)).toBe(186139.96);
    expect(F.splitDollarBuyoutOf(290000, 15, _, "simple")).toBe(159500);
    const table = [
      ["Age", "Years"],
      [64, 18.5],
      [65, 17.8],
    ];
    expect(F.lifeExpectancyOf("1940-05-10", "2005-05-09", table, _)).toBe(18.5);
    expect(F.lifeExpectancyOf("1940-05-10", "2005-05-09", table, "nearest-birthday")).toBe(17.8);
  });
  test("TERMS spills every term with its clause", () => {
    const rows = F.terms();
    expect(rows[0]).toEqual(["Term", "Value", "Unit", "Clause", "Agreement text"]);
    expect(rows.find((r) => r[1] === 204000)?.[3]).toBe("3(a)");
    expect(rows.find((r) => r[1] === "2007-06-30")?.[3]).toBe("3");
  });
});

describe("no raw JavaScript error, NaN or Infinity reaches a cell", () => {
  test("Infinity and NaN as arguments become Excel errors", () => {
    expect(err(() => F.consultDiscounted(38261, Infinity, _, _)).code).toBe("#NUM!");
    expect(err(() => F.splitDollarBuyoutOf(Number.NaN, 10, _, _)).code).toBe("#NUM!");
  });
});
