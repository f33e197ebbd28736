/**
 * Issue 21 items 1 and 2: the tax treatment of every payment (paragraph 5,
 * 3(a), paragraph 1, 4(g), 4(c)(i)(B)), the schedule one row per component
 * and date, and the payout by year (calendar, or contract years July 1 -
 * June 30 of 3(b)). Every figure is worked by hand from the agreement in the
 * comments: d = 204,000 / 365 = 558.904109... a day in the contract years
 * 2004-05, 2005-06 and 2006-07 (365 days each; 2003-04 has 366), amounts for
 * days a..b = round(cum(b)) - round(cum(a - 1)), cum the exact accrual from
 * July 1, 2003 (register rounding=cumulative): cum(June 30, 2004) = 204,000.
 */
import Decimal from "decimal.js";
import {
  Dec,
  iso,
  parseScenario,
  payout,
  payoutByTreatment,
  payoutByYear,
  payoutFlows,
  parseYearBasis,
  TAX_NOTE,
  TAX_TREATMENTS,
  PayoutRequest,
} from "../../src/core";
import { DuressDelay } from "../../src/core";
import { $, C, D, errorOf } from "../helpers/core";

const W2 = "Wages: withholding (paragraph 5), Form W-2";
const F1099 = "Non-employee compensation: no withholding (3(a)), Form 1099";

function run(
  code: string,
  date: string,
  extra: Partial<PayoutRequest> = {},
  choices = ""
): ReturnType<typeof payout> {
  const scenario = parseScenario(code);
  return payout({
    scenario,
    T: D(date),
    periods: scenario.defaultPeriods,
    choices: C(choices),
    ...extra,
  });
}

const SALARY = (paidThrough: string) => ({
  baseSalary: { annual: new Dec(300000), paidThrough: D(paidThrough) },
});

const rows = (p: ReturnType<typeof payout>) =>
  payoutFlows(p).map((f) => [iso(f.date), $(f.amount), f.kind, f.treatment.label]);

const total = (xs: readonly Decimal[]) => $(xs.reduce((a, b) => a.plus(b), new Dec(0)));

describe("paragraph 5 and 3(a): 4(f) on 2003-07-05 with base salary 300,000 paid through 2003-06-15 (issue 21, done when)", () => {
  // Base salary (paragraph 1): 2003-06-16 .. 2003-06-30, 15 days x 300,000 / 365 = 12,328.767 -> 12,328.77, on T.
  // Fees earned but unpaid 2003-07-01 .. 07-04 (contract year 2003-04, 366 days): Consulting 204,000 x 4/366
  // = 2,229.51, Chairman 100,000 x 4/366 = 1,092.90, paid on the first pay date 2003-07-14.
  // Lump sums on T: 816,000 - 2,229.51 = 813,770.49 and 400,000 - 1,092.90 = 398,907.10.
  const p = run("4f", "2003-07-05", SALARY("2003-06-15"));
  test("the salary row says withholding and W-2; the fee rows say no withholding and 1099; five rows, none merged", () => {
    expect(rows(p)).toEqual([
      ["2003-07-05", "12328.77", "base-salary", W2],
      ["2003-07-05", "813770.49", "lump-sum", F1099],
      ["2003-07-05", "398907.10", "lump-sum", F1099],
      ["2003-07-14", "2229.51", "earned-unpaid", F1099],
      ["2003-07-14", "1092.90", "earned-unpaid", F1099],
    ]);
  });
  test("totals by treatment: wages 12,328.77, non-employee compensation 1,216,000.00; together PAYOUT 1,228,328.77", () => {
    const t = payoutByTreatment(p);
    expect(t.map((x) => [x.treatment.id, $(x.amount)])).toEqual([
      ["wages", "12328.77"],
      ["nonemployee", "1216000.00"],
    ]);
    expect(total(t.map((x) => x.amount))).toBe("1228328.77");
    expect($(p.total)).toBe("1228328.77");
  });
  test("by year: all of it in 2003 (calendar) and in the contract year 2003-04 (3(b))", () => {
    const cal = payoutByYear(p, "calendar");
    expect(cal.map((y) => [y.year, $(y.total), $(y.byTreatment[0]), $(y.byTreatment[1])])).toEqual([
      ["2003", "1228328.77", "12328.77", "1216000.00"],
    ]);
    expect(payoutByYear(p, "contract").map((y) => [y.year, iso(y.from), iso(y.to)])).toEqual([
      ["2003-04", "2003-07-01", "2004-06-30"],
    ]);
  });
  test("the add-in says it classifies and computes no tax", () =>
    expect(TAX_NOTE).toMatch(/classifies .*computes no tax/));
});

describe("4(c)(i) under a Board's delay, (A): 2004-10-04 pays two components, two rows (issue 21: never merged)", () => {
  // T = 2004-10-01; the pay period 2004-09-21 .. 10-04 is paid on 2004-10-04. From July 1, 2004:
  // cum(09-20) = 82d = 45,830.14, cum(09-30) = 92d = 51,419.18, cum(10-04) = 96d = 53,654.79.
  // Earned but unpaid 09-21 .. 09-30: 51,419.18 - 45,830.14 = 5,589.04 (4(c)(i));
  // the first duress instalment 10-01 .. 10-04: 53,654.79 - 51,419.18 = 2,235.61 (4(c)(i)(A)).
  // They were one row of 7,824.65.
  const p = run("4c-i", "2004-10-01", { delay: { notification: D("2004-08-02") } as DuressDelay });
  test("4(c)(i) 5,589.04 and 4(c)(i)(A) 2,235.61 on 2004-10-04, each non-employee compensation (3(a))", () => {
    const on = payoutFlows(p).filter((f) => iso(f.date) === "2004-10-04");
    expect(on.map((f) => [$(f.amount), f.clause, f.kind, f.treatment.id])).toEqual([
      ["5589.04", "4(c)(i)", "earned-unpaid", "nonemployee"],
      ["2235.61", "4(c)(i)(A)", "duress-payments", "nonemployee"],
    ]);
  });
  test("no two rows share a date and a component", () => {
    const keys = payoutFlows(p).map((f) => `${f.date} ${f.kind} ${f.clause}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("4(c)(i)(B) plan across 2004-2006: notice 2004-11-01, T 2005-02-01, (B) elected 2004-11-30 for 40% at $3.25", () => {
  // The Consulting Lump Sum Payment 473,808.30 (simple discount); 40% buys floor(189,523.32 / 3.25) = 58,314
  // shares = 189,520.50, due 2004-12-14 (10 business days); the cash balance 284,287.80 is paid on the
  // Consulting Fee's pay dates from 2005-02-07 to 2006-06-26. Earned but unpaid 2005-01-25 .. 01-31: from
  // July 1, 2004, cum(01-31) = 215d = 120,164.38 less cum(01-24) = 208d = 116,252.05 = 3,912.33, paid 2005-02-07.
  // PAYOUT = 3,912.33 + 473,808.30 = 477,720.63.
  // Calendar: 2004 the shares 189,520.50; 2005 the earned 3,912.33 plus the balance's pay dates 2005-02-07 ..
  //   2005-12-26 (days 02-01 .. 12-26): cum(12-26) = 204,000 + 544d = 508,043.84 less cum(01-31) = 324,164.38
  //   = 183,879.46, so 187,791.79; 2006 the rest 284,287.80 - 183,879.46 = 100,408.34.
  // Contract: 2004-05 the shares, the earned and the pay dates to 2005-06-27: 204,000 x 362/365 = 202,323.29
  //   less 120,164.38 = 82,158.91, so 275,591.74 (cash 86,071.24); 2005-06 the rest 284,287.80 - 82,158.91 = 202,128.89.
  const delay: DuressDelay = {
    notification: D("2004-11-15"),
    election: "B",
    electionDate: D("2004-11-30"),
    portion: new Dec("0.4"),
    fairMarketValue: new Dec("3.25"),
  };
  const p = run("4c-i", "2005-02-01", { delay });
  const nonemployee = TAX_TREATMENTS.findIndex((t) => t.id === "nonemployee");
  test("by calendar year: 2004 189,520.50 in shares; 2005 187,791.79; 2006 100,408.34; together PAYOUT 477,720.63", () => {
    const y = payoutByYear(p, "calendar");
    expect(y.map((r) => [r.year, $(r.cash), $(r.shares), $(r.total)])).toEqual([
      ["2004", "0.00", "189520.50", "189520.50"],
      ["2005", "187791.79", "0.00", "187791.79"],
      ["2006", "100408.34", "0.00", "100408.34"],
    ]);
    // Shares at their election-day value are non-employee compensation with the cash (register duress-shares-tax).
    expect(y.map((r) => $(r.byTreatment[nonemployee]))).toEqual([
      "189520.50",
      "187791.79",
      "100408.34",
    ]);
    expect(total(y.map((r) => r.total))).toBe("477720.63");
    expect($(p.total)).toBe("477720.63");
  });
  test("by contract year (July 1 - June 30, 3(b)): 2004-05 275,591.74 (cash 86,071.24); 2005-06 202,128.89", () => {
    const y = payoutByYear(p, "contract");
    expect(y.map((r) => [r.year, $(r.cash), $(r.shares), $(r.total)])).toEqual([
      ["2004-05", "86071.24", "189520.50", "275591.74"],
      ["2005-06", "202128.89", "0.00", "202128.89"],
    ]);
    expect(total(y.map((r) => r.total))).toBe("477720.63");
  });
  test("register duress-shares-tax=transfer-date-value: the shares totalled apart, the money unchanged", () => {
    const q = run("4c-i", "2005-02-01", { delay }, "duress-shares-tax=transfer-date-value");
    expect(payoutByTreatment(q).map((t) => [t.treatment.id, $(t.amount), $(t.shares)])).toEqual([
      ["nonemployee", "288200.13", "0.00"],
      ["shares-at-transfer", "189520.50", "189520.50"],
    ]);
    // 3,912.33 + 284,287.80 = 288,200.13 in cash.
    expect($(q.total)).toBe("477720.63");
  });
});

describe("4(h) on 2005-03-15: the 60% continuation by year", () => {
  // Earned but unpaid 2005-03-08 .. 03-14: cum(03-14) = 257d = 143,638.36 less cum(03-07) = 250d = 139,726.03 = 3,912.33,
  // paid 2005-03-21. The 60% stream (annual 122,400; 489,600 in all) is rounded cumulatively on itself:
  // 0.6 x cum(2005-03-14) = 0.6 x 347,638.356 = 208,583.01, so the continuation is 489,600 - 208,583.01 = 281,016.99,
  // paid on the pay dates 2005-03-21 .. 2007-06-30. PAYOUT = 284,929.32.
  // Calendar: 2005 to the pay date 12-26: 0.6 x cum(12-26) = 0.6 x 508,043.836 = 304,826.30, less 208,583.01 =
  //   96,243.29, plus the earned 3,912.33 = 100,155.62; 2006 to 12-25: 0.6 x (612,000 + 178d) = 0.6 x 711,484.93 =
  //   426,890.96, less 304,826.30 = 122,064.66; 2007 the rest 489,600 - 426,890.96 = 62,709.04.
  // Contract: 2004-05 to 06-27: 0.6 x 406,323.288 = 243,793.97, less 208,583.01 = 35,210.96, plus 3,912.33 =
  //   39,123.29; 2005-06 to 2006-06-26: 0.6 x (408,000 + 361d) = 365,858.63, less 243,793.97 = 122,064.66;
  //   2006-07 the rest 489,600 - 365,858.63 = 123,741.37.
  const p = run("4h", "2005-03-15");
  test("calendar years 2005 100,155.62, 2006 122,064.66, 2007 62,709.04: PAYOUT 284,929.32, all Form 1099 (3(a))", () => {
    const y = payoutByYear(p, "calendar");
    expect(y.map((r) => [r.year, $(r.total)])).toEqual([
      ["2005", "100155.62"],
      ["2006", "122064.66"],
      ["2007", "62709.04"],
    ]);
    expect(
      y.every((r) => r.byTreatment.every((x, i) => (i === 1 ? x.eq(r.total) : x.isZero())))
    ).toBe(true);
    expect(total(y.map((r) => r.total))).toBe("284929.32");
    expect($(p.total)).toBe("284929.32");
  });
  test("contract years 2004-05 39,123.29, 2005-06 122,064.66, 2006-07 123,741.37: PAYOUT 284,929.32", () => {
    const y = payoutByYear(p, "contract");
    expect(y.map((r) => [r.year, $(r.total)])).toEqual([
      ["2004-05", "39123.29"],
      ["2005-06", "122064.66"],
      ["2006-07", "123741.37"],
    ]);
    expect(total(y.map((r) => r.total))).toBe("284929.32");
  });
});

describe("the open points of the register (lump-sum-in-transition, payments-to-beneficiary)", () => {
  // 4(d) on 2003-05-15, salary paid through 2003-04-30: 14 days x 300,000 / 365 = 11,506.85; the lump sums of all
  // the fees, 816,000 + 400,000 = 1,216,000.00, paid on T, before the Separation Date (no fee is earned before July 1, 2003).
  test("4(d) in the Transition Period: the lump sums paid to an employee are wages by default (paragraph 5; 3(a) speaks of 'after the Separation Date')", () => {
    const p = run("4d", "2003-05-15", SALARY("2003-04-30"));
    expect(payoutByTreatment(p).map((t) => [t.treatment.id, $(t.amount)])).toEqual([
      ["wages", "1227506.85"],
    ]);
    const q = run("4d", "2003-05-15", SALARY("2003-04-30"), "lump-sum-in-transition=nonemployee");
    expect(payoutByTreatment(q).map((t) => [t.treatment.id, $(t.amount)])).toEqual([
      ["wages", "11506.85"],
      ["nonemployee", "1216000.00"],
    ]);
    // The contract year of a payment before July 1, 2003 is 2002-03 (July 1 - June 30, 3(b)).
    expect(payoutByYear(p, "contract").map((y) => y.year)).toEqual(["2002-03"]);
  });
  // 4(g) death 2003-06-29, paid through 2003-06-15: 13 days = 300,000 x 13 / 365 = 10,684.93; the lump sum 1,216,000.00.
  test("4(g) before the Separation Date: the lump sum to the beneficiary or estate, the salary as wages paid after death", () => {
    const p = run("4g", "2003-06-29", SALARY("2003-06-15"));
    expect(payoutByTreatment(p).map((t) => [t.treatment.id, $(t.amount)])).toEqual([
      ["decedent-wages", "10684.93"],
      ["beneficiary", "1216000.00"],
    ]);
    const q = run("4g", "2003-06-29", SALARY("2003-06-15"), "payments-to-beneficiary=as-earned");
    expect(payoutByTreatment(q).map((t) => [t.treatment.id, $(t.amount)])).toEqual([
      ["wages", "1226684.93"],
    ]);
  });
  // 4(g) death 2004-10-01: fees earned 2004-09-21 .. 09-30, 10 days: Consulting 5,589.04, Chairman
  // 100,000 x (92 - 82) / 365: 25,205.48 - 22,465.75 = 2,739.73; 8,328.77 paid to the beneficiary on 2004-10-04.
  test("4(g) after the Separation Date: the fees earned but unpaid go to the beneficiary or estate, Form 1099, no withholding", () => {
    const p = run("4g", "2004-10-01");
    expect(rows(p).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["2004-10-04", "5589.04", expect.stringMatching(/beneficiary or estate.*Form 1099/)],
      ["2004-10-04", "2739.73", expect.stringMatching(/beneficiary or estate.*Form 1099/)],
    ]);
    expect(
      payoutByTreatment(run("4g", "2004-10-01", {}, "payments-to-beneficiary=as-earned")).map(
        (t) => [t.treatment.id, $(t.amount)]
      )
    ).toEqual([["nonemployee", "8328.77"]]);
  });
});

describe("yearBasis: calendar (default) or contract (3(b)); anything else is refused naming both", () => {
  test("empty means calendar; case and spaces do not matter", () => {
    expect(parseYearBasis(undefined)).toBe("calendar");
    expect(parseYearBasis(" Contract ")).toBe("contract");
  });
  test('"fiscal" is #VALUE! naming calendar and contract', () => {
    const e = errorOf(() => parseYearBasis("fiscal"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/yearBasis must be "calendar".*or "contract".*3\(b\).*"fiscal"/);
  });
});
