/**
 * 4(c)(i), 4(c)(ii): the Consulting and Chairmanship Lump Sum Payments,
 * "less a discount equal to three percent (3%) per year".
 * Expected figures: the hand-checked figures (537,199.64 simple; 538,158.33
 * xnpv; 170,273.80 xnpv), hand arithmetic for the flat and one-payment cases; the
 * spreadsheet-engine check over many dates is test/oracle.
 */
import { checkRate, discountedLumpSum, lumpSumRemainder } from "../../src/core";
import { FeeLedger } from "../../src/core/rules/p3a-fees";
import { remainingPayments } from "../../src/core/rules/p4c-discount";
import { $, C, D, errorOf } from "../helpers/core";

const r3 = checkRate(0.03);

describe("4(c)(i) Consulting Lump Sum Payment at T = 2004-10-01", () => {
  test("undiscounted remainder: 816000 - round(204000 + 204000 x 92/365) = 560,580.82", () =>
    expect($(lumpSumRemainder("consulting", D("2004-10-01"), C()))).toBe("560580.82"));
  test("xnpv: 538,158.33", () =>
    expect($(discountedLumpSum("consulting", D("2004-10-01"), r3, "xnpv", C()))).toBe("538158.33"));
  test("simple (the default of register discount-method): 537,199.64", () =>
    expect($(discountedLumpSum("consulting", D("2004-10-01"), r3, "simple", C()))).toBe(
      "537199.64"
    ));
  test("flat: 560,580.82 x (1 - 0.03 x 1003/365) = 514,367.46", () =>
    expect($(discountedLumpSum("consulting", D("2004-10-01"), r3, "flat", C()))).toBe("514367.46"));
  test("the first remaining payment covers 2004-10-01..2004-10-04, paid 2004-10-04: cum(10-04) - cum(09-30) = 2,235.61", () => {
    const [first] = remainingPayments(FeeLedger.of("consulting", C()), D("2004-10-01"));
    expect($(first.amount)).toBe("2235.61");
  });
});

describe("4(c)(ii) Chairmanship Lump Sum Payment", () => {
  // LibreOffice's native SUMPRODUCT of the simple discount gives the same figure (test/oracle, headline figures).
  test("T = 2005-10-01, simple (default): 170,126.23", () =>
    expect($(discountedLumpSum("chairman", D("2005-10-01"), r3, "simple", C()))).toBe("170126.23"));
  test("T = 2005-10-01, xnpv: 170,273.80 (remainder 400000 - round(200000 + 100000 x 92/365) = 174,794.52)", () => {
    expect($(discountedLumpSum("chairman", D("2005-10-01"), r3, "xnpv", C()))).toBe("170273.80");
    expect($(lumpSumRemainder("chairman", D("2005-10-01"), C()))).toBe("174794.52");
  });
  test("the day before the window (2005-09-30) is refused, citing 4(c)(ii)", () => {
    const e = errorOf(() => discountedLumpSum("chairman", D("2005-09-30"), r3, "xnpv", C()));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/4\(c\)\(ii\).*2005-10-01/);
  });
});

describe("4(c)(i) window: notice from 2004-07-01, effective three months later", () => {
  test("2004-09-30 is refused; 2004-10-01 is the first day", () => {
    expect(
      errorOf(() => discountedLumpSum("consulting", D("2004-09-30"), r3, "xnpv", C())).message
    ).toMatch(/2004-10-01/);
    expect(() => discountedLumpSum("consulting", D("2004-10-01"), r3, "xnpv", C())).not.toThrow();
  });
  test("register notice-window=effective-from: 2004-07-01 is allowed, 2004-06-30 is not", () => {
    const c = C("notice-window=effective-from");
    // 2004-07-01 begins a contract year: remainder = 3 x 204,000 = 612,000.00; xnpv is below it
    expect($(lumpSumRemainder("consulting", D("2004-07-01"), c))).toBe("612000.00");
    expect(discountedLumpSum("consulting", D("2004-07-01"), r3, "xnpv", c).lt(612000)).toBe(true);
    expect(
      errorOf(() => discountedLumpSum("consulting", D("2004-06-30"), r3, "xnpv", c)).code
    ).toBe("#VALUE!");
  });
  test("the last day, 2007-06-30: one day's fee 558.90, paid the same day, not discounted", () => {
    expect($(discountedLumpSum("consulting", D("2007-06-30"), r3, "xnpv", C()))).toBe("558.90");
    expect($(discountedLumpSum("consulting", D("2007-06-30"), r3, "simple", C()))).toBe("558.90");
  });
  test("after the agreement (2007-07-01) is #VALUE! with its message (Excel shows none for #NUM!)", () =>
    expect(
      errorOf(() => discountedLumpSum("consulting", D("2007-07-01"), r3, "xnpv", C())).code
    ).toBe("#VALUE!"));
});

describe("the rate argument", () => {
  test("a 0% rate gives the undiscounted remainder", () =>
    expect($(discountedLumpSum("consulting", D("2004-10-01"), checkRate(0), "xnpv", C()))).toBe(
      "560580.82"
    ));
  test("a higher rate gives less", () =>
    expect(
      discountedLumpSum("consulting", D("2004-10-01"), checkRate(0.05), "xnpv", C()).lt(538158.33)
    ).toBe(true));
  test("rates below 0 or from 1 up are #NUM!", () => {
    expect(errorOf(() => checkRate(-0.01)).code).toBe("#NUM!");
    expect(errorOf(() => checkRate(1)).code).toBe("#NUM!");
    expect(errorOf(() => checkRate(Number.NaN)).code).toBe("#NUM!");
  });
  test("flat at 50% over 2.75 years would be negative: refused with #NUM!", () =>
    expect(
      errorOf(() => discountedLumpSum("consulting", D("2004-10-01"), checkRate(0.5), "flat", C()))
        .code
    ).toBe("#NUM!"));
});

describe("register earned-unpaid=through-termination", () => {
  test("T's own day is earned: remainder from 2004-10-02 = 816000 - round(204000 + 204000 x 93/365) = 560,021.92", () =>
    expect(
      $(lumpSumRemainder("consulting", D("2004-10-01"), C("earned-unpaid=through-termination")))
    ).toBe("560021.92"));
});
