/**
 * 3(c)(iv)(A): the last exercise date of each option tranche after a
 * termination. EDATE(T, 12) is one year from T; T + 90 is ninety days.
 */
import { iso, parseScenario } from "../../src/core";
import { optionDeadline } from "../../src/core/rules/p3c-iv-options";
import { C, D, errorOf } from "../helpers/core";

const last = (code: string, T: string, vesting: string, choices = "") =>
  iso(optionDeadline(parseScenario(code), D(T), D(vesting), C(choices)));

describe("3(c)(iv)(A)(iii) after 4(a) or 4(c): 90 days for vested options, unvested forfeited", () => {
  test.each(["4a", "4c-i"])("%s at 2004-10-01: vested 2004-01-01 -> 2004-12-30 (T + 90)", (code) =>
    expect(last(code, "2004-10-01", "2004-01-01")).toBe("2004-12-30")
  );
  test("a tranche vesting on T counts as vested (register vesting-on-termination)", () =>
    expect(last("4a", "2004-10-01", "2004-10-01")).toBe("2004-12-30"));
  test("a tranche vesting the day after T is forfeited: #N/A", () => {
    const e = errorOf(() => last("4a", "2004-10-01", "2004-10-02"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/^forfeited/);
  });
  test("vesting-on-termination=unvested: vesting on T is forfeited", () =>
    expect(
      errorOf(() => last("4a", "2004-10-01", "2004-10-01", "vesting-on-termination=unvested")).code
    ).toBe("#N/A"));
  test("option-window=inclusive: T + 89 = 2004-12-29", () =>
    expect(last("4c-i", "2004-10-01", "2004-01-01", "option-window=inclusive")).toBe("2004-12-29"));
});

describe("3(c)(iv)(A)(ii) after 4(b), 4(f), 4(g), 4(h): one year for vested, 90 days from vesting for the rest", () => {
  test.each(["4b-i", "4f", "4g", "4h"])(
    "%s at 2004-10-01: vested -> EDATE(T, 12) = 2005-10-01",
    (code) => expect(last(code, "2004-10-01", "2003-12-17")).toBe("2005-10-01")
  );
  test("unvested at T, vesting 2005-03-01 -> 2005-05-30 (vesting + 90)", () =>
    expect(last("4b-i", "2004-10-01", "2005-03-01")).toBe("2005-05-30"));
  test("inclusive counting: EDATE(T, 12) - 1 and vesting + 89", () => {
    expect(last("4f", "2004-10-01", "2003-12-17", "option-window=inclusive")).toBe("2005-09-30");
    expect(last("4f", "2004-10-01", "2005-03-01", "option-window=inclusive")).toBe("2005-05-29");
  });
  test("a leap-day termination: EDATE(2004-02-29, 12) = 2005-02-28", () =>
    expect(last("4g", "2004-02-29", "2003-12-17")).toBe("2005-02-28"));
});

describe("3(c)(iv)(A)(i) after 4(d) or 4(e): everything vests, one year from termination", () => {
  test.each(["4d", "4e"])("%s at 2004-01-15: any tranche -> 2005-01-15", (code) => {
    expect(last(code, "2004-01-15", "2003-12-17")).toBe("2005-01-15");
    expect(last(code, "2004-01-15", "2006-12-17")).toBe("2005-01-15");
  });
});
