/** The payout bodies: PAYOUT, PAYOUT_DETAIL, PAYOUT_SCHEDULE, PAYOUT_BY_YEAR and SENSITIVITY (paragraph 4; tax treatment, paragraph 5 and 3(a)). */
import {
  centsToNumber,
  componentTreatment,
  formatMoney,
  parseYearBasis,
  payoutByTreatment,
  payoutByYear,
  TAX_NOTE,
  TAX_TREATMENTS,
  wordsText,
  iso,
  parsePeriods,
  parseScenario,
  payout,
  Payout,
  payoutTotalCents,
  PayoutRequest,
  sensitivity,
  payoutFlows,
  Trace,
  runningTotals,
} from "../../core";
import {
  Arg,
  choicesArg,
  dateArg,
  headersArg,
  isEmpty,
  optionalDateArg,
  scalar,
  textArg,
} from "../adapter";
import {
  AT_TERMINATION,
  periodsWhat,
  SCENARIO_WHAT,
  baseSalaryOf,
  delayArg,
  inputs,
  money,
  table,
} from "./arguments";
import { Body, Cell } from "./types";

/** The PAYOUT arguments as a request to the core (PAYOUT, PAYOUT_DETAIL, PAYOUT_SCHEDULE, SENSITIVITY). */
export function payoutRequestOf(
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
      : textArg(periods, "periods", undefined, periodsWhat()),
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

/**
 * The arguments of a function that takes PAYOUT's with its own among them
 * (PAYOUT_SCHEDULE's headers after consultingEndDate, OUTSTANDING's asOfDate
 * after terminationDate): its own `count` arguments from position `at`, and
 * PAYOUT's eight in PAYOUT's order.
 */
export function ownAndPayoutArgs(
  args: readonly Arg[],
  at: number,
  count: number
): [own: Arg[], payoutArgs: Arg[]] {
  return [args.slice(at, at + count), [...args.slice(0, at), ...args.slice(at + count)]];
}

export const PAYOUT_BODIES: Record<string, Body> = {
  PAYOUT: (args, trace) =>
    trace
      ? money(payoutOf("PAYOUT", args, trace).total, "PAYOUT")
      : centsToNumber(payoutTotalCents(payoutRequestOf("PAYOUT", args))),

  PAYOUT_DETAIL: (args, trace) => {
    const p = payoutOf("PAYOUT_DETAIL", args, trace);
    const out: Cell[][] = [["What", "Clause", "Amount", "When / how", "Tax treatment"]];
    for (const c of p.components)
      out.push([
        c.what,
        c.clause,
        c.amount === null ? "" : c.amount.toNumber(),
        c.when,
        componentTreatment(p, c).label,
      ]);
    if (p.shares)
      out.push([
        `Of the total: cash ${p.cashTotal.toFixed(2)}; shares at their value ${p.shares.value.toFixed(2)}`,
        "4(c)(i)(B)",
        "",
        `${p.shares.count.toString()} shares by ${iso(p.shares.transferDeadline)}`,
        "",
      ]);
    for (const c of p.consequences) out.push([c.what, c.clause, "", c.detail, ""]);
    // Totals by treatment: breakdowns of the total, so their figures stay out of the Amount column (which adds up to PAYOUT).
    out.push(["Tax treatment: classification only", "5; 3(a)", "", TAX_NOTE, ""]);
    for (const t of payoutByTreatment(p))
      out.push([
        `Of the total: ${t.treatment.short}`,
        t.treatment.clause,
        "",
        `${formatMoney(t.amount)}${t.shares.isZero() ? "" : ` (cash ${formatMoney(t.cash)}; shares at their value ${formatMoney(t.shares)})`}`,
        t.treatment.label,
      ]);
    return out;
  },

  PAYOUT_SCHEDULE: (args, trace) => {
    // PAYOUT's arguments with headers after consultingEndDate.
    const [[headers], payoutArgs] = ownAndPayoutArgs(args, 4, 1);
    const show = headersArg(headers);
    const p = payoutOf("PAYOUT_SCHEDULE", payoutArgs, trace);
    const flows = payoutFlows(p);
    const running = runningTotals(flows);
    const body = flows.map(
      (f, i) =>
        [
          f.date,
          f.amount.toNumber(),
          running[i].cumulative.toNumber(),
          f.what,
          f.clause,
          f.treatment.label,
        ] as Cell[]
    );
    return table(["Date", "Amount", "Cumulative", "What", "Clause", "Tax treatment"], body, show, [
      "",
      0,
      0,
      "",
      "",
      "",
    ]);
  },

  PAYOUT_BY_YEAR: (args, trace) => {
    // PAYOUT's arguments with yearBasis and headers after consultingEndDate.
    const [[yearBasis, headers], payoutArgs] = ownAndPayoutArgs(args, 4, 2);
    const basis = parseYearBasis(
      isEmpty(scalar(yearBasis, "yearBasis"))
        ? undefined
        : textArg(yearBasis, "yearBasis", undefined, wordsText("yearBasis", true))
    );
    const show = headersArg(headers);
    const p = payoutOf("PAYOUT_BY_YEAR", payoutArgs, trace);
    const body = payoutByYear(p, basis, trace).map((y) => [
      y.year,
      y.cash.toNumber(),
      y.shares.toNumber(),
      ...y.byTreatment.map((x) => x.toNumber()),
      y.total.toNumber(),
    ]);
    return table(
      [
        basis === "calendar" ? "Year" : "Contract year (July 1 - June 30)",
        "Cash",
        "Shares at their value",
        ...TAX_TREATMENTS.map((t) => t.short),
        "Total",
      ],
      body,
      show,
      ["", 0, 0, ...TAX_TREATMENTS.map(() => 0), 0]
    );
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
};
