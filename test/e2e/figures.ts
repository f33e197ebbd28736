/**
 * Expected figures for the end-to-end tests, worked out by hand from the
 * agreement (defaults: contract-year accrual, cumulative half-up rounding,
 * 14-day periods from 2003-07-01 paid on their last day). Deliberately not
 * computed with the code under test.
 */

/** Excel serial of a calendar date (1900 date system), by plain arithmetic. */
export const serialOf = (isoDate: string): number =>
  Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / 86_400_000 +
  25569;

export interface Case {
  readonly name: string;
  readonly scenario: string;
  readonly periods?: string;
  readonly date: string;
  readonly disabilityFirst?: string;
  readonly consultingEnd?: string;
  readonly termination: string;
  readonly amounts: readonly string[];
  readonly total: string;
}

export const CASES: readonly Case[] = [
  {
    name: "4(c)(i), notice 2004-07-01",
    scenario: "4c-i",
    date: "2004-07-01",
    termination: "2004-10-01",
    amounts: ["5,589.04", "538,158.33"],
    total: "543,747.37",
  },
  {
    name: "4(b)(i), notice 2004-07-01",
    scenario: "4b-i",
    date: "2004-07-01",
    termination: "2004-10-01",
    amounts: ["5,589.04", "560,580.82"],
    total: "566,169.86",
  },
  {
    name: "4(c)(ii), notice 2005-07-01",
    scenario: "4c-ii",
    date: "2005-07-01",
    termination: "2005-10-01",
    amounts: ["3,013.70", "170,273.80"],
    total: "173,287.50",
  },
  {
    name: "4(h) on 2005-03-15, disabled from 2004-11-01",
    scenario: "4h",
    date: "2005-03-15",
    disabilityFirst: "2004-11-01",
    termination: "2005-03-15",
    amounts: ["3,912.33", "281,016.99"],
    total: "284,929.32",
  },
  {
    name: "4(d), both periods, 2004-01-15",
    scenario: "4d",
    periods: "both",
    date: "2004-01-15",
    termination: "2004-01-15",
    amounts: [],
    total: "1,053,202.19",
  },
  {
    name: "4(g), death on 2003-06-29",
    scenario: "4g",
    date: "2003-06-29",
    termination: "2003-06-29",
    amounts: ["816,000.00", "400,000.00"],
    total: "1,216,000.00",
  },
  {
    name: "4(g), death on 2004-10-01",
    scenario: "4g",
    date: "2004-10-01",
    termination: "2004-10-01",
    amounts: ["5,589.04", "2,739.73"],
    total: "8,328.77",
  },
  {
    // Chairman Fee remainder from 2005-10-01: 100,000 x 273/365 (to 2006-06-30) + 100,000 = 174,794.52; earned but unpaid as under 4(c)(ii).
    name: "4(b)(ii), Chairmanship Period alone, the Consulting Period ended 2005-06-30",
    scenario: "4b-ii",
    periods: "chairman",
    date: "2005-07-01",
    consultingEnd: "2005-06-30",
    termination: "2005-10-01",
    amounts: ["3,013.70", "174,794.52"],
    total: "177,808.22",
  },
];

/** 4(c)(i) at 2004-10-01 with discount-method=simple. */
export const SIMPLE = { lumpSum: "537,199.64", total: "542,788.68" };

/** The Consulting Fee schedule (3(a)): 104 full 14-day periods and a 5-day stub. */
export const CONSULTING_SCHEDULE = {
  rows: 105,
  first: {
    payDate: "2003-07-14",
    start: "2003-07-01",
    end: "2003-07-14",
    days: 14,
    amount: "7803.28",
  },
  last: {
    payDate: "2007-06-30",
    start: "2007-06-26",
    end: "2007-06-30",
    days: 5,
    amount: "2794.52",
  },
  total: "816000.00",
};
export const CHAIRMAN_TOTAL = "400000.00";
