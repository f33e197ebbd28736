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
    expect(outcome("DURESS_BALANCE", 1e308, 1e-300, null, null).message).toMatch(/^fairMarketValue/);
  });
});
