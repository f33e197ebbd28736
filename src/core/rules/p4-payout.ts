/**
 * Paragraph 4(a)-(h): the money and other consequences of each termination.
 *
 * PAYOUT is the cash the scenario makes due: the fees earned but unpaid of
 * the periods it ends, plus its lump sums (4(b), 4(c) discounted, 4(d), 4(e),
 * 4(f), 4(g) before the Separation Date) or, for 4(h), the 60% continuation.
 * PAYOUT_DETAIL lists the same components with clause and timing, then the
 * non-cash consequences (options, Chairman Emeritus, continued nomination,
 * Key Man Policy, financial-duress alternatives).
 */
import Decimal from "decimal.js";
import { Choices, describeChoices } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { iso, Serial } from "../dates";
import { valueError } from "../errors";
import { Dec, formatMoney, sum, ZERO } from "../money";
import { Trace } from "../trace";
import { FEE_END, FEE_START, FeeLedger, FeeName, splitAt, stopDayFor } from "./p3a-fees";
import { optionsSummary } from "./p3c-iv-options";
import { BaseSalaryFacts, baseSalaryUnpaid, checkBaseSalary } from "./p1-base-salary";
import { DEFAULT_RATE, discountedRemainder, presentValue, remainingPayments } from "./p4c-discount";
import { checkTermination, Periods, Scenario, SCENARIOS, terminationWindow } from "./p4-scenarios";

export interface CashFlow {
  readonly date: Serial;
  readonly amount: Decimal;
}

export type ComponentKind = "earned-unpaid" | "lump-sum" | "discounted-lump-sum" | "continuation" | "base-salary";

export interface PayoutComponent {
  readonly what: string;
  readonly clause: string;
  /** null where the agreement gives no amount (base salary). */
  readonly amount: Decimal | null;
  readonly when: string;
  readonly kind: ComponentKind;
  readonly fee: FeeName | null;
  readonly flows: readonly CashFlow[];
}

export interface Consequence {
  readonly what: string;
  readonly clause: string;
  readonly detail: string;
}

export interface PayoutRequest {
  readonly scenario: Scenario;
  readonly T: Serial;
  readonly periods: Periods;
  readonly choices: Choices;
  /** 4(b)(ii) with periods "chairman": the day the Consulting Period ended. */
  readonly consultingEnd?: Serial;
  /** 4(c) discount rate (default 3%) and method (default: the `discount-method` choice). */
  readonly rate?: Decimal;
  /** Paragraph 1: the base rate and the day salary was paid through, when the user knows them. */
  readonly baseSalary?: BaseSalaryFacts;
}

export interface Payout {
  readonly request: PayoutRequest;
  readonly ends: { readonly consulting: boolean; readonly chairman: boolean; readonly transition: boolean };
  readonly components: readonly PayoutComponent[];
  readonly consequences: readonly Consequence[];
  /** Sum of the components' amounts (base salary only when its facts are given). */
  readonly total: Decimal;
}

const SEPARATION = TERMS.separationDate.value;
const FEE_LABEL: Record<FeeName, string> = { consulting: "Consulting Fees", chairman: "Chairman Fees" };

function earnedUnpaid(fee: FeeName, stop: Serial, clause: string, choices: Choices, trace?: Trace): PayoutComponent {
  const ledger = FeeLedger.of(fee, choices);
  const split = splitAt(ledger, stop);
  const flows: CashFlow[] = [];
  if (split.earnedUnpaid.gt(0)) {
    for (let i = ledger.periodOf(split.unpaidFrom).index; i < ledger.periods.length; i++) {
      const p = ledger.periods[i];
      if (p.start > stop - 1) break;
      flows.push({ date: p.payDate, amount: ledger.amount(Math.max(p.start, split.unpaidFrom), Math.min(p.end, stop - 1)) });
    }
  }
  const span = stop - 1 >= FEE_START ? `${iso(split.unpaidFrom)} to ${iso(Math.min(stop - 1, FEE_END))}` : "";
  trace?.add(
    `${FEE_LABEL[fee]} earned but unpaid: days before ${iso(stop)} whose pay date is on or after it${span ? ` (${span})` : ""}`,
    `${clause}; 3(a)`,
    `stop=${iso(stop)}; paid on schedule=${split.paid.toFixed(2)}`,
    [...ledger.describe(), ...describeChoices(choices, ["earnedUnpaid"])],
    split.earnedUnpaid,
  );
  return {
    what: `${FEE_LABEL[fee]} earned but unpaid${span && split.earnedUnpaid.gt(0) ? ` (${span})` : ""}`,
    clause,
    amount: split.earnedUnpaid,
    when: flows.length ? `on the scheduled pay date${flows.length > 1 ? "s" : ""} ${flows.map((f) => iso(f.date)).join(", ")}` : "nothing unpaid: earlier periods were paid on schedule",
    kind: "earned-unpaid",
    fee,
    flows,
  };
}

function lumpSum(fee: FeeName, stop: Serial, T: Serial, clause: string, choices: Choices, when: string, trace?: Trace, what?: string): PayoutComponent {
  const ledger = FeeLedger.of(fee, choices);
  const amount = ledger.amount(stop, FEE_END);
  trace?.add(
    `Lump sum: remainder of the ${FEE_LABEL[fee]} ${iso(Math.max(stop, FEE_START))} through ${iso(FEE_END)}`,
    `${clause}; 3(a)`,
    `round(cum(${iso(FEE_END)})) - round(cum(${iso(Math.max(stop, FEE_START) - 1)}))`,
    ledger.describe(),
    amount,
  );
  return {
    what: what ?? `Lump sum: remainder of the ${FEE_LABEL[fee]} through ${iso(FEE_END)}`,
    clause, amount, when, kind: "lump-sum", fee, flows: amount.gt(0) ? [{ date: T, amount }] : [],
  };
}

function discountedLumpSum(fee: FeeName, stop: Serial, T: Serial, clause: string, req: PayoutRequest, trace?: Trace): PayoutComponent {
  const ledger = FeeLedger.of(fee, req.choices);
  const rate = req.rate ?? new Dec(DEFAULT_RATE);
  const amount = discountedRemainder(ledger, stop, T, rate, req.choices.discountMethod, clause, trace);
  const name = fee === "consulting" ? "Consulting Lump Sum Payment" : "Chairmanship Lump Sum Payment";
  return {
    what: `${name}: remainder of the ${FEE_LABEL[fee]} less ${rate.times(100).toString()}% a year (${req.choices.discountMethod})`,
    clause, amount, when: `lump sum on ${iso(T)}, the termination date (register lump-sum-timing)`,
    kind: "discounted-lump-sum", fee, flows: amount.gt(0) ? [{ date: T, amount }] : [],
  };
}

function continuation(stop: Serial, choices: Choices, trace?: Trace): PayoutComponent {
  const ledger = FeeLedger.of("consulting", choices, String(TERMS.disabilityShare.value));
  const payments = remainingPayments(ledger, stop);
  const amount = ledger.amount(stop, FEE_END);
  trace?.add(
    `60% of the Consulting Fees ${iso(Math.min(stop, FEE_END))} through ${iso(FEE_END)}, on the bi-weekly schedule`,
    "4(h); register disability-continuation",
    `share=0.6; payments=${payments.length}; first pay date=${payments.length ? iso(payments[0].payDate) : "none"}`,
    ledger.describe(),
    amount,
  );
  return {
    what: `60% of the Consulting Fees through ${iso(FEE_END)}, continued bi-weekly`,
    clause: "4(h)",
    amount,
    when: payments.length ? `${payments.length} bi-weekly payments, ${iso(payments[0].payDate)} to ${iso(payments[payments.length - 1].payDate)}` : "none: the period has ended",
    kind: "continuation", fee: "consulting",
    flows: payments.map((p) => ({ date: p.payDate, amount: p.amount })),
  };
}

function baseSalary(req: PayoutRequest, clause: string, through: string, stop: Serial, trace?: Trace): PayoutComponent {
  const what = `Base salary earned but unpaid ${through}`;
  if (!req.baseSalary)
    return {
      what, clause: `${clause}; 1(a)`, amount: null,
      when: "not computed: the agreement does not state the base rate of pay; give annualBaseSalary and salaryPaidThrough (register base-salary)",
      kind: "base-salary", fee: null, flows: [],
    };
  const amount = baseSalaryUnpaid(req.baseSalary, stop, trace);
  return {
    what, clause: `${clause}; 1(a)`, amount,
    when: `on ${iso(req.T)}, the termination date (register base-salary, lump-sum-timing)`,
    kind: "base-salary", fee: null, flows: amount.gt(0) ? [{ date: req.T, amount }] : [],
  };
}

/** Computes the payout of a termination. Validates the date against the scenario's window. */
export function payout(req: PayoutRequest, trace?: Trace): Payout {
  const { scenario, T, periods, choices } = req;
  checkTermination(scenario, periods, T, choices);
  const code = scenario.code;
  if (code === "4b-ii") {
    if (periods === "chairman") {
      if (req.consultingEnd === undefined)
        throw valueError("consultingEndDate: 4(b)(ii) may end the Chairmanship Period alone only if the Consulting Period ended simultaneously or before; give the date it ended, or use periods \"both\"");
      if (req.consultingEnd > T)
        throw valueError(`consultingEndDate ${iso(req.consultingEnd)} is after the termination date ${iso(T)}: 4(b)(ii) needs the Consulting Period ended simultaneously or before`);
    } else if (req.consultingEnd !== undefined && req.consultingEnd !== T)
      throw valueError(`consultingEndDate: with periods "both" the Consulting Period ends on the termination date ${iso(T)}; leave it empty or use periods "chairman"`);
  } else if (req.consultingEnd !== undefined) {
    throw valueError(`consultingEndDate applies only to scenario 4b-ii (leave it empty for ${code})`);
  }

  if (req.baseSalary) checkBaseSalary(req.baseSalary);
  const endsConsulting = periods !== "chairman";
  const endsChairman = periods !== "consulting";
  const stop = stopDayFor(T, choices);
  const lumpWhen = `lump sum on ${iso(T)}, the termination date (register lump-sum-timing)`;
  const components: PayoutComponent[] = [];
  const consequences: Consequence[] = [];
  const fees: FeeName[] = [...(endsConsulting ? ["consulting" as const] : []), ...(endsChairman ? ["chairman" as const] : [])];
  let transition = false;

  switch (code) {
    case "4a": {
      const causeStop = choices.causeNoticeDay === "earned" ? T + 1 : T;
      trace?.add("Fees stop on the date of notice of termination for Cause", "4(a); register cause-notice-day", `noticeDate=${iso(T)}`, describeChoices(choices, ["causeNoticeDay"]), iso(causeStop - 1));
      for (const f of fees) components.push(earnedUnpaid(f, causeStop, "4(a)", choices, trace));
      if (T <= SEPARATION) {
        transition = true;
        components.push(baseSalary(req, "4(a)", `through the date of notice, ${iso(T)}`, causeStop, trace));
      }
      consequences.push({ what: "No further obligation", clause: "4(a)", detail: "Other than fees (and base salary) earned but not paid through the date of notice, or as expressly set forth in the agreement, the Company has no further obligation" });
      break;
    }
    case "4b-i":
      components.push(earnedUnpaid("consulting", stop, "4(b)(i)", choices, trace));
      components.push(lumpSum("consulting", stop, T, "4(b)(i)", choices, lumpWhen, trace));
      break;
    case "4b-ii":
      if (endsConsulting) {
        components.push(earnedUnpaid("consulting", stop, "4(b)(i)", choices, trace));
        components.push(lumpSum("consulting", stop, T, "4(b)(i)", choices, lumpWhen, trace));
      }
      components.push(earnedUnpaid("chairman", stop, "4(b)(ii)", choices, trace));
      components.push(lumpSum("chairman", stop, T, "4(b)(ii)", choices, lumpWhen, trace));
      consequences.push({ what: "Chairman Emeritus", clause: "4(b)(ii)", detail: `Option to remain on the Board as a Member with the title of Chairman Emeritus until ${iso(FEE_END)}, without additional compensation` });
      break;
    case "4c-i":
      components.push(earnedUnpaid("consulting", stop, "4(c)(i)", choices, trace));
      components.push(discountedLumpSum("consulting", stop, T, "4(c)(i)", req, trace));
      consequences.push(
        { what: "Financial duress: Board may delay the Consulting Lump Sum Payment", clause: "4(c)(i)", detail: "If at the time of notice the Company is in financial duress (Board, in good faith after consultation), the Board may delay the lump sum" },
        { what: "Financial duress alternative (A)", clause: "4(c)(i)(A)", detail: "Bi-weekly payments of the Consulting Fee (3(a)) until the Board finds the duress ended, then the remaining balance of the lump sum (DURESS_SCHEDULE)" },
        { what: "Financial duress alternative (B)", clause: "4(c)(i)(B)", detail: "All or a designated portion of the lump sum's value in unrestricted shares at fair market value on the election date, transferred within 10 business days; any balance bi-weekly (DURESS_SHARES, DURESS_BALANCE)" },
        { what: "Financial duress: election deadline", clause: "4(c)(i)", detail: "Choose (A) or (B) in writing within 21 business days of the Board's notification (ELECTION_DEADLINE); without a timely choice, (A) applies" },
      );
      break;
    case "4c-ii":
      if (endsConsulting) {
        components.push(earnedUnpaid("consulting", stop, "4(c)(i)", choices, trace));
        components.push(discountedLumpSum("consulting", stop, T, "4(c)(i)", req, trace));
      }
      components.push(earnedUnpaid("chairman", stop, "4(c)(ii)", choices, trace));
      components.push(discountedLumpSum("chairman", stop, T, "4(c)(ii)", req, trace));
      consequences.push({ what: "Chairman Emeritus", clause: "4(c)(ii)", detail: `Option to remain on the Board as a Member with the title of Chairman Emeritus until ${iso(FEE_END)}, without additional compensation` });
      break;
    case "4d":
      for (const f of fees) components.push(earnedUnpaid(f, stop, "4(d)", choices, trace));
      if (T < TERMS.goodReasonTransitionBefore.value) {
        transition = true;
        components.push(baseSalary(req, "4(d)", `before ${iso(T)} (the Transition Period also ends)`, stop, trace));
      }
      for (const f of fees) components.push(lumpSum(f, stop, T, "4(d)", choices, lumpWhen, trace));
      break;
    case "4e": {
      const included = choices.changeOfControlInLieu === "earned-included";
      if (included) for (const f of fees) components.push(earnedUnpaid(f, stop, "4(e)", choices, trace));
      trace?.add(
        included ? "Fees earned before the Change of Control are still paid" : "Fees earned but unpaid are replaced by the lump sum ('in lieu of any other payments')",
        "4(e); register change-of-control-in-lieu", "", describeChoices(choices, ["changeOfControlInLieu"]), null,
      );
      const when = `lump sum immediately prior to the Change of Control on ${iso(T)}`;
      for (const f of fees) components.push(lumpSum(f, stop, T, "4(e)(i)", choices, when, trace));
      consequences.push({ what: "Options on a merger the Company does not survive", clause: "3(c)(iv)(B)", detail: "If requested, the Company seeks an equivalent replacement award from the survivor; failing that, all outstanding Options vest immediately prior to the merger" });
      consequences.push({ what: "In lieu of any other payments", clause: "4(e)", detail: included ? "The lump sum replaces every other payment under the agreement except fees already earned (register change-of-control-in-lieu=earned-included)" : "The lump sum replaces every other payment under the agreement, including fees earned but unpaid (register change-of-control-in-lieu=earned-excluded)" });
      break;
    }
    case "4f":
      for (const f of fees) components.push(earnedUnpaid(f, stop, "4(f)", choices, trace));
      if (T <= SEPARATION) components.push(baseSalary(req, "4(f)", `before ${iso(T)}`, stop, trace));
      for (const f of fees) components.push(lumpSum(f, stop, T, "4(f)", choices, lumpWhen, trace));
      break;
    case "4g": {
      const pre = T < SEPARATION || (T === SEPARATION && choices.deathOnSeparationDate === "pre-separation");
      trace?.add(
        pre ? "Death before the Separation Date: lump sum of all remaining fees" : "Death after the Separation Date: fees earned but unpaid only",
        "4(g); register death-on-separation-date", `dateOfDeath=${iso(T)}; Separation Date=${iso(SEPARATION)}`, describeChoices(choices, ["deathOnSeparationDate"]), null,
      );
      if (pre) {
        transition = true;
        components.push(baseSalary(req, "4(g)", `before ${iso(T)}`, stop, trace));
        const when = `lump sum to the designated beneficiary or estate on ${iso(T)}, funded through the Key Man Policy (3(c)(vi))`;
        for (const f of fees) components.push(lumpSum(f, stop, T, "4(g)", choices, when, trace));
        consequences.push({ what: "Key Man Policy funds the lump sum", clause: "4(g); 3(c)(vi)", detail: "First Colony Life Policy 2692639; the Company pays its premiums through June 30, 2003" });
      } else {
        for (const f of fees) components.push(earnedUnpaid(f, stop, "4(g)", choices, trace));
      }
      consequences.push({ what: "Paid to the designated beneficiary", clause: "4(g)", detail: "Payments go to the designated beneficiary or, if none has been designated, to the estate" });
      break;
    }
    case "4h":
      components.push(earnedUnpaid("consulting", stop, "4(h)", choices, trace));
      components.push(continuation(stop, choices, trace));
      consequences.push({ what: "Fees during the disability", clause: "4(h)", detail: "Until the termination, the Consulting Fees continued in full during the disability" });
      break;
  }

  // Non-cash consequences common to several clauses.
  if (endsChairman && ["4b-ii", "4c-ii", "4d", "4f"].includes(code) && T < FEE_END)
    consequences.push({ what: "Continued nomination as a Director", clause: "3", detail: `The Company will continue to nominate you as a Director at each applicable shareholders' meeting until ${iso(FEE_END)}` });
  if (!endsChairman)
    consequences.push({ what: "Chairmanship Period continues", clause: "3(a)", detail: `The Chairman Fee continues bi-weekly through ${iso(FEE_END)} unless the Chairmanship Period ends under paragraph 4` });
  if (!endsConsulting && code !== "4b-ii")
    consequences.push({ what: "Consulting Period continues", clause: "3(a)", detail: `The Consulting Fee continues bi-weekly through ${iso(FEE_END)} unless the Consulting Period ends under paragraph 4` });
  if (code === "4b-ii" && periods === "chairman")
    consequences.push({ what: "Consulting Period ended earlier", clause: "4(b)(ii)", detail: `The Consulting Period ended on ${iso(req.consultingEnd as Serial)}, on or before this termination` });
  consequences.push({ what: "Options", clause: scenario.optionsClause, detail: `${optionsSummary(scenario, T, choices)}; each subject to its own expiry under the Equity Incentive Plan` });
  consequences.push({ what: "Split-dollar policy", clause: "3(c)(iii)", detail: "Unaffected by the termination: the Company Interest keeps growing pro rata until bought out (SPLITDOLLAR_INTEREST, SPLITDOLLAR_BUYOUT)" });

  const total = sum(components.map((c) => c.amount ?? ZERO));
  trace?.add(`Total cash due under ${scenario.clause} (PAYOUT)`, scenario.clause, components.filter((c) => c.amount).map((c) => `${c.clause} ${formatMoney(c.amount as Decimal)}`).join(" + "), [], total);
  return { request: req, ends: { consulting: endsConsulting, chairman: endsChairman, transition }, components, consequences, total };
}

/** The no-termination baseline: both fees paid bi-weekly through June 30, 2007. */
export function baselineFlows(choices: Choices): CashFlow[] {
  const out = new Map<Serial, Decimal>();
  for (const fee of ["consulting", "chairman"] as const) {
    const l = FeeLedger.of(fee, choices);
    for (const p of l.periods) out.set(p.payDate, (out.get(p.payDate) ?? ZERO).plus(l.amount(p.start, p.end)));
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([date, amount]) => ({ date, amount }));
}

/** Dated cash flows a payout makes due, merged by date. */
export function payoutFlows(p: Payout): CashFlow[] {
  const out = new Map<Serial, Decimal>();
  for (const c of p.components) for (const f of c.flows) out.set(f.date, (out.get(f.date) ?? ZERO).plus(f.amount));
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([date, amount]) => ({ date, amount }));
}

/** One scenario's figures at a termination date, for comparing scenarios. */
export interface ScenarioValue {
  readonly scenario: Scenario;
  readonly periods: Periods;
  readonly total: Decimal;
  /** The scenario's cash flows discounted to T at `rate` (XNPV convention). */
  readonly presentValue: Decimal;
}

/**
 * Every scenario whose window (with its default periods) contains T, with its
 * PAYOUT total and the present value of its cash flows at T. Scenarios that
 * need more facts (4(b)(ii) with the Chairmanship Period alone) use their
 * default periods.
 */
export function compareScenarios(T: Serial, choices: Choices, rate: Decimal): ScenarioValue[] {
  const out: ScenarioValue[] = [];
  for (const scenario of SCENARIOS) {
    const periods = scenario.defaultPeriods;
    const w = terminationWindow(scenario, periods, choices);
    if (T < w.from || T > w.to) continue;
    const p = payout({ scenario, T, periods, choices });
    out.push({ scenario, periods, total: p.total, presentValue: presentValue(payoutFlows(p), T, rate) });
  }
  return out;
}
