/** The interpretation register: ids, defaults, and the `choices` argument. */
import {
  DEFAULT_CHOICES,
  parseChoicesText,
  REGISTER,
  SWITCHABLE_IDS,
  withChoices,
} from "../../src/core";
import { errorOf } from "../helpers/core";

describe("the register", () => {
  test("every entry has an id, a clause, the agreement's words, a default, and a reason", () => {
    for (const r of REGISTER) {
      expect(r.id).toMatch(/^[a-z0-9-]+$/);
      expect(r.clause).not.toBe("");
      expect(r.quote.length).toBeGreaterThan(10);
      expect(r.rationale.length).toBeGreaterThan(20);
      if (r.alternatives.length) expect(r.alternatives.map((a) => a.value)).toContain(r.default);
    }
  });
  test("ids are unique", () =>
    expect(new Set(REGISTER.map((r) => r.id)).size).toBe(REGISTER.length));
  test("every switchable id is in the register with alternatives or a free value", () => {
    for (const id of SWITCHABLE_IDS) {
      const r = REGISTER.find((x) => x.id === id);
      expect(r).toBeDefined();
      expect(r!.alternatives.length > 0 || r!.free !== undefined).toBe(true);
    }
  });
});

describe("choices text", () => {
  test("case-insensitive, trimmed, ; or , or new line separated", () => {
    const c = withChoices(
      parseChoicesText(" Accrual-Basis = ACTUAL-365 ;pay-lag=3,\nrounding=per-period")
    );
    expect([c.accrualBasis, c.payLag, c.rounding]).toEqual(["actual-365", 3, "per-period"]);
  });
  test("no pairs keep the defaults object", () => expect(withChoices([])).toBe(DEFAULT_CHOICES));
  test("an unknown id lists the allowed ids", () =>
    expect(errorOf(() => withChoices([["nope", "x"]])).message).toMatch(/accrual-basis/));
  test("an unknown value lists the allowed values", () =>
    expect(errorOf(() => withChoices([["discount-method", "npv"]])).message).toMatch(
      /simple, xnpv, flat/
    ));
  test("a pay anchor must be an ISO date; a lag 0-31 days", () => {
    expect(errorOf(() => withChoices([["pay-anchor", "July 1"]])).code).toBe("#VALUE!");
    expect(errorOf(() => withChoices([["pay-lag", "40"]])).code).toBe("#VALUE!");
  });
  test("text without '=' is refused", () =>
    expect(errorOf(() => parseChoicesText("xnpv")).code).toBe("#VALUE!"));
});
