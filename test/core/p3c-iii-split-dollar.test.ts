/**
 * 3(c)(iii): the split-dollar Company Interest and its buy-out; life
 * expectancy from a life table.
 */
import { Dec } from "../../src/core";
import {
  companyInterest,
  lifeExpectancy,
  lifeTable,
  splitDollarBuyout,
} from "../../src/core/rules/p3c-iii-split-dollar";
import { $, C, D, errorOf } from "../helpers/core";

const n = (x: number | string) => new Dec(x);

describe("3(c)(iii)(A) the Company Interest grows pro rata with the cash value", () => {
  test("cash value 400,000 on 2003-01-01 and 500,000 now: 500,000 x 232,000/400,000 = 290,000.00", () =>
    expect($(companyInterest(n(400000), n(500000), n(0), n(232000)))).toBe("290000.00"));
  test("20,000 of it due solely to the insured's top-ups: 480,000 x 0.58 = 278,400.00", () =>
    expect($(companyInterest(n(400000), n(500000), n(20000), n(232000)))).toBe("278400.00"));
  test("a 2003 cash value below the $232,000 Company Interest is impossible: #NUM!", () =>
    expect(errorOf(() => companyInterest(n(200000), n(500000), n(0), n(232000))).code).toBe(
      "#NUM!"
    ));
  test("an insured-only increase above the cash value: #NUM!", () =>
    expect(errorOf(() => companyInterest(n(400000), n(500000), n(500001), n(232000))).code).toBe(
      "#NUM!"
    ));
});

describe("3(c)(iii)(B) buy-out discounted at 3% over the remaining life expectancy", () => {
  test("compound (default): 290,000 / 1.03^15 = 186,139.96", () =>
    expect($(splitDollarBuyout(n(290000), n(15), n("0.03"), C()))).toBe("186139.96"));
  test("simple: 290,000 x (1 - 0.03 x 15) = 159,500.00", () =>
    expect(
      $(splitDollarBuyout(n(290000), n(15), n("0.03"), C("split-dollar-discount=simple")))
    ).toBe("159500.00"));
  test("simple over 40 years would be negative: #NUM!", () =>
    expect(
      errorOf(() =>
        splitDollarBuyout(n(290000), n(40), n("0.03"), C("split-dollar-discount=simple"))
      ).code
    ).toBe("#NUM!"));
  test("no remaining years: the Company Interest itself", () =>
    expect($(splitDollarBuyout(n(290000), n(0), n("0.03"), C()))).toBe("290000.00"));
});

describe("3(c)(iii)(B) life expectancy from a trade-publication table (register life-expectancy-age)", () => {
  const table = lifeTable([
    [64, 18.5],
    [65, 17.8],
    [66, 17.1],
  ]);
  // Born 1940-05-10; buy-out 2005-05-09, the day before the 65th birthday.
  test("last birthday (default): age 64 -> 18.5", () =>
    expect(lifeExpectancy(D("1940-05-10"), D("2005-05-09"), table, C()).toNumber()).toBe(18.5));
  test("nearest birthday: more than six months past 64 -> age 65 -> 17.8", () =>
    expect(
      lifeExpectancy(
        D("1940-05-10"),
        D("2005-05-09"),
        table,
        C("life-expectancy-age=nearest-birthday")
      ).toNumber()
    ).toBe(17.8));
  test("interpolated: 18.5 + (17.8 - 18.5) x 364/365 = 17.80191780...", () =>
    expect(
      lifeExpectancy(
        D("1940-05-10"),
        D("2005-05-09"),
        table,
        C("life-expectancy-age=interpolated")
      ).toFixed(8)
    ).toBe("17.80191781"));
  test("an age missing from the table is #N/A naming the age", () => {
    const e = errorOf(() => lifeExpectancy(D("1930-01-01"), D("2005-05-09"), table, C()));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("age 75");
  });
  test("bad table rows name the row", () => {
    expect(
      errorOf(() =>
        lifeTable([
          [64, 18.5],
          [64.5, 18],
        ])
      ).message
    ).toMatch(/row 2/);
    expect(
      errorOf(() =>
        lifeTable([
          [64, 18.5],
          [64, 18],
        ])
      ).message
    ).toMatch(/twice/);
  });
});
