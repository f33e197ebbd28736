/** The split dollar bodies and life expectancy (3(c)(iii)). */
import {
  checkRate,
  Dec,
  iso,
  lifeExpectancyFrom,
  lifeExpectancyBuiltIn,
  builtInLifeTable,
  splitDollarBuyoutPrice,
  splitDollarInterest,
  valueError,
  AGE_BASES,
  DEFAULT_CHOICES,
  SPLIT_DOLLAR_METHODS,
  SPLIT_DOLLAR_RATE,
  TERMS,
} from "../../core";
import { choiceArg, dateArg, isEmpty, moneyArg, numberArg, rows, scalar } from "../adapter";
import { inputs, money, scalarOrUndefined } from "./arguments";
import { Body } from "./types";

export const SPLIT_DOLLAR_BODIES: Record<string, Body> = {
  SPLITDOLLAR_INTEREST: (
    [cashValueJan2003, cashValue, insuredOnlyIncrease, companyInterestJan2003],
    trace
  ) => {
    const cv0 = moneyArg(cashValueJan2003, "cashValueJan2003", {
      min: 0,
      minInclusive: false,
      what: "dollars",
    });
    const cv = moneyArg(cashValue, "cashValue", { min: 0, what: "dollars" });
    const x = moneyArg(insuredOnlyIncrease, "insuredOnlyIncrease", {
      fallback: 0,
      min: 0,
      what: "dollars",
    });
    const ci0 = isEmpty(scalar(companyInterestJan2003, "companyInterestJan2003"))
      ? undefined
      : moneyArg(companyInterestJan2003, "companyInterestJan2003", {
          min: 0,
          minInclusive: false,
          what: "dollars",
        });
    if (trace)
      inputs(trace, "SPLITDOLLAR_INTEREST", {
        cashValueJan2003: cv0.toString(),
        cashValue: cv.toString(),
        insuredOnlyIncrease: x.toString(),
        companyInterestJan2003:
          ci0?.toString() ?? `the agreement's ${TERMS.companyInterestJan2003.value}`,
      });
    return money(splitDollarInterest(cv0, cv, x, ci0, trace), "SPLITDOLLAR_INTEREST");
  },

  SPLITDOLLAR_BUYOUT: ([companyInterest_, lifeExpectancyYears, rate, method], trace) => {
    const ci = moneyArg(companyInterest_, "companyInterest", { min: 0, what: "dollars" });
    const years = new Dec(
      numberArg(lifeExpectancyYears, "lifeExpectancyYears", { min: 0, max: 150, what: "years" })
    );
    const r = checkRate(
      numberArg(rate, "rate", {
        fallback: SPLIT_DOLLAR_RATE.toNumber(),
        what: "a yearly rate such as 0.03 or 3%",
      })
    );
    const m = choiceArg(
      method,
      "method",
      SPLIT_DOLLAR_METHODS,
      DEFAULT_CHOICES.splitDollarDiscount
    );
    if (trace)
      inputs(trace, "SPLITDOLLAR_BUYOUT", {
        companyInterest: ci.toString(),
        lifeExpectancyYears: years.toString(),
        rate: r.toString(),
        method: m,
      });
    return money(splitDollarBuyoutPrice(ci, years, r, m, trace), "SPLITDOLLAR_BUYOUT");
  },

  LIFE_EXPECTANCY: ([birthDate, asOfDate, lifeTable_, ageBasis], trace) => {
    const basis = choiceArg(ageBasis, "ageBasis", AGE_BASES, DEFAULT_CHOICES.lifeExpectancyAge);
    const birth = dateArg(birthDate, "birthDate");
    const asOf = dateArg(asOfDate, "asOfDate");
    // One text cell names a built-in table (3(c)(iii)(B), register life-table).
    const named = Array.isArray(lifeTable_) ? scalarOrUndefined(lifeTable_) : lifeTable_;
    if (typeof named === "string" && !isEmpty(named)) {
      const t = builtInLifeTable(named);
      if (trace)
        inputs(trace, "LIFE_EXPECTANCY", {
          birthDate: iso(birth),
          asOfDate: iso(asOf),
          table: t.id,
          ageBasis: basis,
        });
      return money(lifeExpectancyBuiltIn(birth, asOf, t, basis, trace), "LIFE_EXPECTANCY");
    }
    const rs = rows(lifeTable_, "table");
    if (rs.length > 0 && rs[0].every((x) => typeof x === "string" && !/^\s*[\d.]+\s*$/.test(x)))
      rs.shift();
    const pairs = rs.map((r, i) => {
      if (r.length < 2)
        throw valueError({
          argument: "table",
          allowed: "two columns (age, remaining years)",
          given: `row ${i + 1} of ${r.length} columns`,
          message: `table must have two columns (age, remaining years); row ${i + 1} has ${r.length}`,
        });
      return [
        numberArg(r[0], `table row ${i + 1} age`),
        numberArg(r[1], `table row ${i + 1} remaining years`),
      ] as const;
    });
    if (trace)
      inputs(trace, "LIFE_EXPECTANCY", {
        birthDate: iso(birth),
        asOfDate: iso(asOf),
        tableRows: pairs.length,
        ageBasis: basis,
      });
    return money(lifeExpectancyFrom(birth, asOf, pairs, basis, trace), "LIFE_EXPECTANCY");
  },
};
