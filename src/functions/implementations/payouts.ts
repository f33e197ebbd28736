/** The payout bodies: PAYOUT, PAYOUT_DETAIL, PAYOUT_SCHEDULE and SENSITIVITY (paragraph 4). */
import {
  centsToNumber,
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
  PERIODS_WHAT,
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

export const PAYOUT_BODIES: Record<string, Body> = {
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
};
