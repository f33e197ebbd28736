/**
 * Paragraph 4: the payout plan of a termination, one dispatch over the
 * clause rules (p4a-cause.ts ... p4h-disability.ts).
 *
 * PAYOUT is the value a scenario makes due: the fees earned but unpaid of the
 * periods it ends, plus its lump sums (4(b), 4(c) discounted, 4(d), 4(e),
 * 4(f), 4(g) before the Separation Date) or, for 4(h), the 60% continuation;
 * base salary where paragraph 1 and the clause pay it; under a Board's delay
 * for financial duress (4(c)(i)) the delayed lump sum's bi-weekly payments or
 * shares. PAYOUT_DETAIL lists the components with clause and timing, then the
 * non-cash consequences; PAYOUT_SCHEDULE their dated flows.
 *
 * Which inputs a scenario needs at a date (base salary, the date the
 * Consulting Period ended, the disability, a delay) is {@link scenarioInputs}:
 * the functions, the task pane and the audit workbook all ask it.
 */
import Decimal from "decimal.js";
import { Choices } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { iso, Serial } from "../dates";
import { valueError } from "../errors";
import { formatMoney, sum, ZERO } from "../money";
import { Trace } from "../trace";
import { checkBaseSalary } from "./p1-base-salary";
import { FEE_END, FeeLedger, FeeName, terminationDayEarned } from "./p3a-fees";
import { optionsSummary } from "./p3c-iv-options";
import { causePayout, noticeDayEarned } from "./p4a-cause";
import { boardPayout } from "./p4b-by-board";
import { executivePayout } from "./p4c-by-executive";
import { valueAt } from "./p4c-discount";
import { DuressPayment, DuressShares } from "./p4c-i-duress";
import { goodReasonPayout } from "./p4d-good-reason";
import { changeOfControlPayout } from "./p4e-change-of-control";
import { notElectedPayout } from "./p4f-not-elected";
import { deathBeforeSeparation, deathPayout } from "./p4g-death";
import { disabilityPayout } from "./p4h-disability";
import { TaxTreatment, taxTreatmentOf } from "./p5-tax-treatment";
import {
  Asset,
  CashFlow,
  ClauseRule,
  ComponentKind,
  Consequence,
  Evaluation,
  PayoutComponent,
  PayoutRequest,
  PlannedFlow,
} from "./p4-components";
import {
  checkInAgreementSpan,
  checkTermination,
  Periods,
  Scenario,
  ScenarioCode,
  SCENARIOS,
  terminationWindow,
} from "./p4-scenarios";

export type {
  Asset,
  CashFlow,
  ComponentKind,
  Consequence,
  PayoutComponent,
  PayoutRequest,
  PlannedFlow,
} from "./p4-components";

export interface Payout {
  readonly request: PayoutRequest;
  readonly ends: {
    readonly consulting: boolean;
    readonly chairman: boolean;
    readonly transition: boolean;
  };
  readonly components: readonly PayoutComponent[];
  readonly consequences: readonly Consequence[];
  /** Sum of the components' amounts: cash plus shares at their value (base salary only when its facts are given). */
  readonly total: Decimal;
  /** The part of the total paid in cash. */
  readonly cashTotal: Decimal;
  /** 4(c)(i)(B): the shares delivered, their value and the day they are due. */
  readonly shares?: {
    readonly count: Decimal;
    readonly value: Decimal;
    readonly transferDeadline: Serial;
    readonly detail: DuressShares;
  };
  /** 4(c)(i): how the Board's delay played out (election deadline, the option that applies). */
  readonly duress?: {
    readonly electionDeadline: Serial;
    readonly applies: "A" | "B";
    readonly timely?: boolean;
    /** The Consulting Lump Sum Payment being delayed: the bi-weekly payments and the shares at their value pay it in all. */
    readonly lumpSum: Decimal;
    /** The bi-weekly cash payments with the balance left after each (DURESS_SCHEDULE's rows; 4(c)(i)(A), or (B)'s cash balance). */
    readonly payments: readonly DuressPayment[];
  };
}

const SEPARATION = TERMS.separationDate.value;

/* ------------------------------------------------------- scenario facts */

/** The inputs that matter for a scenario at a date, with the clause that makes each matter. */
export interface ScenarioInputs {
  /** The periods the scenario may end (the default first). */
  readonly periods: readonly Periods[];
  /** Paragraph 1 base salary "earned but unpaid" is paid by this clause: the rate and paid-through day count. */
  readonly baseSalary: boolean;
  /** The date the Consulting Period ended earlier: required, optional (absent: it runs on), or not applicable. */
  readonly consultingEnd: "required" | "optional" | "none";
  /** 4(h): the first (and last) day of the disability. */
  readonly disability: boolean;
  /** 4(c)(i): a Board's delay of the Consulting Lump Sum Payment for financial duress. */
  readonly delay: boolean;
  /** For each input that matters, the clause that makes it matter. */
  readonly why: Readonly<
    Partial<Record<"baseSalary" | "consultingEnd" | "disability" | "delay", string>>
  >;
}

/** Scenarios that end both periods by their terms: the Chairmanship Period alone only after the Consulting Period ended. */
const CHAIRMAN_ALONE_NEEDS_END: readonly ScenarioCode[] = ["4b-ii", "4e", "4f", "4g"];
/** Scenarios whose clause pays base salary earned but unpaid. */
const PAYS_BASE_SALARY: Readonly<Partial<Record<ScenarioCode, string>>> = {
  "4a": "4(a): base salary earned but not paid through the date of notice",
  "4d": "4(d): any amounts earned but unpaid",
  "4f": "4(f): any base salary ... earned but unpaid",
};

/**
 * Why a clause that pays no base salary refuses the base salary facts
 * (register `base-salary-not-payable`): the clause's words name none, and
 * salary for the Transition Period is paid on payroll under paragraph 1.
 */
function noBaseSalaryReason(scenario: Scenario): string {
  if (scenario.code === "4e")
    return "4(e) names no base salary: its lump sum is 'in lieu of any other payments', and the Transition Period's salary stays on payroll (paragraph 1)";
  if (scenario.code === "4g")
    return "4(g) pays base salary only for a death prior to June 30, 2003";
  return `${scenario.clause} names no base salary: it ends only the Consulting or Chairmanship Period`;
}

/**
 * Which inputs matter for `scenario` ending `periods` on T (T undefined
 * while the date is not yet known): asked by PAYOUT, the task pane's form and
 * the audit workbook alike.
 */
export function scenarioInputs(
  scenario: Scenario,
  periods: Periods,
  T: Serial | undefined,
  choices: Choices
): ScenarioInputs {
  const why: Record<string, string> = {};
  let baseSalary = PAYS_BASE_SALARY[scenario.code] !== undefined;
  if (baseSalary) why.baseSalary = PAYS_BASE_SALARY[scenario.code] as string;
  if (scenario.code === "4g" && T !== undefined && deathBeforeSeparation(T, choices)) {
    baseSalary = true;
    why.baseSalary =
      "4(g)(B): any base salary that was earned but unpaid (death prior to June 30, 2003)";
  }
  const consultingEnd = consultingEndNeed(scenario, periods);
  if (consultingEnd !== "none") {
    why.consultingEnd =
      consultingEnd === "required"
        ? `${scenario.clause} ends the Chairmanship Period alone only if the Consulting Period ended earlier (register later-event-after-earlier-end${scenario.code === "4b-ii" ? ", chairmanship-after-consulting" : ""})`
        : `${scenario.clause} may end the Chairmanship Period alone; give the date the Consulting Period ended if it already has (register later-event-after-earlier-end)`;
  }
  const disability = scenario.code === "4h";
  if (disability)
    why.disability = "4(h): 120 consecutive calendar days of disability before notice";
  const delay = (scenario.code === "4c-i" || scenario.code === "4c-ii") && periods !== "chairman";
  if (delay)
    why.delay = "4(c)(i): the Board may delay the Consulting Lump Sum Payment for financial duress";
  return { periods: scenario.periodsAllowed, baseSalary, consultingEnd, disability, delay, why };
}

/** Whether the date the Consulting Period ended is required, optional or not applicable for `scenario` ending `periods`. */
function consultingEndNeed(scenario: Scenario, periods: Periods): ScenarioInputs["consultingEnd"] {
  if (periods !== "chairman" || !scenario.periodsAllowed.includes("chairman")) return "none";
  return CHAIRMAN_ALONE_NEEDS_END.includes(scenario.code) ? "required" : "optional";
}

/** The date the Consulting Period ended must lie within it: from the Separation Date to the termination date. */
function checkConsultingEnd(req: PayoutRequest, need: ScenarioInputs["consultingEnd"]): void {
  const { scenario, T, periods, consultingEnd: end } = req;
  if (end === undefined) {
    if (need === "required")
      throw valueError({
        argument: "consultingEndDate",
        rule:
          scenario.code === "4b-ii"
            ? "4(b)(ii) may end the Chairmanship Period alone only if the Consulting Period ended simultaneously or before; give the date it ended, or end both periods"
            : `${scenario.clause} ends both periods; ending the Chairmanship Period alone means the Consulting Period ended earlier, so give the date it ended, or end both periods`,
        given: "",
        clause: scenario.clause,
        message:
          scenario.code === "4b-ii"
            ? 'consultingEndDate: 4(b)(ii) may end the Chairmanship Period alone only if the Consulting Period ended simultaneously or before; give the date it ended, or use periods "both"'
            : `consultingEndDate: ${scenario.clause} ends both periods; periods "chairman" means the Consulting Period ended earlier, so give the date it ended, or use periods "both"`,
      });
    return;
  }
  if (need === "none") {
    if (periods === "both" && scenario.periodsAllowed.includes("chairman")) {
      if (end === T) return;
      throw valueError({
        argument: "consultingEndDate",
        rule: `when both periods end, the Consulting Period ends on the termination date ${iso(T)}; leave it empty, or end the Chairmanship Period alone`,
        given: iso(end),
        message: `consultingEndDate: with periods "both" the Consulting Period ends on the termination date ${iso(T)}; leave it empty or use periods "chairman"`,
      });
    }
    throw valueError({
      argument: "consultingEndDate",
      rule: `applies only when the Chairmanship Period ends alone under a scenario that may end it alone; leave it empty for ${scenario.clause}`,
      given: iso(end),
      message: `consultingEndDate applies only with periods "chairman" to a scenario that may end the Chairmanship Period alone (leave it empty for ${scenario.code}${periods === "chairman" ? "" : ` with periods "${periods}"`})`,
    });
  }
  checkInAgreementSpan(end, "consultingEndDate");
  if (end < SEPARATION)
    throw valueError({
      argument: "consultingEndDate",
      allowed: `on or after ${iso(SEPARATION)}, the Separation Date, when the Consulting Period commences (paragraph 3)`,
      given: iso(end),
      clause: "3",
      message: `consultingEndDate ${iso(end)} is before the Consulting Period began: it commences on the Separation Date, ${iso(SEPARATION)} (paragraph 3)`,
    });
  if (end > T)
    throw valueError({
      argument: "consultingEndDate",
      allowed: `on or before the termination date ${iso(T)}: ${scenario.clause} needs the Consulting Period ended simultaneously or before`,
      given: iso(end),
      clause: scenario.clause,
      message: `consultingEndDate ${iso(end)} is after the termination date ${iso(T)}: ${scenario.clause} needs the Consulting Period ended simultaneously or before`,
    });
}

/* ------------------------------------------------ the first unearned day */

/**
 * Whether a scenario's termination date is itself earned: under 4(a) the
 * fees are paid "through the date of notice" (register `cause-notice-day`),
 * under every other clause those "earned but unpaid prior to the termination
 * date" (register `earned-unpaid`). The payout, the pane's cash timeline and
 * the audit workbook's "first day not earned" all read it here.
 */
export function terminationDayEarnedUnder(code: ScenarioCode, choices: Choices): boolean {
  return code === "4a" ? noticeDayEarned(choices) : terminationDayEarned(choices);
}

/** The first day not earned when `code` terminates on T: T, or T + 1 when T is earned ({@link terminationDayEarnedUnder}). */
export function firstUnearnedDay(code: ScenarioCode, T: Serial, choices: Choices): Serial {
  return terminationDayEarnedUnder(code, choices) ? T + 1 : T;
}

/* ------------------------------------------------------------- the plan */

/**
 * Each scenario's rule, in its clause's file: written once, evaluated for
 * the plan (payout()) or for the figure alone (payoutTotalCents()).
 */
const RULES: Record<ScenarioCode, ClauseRule> = {
  "4a": causePayout,
  "4b-i": boardPayout,
  "4b-ii": boardPayout,
  "4c-i": executivePayout,
  "4c-ii": executivePayout,
  "4d": goodReasonPayout,
  "4e": changeOfControlPayout,
  "4f": notElectedPayout,
  "4g": deathPayout,
  "4h": disabilityPayout,
};

/** Computes the payout plan of a termination. Validates the date, the periods and every fact against the scenario. */
export function payout(req: PayoutRequest, trace?: Trace): Payout {
  const { scenario, T, periods, choices } = req;
  checkTermination(scenario, periods, T, choices);
  const inputs = scenarioInputs(scenario, periods, T, choices);
  checkConsultingEnd(req, inputs.consultingEnd);
  if (req.baseSalary && !inputs.baseSalary)
    throw valueError({
      argument: "annualBaseSalary",
      rule: `${noBaseSalaryReason(scenario)}. Leave them empty (register base-salary-not-payable)`,
      given: req.baseSalary.annual.toString(),
      clause: scenario.clause,
      message: `annualBaseSalary, salaryPaidThrough: ${noBaseSalaryReason(scenario)}. Leave them empty (register base-salary-not-payable)`,
    });
  if (req.baseSalary) checkBaseSalary(req.baseSalary);
  if (req.delay && !inputs.delay)
    throw valueError({
      argument: "delay",
      rule: "applies only to a 4(c)(i) termination (the Board's delay of the Consulting Lump Sum Payment)",
      given: scenario.code,
      clause: "4(c)(i)",
      message: `delay applies only to a 4(c)(i) termination (the Board's delay of the Consulting Lump Sum Payment), not to ${scenario.code}${periods === "chairman" ? ' with periods "chairman"' : ""}`,
    });

  const endsConsulting = periods !== "chairman";
  const endsChairman = periods !== "consulting";
  const fees: FeeName[] = [
    ...(endsConsulting ? ["consulting" as const] : []),
    ...(endsChairman ? ["chairman" as const] : []),
  ];
  const out = Evaluation.plan(trace);
  RULES[scenario.code]({
    req,
    T,
    choices,
    stop: firstUnearnedDay(scenario.code, T, choices),
    fees,
    out,
  });
  const consequences = [
    ...(out.consequences as Consequence[]),
    ...commonConsequences(req, endsConsulting, endsChairman),
  ];
  const components = out.components as PayoutComponent[];

  const total = sum(components.map((c) => c.amount ?? ZERO));
  const shareFlow = components.flatMap((c) => c.flows).find((f) => f.asset === "shares");
  const shareValue = shareFlow?.amount ?? ZERO;
  trace?.add(
    `Total due under ${scenario.clause} (PAYOUT)${shareFlow ? ": cash plus shares at their value" : ""}`,
    scenario.clause,
    components
      .filter((c) => c.amount)
      .map((c) => `${c.clause} ${formatMoney(c.amount as Decimal)}`)
      .join(" + "),
    [],
    total
  );
  const d = out.duress;
  return {
    request: req,
    ends: {
      consulting: endsConsulting,
      chairman: endsChairman,
      transition: out.transition,
    },
    components,
    consequences,
    total,
    cashTotal: total.minus(shareValue),
    shares:
      d?.shares && d.transferDeadline !== undefined
        ? {
            count: d.shares.shares,
            value: shareValue,
            transferDeadline: d.transferDeadline,
            detail: d.shares,
          }
        : undefined,
    duress: d && {
      electionDeadline: d.electionDeadline,
      applies: d.applies,
      timely: d.timely,
      lumpSum: d.lumpSum,
      payments: d.payments,
    },
  };
}

const FEES_OF: Record<Periods, readonly FeeName[]> = {
  both: ["consulting", "chairman"],
  consulting: ["consulting"],
  chairman: ["chairman"],
};

/**
 * PAYOUT's figure alone, in whole cents: the same clause rule as
 * payout(), evaluated without its plan (no components, consequences, labels,
 * flows or trace), validated the same way. A request with base salary facts, a Board's delay or the date the
 * Consulting Period ended takes payout() itself. test/core/fast-path.test.ts
 * compares the two for every scenario, date and reading.
 */
export function payoutTotalCents(req: PayoutRequest): number {
  const { scenario, T, periods, choices } = req;
  if (
    req.baseSalary !== undefined ||
    req.delay !== undefined ||
    req.consultingEnd !== undefined ||
    consultingEndNeed(scenario, periods) === "required"
  )
    return payout(req).total.times(100).toNumber();
  checkTermination(scenario, periods, T, choices);
  const out = Evaluation.figure();
  RULES[scenario.code]({
    req,
    T,
    choices,
    stop: firstUnearnedDay(scenario.code, T, choices),
    fees: FEES_OF[periods],
    out,
  });
  return out.cents;
}

/** Non-cash consequences common to several clauses. */
function commonConsequences(
  req: PayoutRequest,
  endsConsulting: boolean,
  endsChairman: boolean
): Consequence[] {
  const { scenario, T, choices, consultingEnd } = req;
  const code = scenario.code;
  const out: Consequence[] = [];
  if (endsChairman && ["4b-ii", "4c-ii", "4d", "4f"].includes(code) && T < FEE_END)
    out.push({
      what: "Continued nomination as a Director",
      clause: "3",
      detail: `The Company will continue to nominate you as a Director at each applicable shareholders' meeting until ${iso(FEE_END)}`,
    });
  if (!endsChairman)
    out.push({
      what: "Chairmanship Period continues",
      clause: "3(a)",
      detail: `The Chairman Fee continues bi-weekly through ${iso(FEE_END)} unless the Chairmanship Period ends under paragraph 4`,
    });
  if (!endsConsulting && consultingEnd === undefined)
    out.push({
      what: "Consulting Period continues",
      clause: "3(a)",
      detail: `The Consulting Fee continues bi-weekly through ${iso(FEE_END)} unless the Consulting Period ends under paragraph 4`,
    });
  if (consultingEnd !== undefined && !endsConsulting)
    out.push({
      what: "Consulting Period ended earlier",
      clause: `${scenario.clause}; register later-event-after-earlier-end`,
      detail: `The Consulting Period ended on ${iso(consultingEnd)}; this payout covers the Chairmanship Period only. What the earlier termination fixed (such as the 4(h) 60% continuation) is paid under that termination and is not part of this figure`,
    });
  out.push({
    what: "Options",
    clause: scenario.optionsClause,
    detail: `${optionsSummary(scenario, T, choices)}; each subject to its own expiry under the Equity Incentive Plan`,
  });
  out.push({
    what: "Split-dollar policy",
    clause: "3(c)(iii)",
    detail:
      "Unaffected by the termination: the Company Interest keeps growing pro rata until bought out (SPLITDOLLAR_INTEREST, SPLITDOLLAR_BUYOUT)",
  });
  return out;
}

/* ------------------------------------------------------------ flows */

/** The no-termination baseline: both fees paid bi-weekly through June 30, 2007. */
export function baselineFlows(choices: Choices): CashFlow[] {
  const out = new Map<Serial, Decimal>();
  for (const fee of ["consulting", "chairman"] as const) {
    const l = FeeLedger.of(fee, choices);
    for (const p of l.periods)
      out.set(p.payDate, (out.get(p.payDate) ?? ZERO).plus(l.amount(p.start, p.end)));
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([date, amount]) => ({ date, amount }));
}

/** Every dated flow of a payout, by date (components in their order within a date). */
export function payoutItems(p: Payout): PlannedFlow[] {
  const all = p.components.flatMap((c) => c.flows);
  return all
    .map((f, i) => [f, i] as const)
    .sort((a, b) => a[0].date - b[0].date || a[1] - b[1])
    .map(([f]) => f);
}

/**
 * One dated payment of a payout: one component's flow on one date, never
 * merged with another component's (two components paid the same day are two
 * rows, so payroll and accounts payable can post each), with its tax
 * treatment (paragraph 5, 3(a): rules/p5-tax-treatment.ts).
 */
export interface DatedPayment extends CashFlow {
  readonly what: string;
  readonly clause: string;
  /** What the row delivers: cash, or shares at their value (4(c)(i)(B)). */
  readonly asset: Asset;
  /** The part of the amount delivered in shares (at their value): the amount for a share row, else 0. */
  readonly shareValue: Decimal;
  /** The component the payment belongs to. */
  readonly kind: ComponentKind;
  /** Who withholds and on which form (paragraph 5, 3(a); the add-in computes no tax). */
  readonly treatment: TaxTreatment;
}

/** A component's tax treatment (PAYOUT_DETAIL's "Tax treatment" column): as its first payment's, or as paid on the termination date. */
export function componentTreatment(p: Payout, c: PayoutComponent): TaxTreatment {
  const req = p.request;
  return taxTreatmentOf(c.kind, c.flows[0]?.date ?? req.T, req.scenario.code, req.choices);
}

/**
 * Dated amounts a payout makes due, labelled and classified: one row per
 * component and date, by date (components in their order within a date).
 */
export function payoutFlows(p: Payout): DatedPayment[] {
  const req = p.request;
  const rows: Array<{ row: DatedPayment; order: number }> = [];
  p.components.forEach((c) => {
    for (const f of c.flows)
      rows.push({
        order: rows.length,
        row: {
          date: f.date,
          amount: f.amount,
          what: f.what,
          clause: f.clause,
          asset: f.asset,
          shareValue: f.asset === "shares" ? f.amount : ZERO,
          kind: c.kind,
          treatment: taxTreatmentOf(c.kind, f.date, req.scenario.code, req.choices),
        },
      });
  });
  return rows.sort((a, b) => a.row.date - b.row.date || a.order - b.order).map((r) => r.row);
}

/** One scenario's figures at a termination date, for comparing scenarios. */
export interface ScenarioValue {
  readonly scenario: Scenario;
  readonly periods: Periods;
  readonly total: Decimal;
  /** The scenario's flows valued at T at `rate` (XNPV convention; register comparison-valuation for flows before T). */
  readonly presentValue: Decimal;
  /** True when the figures are the chosen plan's with the Board's delay (4(c)(i)), not the scenario's default. */
  readonly withDelay?: boolean;
}

/**
 * Every scenario whose window (with its default periods) contains T, with its
 * PAYOUT total and the value of its flows at T (register
 * comparison-valuation: a flow before T, such as 4(c)(i)(B)'s shares, is
 * carried forward by default). Scenarios that need more facts (4(b)(ii)
 * with the Chairmanship Period alone) use their default periods. A `plan`
 * under a Board's delay (4(c)(i)) at the same T stands for its scenario, so
 * the chosen plan is shown as it is (delay included), marked `withDelay`.
 */
export function compareScenarios(
  T: Serial,
  choices: Choices,
  rate: Decimal,
  plan?: Payout
): ScenarioValue[] {
  const out: ScenarioValue[] = [];
  const delayed = plan && plan.request.delay && plan.request.T === T ? plan : undefined;
  for (const scenario of SCENARIOS) {
    const periods = scenario.defaultPeriods;
    const w = terminationWindow(scenario, periods, choices);
    if (T < w.from || T > w.to) continue;
    const own = delayed && delayed.request.scenario.code === scenario.code ? delayed : undefined;
    const p = own ?? payout({ scenario, T, periods, choices });
    out.push({
      scenario,
      periods: own ? own.request.periods : periods,
      total: p.total,
      presentValue: valueAt(payoutFlows(p), T, rate, choices.comparisonValuation),
      ...(own ? { withDelay: true } : {}),
    });
  }
  if (delayed && !out.some((v) => v.withDelay))
    out.push({
      scenario: delayed.request.scenario,
      periods: delayed.request.periods,
      total: delayed.total,
      presentValue: valueAt(payoutFlows(delayed), T, rate, choices.comparisonValuation),
      withDelay: true,
    });
  return out;
}
