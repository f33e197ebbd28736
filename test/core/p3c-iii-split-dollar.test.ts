/**
 * 3(c)(iii): the split-dollar Company Interest and its buy-out; life
 * expectancy from a life table.
 */
import { Dec } from "../../src/core";
import {
  companyInterest,
  lifeExpectancy,
  lifeTable,
  lifeTableAge,
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

describe("3(c)(iii)(B) lifeTableAge: the age the table is read at, as the pane and EXPLAIN say it", () => {
  // Born 1940-05-01: on 2005-01-01 the executive is 64 (last birthday 2004-05-01), 8 months past it.
  test("last-birthday: 64 on 2005-01-01", () => {
    expect(lifeTableAge(D("1940-05-01"), D("2005-01-01"), "last-birthday")).toEqual({
      ages: [64],
      note: "age last birthday=64",
    });
  });
  test("nearest-birthday: 65 from six months past the 64th birthday (2004-11-01), 64 the day before", () => {
    expect(lifeTableAge(D("1940-05-01"), D("2005-01-01"), "nearest-birthday").ages).toEqual([65]);
    expect(lifeTableAge(D("1940-05-01"), D("2004-10-31"), "nearest-birthday").ages).toEqual([64]);
    expect(lifeTableAge(D("1940-05-01"), D("2004-11-01"), "nearest-birthday").note).toBe(
      "age nearest birthday=65 (six months past the last birthday: 2004-11-01)"
    );
  });
  test("interpolated: ages 64 and 65, 245 of the 365 days from 2004-05-01 to 2005-05-01 elapsed", () => {
    const r = lifeTableAge(D("1940-05-01"), D("2005-01-01"), "interpolated");
    expect(r.ages).toEqual([64, 65]);
    expect(r.fraction?.toFixed(10)).toBe(new Dec(245).div(365).toFixed(10));
  });
  test("a buy-out date not after the birth date is refused", () => {
    expect(
      errorOf(() => lifeTableAge(D("2005-01-01"), D("2005-01-01"), "last-birthday")).message
    ).toMatch(/birthDate 2005-01-01 must be before asOfDate 2005-01-01/);
  });
});
