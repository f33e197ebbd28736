/**
 * Paragraph 4: which termination dates each clause allows and how notice
 * becomes a termination date (4(b), 4(c): three months' notice, EDATE).
 * Each window is tested on its first and last day and the days outside.
 */
import {
  iso,
  parseScenario,
  terminationDate,
  checkTermination,
  SCENARIO_CODES,
  parsePeriods,
  parseCureClause,
} from "../../src/core";
import { curePeriod } from "../../src/core/rules/p4a-4d-cure";
import { C, D, errorOf } from "../helpers/core";

const T = (code: string, notice: string, choices = "") =>
  iso(terminationDate(parseScenario(code), D(notice), C(choices)));
const refused = (code: string, notice: string, choices = "") =>
  errorOf(() => terminationDate(parseScenario(code), D(notice), C(choices)));

describe("scenario codes", () => {
  test("all ten paths of paragraph 4", () =>
    expect(SCENARIO_CODES).toEqual([
      "4a",
      "4b-i",
      "4b-ii",
      "4c-i",
      "4c-ii",
      "4d",
      "4e",
      "4f",
      "4g",
      "4h",
    ]));
  test("matched case-insensitively, trimmed, with or without parentheses", () => {
    expect(parseScenario(" 4B-I ").code).toBe("4b-i");
    expect(parseScenario("4(c)(ii)").code).toBe("4c-ii");
  });
  test("an unknown code lists the allowed ones", () => {
    const e = errorOf(() => parseScenario("4z"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("4a, 4b-i, 4b-ii");
  });
  test("periods: 4(b)(i) ends only the Consulting Period", () => {
    expect(parsePeriods(undefined, parseScenario("4b-i"))).toBe("consulting");
    expect(errorOf(() => parsePeriods("chairman", parseScenario("4b-i"))).message).toMatch(
      /4\(b\)\(i\)/
    );
    expect(parsePeriods(" BOTH ", parseScenario("4d"))).toBe("both");
  });
});

describe("4(b)(i), 4(c)(i): notice from 2004-07-01, termination three months later", () => {
  test.each(["4b-i", "4c-i"])(
    "%s: notice 2004-07-01 -> 2004-10-01; 2004-06-30 is too early",
    (code) => {
      expect(T(code, "2004-07-01")).toBe("2004-10-01");
      expect(refused(code, "2004-06-30").message).toMatch(/too early.*2004-07-01/);
    }
  );
  test("notice 2007-03-31 -> 2007-06-30 (EDATE clamps); 2007-04-01 would end after the period", () => {
    expect(T("4b-i", "2007-03-31")).toBe("2007-06-30");
    expect(refused("4b-i", "2007-04-01").message).toMatch(/too late.*2007-07-01/);
  });
  test("notice 2004-11-30 -> 2005-02-28", () => expect(T("4c-i", "2004-11-30")).toBe("2005-02-28"));
  test("register notice-window=effective-from: notice from 2004-04-01", () => {
    expect(T("4b-i", "2004-04-01", "notice-window=effective-from")).toBe("2004-07-01");
    expect(refused("4b-i", "2004-03-31", "notice-window=effective-from").code).toBe("#VALUE!");
  });
});

describe("4(b)(ii), 4(c)(ii): notice from 2005-07-01", () => {
  test.each(["4b-ii", "4c-ii"])("%s: 2005-07-01 -> 2005-10-01; 2005-06-30 is too early", (code) => {
    expect(T(code, "2005-07-01")).toBe("2005-10-01");
    expect(refused(code, "2005-06-30").code).toBe("#VALUE!");
  });
});

describe("termination on notice or on the event", () => {
  test("4(a) for Cause: on notice, any day 2003-02-07..2007-06-30", () => {
    expect(T("4a", "2003-02-07")).toBe("2003-02-07");
    expect(T("4a", "2007-06-30")).toBe("2007-06-30");
    // Out of the agreement's span: #VALUE!, whose message Excel shows (issue 19).
    expect(refused("4a", "2003-02-06").code).toBe("#VALUE!");
    expect(refused("4a", "2007-07-01").code).toBe("#VALUE!");
    expect(refused("4a", "2007-07-01").message).toMatch(/between 2003-02-07 and 2007-06-30/);
  });
  test("4(d) Good Reason: the Chairmanship Period before 2005-07-01", () => {
    expect(T("4d", "2005-06-30")).toBe("2005-06-30");
    expect(refused("4d", "2005-07-01").message).toMatch(/4\(d\)/);
  });
  test("4(d) Good Reason: the Consulting Period (and both) only before 2004-07-01", () => {
    const s = parseScenario("4d");
    expect(() => checkTermination(s, "consulting", D("2004-06-30"), C())).not.toThrow();
    expect(errorOf(() => checkTermination(s, "consulting", D("2004-07-01"), C())).code).toBe(
      "#VALUE!"
    );
    expect(errorOf(() => checkTermination(s, "both", D("2004-07-01"), C())).code).toBe("#VALUE!");
    expect(() => checkTermination(s, "chairman", D("2004-07-01"), C())).not.toThrow();
  });
  test("4(e) Change of Control: during the Chairmanship or Consulting Period, 2003-02-07..2007-06-30 (register change-of-control-window)", () => {
    expect(T("4e", "2003-02-07")).toBe("2003-02-07");
    expect(T("4e", "2003-06-29")).toBe("2003-06-29");
    expect(T("4e", "2007-06-30")).toBe("2007-06-30");
    expect(refused("4e", "2003-02-06").code).toBe("#VALUE!");
  });
  test("4(f) not elected: before 2007-06-30", () => {
    expect(T("4f", "2007-06-29")).toBe("2007-06-29");
    expect(refused("4f", "2007-06-30").code).toBe("#VALUE!");
  });
  test("4(g) death: any day of the agreement", () => {
    expect(T("4g", "2003-02-07")).toBe("2003-02-07");
    expect(T("4g", "2007-06-30")).toBe("2007-06-30");
  });
  test("4(h) disability: the Company ends the Consulting Period, from 2003-06-30", () => {
    expect(T("4h", "2003-06-30")).toBe("2003-06-30");
    expect(refused("4h", "2003-06-29").code).toBe("#VALUE!");
  });
});

describe("4(a)(i), 4(d)(i) cure periods (register cure-period)", () => {
  test("4(a)(i): notice of breach 2004-10-01 -> cure through 2004-10-31 (+30), Cause from 2004-11-01", () => {
    const c = curePeriod("4a", D("2004-10-01"));
    expect([iso(c.lastCureDay), iso(c.terminationFrom)]).toEqual(["2004-10-31", "2004-11-01"]);
  });
  test("4(d)(i): notice received 2004-02-20 -> cure through 2004-03-01 (+10, leap year), Good Reason from 2004-03-02", () => {
    const c = curePeriod("4d", D("2004-02-20"));
    expect([iso(c.lastCureDay), iso(c.terminationFrom)]).toEqual(["2004-03-01", "2004-03-02"]);
  });
  test("clause names: 4a, 4(a)(i), 4d; others refused", () => {
    expect(parseCureClause("4(a)(i)")).toBe("4a");
    expect(parseCureClause(" 4D ")).toBe("4d");
    expect(errorOf(() => parseCureClause("4b")).code).toBe("#VALUE!");
  });
});
