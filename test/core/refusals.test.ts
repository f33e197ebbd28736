/**
 * Structured refusals (issue 20 item 4): a refusal carries its Excel code, the
 * argument refused, what is allowed and what was given as fields, so that the
 * functions, the command line and the pane format it without reading its
 * message. Each expected field is written here by hand from the clause it
 * cites; the message stays the one docs/bad-input.md lists.
 */
import {
  BtuError,
  checkInAgreementSpan,
  Dec,
  DEFAULT_CHOICES,
  duressSharesFor,
  ECHO_MAX,
  optionDeadlineAt,
  parseChoicesText,
  parseScenario,
  withChoices,
} from "../../src/core";
import { C, D, errorOf } from "../helpers/core";

describe("a refusal's fields, one representative of each Excel code", () => {
  test("#VALUE!: a 4(c)(i) termination on 2004-09-30 is before its window, which opens 2004-10-01 (notice from 2004-07-01 plus three months) and closes 2007-06-30", () => {
    const e = errorOf(() =>
      optionDeadlineAt(parseScenario("4c-i"), D("2004-09-30"), D("2005-01-01"), C())
    );
    expect(e).toBeInstanceOf(BtuError);
    expect(e.code).toBe("#VALUE!");
    expect(e.argument).toBe("terminationDate");
    expect(e.allowed).toBe("from 2004-10-01 to 2007-06-30, 4(c)(i)'s window");
    expect(e.given).toBe("2004-09-30");
    expect(e.clause).toBe("4(c)(i)");
    expect(e.rule).toMatch(/^4\(c\)\(i\): notice may be given from 2004-07-01/);
    expect(e.message).toMatch(
      /^terminationDate 2004-09-30 is outside 4\(c\)\(i\)'s window 2004-10-01 to 2007-06-30: /
    );
  });

  test("#VALUE!: a register choice out of its values names the register id, its allowed values and the text given (pay-lag: 0 to 31 days)", () => {
    const e = errorOf(() => withChoices(parseChoicesText("pay-lag=abc")));
    expect([e.code, e.argument, e.allowed, e.given]).toEqual([
      "#VALUE!",
      "pay-lag",
      "a whole number of days from 0 to 31",
      "abc",
    ]);
    expect(e.limits).toEqual({ low: 0, lowIncluded: true, high: 31, highIncluded: true });
    expect(e.message).toBe(
      'choices: pay-lag must be a whole number of days from 0 to 31, got "abc"'
    );
  });

  test("#NUM!: 4(c)(i)(B)'s portion of 1.5 is more than the whole lump sum: above 0 and at most 1 (100%), as a fraction", () => {
    const e = errorOf(() =>
      duressSharesFor(new Dec(1000), new Dec(3.25), new Dec(1.5), DEFAULT_CHOICES)
    );
    expect(e.code).toBe("#NUM!");
    expect(e.argument).toBe("portion");
    expect(e.allowed).toBe("above 0 and at most 1 (100%)");
    expect(e.given).toBe("1.5");
    expect(e.limits).toEqual({
      low: 0,
      lowIncluded: false,
      high: 1,
      highIncluded: true,
      unit: "fraction",
    });
    expect(e.message).toBe("portion must be above 0 and at most 1 (100%), got 1.5");
  });

  test("#N/A: under 3(c)(iv)(A)(iii) a 4(a) termination on 2004-10-01 forfeits an option vesting 2005-01-01: no deadline exists", () => {
    const e = errorOf(() =>
      optionDeadlineAt(parseScenario("4a"), D("2004-10-01"), D("2005-01-01"), C())
    );
    expect([e.code, e.argument, e.given, e.clause]).toEqual([
      "#N/A",
      "vestingDate",
      "2005-01-01",
      "3(c)(iv)(A)(iii)",
    ]);
    expect(e.rule).toBe(
      "under 3(c)(iv)(A)(iii) (4(a)) an option unvested on 2004-10-01 is forfeited"
    );
    expect(e.allowed).toBeUndefined();
    expect(e.message).toBe(
      "forfeited: under 3(c)(iv)(A)(iii) (4(a)) an option unvested on 2004-10-01 (vesting 2005-01-01) is forfeited"
    );
  });

  test("a date outside the agreement's span (the letter of 2003-02-07 to the Consulting Period's end 2007-06-30): the message is made from the fields", () => {
    const e = errorOf(() => checkInAgreementSpan(D("2008-01-01"), "noticeDate"));
    expect([e.code, e.argument, e.given]).toEqual(["#VALUE!", "noticeDate", "2008-01-01"]);
    expect(e.allowed).toBe("between 2003-02-07 and 2007-06-30 (the agreement's span)");
    expect(e.message).toBe(
      "noticeDate must be between 2003-02-07 and 2007-06-30 (the agreement's span), got 2008-01-01"
    );
  });
});

describe("the given text is bounded, as the message's echo is", () => {
  test(`a scenario typed as 10,000 characters with a newline is given back as at most ${ECHO_MAX} characters, one line`, () => {
    const typed = `4z\n${"x".repeat(10_000)}`;
    const e = errorOf(() => parseScenario(typed));
    expect(e.argument).toBe("scenario");
    expect(e.given?.length).toBeLessThanOrEqual(ECHO_MAX);
    expect(e.given).toMatch(/^4z x+…$/);
    expect(e.message.length).toBeLessThan(400);
  });

  test("fields given to a BtuError directly are bounded too: argument and given to ECHO_MAX, allowed and rule to 400", () => {
    const e = new BtuError({
      code: "#VALUE!",
      argument: "a".repeat(500),
      allowed: "b".repeat(5000),
      given: "c\u0000".repeat(5000),
      rule: "d".repeat(5000),
    });
    expect(e.argument?.length).toBe(ECHO_MAX);
    expect(e.given?.length).toBe(ECHO_MAX);
    expect(e.given).not.toContain("\u0000");
    expect(e.allowed?.length).toBe(400);
    expect(e.rule?.length).toBe(400);
    expect(e.message.length).toBeLessThanOrEqual(1024);
  });

  test("the old form new BtuError(code, message) still works and carries no fields", () => {
    const e = new BtuError("#NUM!", "x must be 1");
    expect([e.code, e.message, e.argument, e.allowed, e.given]).toEqual([
      "#NUM!",
      "x must be 1",
      undefined,
      undefined,
      undefined,
    ]);
  });
});
