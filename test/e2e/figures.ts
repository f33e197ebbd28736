/**
 * Expected figures for the end-to-end tests, worked out by hand from the
 * agreement (defaults: contract-year accrual, cumulative half-up rounding,
 * 14-day periods from 2003-07-01 paid on their last day, the simple 3%
 * discount of 4(c)). Deliberately not computed with the code under test; the
 * discounted lump sums are also LibreOffice's native figures (test/oracle).
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
    amounts: ["5,589.04", "537,199.64"],
    total: "542,788.68",
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
    amounts: ["3,013.70", "170,126.23"],
    total: "173,139.93",
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

/** 4(c)(i) at 2004-10-01 with discount-method=xnpv (Excel's XNPV; the default is simple). */
export const XNPV = { lumpSum: "538,158.33", total: "543,747.37" };

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

/**
 * 4(c)(i) with a Board's delay and option (B): notice 2004-11-01 (termination
 * 2005-02-01), the Board's notification 2004-11-15, 40% in shares at $3.25,
 * elected 2004-11-30. The Consulting Lump Sum Payment at 2005-02-01 (simple
 * discount; LibreOffice's native figure in test/oracle) is 473,808.30; 40% of
 * it is 189,523.32, which buys 58,314.87 shares at $3.25: 58,314 whole shares,
 * worth 58,314 x 3.25 = 189,520.50, due 10 business days after Tuesday
 * 2004-11-30 (Dec 1-3, 6-10, 13, 14), so by 2004-12-14. The cash balance
 * 473,808.30 - 189,520.50 = 284,287.80 is paid bi-weekly on the
 * Consulting Fee's pay dates from 2005-02-07 to 2006-06-26: 504 / 14 + 1 = 37
 * payments. Earned but unpaid: 2005-01-25 to 2005-01-31, 7 x 204,000 / 365 =
 * 3,912.33, paid 2005-02-07 with the first payment (a 7-day stub, 3,912.33):
 * 7,824.66 that day. Cash 3,912.33 + 284,287.80 = 288,200.13; with the shares
 * 477,720.63.
 */
export const DURESS_B = {
  notice: "2004-11-01",
  termination: "2005-02-01",
  notification: "2004-11-15",
  portion: "40%",
  fmv: "3.25",
  election: "2004-11-30",
  lumpSum: "473808.30",
  total: "477,720.63",
  cash: "288,200.13",
  earnedUnpaid: "3,912.33",
  cashBalance: "284,287.80",
  payments: 37,
  firstPayment: "2005-02-07",
  firstPaymentAmount: "7824.66",
  lastPayment: "2006-06-26",
  shares: "58,314",
  sharesValue: "189,520.50",
  sharesDue: "2004-12-14",
  delayText:
    "notification=2004-11-15; election=B; electionDate=2004-11-30; portion=40%; fairMarketValue=3.25",
};

/**
 * Paragraph 1 base salary after the Separation Date: 4(f) on 2003-07-05, both
 * periods: the fees earned but unpaid (2003-07-01 to 2003-07-04) and the lump
 * sums of the remainder through 2007-06-30 are all the fees, 816,000 + 400,000
 * = 1,216,000.00; salary 300,000 a year paid through 2003-06-15 is owed for
 * 2003-06-16 to 2003-06-30, the end of the Transition Period: 15 x 300,000 /
 * 365 = 12,328.77; total 1,228,328.77.
 */
export const BASE_SALARY_4F = {
  scenario: "4f",
  date: "2003-07-05",
  annual: "300,000",
  paidThrough: "2003-06-15",
  salary: "12,328.77",
  withoutSalary: "1,216,000.00",
  total: "1,228,328.77",
};

/** 4(d) on the Separation Date 2003-06-30, salary paid through 2003-06-15: 2003-06-16 to 2003-06-29 (the days before the termination), 14 x 300,000 / 365 = 11,506.85. */
export const BASE_SALARY_4D = {
  scenario: "4d",
  date: "2003-06-30",
  annual: "300000",
  paidThrough: "2003-06-15",
  salary: "11,506.85",
  total: "1,227,506.85",
};
