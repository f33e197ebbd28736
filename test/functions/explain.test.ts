/**
 * EXPLAIN and INTERPRETATIONS: the trace comes from the same body that
 * computes the value, ends at the figure the function returns, and names the
 * clauses and interpretation ids in force.
 */
import "../../src/cli/runtime-shim";
import * as Functions from "../../src/functions/functions";
import { asExcel } from "../helpers/as-excel";
import { REGISTER } from "../../src/core";

const F = asExcel(Functions);

// Excel passes each repeated argument of EXPLAIN as a 2-D array.
const args = (...xs: unknown[]) => xs.map((x) => (x === null ? null : [[x]])) as never;

const _ = null as any;

describe("EXPLAIN", () => {
  test("CONSULT_DISCOUNTED(2004-10-01): inputs, remainder 560,580.82, one line per remaining payment (simple discount), ending at 537,199.64", () => {
    const rows = F.explain("CONSULT_DISCOUNTED", args(38261));
    expect(rows[0]).toEqual([
      "#",
      "Step",
      "Clause",
      "Inputs and terms",
      "Choices in force",
      "Result",
    ]);
    expect(rows[1][3]).toBe("terminationDate=2004-10-01; rate=0.03; method=simple");
    expect(rows[2][5]).toBe(560580.82);
    expect(rows[2][3]).toContain("annual fee=204000 (3(a))");
    // 73 remaining payments: 2004-10-01..10-04 and 72 more periods to 2007-06-30.
    const payments = rows.filter((r) => String(r[1]).startsWith("Payment for"));
    expect(payments).toHaveLength(73);
    // 4(c)(i): 2,235.61 due 3 days after T, less 3% x 3/365 of it: 2,235.61 - 0.551247 = 2,235.058753
    expect(payments[0][1]).toContain("2235.61 x (1 - 0.03 x 3/365) = 2235.058754");
    expect(rows[rows.length - 1]).toEqual([
      rows.length - 1,
      "Result of BTU.CONSULT_DISCOUNTED",
      "",
      "",
      "",
      537199.64,
    ]);
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(String(rows[3][4])).toContain("discount-method=simple");
  });
  test('CONSULT_DISCOUNTED(2004-10-01, , "xnpv"): each payment as XNPV discounts it, ending at 538,158.33', () => {
    const rows = F.explain("CONSULT_DISCOUNTED", args(38261, null, "xnpv"));
    const payments = rows.filter((r) => String(r[1]).startsWith("Payment for"));
    expect(payments[0][1]).toContain("2235.61 x (1+0.03)^(-3/365)");
    expect(rows[rows.length - 1][5]).toBe(538158.33);
  });
  test("the last figure of the trace is the function's own value, for several functions", () => {
    const cases: Array<[string, unknown[], unknown]> = [
      ["CONSULT_LUMPSUM", [38261], F.consultLumpSum(38261, _)],
      ["PAYOUT", ["4h", "2005-03-15"], F.payoutTotal("4h", "2005-03-15", _, _, _)],
      ["TERMINATION_DATE", ["4c-i", "2004-07-01"], F.terminationDateOf("4c-i", "2004-07-01", _)],
      [
        "OPTION_DEADLINE",
        ["4b-i", "2004-10-01", "2005-03-01"],
        F.optionDeadlineOf("4b-i", "2004-10-01", "2005-03-01", _),
      ],
      [
        "ELECTION_DEADLINE",
        ["2004-10-01", "us-ma"],
        F.electionDeadlineOf("2004-10-01", [["us-ma"]], _),
      ],
      ["SPLITDOLLAR_BUYOUT", [290000, 15], F.splitDollarBuyoutOf(290000, 15, _, _)],
      ["DURESS_SHARES", [538158.33, 2.5, 0.5], F.duressSharesOf(538158.33, 2.5, 0.5, _)],
      ["CURE_PERIOD_END", ["4a", "2004-10-01"], F.curePeriodEnd("4a", "2004-10-01")],
    ];
    for (const [id, a, value] of cases) {
      const rows = F.explain(id, args(...a));
      expect(rows[rows.length - 1][5]).toBe(value);
      expect(rows.length).toBeGreaterThan(2);
    }
  });
  test("choices are traced by register id", () => {
    const rows = F.explain(
      "CONSULT_DISCOUNTED",
      args(38261, null, null, "pay-lag=3; discount-method=simple")
    );
    expect(rows.some((r) => String(r[4]).includes("pay-lag=3"))).toBe(true);
    expect(rows[1][3]).toContain("method=simple");
  });
  test("an error ends the trace with its code and message (which Excel does not show for #NUM!)", () => {
    const rows = F.explain("CONSULT_DISCOUNTED", args("2004-10-01", 1.5));
    expect(rows[rows.length - 1][5]).toBe("#NUM!");
    expect(rows[rows.length - 1][1]).toMatch(
      /gives #NUM!: rate must be a yearly rate from 0 up to 1/
    );
    const late = F.explain("CONSULT_LUMPSUM", args("2010-01-01"));
    expect(late[late.length - 1][1]).toMatch(
      /gives #VALUE!: terminationDate must be between 2003-02-07 and 2007-06-30/
    );
  });
  test("accepts BTU. prefix and any case; an unknown name lists the functions", () => {
    expect(F.explain("btu.consult_lumpsum", args(38261)).slice(-1)[0][5]).toBe(560580.82);
    expect(() => F.explain("NOPE", args())).toThrow(/functionName must be a BTU function/);
  });
  test("tables: FEE_SCHEDULE explains its rows and reports the table size", () => {
    const rows = F.explain("FEE_SCHEDULE", args("consulting"));
    expect(rows[rows.length - 1][1]).toBe(
      "Result of BTU.FEE_SCHEDULE: a table of 106 rows x 6 columns"
    );
    expect(rows.some((r) => r[5] === 816000)).toBe(true);
  });
});

describe("INTERPRETATIONS", () => {
  test("spills the whole register with the default in force", () => {
    const rows = F.interpretations(_);
    expect(rows[0]).toEqual([
      "Id",
      "Clause",
      "Question",
      "Default",
      "In force",
      "Alternatives",
      "Why the default",
      "Agreement text",
    ]);
    expect(rows).toHaveLength(REGISTER.length + 1);
    const d = rows.find((r) => r[0] === "discount-method")!;
    expect([d[3], d[4]]).toEqual(["simple", "simple"]);
    expect(d[5]).toMatch(/^simple: .*\| xnpv: .*\| flat: /);
  });
  test("shows the choices in force", () => {
    const rows = F.interpretations([
      ["discount-method", "xnpv"],
      ["pay-anchor", "2003-07-04"],
    ]);
    expect(rows.find((r) => r[0] === "discount-method")![4]).toBe("xnpv");
    expect(rows.find((r) => r[0] === "pay-anchor")![4]).toBe("2003-07-04");
  });
});
