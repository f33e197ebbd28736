/**
 * What each reading costs (SENSITIVITY): every switchable register entry
 * bearing on a PAYOUT, each reading, and PAYOUT under it, computed by PAYOUT
 * itself. Figures worked by hand from 3(a) and 4(c)(i).
 */
import Decimal from "decimal.js";
import { parseScenario, sensitivity } from "../../src/core";
import { BODIES } from "../../src/functions/implementations";
import { C, D } from "../helpers/core";

const req = (code: string, date: string, choices = "") => {
  const scenario = parseScenario(code);
  return { scenario, T: D(date), periods: scenario.defaultPeriods, choices: C(choices) };
};

describe("4(c)(i) at 2004-10-01: the discount readings (register discount-method)", () => {
  const s = sensitivity(req("4c-i", "2004-10-01", "discount-method=xnpv"));
  const row = (id: string, v: string) => s.rows.find((r) => r.entry.id === id && r.value === v)!;
  test("xnpv in force: 5,589.04 + 538,158.33 = 543,747.37; simple 5,589.04 + 537,199.64 = 542,788.68, 958.69 less", () => {
    expect(s.inForce.toFixed(2)).toBe("543747.37");
    expect(row("discount-method", "xnpv").inForce).toBe(true);
    expect(row("discount-method", "simple").total!.toFixed(2)).toBe("542788.68");
    expect(row("discount-method", "simple").difference!.toFixed(2)).toBe("-958.69");
  });
  test("flat: 560,580.82 x (1 - 3% x 1,003/365), 2004-10-01 .. 2007-06-30 being 1,003 days, rounded once, + 5,589.04", () => {
    const flat = new Decimal("560580.82")
      .times(new Decimal(1).minus(new Decimal("0.03").times(1003).div(365)))
      .toDecimalPlaces(2);
    expect(row("discount-method", "flat").total!.toFixed(2)).toBe(flat.plus("5589.04").toFixed(2));
  });
  test("only the entries bearing on this figure: fees, the termination split, 4(c)(i)'s own; never 4(e)'s or the options'", () => {
    const ids = [...new Set(s.rows.map((r) => r.entry.id))];
    expect(ids).toEqual([
      "accrual-basis",
      "rounding",
      "pay-anchor", // issue 20 item 5: the free fee entries at the readings the register compares
      "pay-lag",
      "earned-unpaid",
      "discount-method",
      "notice-window",
    ]);
  });
  test("notice-window=effective-from admits 2004-10-01 too: the same 543,747.37, difference 0.00", () =>
    expect(row("notice-window", "effective-from").difference!.toFixed(2)).toBe("0.00"));
});

describe("a reading under which the figure does not exist gives PAYOUT's own error", () => {
  test("4(c)(i) on 2004-08-01 under notice-window=effective-from: notice-from refuses it (#VALUE!, the window opens 2004-10-01)", () => {
    const s = sensitivity(req("4c-i", "2004-08-01", "notice-window=effective-from"));
    const r = s.rows.find((x) => x.entry.id === "notice-window" && x.value === "notice-from")!;
    expect(r.total).toBeUndefined();
    expect(r.error!.code).toBe("#VALUE!");
    expect(r.error!.message).toMatch(/2004-10-01/);
  });
});

describe("SENSITIVITY spills the same table", () => {
  test("header and one row per reading, PAYOUT and difference as numbers", () => {
    const t = BODIES.SENSITIVITY(["4a", "2004-10-01"] as never) as unknown[][];
    expect(t[0]).toEqual(["Register id", "Clause", "Reading", "In force", "PAYOUT", "Difference"]);
    // 4(a) at 2004-10-01: 9,161.64 with the notice day earned; 8,328.77 without it (cause-notice-day=not-earned).
    const notEarned = t.find((r) => r[0] === "cause-notice-day" && r[2] === "not-earned")!;
    expect(notEarned.slice(4)).toEqual([8328.77, -832.87]);
  });
});
