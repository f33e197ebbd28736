/**
 * readingsInForce: the interpretation choices an export's About sheet lists
 * for a payout, with the reading in force. Expected lists are read off the
 * register's "bears on" (docs/interpretations.md), not computed here.
 */
import { Dec, parseScenario, readingsInForce, withChoices } from "../../src/core";
import { D } from "../helpers/core";

const req = (code: string, choices = "", extra = {}) => ({
  scenario: parseScenario(code),
  T: D("2004-10-01"),
  periods: parseScenario(code).defaultPeriods,
  choices: withChoices(
    choices
      ? choices.split(";").map((p) => p.split("=").map((x) => x.trim()) as [string, string])
      : []
  ),
  ...extra,
});

describe("readingsInForce: the register entries bearing on a payout, each with its reading in force", () => {
  test("the fee ledgers' and the termination split's entries, with their defaults (3(a), 3(b); register)", () => {
    const rows = readingsInForce(req("4b-i"));
    const byId = new Map(rows.map((r) => [r.entry.id, r.inForce]));
    expect(byId.get("accrual-basis")).toBe("contract-year");
    expect(byId.get("rounding")).toBe("cumulative");
    expect(byId.get("pay-anchor")).toBe("2003-07-01");
    expect(byId.get("pay-lag")).toBe("0");
    expect(byId.get("earned-unpaid")).toBeDefined();
    // Nothing of the options or the duress without tranches or a delay.
    expect(byId.has("option-window")).toBe(false);
    expect(byId.has("business-days")).toBe(false);
  });

  test("a switched reading shows as in force; the 4(c) discount method under 4(c)(i)", () => {
    const byId = new Map(
      readingsInForce(req("4c-i", "discount-method=xnpv; pay-lag=3")).map((r) => [
        r.entry.id,
        r.inForce,
      ])
    );
    expect(byId.get("discount-method")).toBe("xnpv");
    expect(byId.get("pay-lag")).toBe("3");
  });

  test("options with tranches (3(c)(iv)(A)), the duress entries under a delay (4(c)(i))", () => {
    const withTranches = readingsInForce(req("4a"), { tranches: true }).map((r) => r.entry.id);
    expect(withTranches).toEqual(
      expect.arrayContaining(["option-window", "vesting-on-termination"])
    );
    const delayed = readingsInForce(
      req("4c-i", "", {
        delay: {
          notification: D("2004-11-15"),
          election: "B",
          electionDate: D("2004-11-30"),
          fairMarketValue: new Dec("3.25"),
        },
      })
    ).map((r) => r.entry.id);
    expect(delayed).toEqual(expect.arrayContaining(["business-days", "duress-whole-shares"]));
  });
});
