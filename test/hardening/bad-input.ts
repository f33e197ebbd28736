/**
 * The bad-input table, as data: for every registered custom function, what
 * each kind of bad argument does. test/hardening/bad-input.test.ts walks every
 * case through the registered functions (dist/functions.js, as Excel
 * registers it) and scripts/bad-input-doc.ts renders docs/bad-input.md from
 * it, with the messages the functions actually return.
 *
 * A function added to src/functions/functions.ts must get a row here (the
 * test fails until it has one, with a cell for every kind and a type for
 * every parameter).
 *
 * Arguments are given as Excel passes them: numbers (dates as serials), text,
 * booleans, null for an empty cell, 2-D arrays for ranges. A scalar given to
 * a range ("matrix") parameter is wrapped as [[value]], as Excel does.
 */

export type Scalar = number | string | boolean | null;
export type Arg = Scalar | Scalar[][] | Scalar[][][];
export type Code = "#VALUE!" | "#NUM!" | "#N/A";

/** An Excel error value in a cell (#N/A, #DIV/0!, ...) passed as an argument. */
export const ERROR_VALUE = Object.freeze({ excelError: "#N/A" as const });
export type ErrorValue = typeof ERROR_VALUE;

export const KINDS = [
  { key: "text", title: "Text that is not a date or number" },
  { key: "boolean", title: "A boolean" },
  { key: "empty", title: "An empty cell" },
  { key: "errorValue", title: "An Excel error value" },
  { key: "range", title: "A range where one value belongs" },
  { key: "single", title: "One value where a range belongs" },
  { key: "negative", title: "A negative number" },
  { key: "zero", title: "Zero" },
  { key: "huge", title: "A huge number" },
  { key: "fraction", title: "A fractional date serial" },
  { key: "outOfSpan", title: "A date before 2003-02-07 or after 2007-06-30" },
  { key: "unknownName", title: "An unknown scenario, method, fee or other name" },
  { key: "impossible", title: "An impossible combination" },
  { key: "scheduleLength", title: "Vesting dates and share counts of different lengths" },
] as const;
export type KindKey = (typeof KINDS)[number]["key"];

export type Expect =
  /** An Excel error whose message names `names` (the argument, or the arguments of a combination) and matches `allowed`. */
  | {
      readonly kind: "error";
      readonly code: Code;
      readonly names: readonly string[];
      readonly allowed: RegExp;
    }
  /** Works, with the same result as the base call with `as` applied. */
  | { readonly kind: "same"; readonly as: Readonly<Record<string, Arg>>; readonly note: string }
  /** Works, returning `value`. */
  | { readonly kind: "value"; readonly value: unknown; readonly note: string }
  /** Excel shows the error passed in and does not call the function (functions.json does not set allowErrorForDataTypeAny). */
  | { readonly kind: "propagates" };

export interface Case {
  /** The parameter given the bad value. */
  readonly arg: string;
  readonly value: Arg | ErrorValue;
  /** Other arguments changed from the base call for this case (a combination). */
  readonly also?: Readonly<Record<string, Arg>>;
  readonly expect: Expect;
}

/** A cell of the table: the cases that show the kind for this function, or why the kind does not apply. */
export type Cell = readonly Case[] | { readonly na: string };

/**
 * What a parameter takes; drives the equivalence tests (case and spaces in
 * text, ISO text vs serials, one-cell ranges) and documents the row.
 */
export type ParamType =
  "date" | "number" | "text-choice" | "choices" | "holidays" | "table" | "headers" | "arguments";

/** A value for an equivalence test, optionally with other arguments it needs (e.g. a scenario that takes the date). */
export type Sample = Arg | { readonly value: Arg; readonly also: Readonly<Record<string, Arg>> };

export interface Row {
  readonly id: string;
  /** A valid call: every parameter of the function, in any order. */
  readonly base: Readonly<Record<string, Arg>>;
  readonly types: Readonly<Record<string, ParamType>>;
  /** Valid values per parameter for the equivalence tests (text choices: canonical spelling; dates: serials). */
  readonly samples: Readonly<Record<string, readonly Sample[]>>;
  readonly cells: Readonly<Record<KindKey, Cell>>;
}

/* ------------------------------------------------------------------ helpers */

/** Excel serial of an ISO date (1900 date system). */
export function D(isoText: string): number {
  const [y, m, d] = isoText.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25569;
}

const err = (
  code: Code,
  arg: string,
  value: Arg | ErrorValue,
  allowed: RegExp,
  names: readonly string[] = [arg],
  also?: Record<string, Arg>
): Case => ({
  arg,
  value,
  also,
  expect: { kind: "error", code, names, allowed },
});
const same = (
  arg: string,
  value: Arg,
  as: Record<string, Arg>,
  note: string,
  also?: Record<string, Arg>
): Case => ({ arg, value, also, expect: { kind: "same", as, note } });
const val = (
  arg: string,
  value: Arg,
  result: unknown,
  note: string,
  also?: Record<string, Arg>
): Case => ({ arg, value, also, expect: { kind: "value", value: result, note } });
const na = (why: string): Cell => ({ na: why });
const propagates = (arg: string): Cell => [
  { arg, value: ERROR_VALUE, expect: { kind: "propagates" } },
];

const NO_SCHEDULE = na(
  "no BTU function takes a vesting schedule (dates with share counts); the task pane holds the schedule"
);
const NO_DATE = na("no date argument");
const NO_NAME = na("no argument takes a name");

const DATE_TEXT = /must be a date \(an Excel date or YYYY-MM-DD text\)/;
/** Dates out of range are #VALUE!, whose message Excel shows (issue 19: it shows none for #NUM!). */
const EXCEL_DATES = /must be a date between 1900-03-01 and 9999-12-31/;
const SPAN = /must be between 2003-02-07 and 2007-06-30 \(the agreement's span\)/;
const SINGLE = /must be a single value, not a range of 1 x 2 cells/;

/** The cases of a date argument. */
const date = {
  text: (a: string) => err("#VALUE!", a, "next Tuesday", DATE_TEXT),
  /** Day-month text is not taken: only Excel dates and ISO text, so 03/04/2005 cannot be misread. */
  dmy: (a: string) => err("#VALUE!", a, "01/10/2004", DATE_TEXT),
  bool: (a: string) => err("#VALUE!", a, true, /must be a date, not TRUE/),
  required: (a: string) => [
    err("#VALUE!", a, null, /is required: a date as an Excel date or YYYY-MM-DD text/),
    err("#VALUE!", a, "", /is required: a date as an Excel date or YYYY-MM-DD text/),
  ],
  range: (a: string, s: number) => err("#VALUE!", a, [[s, s + 1]], SINGLE),
  negative: (a: string) => err("#VALUE!", a, -1, EXCEL_DATES),
  zero: (a: string) => err("#VALUE!", a, 0, EXCEL_DATES),
  huge: (a: string) => err("#VALUE!", a, 1e308, EXCEL_DATES),
  fraction: (a: string, s: number) =>
    same(a, s + 0.75, { [a]: s }, "works: the time of day is ignored"),
  span: (a: string) => [
    err("#VALUE!", a, "2003-02-06", SPAN),
    err("#VALUE!", a, "2007-07-01", SPAN),
  ],
};

/** The cases of the `choices` argument (text "id=value; ..." or a two-column range). */
const choices = {
  single: same(
    "choices",
    "pay-lag=3",
    { choices: [["pay-lag", "3"]] },
    'works: one cell "id=value" is the same as a two-column range'
  ),
  unknownValue: err(
    "#VALUE!",
    "choices",
    " Accrual-Basis = Daily ",
    /accrual-basis must be one of contract-year, actual-365, biweekly-26, got "Daily"/,
    ["choices", "accrual-basis"]
  ),
  unknownId: err(
    "#VALUE!",
    "choices",
    [["Pay-Lagg", "3"]],
    /unknown interpretation id "Pay-Lagg"; did you mean pay-lag\? BTU.INTERPRETATIONS\(\) lists them: accrual-basis, rounding, pay-anchor, pay-lag/
  ),
  text: err("#VALUE!", "choices", "pay lag three", /expected id=value, got "pay lag three"/),
  bool: err("#VALUE!", "choices", true, /expected id=value/),
  threeColumns: err(
    "#VALUE!",
    "choices",
    [["pay-lag", "3", "x"]],
    /must be "id=value; \.\.\." text or a two-column range of \(id, value\)/
  ),
};

const SCENARIOS = ["4a", "4b-i", "4b-ii", "4c-i", "4c-ii", "4d", "4e", "4f", "4g", "4h"];
const SCENARIO_LIST = /must be one of 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g, 4h/;
const CHOICE_SAMPLES: Sample[] = [
  "pay-lag=3",
  "earned-unpaid=through-termination",
  "accrual-basis=actual-365; rounding=per-period",
];

/* --------------------------------------------------------------- the rows */

function lumpSumRow(id: string, T: number): Row {
  const a = "terminationDate";
  return {
    id,
    base: { terminationDate: T, choices: null },
    types: { terminationDate: "date", choices: "choices" },
    samples: { terminationDate: [T, D("2006-02-14")], choices: CHOICE_SAMPLES },
    cells: {
      text: [date.text(a), date.dmy(a), choices.text],
      boolean: [date.bool(a), choices.bool],
      empty: [
        ...date.required(a),
        same(
          "choices",
          null,
          { choices: [["accrual-basis", "contract-year"]] },
          "works: no choices means the register's defaults"
        ),
      ],
      errorValue: propagates(a),
      range: [date.range(a, T), choices.threeColumns],
      single: [choices.single],
      negative: [date.negative(a)],
      zero: [date.zero(a)],
      huge: [date.huge(a)],
      fraction: [date.fraction(a, T)],
      outOfSpan: date.span(a),
      unknownName: [choices.unknownValue, choices.unknownId],
      impossible: na("every date in the agreement's span has an undiscounted remainder"),
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function discountedRow(
  id: string,
  T: number,
  clause: string,
  windowFrom: string,
  lumpSum: number
): Row {
  const a = "terminationDate";
  const before = D(windowFrom) - 1;
  return {
    id,
    base: { terminationDate: T, rate: null, method: null, choices: null },
    types: { terminationDate: "date", rate: "number", method: "text-choice", choices: "choices" },
    samples: {
      terminationDate: [T, D("2006-12-31")],
      rate: [0.05, "4%"],
      method: ["xnpv", "simple", "flat"],
      choices: CHOICE_SAMPLES,
    },
    cells: {
      text: [
        date.text(a),
        err("#VALUE!", "rate", "three percent", /must be a yearly rate such as 0\.03 or 3%/),
        choices.text,
      ],
      boolean: [
        date.bool(a),
        err("#VALUE!", "rate", true, /must be a yearly rate such as 0\.03 or 3%, not TRUE/),
        err("#VALUE!", "method", false, /must be one of simple, xnpv, flat, not FALSE/),
      ],
      empty: [
        ...date.required(a),
        same("rate", null, { rate: 0.03 }, "works: rate defaults to 3%"),
        same("method", "", { method: "simple" }, "works: method defaults to simple"),
      ],
      errorValue: propagates(a),
      range: [
        date.range(a, T),
        err("#VALUE!", "rate", [[0.03, 0.04]], SINGLE),
        err("#VALUE!", "method", [["xnpv", "simple"]], SINGLE),
      ],
      single: [choices.single],
      negative: [
        date.negative(a),
        err(
          "#NUM!",
          "rate",
          -0.03,
          /must be a yearly rate from 0 up to 1 \(3% is 0\.03\), got -0\.03/
        ),
      ],
      zero: [
        date.zero(a),
        val(
          "rate",
          0,
          lumpSum,
          `works: no discount, the undiscounted remainder (= ${id.startsWith("CONSULT") ? "CONSULT" : "CHAIR"}_LUMPSUM)`
        ),
      ],
      huge: [date.huge(a), err("#NUM!", "rate", 1e308, /must be a yearly rate from 0 up to 1/)],
      fraction: [date.fraction(a, T)],
      outOfSpan: date.span(a),
      unknownName: [
        err("#VALUE!", "method", " NPV ", /must be one of simple, xnpv, flat, got "npv"/),
        choices.unknownValue,
      ],
      impossible: [
        err(
          "#VALUE!",
          a,
          before,
          new RegExp(
            `outside ${clause.replace(/[()]/g, "\\$&")}'s window ${windowFrom} to 2007-06-30`
          )
        ),
        err(
          "#NUM!",
          "rate",
          0.9,
          /a 90% flat discount exceeds the remaining payments; use a lower rate/,
          ["rate"],
          { method: "flat" }
        ),
      ],
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function earnedUnpaidRow(): Row {
  const a = "terminationDate";
  const T = D("2004-10-01");
  return {
    id: "EARNED_UNPAID",
    base: { fee: "consulting", terminationDate: T, choices: null },
    types: { fee: "text-choice", terminationDate: "date", choices: "choices" },
    samples: {
      fee: ["consulting", "chairman"],
      terminationDate: [T, D("2003-07-15")],
      choices: CHOICE_SAMPLES,
    },
    cells: {
      text: [date.text(a), choices.text],
      boolean: [
        err("#VALUE!", "fee", true, /^fee must be "consulting" or "chairman", not TRUE$/),
        date.bool(a),
      ],
      empty: [
        err("#VALUE!", "fee", null, /^fee is required: "consulting" or "chairman"$/),
        ...date.required(a),
      ],
      errorValue: propagates("fee"),
      range: [err("#VALUE!", "fee", [["consulting", "chairman"]], SINGLE), date.range(a, T)],
      single: [choices.single],
      negative: [date.negative(a)],
      zero: [date.zero(a)],
      huge: [date.huge(a)],
      fraction: [date.fraction(a, T)],
      outOfSpan: date.span(a),
      unknownName: [
        err("#VALUE!", "fee", " Salary ", /fee must be "consulting" or "chairman", got "Salary"/),
        choices.unknownValue,
      ],
      impossible: na(
        "every fee and date in the agreement's span has an earned-but-unpaid amount (possibly 0)"
      ),
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function feeScheduleRow(): Row {
  return {
    id: "FEE_SCHEDULE",
    base: {
      fee: "chairman",
      fromDate: D("2004-10-01"),
      toDate: D("2005-06-30"),
      headers: null,
      choices: null,
    },
    types: {
      fee: "text-choice",
      fromDate: "date",
      toDate: "date",
      headers: "headers",
      choices: "choices",
    },
    samples: {
      fee: ["consulting", "chairman"],
      fromDate: [D("2004-10-01")],
      toDate: [D("2005-06-30")],
      headers: [0, 1],
      choices: CHOICE_SAMPLES,
    },
    cells: {
      text: [
        date.text("fromDate"),
        err("#VALUE!", "headers", "yes", /must be 1 to show a header row or 0 for none, got "yes"/),
      ],
      boolean: [
        err("#VALUE!", "fee", false, /^fee must be "consulting" or "chairman", not FALSE$/),
        date.bool("toDate"),
        same("headers", false, { headers: 0 }, "works: FALSE is 0 (no header row), TRUE is 1"),
      ],
      empty: [
        err("#VALUE!", "fee", null, /^fee is required: "consulting" or "chairman"$/),
        same(
          "fromDate",
          null,
          { fromDate: D("2003-07-01") },
          "works: fromDate defaults to 2003-07-01"
        ),
        same("toDate", "", { toDate: D("2007-06-30") }, "works: toDate defaults to 2007-06-30"),
        same("headers", null, { headers: 1 }, "works: headers defaults to 1"),
      ],
      errorValue: propagates("fee"),
      range: [
        date.range("fromDate", D("2004-10-01")),
        err("#VALUE!", "headers", [[1, 0]], /must be a single value, not a range of 1 x 2 cells/),
      ],
      single: [choices.single],
      negative: [
        date.negative("toDate"),
        err("#NUM!", "headers", -1, /must be 1 \(show a header row\) or 0 \(none\), got -1/),
      ],
      zero: [date.zero("fromDate"), same("headers", 0, { headers: false }, "works: no header row")],
      huge: [
        date.huge("toDate"),
        err("#NUM!", "headers", 1e308, /must be 1 \(show a header row\) or 0 \(none\)/),
      ],
      fraction: [
        date.fraction("fromDate", D("2004-10-01")),
        date.fraction("toDate", D("2005-06-30")),
      ],
      outOfSpan: [
        err("#VALUE!", "fromDate", "2003-02-06", SPAN),
        err("#VALUE!", "toDate", "2007-07-01", SPAN),
      ],
      unknownName: [
        err(
          "#VALUE!",
          "fee",
          "Chairmans",
          /fee must be "consulting" or "chairman", got "Chairmans"/
        ),
        choices.unknownValue,
      ],
      impossible: [
        err(
          "#VALUE!",
          "fromDate",
          D("2005-07-01"),
          /fromDate 2005-07-01 is after toDate 2005-06-30/,
          ["fromDate", "toDate"]
        ),
      ],
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function payoutRow(id: string, withHeaders: boolean, withYearBasis = false): Row {
  const a = "terminationDate";
  const T = D("2004-10-01");
  const base: Record<string, Arg> = {
    scenario: "4c-i",
    terminationDate: T,
    periods: null,
    consultingEndDate: null,
    choices: null,
    annualBaseSalary: null,
    salaryPaidThrough: null,
    delay: null,
  };
  const types: Record<string, ParamType> = {
    scenario: "text-choice",
    terminationDate: "date",
    periods: "text-choice",
    consultingEndDate: "date",
    choices: "choices",
    annualBaseSalary: "number",
    salaryPaidThrough: "date",
    delay: "choices",
  };
  // 4(c)(i): a Board's delay of the lump sum (notice 2004-11-01, so T = 2005-02-01).
  const delayed = { scenario: "4c-i", terminationDate: D("2005-02-01") };
  // Paragraph 1's base salary matters where the Transition Period does: 4(d) before the Separation Date.
  const transition = { scenario: "4d", terminationDate: D("2003-05-15") };
  if (withHeaders) {
    base.headers = null;
    types.headers = "headers";
  }
  // Issue 21: PAYOUT_BY_YEAR's calendar or contract years (3(b)).
  if (withYearBasis) {
    base.yearBasis = null;
    types.yearBasis = "text-choice";
  }
  const yearBasisCases = withYearBasis
    ? {
        bool: [
          err(
            "#VALUE!",
            "yearBasis",
            true,
            /^yearBasis must be "calendar" or "contract", not TRUE$/
          ),
        ],
        unknown: [
          err(
            "#VALUE!",
            "yearBasis",
            "fiscal",
            /^yearBasis must be "calendar" or "contract" \(July 1 - June 30, 3\(b\)\), got "fiscal"$/
          ),
        ],
      }
    : { bool: [], unknown: [] };
  const chairOnly = { scenario: "4b-ii", periods: "chairman", terminationDate: D("2005-10-01") };
  return {
    id,
    base,
    types,
    samples: {
      scenario: SCENARIOS,
      terminationDate: [T, D("2006-03-15")],
      periods: [
        { value: "consulting", also: { scenario: "4d", terminationDate: D("2004-01-05") } },
        { value: "chairman", also: { scenario: "4d", terminationDate: D("2004-01-05") } },
        { value: "both", also: { scenario: "4c-ii", terminationDate: D("2005-10-01") } },
      ],
      consultingEndDate: [{ value: D("2005-06-30"), also: chairOnly }],
      choices: CHOICE_SAMPLES,
      annualBaseSalary: [
        { value: 300000, also: { ...transition, salaryPaidThrough: D("2003-04-30") } },
        { value: "250000", also: { ...transition, salaryPaidThrough: D("2003-04-30") } },
      ],
      salaryPaidThrough: [
        { value: D("2003-04-30"), also: { ...transition, annualBaseSalary: 300000 } },
        { value: D("2003-02-06"), also: { ...transition, annualBaseSalary: 300000 } },
      ],
      delay: [
        {
          value:
            "notification=2004-11-15; election=B; electionDate=2004-11-30; portion=40%; fairMarketValue=3.25",
          also: delayed,
        },
        { value: "notification=2004-11-15; duressEnd=2005-06-01", also: delayed },
      ],
      ...(withHeaders ? { headers: [0, 1] } : {}),
      ...(withYearBasis ? { yearBasis: ["calendar", "contract"] } : {}),
    },
    cells: {
      text: [
        date.text(a),
        date.text("consultingEndDate"),
        choices.text,
        err(
          "#VALUE!",
          "annualBaseSalary",
          "a lot",
          /annualBaseSalary must be the annual base rate of pay in dollars, got "a lot"/,
          ["annualBaseSalary"],
          { ...transition, salaryPaidThrough: D("2003-04-30") }
        ),
      ],
      boolean: [
        err(
          "#VALUE!",
          "scenario",
          true,
          /^scenario must be one of 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g, 4h, not TRUE$/
        ),
        date.bool(a),
        err(
          "#VALUE!",
          "periods",
          false,
          /^periods must be consulting, chairman or both, not FALSE$/
        ),
        ...yearBasisCases.bool,
      ],
      empty: [
        err(
          "#VALUE!",
          "scenario",
          null,
          /^scenario is required: one of 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g, 4h$/
        ),
        ...date.required(a),
        same(
          "periods",
          null,
          { periods: "consulting" },
          "works: periods defaults to the scenario's (consulting for 4c-i)"
        ),
      ],
      errorValue: propagates("scenario"),
      range: [err("#VALUE!", "scenario", [["4c-i", "4d"]], SINGLE), date.range(a, T)],
      single: [choices.single],
      negative: [date.negative(a), date.negative("consultingEndDate")],
      zero: [date.zero(a)],
      huge: [date.huge(a)],
      fraction: [
        date.fraction(a, T),
        same(
          "consultingEndDate",
          D("2005-06-30") + 0.75,
          { consultingEndDate: D("2005-06-30") },
          "works: the time of day is ignored",
          chairOnly
        ),
      ],
      outOfSpan: date.span(a),
      unknownName: [
        err(
          "#VALUE!",
          "scenario",
          " 4(i) ",
          /scenario must be one of 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g, 4h, got "4\(i\)"/
        ),
        err(
          "#VALUE!",
          "periods",
          "Consultancy",
          /periods must be consulting, chairman or both, got "Consultancy"/
        ),
        ...yearBasisCases.unknown,
        choices.unknownValue,
      ],
      impossible: [
        // 4(b)(ii) may end the Chairmanship Period alone only once the Consulting Period has ended.
        err(
          "#VALUE!",
          "consultingEndDate",
          D("2005-10-02"),
          /consultingEndDate 2005-10-02 is after the termination date 2005-10-01: 4\(b\)\(ii\) needs the Consulting Period ended simultaneously or before/,
          ["consultingEndDate"],
          chairOnly
        ),
        err(
          "#VALUE!",
          "consultingEndDate",
          null,
          /4\(b\)\(ii\) may end the Chairmanship Period alone only if the Consulting Period ended simultaneously or before; give the date it ended/,
          ["consultingEndDate"],
          chairOnly
        ),
        err(
          "#VALUE!",
          "periods",
          "chairman",
          /periods: 4\(c\)\(i\) ends the Consulting Period, not "chairman"/
        ),
        err(
          "#VALUE!",
          a,
          D("2005-07-01"),
          /terminationDate 2005-07-01 is outside 4\(d\)'s window 2003-02-07 to 2004-06-30: 4\(d\): Good Reason may end both periods/,
          [a],
          { scenario: "4d" }
        ),
        err(
          "#VALUE!",
          "consultingEndDate",
          D("2004-09-30"),
          /consultingEndDate applies only with periods "chairman" to a scenario that may end the Chairmanship Period alone \(leave it empty for 4c-i with periods "consulting"\)/
        ),
        // The Consulting Period commences on the Separation Date: an end before it is impossible.
        err(
          "#VALUE!",
          "consultingEndDate",
          D("2003-06-29"),
          /consultingEndDate 2003-06-29 is before the Consulting Period began: it commences on the Separation Date, 2003-06-30 \(paragraph 3\)/,
          ["consultingEndDate"],
          chairOnly
        ),
        err(
          "#VALUE!",
          "consultingEndDate",
          D("2003-01-01"),
          /consultingEndDate must be between 2003-02-07 and 2007-06-30 \(the agreement's span\), got 2003-01-01/,
          ["consultingEndDate"],
          chairOnly
        ),
        // 4(e) ends both periods; the Chairmanship Period alone needs the Consulting Period ended earlier.
        err(
          "#VALUE!",
          "periods",
          "chairman",
          /consultingEndDate: 4\(e\) ends both periods; periods "chairman" means the Consulting Period ended earlier, so give the date it ended/,
          ["consultingEndDate"],
          { scenario: "4e", terminationDate: D("2006-03-17") }
        ),
        // A Board's delay exists only under 4(c)(i); its facts are named.
        err(
          "#VALUE!",
          "delay",
          "notification=2004-11-15",
          /delay applies only to a 4\(c\)\(i\) termination/,
          ["delay"],
          { scenario: "4b-i", terminationDate: D("2005-02-01") }
        ),
        err(
          "#VALUE!",
          "delay",
          "notification=2004-11-15; price=3",
          /delay: unknown fact "price"; the facts are notification, election, electionDate, portion, fairMarketValue, duressEnd/,
          ["delay"],
          delayed
        ),
        err(
          "#VALUE!",
          "delay",
          "notification=2004-11-15; election=B",
          /delay electionDate is required with election B/,
          ["delay", "electionDate"],
          delayed
        ),
        // Paragraph 1: the base rate without the day salary was paid through, or a paid-through day outside the Transition Period.
        err(
          "#VALUE!",
          "annualBaseSalary",
          300000,
          /salaryPaidThrough is required with annualBaseSalary: give the annual base rate and the last day salary was paid through, or neither/,
          ["salaryPaidThrough", "annualBaseSalary"],
          transition
        ),
        err(
          "#VALUE!",
          "salaryPaidThrough",
          D("2003-07-01"),
          /salaryPaidThrough must be from 2003-02-06 to 2003-06-30 \(the Transition Period, paragraph 1\), got 2003-07-01/,
          ["salaryPaidThrough"],
          { ...transition, annualBaseSalary: 300000 }
        ),
      ],
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function terminationDateRow(): Row {
  const a = "noticeDate";
  const N = D("2004-07-01");
  return {
    id: "TERMINATION_DATE",
    base: { scenario: "4b-i", noticeDate: N, choices: null },
    types: { scenario: "text-choice", noticeDate: "date", choices: "choices" },
    samples: {
      scenario: SCENARIOS,
      noticeDate: [N, D("2005-08-15")],
      choices: ["notice-window=effective-from"],
    },
    cells: {
      text: [date.text(a), choices.text],
      boolean: [
        err("#VALUE!", "scenario", false, /^scenario must be one of 4a, .*, 4h, not FALSE$/),
        date.bool(a),
      ],
      empty: [
        err("#VALUE!", "scenario", "", /^scenario is required: one of 4a, .*, 4h$/),
        ...date.required(a),
      ],
      errorValue: propagates("scenario"),
      range: [err("#VALUE!", "scenario", [["4b-i", "4c-i"]], SINGLE), date.range(a, N)],
      single: [
        same(
          "choices",
          "notice-window=effective-from",
          { choices: [["notice-window", "effective-from"]] },
          'works: one cell "id=value" is the same as a two-column range'
        ),
      ],
      negative: [date.negative(a)],
      zero: [date.zero(a)],
      huge: [date.huge(a)],
      fraction: [date.fraction(a, N)],
      outOfSpan: date.span(a),
      unknownName: [err("#VALUE!", "scenario", "4B-III", SCENARIO_LIST), choices.unknownId],
      impossible: [
        err(
          "#VALUE!",
          a,
          D("2004-06-30"),
          /noticeDate 2004-06-30 is too early: 4\(b\)\(i\) notice may be given from 2004-07-01/
        ),
        err(
          "#VALUE!",
          a,
          D("2007-04-01"),
          /noticeDate 2007-04-01 is too late: three months' notice would end the period on 2007-07-01, after it expires on 2007-06-30/
        ),
        err(
          "#VALUE!",
          a,
          D("2005-07-01"),
          /noticeDate 2005-07-01 is outside 4\(d\)'s window/,
          [a],
          { scenario: "4d" }
        ),
      ],
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function optionDeadlineRow(): Row {
  const T = D("2004-10-01");
  return {
    id: "OPTION_DEADLINE",
    base: { scenario: "4a", terminationDate: T, vestingDate: D("2004-01-01"), choices: null },
    types: {
      scenario: "text-choice",
      terminationDate: "date",
      vestingDate: "date",
      choices: "choices",
    },
    samples: {
      scenario: SCENARIOS,
      terminationDate: [T, D("2006-01-02")],
      vestingDate: [D("2004-01-01"), D("2005-03-01")],
      choices: ["option-window=inclusive", "vesting-on-termination=unvested"],
    },
    cells: {
      text: [date.text("terminationDate"), date.text("vestingDate")],
      boolean: [
        date.bool("vestingDate"),
        err("#VALUE!", "scenario", true, /^scenario must be one of 4a, .*, 4h, not TRUE$/),
      ],
      empty: [
        ...date.required("vestingDate"),
        err("#VALUE!", "scenario", null, /^scenario is required: one of 4a, .*$/),
      ],
      errorValue: propagates("vestingDate"),
      range: [date.range("vestingDate", D("2004-01-01"))],
      single: [
        same(
          "choices",
          "option-window=inclusive",
          { choices: [["option-window", "inclusive"]] },
          'works: one cell "id=value" is the same as a two-column range'
        ),
      ],
      negative: [date.negative("vestingDate")],
      zero: [date.zero("terminationDate")],
      huge: [date.huge("vestingDate")],
      fraction: [
        date.fraction("terminationDate", T),
        date.fraction("vestingDate", D("2004-01-01")),
      ],
      outOfSpan: [
        ...date.span("terminationDate"),
        val(
          "vestingDate",
          D("2001-01-01"),
          T + 90,
          "works: a vesting date is not limited to the agreement's span (vested long before: 90 days under 4(a))"
        ),
      ],
      unknownName: [
        err(
          "#VALUE!",
          "scenario",
          " For Cause ",
          /scenario must be one of 4a, .*, got "For Cause"/
        ),
        choices.unknownValue,
      ],
      impossible: [
        err(
          "#VALUE!",
          "terminationDate",
          D("2004-09-30"),
          /terminationDate 2004-09-30 is outside 4\(c\)\(i\)'s window 2004-10-01 to 2007-06-30/,
          ["terminationDate"],
          { scenario: "4c-i" }
        ),
      ],
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function curePeriodRow(): Row {
  const a = "noticeDate";
  const N = D("2004-01-01");
  return {
    id: "CURE_PERIOD_END",
    base: { clause: "4a", noticeDate: N },
    types: { clause: "text-choice", noticeDate: "date" },
    samples: { clause: ["4a", "4d", "4(a)(i)", "4(d)(i)"], noticeDate: [N, D("2006-11-30")] },
    cells: {
      text: [date.text(a)],
      boolean: [
        err(
          "#VALUE!",
          "clause",
          true,
          /^clause must be "4a" \(30-day cure, 4\(a\)\(i\)\) or "4d" \(10-day cure, 4\(d\)\(i\)\), not TRUE$/
        ),
        date.bool(a),
      ],
      empty: [
        err(
          "#VALUE!",
          "clause",
          null,
          /^clause is required: "4a" \(30-day cure, 4\(a\)\(i\)\) or "4d"/
        ),
        ...date.required(a),
      ],
      errorValue: propagates("clause"),
      range: [err("#VALUE!", "clause", [["4a", "4d"]], SINGLE), date.range(a, N)],
      single: na("no range argument"),
      negative: [date.negative(a)],
      zero: [date.zero(a)],
      huge: [date.huge(a)],
      fraction: [date.fraction(a, N)],
      outOfSpan: date.span(a),
      unknownName: [
        err(
          "#VALUE!",
          "clause",
          " 4B ",
          /clause must be "4a" \(30-day cure of a breach, 4\(a\)\(i\)\) or "4d" \(10-day cure of a compensation failure, 4\(d\)\(i\)\), got "4B"/
        ),
      ],
      impossible: na("every clause and notice date in the span has a cure period"),
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function businessDayRow(id: string, a: string): Row {
  const N = D("2004-10-01");
  const HOLIDAYS =
    /holidays must be a range of dates \(Excel dates or YYYY-MM-DD text\) or the text "us-ma"/;
  return {
    id,
    base: { [a]: N, holidays: null, choices: null },
    types: { [a]: "date", holidays: "holidays", choices: "choices" },
    samples: {
      [a]: [N, D("2006-12-20")],
      holidays: ["us-ma", [[D("2004-10-11")], [D("2004-11-11")]]],
      choices: ["business-days=weekdays"],
    },
    cells: {
      text: [date.text(a), err("#VALUE!", "holidays", "Christmas", HOLIDAYS)],
      boolean: [
        date.bool(a),
        err("#VALUE!", "holidays", true, /holidays must be a date, not TRUE/),
      ],
      empty: [
        ...date.required(a),
        same(
          "holidays",
          [[null], [""]],
          { holidays: null },
          "works: empty cells in the holiday range are skipped"
        ),
      ],
      errorValue: propagates(a),
      range: [date.range(a, N)],
      single: [
        same(
          "holidays",
          "2004-10-11",
          { holidays: [[D("2004-10-11")]] },
          "works: one date is a one-holiday list"
        ),
        choices.single,
      ],
      negative: [
        date.negative(a),
        err(
          "#VALUE!",
          "holidays",
          [[-1]],
          /holidays must be a date between 1900-03-01 and 9999-12-31/
        ),
      ],
      zero: [
        date.zero(a),
        err("#VALUE!", "holidays", 0, /holidays must be a date between 1900-03-01 and 9999-12-31/),
      ],
      huge: [date.huge(a)],
      fraction: [
        date.fraction(a, N),
        same(
          "holidays",
          D("2004-10-11") + 0.5,
          { holidays: D("2004-10-11") },
          "works: the time of day is ignored"
        ),
      ],
      outOfSpan: [
        ...date.span(a),
        same(
          "holidays",
          [[D("2001-12-25")]],
          { holidays: null },
          "works: a holiday outside the deadline's days changes nothing"
        ),
      ],
      unknownName: [err("#VALUE!", "holidays", " US MA ", HOLIDAYS), choices.unknownValue],
      impossible: na("any notification or election date in the span has a deadline"),
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function duressSharesRow(id: string): Row {
  const AMOUNT = /the Consulting Lump Sum Payment in dollars/;
  const FMV = /the price per share on the election date/;
  const PORTION = /the share of the value taken in stock, e.g\. 0\.5 or 50%/;
  const shares = id === "DURESS_SHARES";
  return {
    id,
    base: { amount: 538158.33, fairMarketValue: 2.5, portion: null, choices: null },
    types: { amount: "number", fairMarketValue: "number", portion: "number", choices: "choices" },
    samples: {
      amount: [538158.33, "100000"],
      fairMarketValue: [2.5, "3.75"],
      portion: [0.5, "50%"],
      choices: ["duress-whole-shares=fractional", "duress-whole-shares=round-nearest"],
    },
    cells: {
      text: [
        // Issue 18: text is read by the core's readNumber, as the pane reads it: "$" and thousands separators are taken,
        // "3,125" (a thousands comma or a decimal comma?) is refused with both readings.
        err(
          "#VALUE!",
          "fairMarketValue",
          "3,125",
          /fairMarketValue must be the price per share on the election date: "3,125" is ambiguous: \$3,125\.00 with a comma separating thousands, or \$3\.125 with a decimal comma/
        ),
        same(
          "amount",
          "$538,158.33",
          { amount: 538158.33 },
          "works: $ and thousands separators, read as the task pane reads them"
        ),
        err("#VALUE!", "amount", "40%", AMOUNT),
        err("#VALUE!", "fairMarketValue", "two fifty", FMV),
      ],
      boolean: [
        err("#VALUE!", "fairMarketValue", true, FMV),
        err("#VALUE!", "portion", false, PORTION),
      ],
      empty: [
        err(
          "#VALUE!",
          "amount",
          null,
          /amount is required: the Consulting Lump Sum Payment in dollars/
        ),
        err("#VALUE!", "fairMarketValue", "", /fairMarketValue is required: the price per share/),
        same("portion", null, { portion: 1 }, "works: portion defaults to 1 (100%)"),
      ],
      errorValue: propagates("amount"),
      range: [err("#VALUE!", "amount", [[1, 2]], SINGLE)],
      single: [
        same(
          "choices",
          "duress-whole-shares=fractional",
          { choices: [["duress-whole-shares", "fractional"]] },
          'works: one cell "id=value" is the same as a two-column range'
        ),
      ],
      negative: [
        err("#NUM!", "amount", -1, /amount must be at least 0/),
        err("#NUM!", "fairMarketValue", -2.5, /fairMarketValue must be above 0/),
        err("#NUM!", "portion", -0.5, /portion must be above 0 and at most 1/),
      ],
      zero: [
        val("amount", 0, 0, shares ? "works: no shares" : "works: no balance"),
        err(
          "#NUM!",
          "fairMarketValue",
          0,
          /fairMarketValue must be above 0 \(the price per share on the election date\), got 0/
        ),
        err("#NUM!", "portion", 0, /portion must be above 0 and at most 1/),
      ],
      huge: [
        err(
          "#NUM!",
          "fairMarketValue",
          8e-323,
          /fairMarketValue must be large enough that amount x portion \/ fairMarketValue fits in a cell/,
          ["fairMarketValue"],
          { amount: 1213170 }
        ),
        err("#NUM!", "portion", 1e308, /portion must be above 0 and at most 1/),
        val(
          "fairMarketValue",
          1e308,
          shares ? 0 : 538158.33,
          shares
            ? "works: a price above the amount buys no share"
            : "works: a price above the amount buys no share; all is cash"
        ),
      ],
      fraction: NO_DATE,
      outOfSpan: NO_DATE,
      unknownName: [
        choices.unknownValue,
        err(
          "#VALUE!",
          "choices",
          "duress-whole-shares=Round Up",
          /duress-whole-shares must be one of round-down, round-nearest, fractional, got "Round Up"/,
          ["choices", "duress-whole-shares"]
        ),
      ],
      impossible: na("any amount, price and portion in range give a share count"),
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function duressScheduleRow(): Row {
  const a = "terminationDate";
  const T = D("2004-10-01");
  return {
    id: "DURESS_SCHEDULE",
    base: {
      terminationDate: T,
      balance: 100000,
      duressEndDate: null,
      headers: null,
      choices: null,
    },
    types: {
      terminationDate: "date",
      balance: "number",
      duressEndDate: "date",
      headers: "headers",
      choices: "choices",
    },
    samples: {
      terminationDate: [T, D("2006-06-30")],
      balance: [100000, "25000.5"],
      duressEndDate: [D("2005-01-15")],
      headers: [0, 1],
      choices: CHOICE_SAMPLES,
    },
    cells: {
      text: [
        date.text(a),
        err("#VALUE!", "balance", "lots", /balance must be dollars still owed, got "lots"/),
        date.text("duressEndDate"),
      ],
      boolean: [
        date.bool(a),
        err("#VALUE!", "balance", true, /balance must be dollars still owed, not TRUE/),
        same("headers", true, { headers: 1 }, "works: TRUE is 1 (a header row)"),
      ],
      empty: [
        ...date.required(a),
        err("#VALUE!", "balance", null, /balance is required: dollars still owed/),
        same(
          "duressEndDate",
          null,
          { duressEndDate: "" },
          "works: no end date, paid bi-weekly until the balance is paid"
        ),
      ],
      errorValue: propagates("balance"),
      range: [date.range(a, T), err("#VALUE!", "balance", [[100000, 200000]], SINGLE)],
      single: [choices.single],
      negative: [
        err(
          "#NUM!",
          "balance",
          -100,
          /balance must be at least 0 \(dollars still owed\), got -100/
        ),
        date.negative("duressEndDate"),
      ],
      zero: [
        val(
          "balance",
          0,
          [["Pay date", "Amount", "Balance after"]],
          "works: nothing to pay (the header row only)"
        ),
        date.zero(a),
      ],
      huge: [
        err(
          "#NUM!",
          "balance",
          1e308,
          /^balance must be at most 560580\.82, the Consulting Fees payable bi-weekly from 2004-10-01 through 2007-06-30, unless the duress ends earlier \(give its date\); got 1e\+308$/
        ),
        date.huge("duressEndDate"),
      ],
      fraction: [date.fraction(a, T), date.fraction("duressEndDate", D("2005-01-15"))],
      outOfSpan: date.span(a),
      unknownName: [choices.unknownValue],
      impossible: [
        err(
          "#VALUE!",
          "duressEndDate",
          D("2004-09-01"),
          /duressEndDate 2004-09-01 is before the termination date 2004-10-01/
        ),
        err(
          "#VALUE!",
          a,
          D("2004-09-30"),
          /terminationDate 2004-09-30 is outside 4\(c\)\(i\)'s window 2004-10-01 to 2007-06-30/
        ),
        err("#NUM!", "balance", 600000, /^balance must be at most 560580\.82, .*got 600000\.00$/),
      ],
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function disabilityRow(): Row {
  const a = "firstDayOfDisability";
  const F = D("2004-01-01");
  return {
    id: "DISABILITY_NOTICE_FROM",
    base: { firstDayOfDisability: F, lastDayOfDisability: null },
    types: { firstDayOfDisability: "date", lastDayOfDisability: "date" },
    samples: { firstDayOfDisability: [F, D("2006-09-09")], lastDayOfDisability: [D("2004-06-30")] },
    cells: {
      text: [date.text(a), date.text("lastDayOfDisability")],
      boolean: [date.bool(a), date.bool("lastDayOfDisability")],
      empty: [
        ...date.required(a),
        same(
          "lastDayOfDisability",
          "",
          { lastDayOfDisability: null },
          "works: the disability has not ended"
        ),
      ],
      errorValue: propagates(a),
      range: [date.range(a, F)],
      single: na("no range argument"),
      negative: [date.negative(a), date.negative("lastDayOfDisability")],
      zero: [date.zero(a)],
      huge: [date.huge(a), date.huge("lastDayOfDisability")],
      fraction: [date.fraction(a, F), date.fraction("lastDayOfDisability", D("2004-06-30"))],
      outOfSpan: date.span(a),
      unknownName: NO_NAME,
      impossible: [
        err(
          "#VALUE!",
          "lastDayOfDisability",
          D("2003-12-31"),
          /^lastDayOfDisability 2003-12-31 is before firstDayOfDisability 2004-01-01; it must be on or after it$/,
          ["lastDayOfDisability", "firstDayOfDisability"]
        ),
        err(
          "#VALUE!",
          "lastDayOfDisability",
          D("2004-04-28"),
          /^lastDayOfDisability must be on or after 2004-04-29: 4\(h\) needs 120 consecutive calendar days of disability from firstDayOfDisability 2004-01-01; got 2004-04-28$/
        ),
      ],
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function splitDollarInterestRow(): Row {
  const DOLLARS = /must be dollars/;
  return {
    id: "SPLITDOLLAR_INTEREST",
    base: {
      cashValueJan2003: 400000,
      cashValue: 500000,
      insuredOnlyIncrease: null,
      companyInterestJan2003: null,
    },
    types: {
      cashValueJan2003: "number",
      cashValue: "number",
      insuredOnlyIncrease: "number",
      companyInterestJan2003: "number",
    },
    samples: {
      cashValueJan2003: [400000, "300000"],
      cashValue: [500000, "612345.67"],
      insuredOnlyIncrease: [25000],
      companyInterestJan2003: [232000, "250000"],
    },
    cells: {
      text: [
        err("#VALUE!", "cashValue", "five hundred thousand", DOLLARS),
        err("#VALUE!", "cashValueJan2003", "n/a", DOLLARS),
      ],
      boolean: [err("#VALUE!", "cashValue", true, /cashValue must be dollars, not TRUE/)],
      empty: [
        err("#VALUE!", "cashValueJan2003", null, /cashValueJan2003 is required: dollars/),
        same("insuredOnlyIncrease", null, { insuredOnlyIncrease: 0 }, "works: defaults to 0"),
        same(
          "companyInterestJan2003",
          "",
          { companyInterestJan2003: 232000 },
          "works: defaults to 232,000 (3(c)(iii)(B))"
        ),
      ],
      errorValue: propagates("cashValue"),
      range: [err("#VALUE!", "cashValue", [[500000, 600000]], SINGLE)],
      single: na("no range argument"),
      negative: [
        err("#NUM!", "cashValue", -1, /cashValue must be at least 0 \(dollars\), got -1/),
        err("#NUM!", "insuredOnlyIncrease", -5, /insuredOnlyIncrease must be at least 0/),
        err("#NUM!", "cashValueJan2003", -400000, /cashValueJan2003 must be above 0/),
      ],
      zero: [
        val("cashValue", 0, 0, "works: no cash value, no Company Interest"),
        err("#NUM!", "cashValueJan2003", 0, /cashValueJan2003 must be above 0 \(dollars\), got 0/),
        err("#NUM!", "companyInterestJan2003", 0, /companyInterestJan2003 must be above 0/),
      ],
      huge: [
        val(
          "cashValue",
          1e308,
          5.8e307,
          "works: dollar amounts have no upper limit; the result stays finite"
        ),
        err(
          "#NUM!",
          "insuredOnlyIncrease",
          1e308,
          /insuredOnlyIncrease must be from 0 up to cashValue \(500000\), got 1e\+308/
        ),
      ],
      fraction: NO_DATE,
      outOfSpan: NO_DATE,
      unknownName: NO_NAME,
      impossible: [
        err(
          "#NUM!",
          "insuredOnlyIncrease",
          600000,
          /insuredOnlyIncrease must be from 0 up to cashValue \(500000\), got 600000/,
          ["insuredOnlyIncrease", "cashValue"]
        ),
        err(
          "#NUM!",
          "cashValueJan2003",
          200000,
          /cashValueJan2003 must be at least the Company Interest on 2003-01-01 \(232000\), got 200000/
        ),
      ],
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function splitDollarBuyoutRow(): Row {
  return {
    id: "SPLITDOLLAR_BUYOUT",
    base: { companyInterest: 290000, lifeExpectancyYears: 15, rate: null, method: null },
    types: {
      companyInterest: "number",
      lifeExpectancyYears: "number",
      rate: "number",
      method: "text-choice",
    },
    samples: {
      companyInterest: [290000, "123456.78"],
      lifeExpectancyYears: [15, 7.5, "20"],
      rate: [0.05, "2.5%"],
      method: ["compound", "simple"],
    },
    cells: {
      text: [
        err(
          "#VALUE!",
          "lifeExpectancyYears",
          "fifteen",
          /lifeExpectancyYears must be years, got "fifteen"/
        ),
        err("#VALUE!", "rate", "3 pct", /rate must be a yearly rate such as 0\.03 or 3%/),
      ],
      boolean: [
        err("#VALUE!", "companyInterest", false, /companyInterest must be dollars, not FALSE/),
        err("#VALUE!", "method", true, /^method must be one of compound, simple, not TRUE$/),
      ],
      empty: [
        err("#VALUE!", "lifeExpectancyYears", null, /lifeExpectancyYears is required: years/),
        same("rate", null, { rate: 0.03 }, "works: rate defaults to 3%"),
        same("method", null, { method: "compound" }, "works: method defaults to compound"),
      ],
      errorValue: propagates("companyInterest"),
      range: [err("#VALUE!", "lifeExpectancyYears", [[15, 16]], SINGLE)],
      single: na("no range argument"),
      negative: [
        err("#NUM!", "companyInterest", -1, /companyInterest must be at least 0/),
        err(
          "#NUM!",
          "lifeExpectancyYears",
          -1,
          /lifeExpectancyYears must be at least 0 and at most 150 \(years\), got -1/
        ),
        err("#NUM!", "rate", -0.01, /rate must be a yearly rate from 0 up to 1/),
      ],
      zero: [
        val("lifeExpectancyYears", 0, 290000, "works: no discount over 0 years"),
        val("rate", 0, 290000, "works: no discount at 0%"),
        val("companyInterest", 0, 0, "works: nothing to buy out"),
      ],
      huge: [
        err(
          "#NUM!",
          "lifeExpectancyYears",
          1e308,
          /lifeExpectancyYears must be at least 0 and at most 150/
        ),
        err("#NUM!", "rate", 1e308, /rate must be a yearly rate from 0 up to 1/),
      ],
      fraction: NO_DATE,
      outOfSpan: NO_DATE,
      unknownName: [
        err(
          "#VALUE!",
          "method",
          " Continuous ",
          /method must be one of compound, simple, got "continuous"/
        ),
      ],
      impossible: [
        err(
          "#NUM!",
          "lifeExpectancyYears",
          40,
          /lifeExpectancyYears: a simple 3% discount over 40 years exceeds the Company Interest; use method "compound"/,
          ["lifeExpectancyYears", "method"],
          { method: "simple" }
        ),
      ],
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function lifeExpectancyRow(): Row {
  const TABLE: Scalar[][] = [
    ["Age", "Years"],
    [64, 18.5],
    [65, 17.8],
  ];
  const B = D("1940-05-10");
  const A = D("2005-05-09");
  return {
    id: "LIFE_EXPECTANCY",
    base: { birthDate: B, asOfDate: A, table: TABLE, ageBasis: null },
    types: { birthDate: "date", asOfDate: "date", table: "table", ageBasis: "text-choice" },
    samples: {
      birthDate: [B, D("1940-11-10")],
      asOfDate: [A, D("2005-05-10")],
      table: [
        TABLE,
        [
          [64, 18.5],
          [65, 17.8],
          [66, 17.1],
        ],
      ],
      ageBasis: ["last-birthday", "nearest-birthday", "interpolated"],
    },
    cells: {
      text: [
        date.text("birthDate"),
        err(
          "#VALUE!",
          "table",
          [
            ["Age", "Years"],
            ["sixty-four", 18.5],
          ],
          /table row 1 age must be a number, got "sixty-four"/
        ),
      ],
      boolean: [
        date.bool("asOfDate"),
        err(
          "#VALUE!",
          "ageBasis",
          true,
          /^ageBasis must be one of last-birthday, nearest-birthday, interpolated, not TRUE$/
        ),
      ],
      empty: [
        ...date.required("birthDate"),
        err(
          "#VALUE!",
          "table",
          [[null, null]],
          /table must have at least one \(age, remaining years\) row/
        ),
        same(
          "ageBasis",
          null,
          { ageBasis: "last-birthday" },
          "works: ageBasis defaults to last-birthday"
        ),
      ],
      errorValue: propagates("birthDate"),
      range: [date.range("asOfDate", A)],
      single: [
        err(
          "#VALUE!",
          "table",
          18.5,
          /table must have two columns \(age, remaining years\); row 1 has 1/
        ),
      ],
      negative: [
        date.negative("birthDate"),
        err(
          "#VALUE!",
          "table",
          [[-64, 18.5]],
          /table row 1: age must be a whole number from 0 to 130, got -64/
        ),
      ],
      zero: [date.zero("asOfDate")],
      huge: [
        date.huge("asOfDate"),
        err(
          "#VALUE!",
          "table",
          [[64, 1e308]],
          /table row 1: remaining years must be a number from 0 to 150, got 1e\+308/
        ),
      ],
      fraction: [date.fraction("birthDate", B), date.fraction("asOfDate", A)],
      outOfSpan: na("birth and buy-out dates are not limited to the agreement's span"),
      unknownName: [
        err(
          "#VALUE!",
          "ageBasis",
          "Insurance Age",
          /ageBasis must be one of last-birthday, nearest-birthday, interpolated, got "insurance age"/
        ),
      ],
      impossible: [
        err(
          "#VALUE!",
          "birthDate",
          D("2005-05-10"),
          /birthDate 2005-05-10 must be before asOfDate 2005-05-09/,
          ["birthDate", "asOfDate"]
        ),
        err(
          "#N/A",
          "asOfDate",
          D("2010-05-09"),
          /table has no row for age 69 \(ages 64 to 65 given\)/,
          ["table"]
        ),
        err(
          "#VALUE!",
          "table",
          [
            [64, 18.5],
            [64, 18.4],
          ],
          /table row 2: age 64 appears twice/
        ),
      ],
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function termsRow(): Row {
  const none = na("TERMS takes no arguments");
  return {
    id: "TERMS",
    base: {},
    types: {},
    samples: {},
    cells: Object.fromEntries(KINDS.map((k) => [k.key, none])) as Record<KindKey, Cell>,
  };
}

function interpretationsRow(): Row {
  const none = na("INTERPRETATIONS takes only choices");
  return {
    id: "INTERPRETATIONS",
    base: { choices: null },
    types: { choices: "choices" },
    samples: { choices: CHOICE_SAMPLES },
    cells: {
      text: [choices.text],
      boolean: [choices.bool],
      empty: [
        same(
          "choices",
          null,
          { choices: [["accrual-basis", "contract-year"]] },
          "works: the register with its defaults in force"
        ),
      ],
      errorValue: propagates("choices"),
      range: [choices.threeColumns],
      single: [choices.single],
      negative: none,
      zero: none,
      huge: none,
      fraction: NO_DATE,
      outOfSpan: NO_DATE,
      unknownName: [choices.unknownValue, choices.unknownId],
      impossible: none,
      scheduleLength: NO_SCHEDULE,
    },
  };
}

function explainRow(): Row {
  const inner = na(
    "EXPLAIN does not fail on a bad argument of the function it explains: its trace ends with that function's error and message (see that function's row)"
  );
  const WHAT =
    /functionName must be a BTU function other than EXPLAIN \(CONSULT_LUMPSUM, CHAIR_LUMPSUM/;
  return {
    id: "EXPLAIN",
    base: { functionName: "CONSULT_LUMPSUM", args: [[[D("2004-10-01")]]] },
    types: { functionName: "text-choice", args: "arguments" },
    samples: {
      functionName: ["CONSULT_LUMPSUM", "BTU.CONSULT_LUMPSUM"],
      args: [[[[D("2004-10-01")]]], [[["2005-03-01"]], [["pay-lag=3"]]]],
    },
    cells: {
      text: [err("#VALUE!", "functionName", "NPV", WHAT)],
      boolean: [
        err(
          "#VALUE!",
          "functionName",
          true,
          /^functionName must be a BTU function name such as CONSULT_DISCOUNTED, not TRUE$/
        ),
      ],
      empty: [
        err(
          "#VALUE!",
          "functionName",
          null,
          /^functionName is required: a BTU function name such as CONSULT_DISCOUNTED$/
        ),
      ],
      errorValue: propagates("functionName"),
      range: [err("#VALUE!", "functionName", [["CONSULT_LUMPSUM", "TERMS"]], SINGLE)],
      single: [
        same(
          "args",
          D("2004-10-01"),
          { args: [[[D("2004-10-01")]]] },
          "works: one value is one argument, as Excel passes it"
        ),
      ],
      negative: inner,
      zero: inner,
      huge: inner,
      fraction: inner,
      outOfSpan: inner,
      unknownName: [err("#VALUE!", "functionName", " Explain ", WHAT)],
      impossible: inner,
      scheduleLength: NO_SCHEDULE,
    },
  };
}

/* ------------------------------------------- hardening, second round */

/**
 * The cases of issue "Hardening, second round", added to every row they
 * apply to: JavaScript's built-in property names as a choice id (the register
 * is a Map, never a plain object) and a choice id given twice (no longer
 * last-one-wins); as a text choice and function name; text longer than a
 * message repeats (cut to 60 characters with an ellipsis); DURESS_SCHEDULE's
 * end date after 2007-06-30.
 */
const LONG = "q".repeat(5000);
const CUT_ECHO = new RegExp(`got "q{59}…"`);
const HARDENING: Partial<Record<KindKey, (row: Row) => Case[]>> = {
  unknownName: (row) => [
    ...(row.types.choices === "choices"
      ? [
          err(
            "#VALUE!",
            "choices",
            "constructor=x",
            /^choices: unknown interpretation id "constructor" BTU.INTERPRETATIONS\(\) lists them/
          ),
          err(
            "#VALUE!",
            "choices",
            [["__proto__", "1"]],
            /^choices: unknown interpretation id "__proto__" BTU.INTERPRETATIONS\(\) lists them/
          ),
          err(
            "#VALUE!",
            "choices",
            "pay-lag=toString",
            /^choices: pay-lag must be a whole number of days from 0 to 31, got "toString"$/,
            ["choices", "pay-lag"]
          ),
        ]
      : []),
    ...Object.entries(row.types)
      .filter(([name, t]) => t === "text-choice" && name !== "functionName")
      .flatMap(([name]) => [
        err("#VALUE!", name, "constructor", /must be .*got "constructor"$/),
        err("#VALUE!", name, "__proto__", /must be .*got "__proto__"$/),
      ]),
    ...(row.id === "EXPLAIN"
      ? [
          err(
            "#VALUE!",
            "functionName",
            "constructor",
            /functionName must be a BTU function other than EXPLAIN \(CONSULT_LUMPSUM/
          ),
          err(
            "#VALUE!",
            "functionName",
            "hasOwnProperty",
            /functionName must be a BTU function other than EXPLAIN \(CONSULT_LUMPSUM/
          ),
        ]
      : []),
  ],
  text: (row) =>
    Object.entries(row.types)
      .filter(([name, t]) => (t === "text-choice" && name !== "functionName") || t === "date")
      .slice(0, 2)
      .map(([name]) => err("#VALUE!", name, `${LONG}\n\u0000`, CUT_ECHO)),
  impossible: (row) => [
    ...(row.types.choices === "choices"
      ? [
          err(
            "#VALUE!",
            "choices",
            [
              ["pay-lag", "3"],
              [" PAY-LAG", "5"],
            ],
            /^choices: pay-lag is given twice; give each interpretation id once/,
            ["choices", "pay-lag"]
          ),
        ]
      : []),
    ...(row.id === "DURESS_SCHEDULE"
      ? [
          err(
            "#VALUE!",
            "duressEndDate",
            D("2030-01-01"),
            /^duressEndDate must be on or before 2007-06-30, the end of the Consulting Period whose bi-weekly Consulting Fee payments 4\(c\)\(i\)\(A\) continues; got 2030-01-01$/,
            ["duressEndDate"],
            { balance: 600000 }
          ),
          err(
            "#VALUE!",
            "duressEndDate",
            D("9999-12-31"),
            /^duressEndDate must be on or before 2007-06-30/,
            ["duressEndDate"],
            { balance: 1e308 }
          ),
        ]
      : []),
  ],
};

/**
 * OUTSTANDING and ROLLFORWARD (issue 21 item 3): PAYOUT's arguments (its
 * row's cases) plus the day (asOfDate) or the months (fromMonth, toMonth),
 * each a date from 2003-02-07 to 2007-12-31 (the ledger's span: the date of
 * the letter to the fiscal year end after the fees end); months out of order
 * are refused.
 */
function ledgerRow(id: "OUTSTANDING" | "ROLLFORWARD"): Row {
  const payout = payoutRow(id, id === "ROLLFORWARD");
  const T = D("2004-10-01");
  const LEDGER_SPAN = /is outside 2003-02-07 \(the date of the letter\) to 2007-12-31/;
  const extra: string[] = id === "OUTSTANDING" ? ["asOfDate"] : ["fromMonth", "toMonth"];
  const more = (kind: KindKey, cases: (a: string) => Case[]): Cell => {
    const cell: Cell = payout.cells[kind];
    const add = extra.flatMap(cases);
    return isNa(cell) ? add : [...cell, ...add];
  };
  return {
    id,
    base: {
      ...payout.base,
      ...(id === "OUTSTANDING" ? { asOfDate: T } : { fromMonth: null, toMonth: null }),
    },
    types: { ...payout.types, ...Object.fromEntries(extra.map((a) => [a, "date" as ParamType])) },
    samples: {
      ...payout.samples,
      ...Object.fromEntries(extra.map((a) => [a, [T, D("2005-06-30")]])),
    },
    cells: {
      ...payout.cells,
      text: more("text", (a) => [date.text(a)]),
      boolean: more("boolean", (a) => [date.bool(a)]),
      empty:
        id === "OUTSTANDING"
          ? more("empty", (a) => date.required(a))
          : more("empty", (a) => [
              same(
                a,
                null,
                { [a]: a === "fromMonth" ? D("2004-09-01") : D("2004-10-31") },
                `works: ${a} defaults to the month of the ${a === "fromMonth" ? "first arising or payment (fees earned from 2004-09-21)" : "last payment (2004-10-04)"}`
              ),
            ]),
      negative: more("negative", (a) => [date.negative(a)]),
      huge: more("huge", (a) => [date.huge(a)]),
      fraction: more("fraction", (a) => [date.fraction(a, T)]),
      outOfSpan: more("outOfSpan", (a) => [
        err("#VALUE!", a, "2003-02-06", LEDGER_SPAN),
        err("#VALUE!", a, "2008-01-01", LEDGER_SPAN),
      ]),
      impossible:
        id === "ROLLFORWARD"
          ? more("impossible", (a) =>
              a === "toMonth"
                ? [
                    err(
                      "#VALUE!",
                      "toMonth",
                      D("2004-09-30"),
                      /toMonth 2004-09 is before fromMonth 2004-10: give the months in order/,
                      ["toMonth", "fromMonth"],
                      { fromMonth: D("2004-10-15") }
                    ),
                  ]
                : []
            )
          : payout.cells.impossible,
    },
  };
}

function withHardening(row: Row): Row {
  const cells = { ...row.cells } as Record<KindKey, Cell>;
  for (const [kind, more] of Object.entries(HARDENING) as Array<[KindKey, (r: Row) => Case[]]>) {
    const extra = more(row);
    if (extra.length === 0) continue;
    const cell = cells[kind];
    cells[kind] = isNa(cell) ? extra : [...cell, ...extra];
  }
  return { ...row, cells };
}

export const ROWS: readonly Row[] = [
  lumpSumRow("CONSULT_LUMPSUM", D("2004-10-01")),
  lumpSumRow("CHAIR_LUMPSUM", D("2005-10-01")),
  discountedRow("CONSULT_DISCOUNTED", D("2004-10-01"), "4(c)(i)", "2004-10-01", 560580.82),
  discountedRow("CHAIR_DISCOUNTED", D("2005-10-01"), "4(c)(ii)", "2005-10-01", 174794.52),
  earnedUnpaidRow(),
  feeScheduleRow(),
  payoutRow("PAYOUT", false),
  payoutRow("PAYOUT_DETAIL", false),
  payoutRow("PAYOUT_SCHEDULE", true),
  payoutRow("PAYOUT_BY_YEAR", true, true),
  payoutRow("SENSITIVITY", false),
  ledgerRow("OUTSTANDING"),
  ledgerRow("ROLLFORWARD"),
  terminationDateRow(),
  optionDeadlineRow(),
  curePeriodRow(),
  businessDayRow("ELECTION_DEADLINE", "notificationDate"),
  businessDayRow("SHARE_TRANSFER_DEADLINE", "electionDate"),
  duressSharesRow("DURESS_SHARES"),
  duressSharesRow("DURESS_BALANCE"),
  duressScheduleRow(),
  disabilityRow(),
  splitDollarInterestRow(),
  splitDollarBuyoutRow(),
  lifeExpectancyRow(),
  termsRow(),
  interpretationsRow(),
  explainRow(),
].map(withHardening);

export function isNa(cell: Cell): cell is { readonly na: string } {
  return !Array.isArray(cell);
}
