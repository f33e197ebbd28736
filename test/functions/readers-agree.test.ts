/**
 * Issue 18: the functions and the task pane read the same typed text the
 * same way, through the core's readers. For each text, BTU.DURESS_SHARES
 * (4(c)(i)(B): whole shares for `portion` of `amount` at `fairMarketValue`)
 * and BTU.CONSULT_LUMPSUM (a date) are called with it, and the pane's field
 * reader (the Collector of src/taskpane/model/evaluate.ts) reads it; both
 * take it, with the value written here by hand, or both refuse it.
 *
 * Shares are floor(amount x portion / price), worked by hand: 1,000 at $3.25
 * is 307.69 -> 307; 1,000 x 0.4 at $1 is 400.
 */
import "../../src/cli/runtime-shim";
import { CustomFunctionError } from "../../src/cli/runtime-shim";
import * as Functions from "../../src/functions/functions";
import { Collector } from "../../src/taskpane/model/evaluate";
import { asExcel } from "../helpers/as-excel";

const F = asExcel(Functions);
const _ = null as any;

/** The function's answer, or its error code. */
function cell(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CustomFunctionError) return e.code;
    throw e;
  }
}

describe("a fair market value typed as text (4(c)(i)(B)): DURESS_SHARES and the pane's price field agree", () => {
  test.each([
    ["3.25", "3.25", 307],
    ["$3.25", "3.25", 307],
    [" $ 3.25 ", "3.25", 307],
    ["1,234.56", "1234.56", 0],
    ["2.5", "2.5", 400],
    ["$3,250", "3250", 0],
  ])("%j is $%s: %i shares for $1,000 on both sides", (text, value, shares) => {
    const c = new Collector();
    expect(c.decimal("fmv", text, "the fair market value")?.toString()).toBe(value);
    expect(cell(() => F.duressSharesOf(1000, text, _, _))).toBe(shares);
  });
  test.each(["3,125", "3,5", "1.234,56", "three dollars", "40%"])(
    "%j is refused on both sides (#VALUE! in the cell, a message at the field)",
    (text) => {
      const c = new Collector();
      expect(c.decimal("fmv", text, "the fair market value")).toBeUndefined();
      expect(c.errors.fmv).toBeDefined();
      expect(cell(() => F.duressSharesOf(1000, text, _, _))).toBe("#VALUE!");
    }
  );
  test('"3,125": the cell and the field both show the two readings', () => {
    const c = new Collector();
    c.decimal("fmv", "3,125", "the fair market value");
    expect(c.errors.fmv).toMatch(/\$3,125\.00 .* or \$3\.125/);
    let message = "";
    try {
      F.duressSharesOf(1000, "3,125", _, _);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/fairMarketValue .*ambiguous: \$3,125\.00 .* or \$3\.125/);
  });
});

describe("a portion typed as text (4(c)(i)(B)): DURESS_SHARES and the pane's portion field agree", () => {
  test.each([
    ["0.4", "0.4", 400],
    ["40%", "0.4", 400],
    ["100%", "1", 1000],
    ["1", "1", 1000],
    ["12.5%", "0.125", 125],
  ])("%j is the fraction %s: %i shares of $1,000 at $1", (text, value, shares) => {
    const c = new Collector();
    expect(c.portion("p", text, "the portion")?.toString()).toBe(value);
    expect(cell(() => F.duressSharesOf(1000, 1, text, _))).toBe(shares);
  });
  test('"40" is forty times the whole on both sides: read as 4000%, which the clause refuses (#NUM!)', () => {
    const c = new Collector();
    expect(c.portion("p", "40", "the portion")?.toString()).toBe("40");
    expect(c.readings.p).toMatch(/^Read as 4000%.*type 40%/);
    expect(cell(() => F.duressSharesOf(1000, 1, "40", _))).toBe("#NUM!");
  });
});

describe("a date typed as text: CONSULT_LUMPSUM's terminationDate and the pane's date fields agree", () => {
  // 2004-10-01 is serial 38261; 2004-10-15 is 14 days later, 38275.
  test.each([
    ["2004-10-01", 38261],
    ["10/15/2004", 38275],
    ["10/10/2004", 38270],
  ])("%j is serial %i on both sides", (text, serial) => {
    const c = new Collector();
    expect(c.date("d", text, "the date", true)).toBe(serial);
    expect(cell(() => F.consultLumpSum(text, _))).toBe(cell(() => F.consultLumpSum(serial, _)));
  });
  test.each(["10/1/2004", "7/4/2004", "15/10/2004", "2004-02-30", "Oct 1 2004"])(
    "%j is refused on both sides",
    (text) => {
      const c = new Collector();
      expect(c.date("d", text, "the date", true)).toBeUndefined();
      expect(cell(() => F.consultLumpSum(text, _))).toBe("#VALUE!");
    }
  );
});
