/**
 * The bodies of the BTU custom functions, by function id. Each takes the
 * arguments as Excel passes them and an optional Trace: the Excel function
 * calls it without one (fast path), EXPLAIN calls the very same body with one
 * and spills the steps it recorded. So a trace never comes from a second
 * implementation.
 *
 * Every body coerces its arguments (./adapter), records the inputs as it read
 * them, calls one core operation and returns a cell value or a table.
 */
import {
  BaseSalaryFacts,
  BtuError,
  businessDayChoices,
  checkRate,
  ChoiceField,
  Choices,
  cureDeadline,
  CENTS,
  centsToNumber,
  Dec,
  DEFAULT_RATE,
  delayFact,
  delayOf,
  DelayFact,
  describeChoices,
  disabilityNoticeDate,
  DISCOUNT_METHODS,
  discountedLumpSum,
  duressScheduleFor,
  duressSharesFor,
  DuressDelay,
  earnedUnpaidAt,
  electionDeadlineFor,
  FEE_END,
  FEE_START,
  fieldsBearingOn,
  iso,
  lifeExpectancyFrom,
  lifeExpectancyBuiltIn,
  builtInLifeTable,
  LIFE_TABLES,
  lumpSumRemainder,
  optionDeadlineAt,
  parseCureClause,
  parseFee,
  parsePeriods,
  parseScenario,
  payout,
  Payout,
  payoutTotalCents,
  PayoutRequest,
  sensitivity,
  payoutFlows,
  REGISTER,
  registerInForce,
  scheduleFor,
  SCENARIO_CODES,
  Serial,
  shareTransferDeadlineFor,
  splitDollarBuyoutPrice,
  splitDollarInterest,
  TERM_LIST,
  terminationDate,
  Topic,
  Trace,
  valueError,
  echo,
  cut,
  nearest as nearestName,
  AGE_BASES,
  DEFAULT_CHOICES,
  dateCells,
  dayOf,
  fromDateSystem,
  toDateSystem,
  SPLIT_DOLLAR_METHODS,
  SPLIT_DOLLAR_RATE,
  splitDelayText,
  runningTotals,
  TERMS,
  wordsText,
} from "../core";
import Decimal from "decimal.js";
import {
  Arg,
  Scalar,
  beginCall,
  callChoseDateSystem,
  callDateSystem,
  callSerialsRead,
  cellNumber,
  excelArgs,
  choiceArg,
  choicesArg,
  dateArg,
  headersArg,
  holidaysArg,
  isEmpty,
  moneyArg,
  numberArg,
  optionalDateArg,
  rows,
  scalar,
  textArg,
} from "./adapter";

export type Cell = number | string | boolean;
export type Result = Cell | Cell[][];
export type Body = (args: readonly Arg[], trace?: Trace) => Result;

/** Records the arguments as the function read them (call it only with a trace: the arguments cost time to format). */
function inputs(
  trace: Trace,
  fn: string,
  shown: Record<string, string | number | undefined>,
  choices?: Choices,
  topics?: readonly Topic[],
  fields: readonly ChoiceField[] = []
): void {
  const text = Object.entries(shown)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");
  const bearing =
    choices && topics
      ? describeChoices(choices, [
          ...fieldsBearingOn(topics),
          ...fields.filter((f) => !fieldsBearingOn(topics).includes(f)),
        ])
      : [];
  trace.add(`BTU.${fn}: the arguments as read`, "", text, bearing, null);
}

const money = (x: Parameters<typeof cellNumber>[0], fn: string) => cellNumber(x, fn);

/** The fee argument: "consulting" or "chairman" (3(a)); a message repeats at most 60 characters of other text. */
function feeOf(v: Arg): "consulting" | "chairman" {
  const t = textArg(v, "fee", undefined, FEE_WHAT);
  if (t.length > 20)
    throw valueError({
      argument: "fee",
      allowed: FEE_WHAT,
      given: t,
      message: `fee must be ${FEE_WHAT}, got ${echo(t)}`,
    });
  return parseFee(t);
}

/** What the text arguments allow, for their "is required" and "not TRUE" messages. */
const FEE_WHAT = wordsText("fee", true);
const SCENARIO_WHAT = `one of ${SCENARIO_CODES.join(", ")}`;
const PERIODS_WHAT = wordsText("periods");
const CLAUSE_WHAT = `"4a" (${TERMS.causeCureDays.value}-day cure, 4(a)(i)) or "4d" (${TERMS.goodReasonCureDays.value}-day cure, 4(d)(i))`;

/** The choices every fee figure at a termination date reads (register topics). */
const AT_TERMINATION: readonly Topic[] = ["fees", "termination"];

/* -------------------------------------------------------------- 3(a), 4(c) */

function lumpSum(fn: string, fee: "consulting" | "chairman"): Body {
  return ([terminationDate, choices], trace) => {
    const c = choicesArg(choices);
    const T = dateArg(terminationDate, "terminationDate");
    if (!trace) return centsToNumber(lumpSumRemainder(fee, T, c, CENTS));
    inputs(trace, fn, { terminationDate: iso(T) }, c, AT_TERMINATION);
    return money(lumpSumRemainder(fee, T, c, trace), fn);
  };
}

function discounted(fn: string, fee: "consulting" | "chairman"): Body {
  return ([terminationDate, rate, method, choices], trace) => {
    const c = choicesArg(choices);
    const T = dateArg(terminationDate, "terminationDate");
    const r = checkRate(
      numberArg(rate, "rate", { fallback: DEFAULT_RATE, what: "a yearly rate such as 0.03 or 3%" })
    );
    const m = choiceArg(method, "method", DISCOUNT_METHODS, c.discountMethod);
    if (!trace) return centsToNumber(discountedLumpSum(fee, T, r, m, c, CENTS));
    if (trace)
      inputs(trace, fn, { terminationDate: iso(T), rate: r.toString(), method: m }, c, [
        ...AT_TERMINATION,
        fee === "consulting" ? "4c-i" : "4c-ii",
      ]);
    return money(discountedLumpSum(fee, T, r, m, c, trace), fn);
  };
}

/* ------------------------------------------------------------- paragraph 4 */

/** The value of a one-cell range (undefined for a larger one). */
const scalarOrUndefined = (v: Scalar[][]): Scalar =>
  v.length === 1 && v[0].length === 1 ? v[0][0] : undefined;

/** The optional base-salary facts (paragraph 1): both or neither. */
function baseSalaryOf(annualBaseSalary: Arg, salaryPaidThrough: Arg): BaseSalaryFacts | undefined {
  const annualGiven = !isEmpty(scalar(annualBaseSalary, "annualBaseSalary"));
  const paidGiven = !isEmpty(scalar(salaryPaidThrough, "salaryPaidThrough"));
  if (!annualGiven && !paidGiven) return undefined;
  if (!annualGiven || !paidGiven)
    throw valueError({
      argument: annualGiven ? "salaryPaidThrough" : "annualBaseSalary",
      rule: `required with ${annualGiven ? "annualBaseSalary" : "salaryPaidThrough"}: give the annual base rate and the last day salary was paid through, or neither (paragraph 1)`,
      given: "",
      clause: "1",
      message: `${annualGiven ? "salaryPaidThrough" : "annualBaseSalary"} is required with ${annualGiven ? "annualBaseSalary" : "salaryPaidThrough"}: give the annual base rate and the last day salary was paid through, or neither (paragraph 1)`,
    });
  return {
    annual: moneyArg(annualBaseSalary, "annualBaseSalary", {
      min: 0,
      what: "the annual base rate of pay in dollars",
    }),
    paidThrough: dateArg(salaryPaidThrough, "salaryPaidThrough"),
  };
}

/** The optional `delay` argument: "key=value; ..." text or a two-column range of a Board's delay facts (4(c)(i)). */
function delayArg(v: Arg, name = "delay"): DuressDelay | undefined {
  const rs = rows(v, name);
  if (rs.length === 0) return undefined;
  const pairs: Array<[string, Scalar]> = [];
  for (const r of rs) {
    const cells = r.filter((c) => !isEmpty(c));
    if (cells.length === 1 && typeof cells[0] === "string")
      pairs.push(...splitDelayText(cells[0], name));
    else if (cells.length === 2) pairs.push([String(cells[0]), cells[1]]);
    else
      throw valueError({
        argument: name,
        allowed: '"fact=value; ..." text or a two-column range of (fact, value)',
      });
  }
  const facts: Partial<Record<DelayFact["key"], Serial | Decimal | string>> = {};
  const seen = new Set<string>();
  for (const [key, value] of pairs) {
    const f = delayFact(key);
    const arg = `${name} ${f.key}`;
    // A fact given twice is refused like a repeated choice: neither value silently wins.
    if (seen.has(f.key))
      throw valueError({
        argument: name,
        rule: `${f.key} is given twice; give each fact of the Board's delay once`,
      });
    seen.add(f.key);
    if (f.kind === "date") facts[f.key] = dateArg(value, arg);
    else if (f.kind === "choice") facts[f.key] = textArg(value, arg, undefined, '"A" or "B"');
    else if (f.kind === "portion")
      facts[f.key] = new Dec(
        numberArg(value, arg, {
          min: 0,
          minInclusive: false,
          max: 1,
          what: "the share of the value taken in stock, e.g. 40% or 0.4",
        })
      );
    else
      facts[f.key] = moneyArg(value, arg, {
        min: 0,
        minInclusive: false,
        what: "the price per share on the election date",
      });
  }
  return delayOf(facts);
}

/** The PAYOUT arguments as a request to the core (PAYOUT, PAYOUT_DETAIL, PAYOUT_SCHEDULE, SENSITIVITY). */
function payoutRequestOf(
  fn: string,
  [
    scenario,
    terminationDate,
    periods,
    consultingEndDate,
    choices,
    annualBaseSalary,
    salaryPaidThrough,
    delay,
  ]: readonly Arg[],
  trace?: Trace
): PayoutRequest {
  const c = choicesArg(choices);
  const s = parseScenario(textArg(scenario, "scenario", undefined, SCENARIO_WHAT));
  const T = dateArg(terminationDate, "terminationDate");
  const p = parsePeriods(
    isEmpty(scalar(periods, "periods"))
      ? undefined
      : textArg(periods, "periods", undefined, PERIODS_WHAT),
    s
  );
  const end = optionalDateArg(consultingEndDate, "consultingEndDate");
  const salary = baseSalaryOf(annualBaseSalary, salaryPaidThrough);
  const d = delayArg(delay);
  if (trace) {
    const shown = {
      scenario: `${s.code} (${s.clause} ${s.label})`,
      terminationDate: iso(T),
      periods: p,
      consultingEndDate: end === undefined ? undefined : iso(end),
      annualBaseSalary: salary?.annual.toString(),
      salaryPaidThrough: salary === undefined ? undefined : iso(salary.paidThrough),
      delay:
        d === undefined
          ? undefined
          : `notification ${iso(d.notification)}, election ${d.election ?? "none"}${d.electionDate === undefined ? "" : ` on ${iso(d.electionDate)}`}${d.portion ? `, portion ${d.portion.toString()}` : ""}${d.fairMarketValue ? `, price ${d.fairMarketValue.toString()}` : ""}${d.duressEnd === undefined ? "" : `, duress ended ${iso(d.duressEnd)}`}`,
    };
    inputs(trace, fn, shown, c, [...AT_TERMINATION, s.code, ...(d ? (["duress"] as const) : [])]);
  }
  return {
    scenario: s,
    T,
    periods: p,
    choices: c,
    consultingEnd: end,
    baseSalary: salary,
    delay: d,
  };
}

function payoutOf(fn: string, args: readonly Arg[], trace?: Trace): Payout {
  return payout(payoutRequestOf(fn, args, trace), trace);
}

function businessDays(
  holidays: Arg,
  choices: Arg
): { dates: Serial[]; builtIn: boolean; choices: Choices } {
  const c = choicesArg(choices);
  const h = holidaysArg(holidays);
  return { dates: h.dates, builtIn: h.usMa, choices: c };
}

/** A deadline some business days after a date (4(c)(i): 21 after the Board's notification, 10 after the election). */
function businessDayDeadline(
  fn: string,
  argument: string,
  deadline: typeof electionDeadlineFor
): Body {
  return ([date, holidays, choices], trace) => {
    const b = businessDays(holidays, choices);
    const d = dateArg(date, argument);
    if (trace)
      inputs(
        trace,
        fn,
        { [argument]: iso(d), holidays: b.dates.map(iso).join(", ") || "none" },
        businessDayChoices(b, b.choices),
        ["duress"]
      );
    return deadline(d, b, b.choices, trace);
  };
}

function sharesOf(
  fn: string,
  [amount, fairMarketValue, portion, choices]: readonly Arg[],
  trace?: Trace
) {
  const c = choicesArg(choices);
  const a = moneyArg(amount, "amount", {
    min: 0,
    what: "the Consulting Lump Sum Payment in dollars",
  });
  const fmv = moneyArg(fairMarketValue, "fairMarketValue", {
    min: 0,
    minInclusive: false,
    what: "the price per share on the election date",
  });
  const p = new Dec(
    numberArg(portion, "portion", {
      fallback: 1,
      min: 0,
      minInclusive: false,
      max: 1,
      what: "the share of the value taken in stock, e.g. 0.5 or 50%",
    })
  );
  if (trace)
    inputs(
      trace,
      fn,
      { amount: a.toFixed(2), fairMarketValue: fmv.toString(), portion: p.toString() },
      c,
      ["duress"]
    );
  return duressSharesFor(a, fmv, p, c, trace);
}

const table = (header: Cell[], body: Cell[][], show: boolean, empty: Cell[]): Cell[][] => {
  const out = show ? [header, ...body] : body;
  return out.length ? out : [empty];
};

const SCHEDULE_HEADER: Cell[] = [
  "Pay date",
  "Period start",
  "Period end",
  "Days",
  "Amount",
  "Cumulative",
];
const SCHEDULE_EMPTY: Cell[] = ["", "", "", 0, 0, 0];

export const BODIES: Record<string, Body> = {
  CONSULT_LUMPSUM: lumpSum("CONSULT_LUMPSUM", "consulting"),
  CHAIR_LUMPSUM: lumpSum("CHAIR_LUMPSUM", "chairman"),
  CONSULT_DISCOUNTED: discounted("CONSULT_DISCOUNTED", "consulting"),
  CHAIR_DISCOUNTED: discounted("CHAIR_DISCOUNTED", "chairman"),

  EARNED_UNPAID: ([fee, terminationDate, choices], trace) => {
    const c = choicesArg(choices);
    const f = feeOf(fee);
    const T = dateArg(terminationDate, "terminationDate");
    if (!trace) return centsToNumber(earnedUnpaidAt(f, T, c, CENTS));
    if (trace)
      inputs(trace, "EARNED_UNPAID", { fee: f, terminationDate: iso(T) }, c, AT_TERMINATION);
    return money(earnedUnpaidAt(f, T, c, trace), "EARNED_UNPAID");
  },

  FEE_SCHEDULE: ([fee, fromDate, toDate, headers, choices], trace) => {
    const c = choicesArg(choices);
    const f = feeOf(fee);
    const from = dateArg(fromDate, "fromDate", FEE_START);
    const to = dateArg(toDate, "toDate", FEE_END);
    const show = headersArg(headers);
    if (!trace)
      return table(
        SCHEDULE_HEADER,
        scheduleFor(f, from, to, c, CENTS).map((r) => [
          r.payDate,
          r.start,
          r.end,
          r.days,
          centsToNumber(r.amount),
          centsToNumber(r.cumulative),
        ]),
        show,
        SCHEDULE_EMPTY
      );
    if (trace)
      inputs(
        trace,
        "FEE_SCHEDULE",
        { fee: f, fromDate: iso(from), toDate: iso(to), headers: show ? 1 : 0 },
        c,
        ["fees"]
      );
    const body = scheduleFor(f, from, to, c, trace).map((r) => [
      r.payDate,
      r.start,
      r.end,
      r.days,
      r.amount.toNumber(),
      r.cumulative.toNumber(),
    ]);
    return table(SCHEDULE_HEADER, body, show, SCHEDULE_EMPTY);
  },

  PAYOUT: (args, trace) =>
    trace
      ? money(payoutOf("PAYOUT", args, trace).total, "PAYOUT")
      : centsToNumber(payoutTotalCents(payoutRequestOf("PAYOUT", args))),

  PAYOUT_DETAIL: (args, trace) => {
    const p = payoutOf("PAYOUT_DETAIL", args, trace);
    const out: Cell[][] = [["What", "Clause", "Amount", "When / how"]];
    for (const c of p.components)
      out.push([c.what, c.clause, c.amount === null ? "" : c.amount.toNumber(), c.when]);
    if (p.shares)
      out.push([
        `Of the total: cash ${p.cashTotal.toFixed(2)}; shares at their value ${p.shares.value.toFixed(2)}`,
        "4(c)(i)(B)",
        "",
        `${p.shares.count.toString()} shares by ${iso(p.shares.transferDeadline)}`,
      ]);
    for (const c of p.consequences) out.push([c.what, c.clause, "", c.detail]);
    return out;
  },

  PAYOUT_SCHEDULE: (
    [
      scenario,
      terminationDate,
      periods,
      consultingEndDate,
      headers,
      choices,
      annualBaseSalary,
      salaryPaidThrough,
      delay,
    ],
    trace
  ) => {
    const show = headersArg(headers);
    const p = payoutOf(
      "PAYOUT_SCHEDULE",
      [
        scenario,
        terminationDate,
        periods,
        consultingEndDate,
        choices,
        annualBaseSalary,
        salaryPaidThrough,
        delay,
      ],
      trace
    );
    const flows = payoutFlows(p);
    const running = runningTotals(flows);
    const body = flows.map(
      (f, i) =>
        [f.date, f.amount.toNumber(), running[i].cumulative.toNumber(), f.what, f.clause] as Cell[]
    );
    return table(["Date", "Amount", "Cumulative", "What", "Clause"], body, show, [
      "",
      0,
      0,
      "",
      "",
    ]);
  },

  SENSITIVITY: (args, trace) => {
    const s = sensitivity(payoutRequestOf("SENSITIVITY", args, trace));
    trace?.add(
      "Each reading of each switchable register entry bearing on this PAYOUT, and PAYOUT under it (the same operation under other choices)",
      "register",
      `readings=${s.rows.length}; figure in force=${s.inForce.toFixed(2)}`,
      [],
      s.inForce
    );
    return [
      ["Register id", "Clause", "Reading", "In force", "PAYOUT", "Difference"],
      ...s.rows.map((r) => [
        r.entry.id,
        r.entry.clause,
        r.value,
        r.inForce ? "in force" : "",
        r.total !== undefined
          ? r.total.toNumber()
          : `${r.error?.code ?? "#VALUE!"} ${(r.error?.message ?? "").slice(0, 200)}`,
        r.difference !== undefined ? r.difference.toNumber() : "",
      ]),
    ];
  },

  TERMINATION_DATE: ([scenario, noticeDate, choices], trace) => {
    const c = choicesArg(choices);
    const s = parseScenario(textArg(scenario, "scenario", undefined, SCENARIO_WHAT));
    const n = dateArg(noticeDate, "noticeDate");
    if (trace)
      inputs(trace, "TERMINATION_DATE", { scenario: s.code, noticeDate: iso(n) }, c, [s.code]);
    return terminationDate(s, n, c, "noticeDate", trace);
  },

  OPTION_DEADLINE: ([scenario, terminationDate_, vestingDate, choices], trace) => {
    const c = choicesArg(choices);
    const s = parseScenario(textArg(scenario, "scenario", undefined, SCENARIO_WHAT));
    const T = dateArg(terminationDate_, "terminationDate");
    const v = dateArg(vestingDate, "vestingDate");
    if (trace)
      inputs(
        trace,
        "OPTION_DEADLINE",
        { scenario: s.code, terminationDate: iso(T), vestingDate: iso(v) },
        c,
        ["options"]
      );
    return optionDeadlineAt(s, T, v, c, trace);
  },

  CURE_PERIOD_END: ([clause, noticeDate], trace) => {
    const k = parseCureClause(textArg(clause, "clause", undefined, CLAUSE_WHAT));
    const n = dateArg(noticeDate, "noticeDate");
    if (trace) inputs(trace, "CURE_PERIOD_END", { clause: k, noticeDate: iso(n) });
    return cureDeadline(k, n, trace).lastCureDay;
  },

  ELECTION_DEADLINE: businessDayDeadline(
    "ELECTION_DEADLINE",
    "notificationDate",
    electionDeadlineFor
  ),
  SHARE_TRANSFER_DEADLINE: businessDayDeadline(
    "SHARE_TRANSFER_DEADLINE",
    "electionDate",
    shareTransferDeadlineFor
  ),

  DURESS_SHARES: (args, trace) =>
    money(sharesOf("DURESS_SHARES", args, trace).shares, "DURESS_SHARES"),
  DURESS_BALANCE: (args, trace) =>
    money(sharesOf("DURESS_BALANCE", args, trace).cashBalance, "DURESS_BALANCE"),

  DURESS_SCHEDULE: ([terminationDate_, balance, duressEndDate, headers, choices], trace) => {
    const c = choicesArg(choices);
    const T = dateArg(terminationDate_, "terminationDate");
    const b = moneyArg(balance, "balance", { min: 0, what: "dollars still owed" });
    const end = optionalDateArg(duressEndDate, "duressEndDate");
    const show = headersArg(headers);
    if (trace)
      inputs(
        trace,
        "DURESS_SCHEDULE",
        {
          terminationDate: iso(T),
          balance: b.toFixed(2),
          duressEndDate: end === undefined ? undefined : iso(end),
        },
        c,
        AT_TERMINATION
      );
    const rs = duressScheduleFor(T, b, end, c, trace);
    return table(
      ["Pay date", "Amount", "Balance after"],
      rs.map((r) => [r.payDate, r.amount.toNumber(), r.balanceAfter.toNumber()]),
      show,
      ["", 0, 0]
    );
  },

  DISABILITY_NOTICE_FROM: ([firstDayOfDisability, lastDayOfDisability], trace) => {
    const first = dateArg(firstDayOfDisability, "firstDayOfDisability");
    const last = optionalDateArg(lastDayOfDisability, "lastDayOfDisability");
    if (trace)
      inputs(trace, "DISABILITY_NOTICE_FROM", {
        firstDayOfDisability: iso(first),
        lastDayOfDisability: last === undefined ? undefined : iso(last),
      });
    return disabilityNoticeDate(first, last, trace);
  },

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

  TERMS: (_args, trace) => {
    trace?.add(
      "The agreement's terms as embedded in the add-in",
      "Exhibit 10.50 and Exhibit 1",
      `terms=${TERM_LIST.length}`,
      [],
      TERM_LIST.length
    );
    return [
      ["Term", "Value", "Unit", "Clause", "Agreement text"],
      ...TERM_LIST.map((t) => [
        t.label,
        t.unit === "date" ? iso(t.value) : t.value,
        t.unit,
        t.clause,
        t.quote,
      ]),
      // 3(c)(iii)(B) names no table: the built-in ones are named here with their sources (register life-table).
      ...LIFE_TABLES.map((t) => [
        `Built-in life table: ${t.title}, ${t.sex}`,
        t.id,
        "table",
        "3(c)(iii)(B); register life-table",
        `Not in the agreement: ${t.citation}`,
      ]),
    ];
  },

  INTERPRETATIONS: ([choices], trace) => {
    const c = choicesArg(choices);
    trace?.add(
      "The interpretation register, with the choice in force for each switchable entry",
      "register",
      `entries=${REGISTER.length}`,
      [],
      REGISTER.length
    );
    return [
      [
        "Id",
        "Clause",
        "Question",
        "Default",
        "In force",
        "Alternatives",
        "Why the default",
        "Agreement text",
      ],
      ...registerInForce(c).map(({ entry: r, inForce }) => [
        r.id,
        r.clause,
        r.question,
        r.default,
        // The date system in force is the workbook's unless the choices name one.
        r.id === "date-system" ? callDateSystem() : inForce,
        r.alternatives.length
          ? r.alternatives.map((a) => `${a.value}: ${a.meaning}`).join(" | ")
          : r.free
            ? `any ${r.free === "date" ? "date YYYY-MM-DD" : "whole number of days 0-31"}`
            : `fixed${r.rejected ? `; considered: ${r.rejected}` : ""}`,
        r.rationale,
        r.quote,
      ]),
    ];
  },
};

/* ------------------------------------------------ the workbook's date system */

/** A returned date as the workbook holds it (register date-system: 1,462 lower in a 1904 workbook). */
function workbookDate(c: Cell): Cell {
  if (typeof c !== "number") return c;
  const n = toDateSystem(c, callDateSystem());
  if (n < 0)
    throw valueError({
      allowed: "on or after 1904-01-01, the first day of a 1904 workbook",
      given: iso(c),
      message: `${iso(c)} is before 1904-01-01, the first day of a 1904 workbook`,
    });
  return n;
}

/** A body's answer with its dates (catalogue dateCells) in the running call's date system. */
function inWorkbookDates(id: string, result: Result): Result {
  if (callDateSystem() === "1900") return result;
  const d = dateCells(id);
  if (!Array.isArray(result)) return d.value ? workbookDate(result) : result;
  if (!d.columns.some(Boolean)) return result;
  return result.map((r) => r.map((c, j) => (d.columns[j] ? workbookDate(c) : c)));
}

/**
 * A refusal of a serial that the 1904 date system would have read as a date
 * the function accepts says so: "(in a 1904 workbook this serial is
 * 2004-10-01: add date-system=1904)", as #VALUE! so Excel shows it. Only when
 * the call read its dates in the 1900 system without choosing it.
 */
function with1904Hint(e: unknown, body: Body, args: readonly Arg[]): unknown {
  if (!(e instanceof BtuError) || callDateSystem() !== "1900" || callChoseDateSystem()) return e;
  const read = callSerialsRead().slice();
  if (read.length === 0) return e;
  beginCall("1904");
  try {
    body(args);
  } catch {
    return e;
  } finally {
    beginCall();
  }
  // The serial the refusal is about: its argument's (issue 20 item 4), else the first one read.
  const hit = read.find((r) => r.name === e.argument) ?? read[0];
  return valueError({
    ...e.fields(),
    message: `${e.message} (in a 1904 workbook this serial is ${iso(dayOf(fromDateSystem(hit.serial, "1904")))}: add date-system=1904)`,
  });
}

/**
 * Runs function `id` as Excel calls it: Excel's invocation object counts as
 * an omitted argument, dates are read and returned in the workbook's date
 * system (or the call's date-system choice), and a refused serial that is a
 * good date in the 1904 system says so.
 */
export function runBody(id: string, args: readonly unknown[]): Result {
  const body = BODIES[id];
  const a = excelArgs(args);
  beginCall();
  try {
    return inWorkbookDates(id, body(a));
  } catch (e) {
    throw with1904Hint(e, body, a);
  }
}

const EXPLAIN_HEADER: Cell[] = [
  "#",
  "Step",
  "Clause",
  "Inputs and terms",
  "Choices in force",
  "Result",
];

function resultCell(r: Decimal | number | string | null): Cell {
  if (r === null) return "";
  if (typeof r === "number" || typeof r === "string") return r;
  return r.toNumber();
}

/**
 * How many arguments each function takes, as Excel registers it (its
 * parameters in functions.json; test/hardening/csv-arity.test.ts checks
 * the two agree). EXPLAIN refuses more, as Excel and btu-calc do, so its last
 * row is the function's own answer for the same arguments.
 */
export const ARITY: Readonly<Record<string, number>> = {
  CONSULT_LUMPSUM: 2,
  CHAIR_LUMPSUM: 2,
  CONSULT_DISCOUNTED: 4,
  CHAIR_DISCOUNTED: 4,
  EARNED_UNPAID: 3,
  FEE_SCHEDULE: 5,
  PAYOUT: 8,
  PAYOUT_DETAIL: 8,
  PAYOUT_SCHEDULE: 9,
  SENSITIVITY: 8,
  TERMINATION_DATE: 3,
  OPTION_DEADLINE: 4,
  CURE_PERIOD_END: 2,
  ELECTION_DEADLINE: 3,
  SHARE_TRANSFER_DEADLINE: 3,
  DURESS_SHARES: 4,
  DURESS_BALANCE: 4,
  DURESS_SCHEDULE: 5,
  DISABILITY_NOTICE_FROM: 2,
  SPLITDOLLAR_INTEREST: 4,
  SPLITDOLLAR_BUYOUT: 4,
  LIFE_EXPECTANCY: 4,
  TERMS: 0,
  INTERPRETATIONS: 1,
};

/** The body of a function id; undefined for any other text (own properties only: "constructor" is no function). */
export function bodyOf(id: string): Body | undefined {
  return Object.prototype.hasOwnProperty.call(BODIES, id) ? BODIES[id] : undefined;
}

/** The longest text Excel keeps in a cell. */
export const CELL_TEXT_MAX = 32_767;

/** A cell of EXPLAIN's spill: text at most {@link CELL_TEXT_MAX} characters. */
function explainCell(c: Cell): Cell {
  return typeof c === "string" && c.length > CELL_TEXT_MAX ? cut(c, CELL_TEXT_MAX) : c;
}

/**
 * EXPLAIN: runs a function's body with a trace and spills the steps, ending
 * at the figure the function returns (or the error it gives, with its
 * message, which Excel itself does not show for #NUM!). More arguments than
 * the function takes give its error, as the function itself would.
 */
export function explain(functionName: Arg, args: readonly Arg[]): Cell[][] {
  const id = textArg(
    functionName,
    "functionName",
    undefined,
    "a BTU function name such as CONSULT_DISCOUNTED"
  )
    .toUpperCase()
    .replace(/^=?\s*BTU\./, "")
    .replace(/\([\s\S]*$/, "")
    .trim();
  const body = bodyOf(id);
  if (!body) {
    const near = nearestName(id, Object.keys(BODIES));
    throw valueError({
      argument: "functionName",
      allowed: `a BTU function other than EXPLAIN (${Object.keys(BODIES).join(", ")})`,
      given: id,
      message: `${near ? `functionName: did you mean ${near}? ` : ""}functionName must be a BTU function other than EXPLAIN (${Object.keys(BODIES).join(", ")}), got ${echo(id)}`,
    });
  }
  const trace = new Trace();
  let last: Cell[];
  beginCall();
  try {
    const arity = ARITY[id];
    // Excel passes no trailing omitted arguments; only given ones beyond the parameters are refused.
    if (args.length > arity)
      throw valueError({
        argument: "arguments",
        allowed: `at most ${arity} arguments to BTU.${id}`,
        given: String(args.length),
        message: `BTU.${id} takes at most ${arity} arguments, got ${args.length}`,
      });
    const result = inWorkbookDates(id, body(args, trace));
    if (Array.isArray(result))
      last = [
        "",
        `Result of BTU.${id}: a table of ${result.length} rows x ${result[0]?.length ?? 0} columns`,
        "",
        "",
        "",
        result.length,
      ];
    else {
      if (typeof result === "number") cellNumber(result, id);
      last = ["", `Result of BTU.${id}`, "", "", "", result];
    }
  } catch (thrown) {
    const e = with1904Hint(thrown, body, args);
    if (!(e instanceof BtuError)) throw e;
    last = ["", `BTU.${id} gives ${e.code}: ${e.message}`, "", "", "", e.code];
  }
  const out: Cell[][] = [EXPLAIN_HEADER];
  trace.steps.forEach((s, i) =>
    out.push([i + 1, s.step, s.clause, s.inputs, s.choices, resultCell(s.result)].map(explainCell))
  );
  last[0] = out.length;
  out.push(last.map(explainCell));
  return out;
}
