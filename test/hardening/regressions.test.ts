/**
 * Defects the hardening tests found in src/, each pinned by the smallest call
 * that showed it, through the registered functions (dist/functions.js) as
 * Excel calls them. The bad-input table and the property suites cover the
 * same ground broadly; these keep each fix from regressing silently.
 */
import { loadRegistered } from "../helpers/registered";

const reg = loadRegistered();

function outcome(id: string, ...args: unknown[]): { code: string; message: string } {
  try {
    const value = reg.call(id, ...args);
    throw new Error(`expected BTU.${id} to return an Excel error, got ${JSON.stringify(value)}`);
  } catch (e) {
    if (!(e instanceof reg.ErrorClass)) throw e;
    return { code: e.code, message: e.message };
  }
}

describe("regressions found by the hardening tests", () => {
  test("DURESS_SHARES with a price so small the share count overflows: #NUM! naming fairMarketValue, not 'DURESS_SHARES is not a finite number'", () => {
    // Found by the robustness fuzz: DURESS_SHARES(1213170, 8E-323).
    const e = outcome("DURESS_SHARES", 1213170, 8e-323, null, null);
    expect(e.code).toBe("#NUM!");
    expect(e.message).toMatch(/^fairMarketValue must be large enough/);
    expect(outcome("DURESS_BALANCE", 1e308, 1e-300, null, null).message).toMatch(
      /^fairMarketValue/
    );
  });
});

describe("DURESS_SCHEDULE with a balance larger than the fees left", () => {
  test("a huge balance: #NUM! saying the most it may be, not a 300-digit number cut off at 255 characters", () => {
    // Found by the bad-input table's "huge number" column: DURESS_SCHEDULE(2004-10-01, 1E+308).
    const e = outcome("DURESS_SCHEDULE", 38261, 1e308, null, null, null);
    expect(e.code).toBe("#NUM!");
    expect(e.message).toMatch(
      /^balance must be at most 560580\.82, the Consulting Fees payable bi-weekly from 2004-10-01/
    );
    expect(e.message).toMatch(/got 1e\+308$/);
    expect(e.message.length).toBeLessThan(255);
  });
  test("a balance just above the fees left names the most it may be", () => {
    const e = outcome("DURESS_SCHEDULE", 38261, 600000, null, null, null);
    expect(e).toEqual({
      code: "#NUM!",
      message: expect.stringMatching(/^balance must be at most 560580\.82, .*got 600000\.00$/),
    });
  });
});

describe("DISABILITY_NOTICE_FROM names lastDayOfDisability when it is wrong", () => {
  test("a last day before the first day", () => {
    // Found by the robustness fuzz: DISABILITY_NOTICE_FROM(2005-07-21, 2003-02-10) said "disability end ... is before its first day".
    const e = outcome("DISABILITY_NOTICE_FROM", "2005-07-21", "2003-02-10");
    expect(e).toEqual({
      code: "#VALUE!",
      message:
        "lastDayOfDisability 2003-02-10 is before firstDayOfDisability 2005-07-21; it must be on or after it",
    });
  });
  test("a disability shorter than 120 days", () => {
    const e = outcome("DISABILITY_NOTICE_FROM", "2005-01-01", "2005-04-29");
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(
      /^lastDayOfDisability must be on or after 2005-04-30: .*120 consecutive calendar days.*got 2005-04-29$/
    );
  });
  test("120 days exactly qualifies", () =>
    expect(reg.call("DISABILITY_NOTICE_FROM", "2005-01-01", "2005-04-30")).toBe(38473));
});

describe('holidays: text that is not a date says "us-ma" is allowed', () => {
  test.each([["US MA"], ["usma"], ["Christmas"]])("ELECTION_DEADLINE(2004-10-01, %p)", (text) => {
    // Found by the bad-input table's "unknown name" column: "US MA" got 'holidays must be a date ...' only.
    const e = outcome("ELECTION_DEADLINE", "2004-10-01", [[text]], null);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      `holidays must be a range of dates (Excel dates or YYYY-MM-DD text) or the text "us-ma", got "${text}"`
    );
  });
  test('" US-MA " and a range of dates still work', () => {
    expect(reg.call("SHARE_TRANSFER_DEADLINE", "2004-10-01", [[" US-MA "]], null)).toBe(
      reg.call("SHARE_TRANSFER_DEADLINE", "2004-10-01", null, "business-days=us-ma")
    );
    expect(
      reg.call(
        "ELECTION_DEADLINE",
        "2004-10-01",
        [["2004-10-11"], [38300]],
        "business-days=weekdays"
      )
    ).toBe(38293);
  });
});

describe("required text arguments say what they allow when empty or TRUE", () => {
  // Found by the bad-input table's "empty cell" and "boolean" columns: "scenario is required" and
  // "fee must be text, not TRUE" named the argument but not what it allows.
  test.each([
    [
      "PAYOUT",
      0,
      [null, 38261, null, null, null],
      /^scenario is required: one of 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g, 4h$/,
    ],
    [
      "TERMINATION_DATE",
      0,
      [true, "2004-07-01", null],
      /^scenario must be one of 4a, 4b-i, .*, 4h, not TRUE$/,
    ],
    ["EARNED_UNPAID", 0, ["", 38261, null], /^fee is required: "consulting" or "chairman"$/],
    [
      "FEE_SCHEDULE",
      0,
      [false, null, null, null, null],
      /^fee must be "consulting" or "chairman", not FALSE$/,
    ],
    [
      "CURE_PERIOD_END",
      0,
      [null, "2004-01-01"],
      /^clause is required: "4a" \(30-day cure, 4\(a\)\(i\)\) or "4d"/,
    ],
    [
      "PAYOUT_DETAIL",
      2,
      ["4d", "2004-01-05", true, null, null],
      /^periods must be consulting, chairman or both, not TRUE$/,
    ],
    [
      "CONSULT_DISCOUNTED",
      2,
      [38261, null, true, null],
      /^method must be one of simple, xnpv, flat, not TRUE$/,
    ],
  ])("%s argument %i", (id, _i, args, pattern) => {
    const e = outcome(id as string, ...(args as unknown[]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(pattern as RegExp);
  });
});

describe('"Hardening, second round": the reproductions through the registered functions', () => {
  const o = (id: string, ...args: unknown[]) => {
    try {
      return { value: reg.call(id, ...args) };
    } catch (e) {
      if (!(e instanceof reg.ErrorClass)) throw e;
      return { code: e.code, message: e.message };
    }
  };
  test("6: EXPLAIN with an argument too many ends at the function's own error, as BTU.CURE_PERIOD_END itself", () => {
    // 2004-07-01 is serial 38169.
    const rows = reg.call("EXPLAIN", "CURE_PERIOD_END", [
      [["4a"]],
      [[38169]],
      [["x"]],
    ]) as unknown[][];
    expect(rows[rows.length - 1].slice(1)).toEqual([
      "BTU.CURE_PERIOD_END gives #VALUE!: BTU.CURE_PERIOD_END takes at most 2 arguments, got 3",
      "",
      "",
      "",
      "#VALUE!",
    ]);
    // With the arguments it takes, the last row is the function's figure: 30 days after 2004-07-01 is 2004-07-31 (38199).
    const ok = reg.call("EXPLAIN", "CURE_PERIOD_END", [[["4a"]], [[38169]]]) as unknown[][];
    expect(ok[ok.length - 1][5]).toBe(reg.call("CURE_PERIOD_END", "4a", 38169));
  });
  test("8: a time of day on the last serial, 2958465.5, is 9999-12-31 (the README: a time of day is ignored)", () => {
    expect(o("DISABILITY_NOTICE_FROM", 2958465.5)).toEqual(o("DISABILITY_NOTICE_FROM", 2958465));
    // Out of Excel's calendar: #VALUE!, whose message Excel shows (issue 19; it was #NUM!, shown without one).
    expect(o("DISABILITY_NOTICE_FROM", 2958466)).toEqual({
      code: "#VALUE!",
      message: "firstDayOfDisability must be a date between 1900-03-01 and 9999-12-31",
    });
  });
  test("8: a rate of exactly 100% is #NUM! (the README: rates from 0% up to, not including, 100%)", () =>
    expect(o("CONSULT_DISCOUNTED", 38261, "100%", null, null)).toEqual({
      code: "#NUM!",
      message: "rate must be a yearly rate from 0 up to 1 (3% is 0.03), got 1",
    }));
  test("5: DURESS_SCHEDULE's cap is not lifted by an end date after 2007-06-30", () => {
    // A date out of range is #VALUE! with its message (issue 19).
    expect(o("DURESS_SCHEDULE", 38261, 600000, "2030-01-01", null, null)).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^duressEndDate must be on or before 2007-06-30/),
    });
    expect(o("DURESS_SCHEDULE", 38261, 1e308, "9999-12-31", null, null)).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^duressEndDate must be on or before 2007-06-30/),
    });
  });
  test("a ReDoS in the number pattern: 10,000 digits then a letter answers at once (it took seconds)", () => {
    const t0 = Date.now();
    expect(o("CONSULT_DISCOUNTED", 38261, "4".repeat(10_000) + "x", null, null)).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(
        /^rate must be a yearly rate such as 0\.03 or 3%, got "4{59}…"$/
      ),
    });
    expect(Date.now() - t0).toBeLessThan(500);
  });
});
