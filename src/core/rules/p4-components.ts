/**
 * Paragraph 4, the pieces every termination clause pays from: the fees
 * "earned but unpaid prior to the termination date", a lump sum of "the
 * remainder of the [fees] through June 30, 2007", and paragraph 1's "base
 * salary ... earned but unpaid". Each clause's own file (p4a-cause.ts ...
 * p4h-disability.ts) decides which of them it pays; the dispatch in
 * p4-payout.ts adds what is common to all.
 *
 * A component carries its amount, its clause, when it is paid, and its dated
 * flows (what a controller pays, on which day), so PAYOUT, PAYOUT_DETAIL,
 * PAYOUT_SCHEDULE, the pane's headline, its timeline and every download read
 * one plan.
 */
import Decimal from "decimal.js";
import { Choices, describeChoices } from "../agreement/interpretations";
import { iso, Serial } from "../dates";
import { Trace } from "../trace";
import { BaseSalaryFacts, baseSalaryUnpaid } from "./p1-base-salary";
import { centsToDecimal } from "../money";
import { FEE_END, FEE_START, FeeLedger, FeeName, unpaidFromAt } from "./p3a-fees";
import type { DuressDelay, DuressOutcome } from "./p4c-i-duress";
import { Periods, Scenario } from "./p4-scenarios";

/** What a flow delivers: money, or shares valued at their fair market value (4(c)(i)(B)). */
export type Asset = "cash" | "shares";

export interface CashFlow {
  readonly date: Serial;
  /** Dollars; for shares, their value at the fair market value on the election date. */
  readonly amount: Decimal;
}

/** A dated flow of a payout, labelled for schedules and exports. */
export interface PlannedFlow extends CashFlow {
  readonly what: string;
  readonly clause: string;
  readonly asset: Asset;
  /** Number of shares, for a share flow. */
  readonly shares?: Decimal;
}

export type ComponentKind =
  | "earned-unpaid"
  | "lump-sum"
  | "discounted-lump-sum"
  | "continuation"
  | "base-salary"
  | "duress-payments"
  | "duress-shares";

export interface PayoutComponent {
  readonly what: string;
  readonly clause: string;
  /** null where the agreement gives no amount (base salary without its facts). */
  readonly amount: Decimal | null;
  readonly when: string;
  readonly kind: ComponentKind;
  readonly fee: FeeName | null;
  readonly flows: readonly PlannedFlow[];
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
  /** Periods "chairman": the day the Consulting Period ended earlier (2003-06-30 .. T). */
  readonly consultingEnd?: Serial;
  /** 4(c) discount rate (default 3%); the method is the `discount-method` choice. */
  readonly rate?: Decimal;
  /** Paragraph 1: the base rate and the day salary was paid through, when the user knows them. */
  readonly baseSalary?: BaseSalaryFacts;
  /** 4(c)(i): the Board's delay of the Consulting Lump Sum Payment for financial duress. */
  readonly delay?: DuressDelay;
}

/**
 * How a clause's rule is evaluated. Each rule of paragraph 4 is written once,
 * against an Evaluation: every component it pays adds its amount in whole
 * cents to {@link cents} (the one computation of the figure); with a plan
 * (payout(): PAYOUT_DETAIL, PAYOUT_SCHEDULE, EXPLAIN) the same component also
 * records its amount (those cents), its dated flows and labels, and the
 * trace its steps. Without a plan (PAYOUT's figure alone, the custom
 * functions' fast path) nothing else is built: no Decimal, no label, no flow.
 */
export class Evaluation {
  /** The figure so far, in whole cents: the sum of the components' amounts. */
  cents = 0;
  /** The plan's components; undefined when only the figure is asked. */
  readonly components: PayoutComponent[] | undefined;
  /** The plan's non-cash consequences; undefined when only the figure is asked. */
  readonly consequences: Consequence[] | undefined;
  /** Whether the Transition Period ends too (4(a), 4(d), 4(g)). */
  transition = false;
  /** 4(c)(i): how a Board's delay plays out (a plan only: a delay always takes payout()). */
  duress: DuressOutcome | undefined;
  readonly trace: Trace | undefined;

  private constructor(plan: boolean, trace: Trace | undefined) {
    this.components = plan ? [] : undefined;
    this.consequences = plan ? [] : undefined;
    this.trace = trace;
  }

  /** The figure alone, in whole cents. */
  static figure(): Evaluation {
    return new Evaluation(false, undefined);
  }

  /** The plan, with its steps in `trace` when one is given. */
  static plan(trace?: Trace): Evaluation {
    return new Evaluation(true, trace);
  }

  /**
   * Adds a component's cents to the figure and, with a plan, the component
   * the caller built from the same cents, only when {@link components} is
   * defined: `out.add(cents, out.components && plan(centsToDecimal(cents), ...))`.
   */
  add(cents: number, component?: PayoutComponent): void {
    this.cents += cents;
    if (component !== undefined) this.components?.push(component);
  }
}

/** What one clause's rule is given: the request, the day fees stop, the fees it ends, and how it is evaluated. */
export interface ClauseContext {
  readonly req: PayoutRequest;
  readonly T: Serial;
  readonly choices: Choices;
  /** The first day not earned (register `earned-unpaid`). */
  readonly stop: Serial;
  /** The fees of the periods this termination ends, Consulting first. */
  readonly fees: readonly FeeName[];
  readonly out: Evaluation;
}

/** A clause's rule: adds what the clause pays (and, with a plan, what else follows) to ctx.out. */
export type ClauseRule = (ctx: ClauseContext) => void;

export const FEE_LABEL: Record<FeeName, string> = {
  consulting: "Consulting Fees",
  chairman: "Chairman Fees",
};

/** "lump sum on 2004-10-01, the termination date (register lump-sum-timing)". */
export const lumpSumWhen = (T: Serial): string =>
  `lump sum on ${iso(T)}, the termination date (register lump-sum-timing)`;

/**
 * 4(a)-4(h) "earned but unpaid prior to the termination date": the days
 * before `stop` whose pay date is on or after it, paid on their scheduled pay
 * dates (register `earned-unpaid`).
 */
export function earnedUnpaid(
  out: Evaluation,
  fee: FeeName,
  stop: Serial,
  clause: string,
  choices: Choices
): void {
  const ledger = FeeLedger.of(fee, choices);
  const from = unpaidFromAt(ledger, stop);
  const cents = ledger.amountCents(from, stop - 1);
  out.add(
    cents,
    out.components && earnedUnpaidPlan(centsToDecimal(cents), ledger, from, stop, clause, out)
  );
}

/** {@link earnedUnpaid}'s component: its amount by pay date, its trace step. */
function earnedUnpaidPlan(
  amount: Decimal,
  ledger: FeeLedger,
  unpaidFrom: Serial,
  stop: Serial,
  clause: string,
  out: Evaluation
): PayoutComponent {
  const fee = ledger.fee;
  const what = `${FEE_LABEL[fee]} earned but unpaid`;
  const flows: PlannedFlow[] = [];
  if (amount.gt(0)) {
    for (let i = ledger.periodOf(unpaidFrom).index; i < ledger.periods.length; i++) {
      const p = ledger.periods[i];
      if (p.start > stop - 1) break;
      const part = ledger.amount(Math.max(p.start, unpaidFrom), Math.min(p.end, stop - 1));
      flows.push({ date: p.payDate, amount: part, what, clause, asset: "cash" });
    }
  }
  const span =
    stop - 1 >= FEE_START ? `${iso(unpaidFrom)} to ${iso(Math.min(stop - 1, FEE_END))}` : "";
  out.trace?.add(
    `${what}: days before ${iso(stop)} whose pay date is on or after it${span ? ` (${span})` : ""}`,
    `${clause}; 3(a)`,
    `stop=${iso(stop)}; paid on schedule=${ledger.amount(FEE_START, unpaidFrom - 1).toFixed(2)}`,
    [...ledger.describe(), ...describeChoices(ledger.choices, ["earnedUnpaid"])],
    amount
  );
  return {
    what: `${what}${span && amount.gt(0) ? ` (${span})` : ""}`,
    clause,
    amount,
    when: flows.length
      ? `on the scheduled pay date${flows.length > 1 ? "s" : ""} ${flows.map((f) => iso(f.date)).join(", ")}`
      : "nothing unpaid: earlier periods were paid on schedule",
    kind: "earned-unpaid",
    fee,
    flows,
  };
}

/**
 * 4(b), 4(d)-4(g): one lump sum of the remainder of a fee from `stop`
 * through June 30, 2007, paid on T; `when(T)` says when (a module-level
 * function, so the figure alone builds no text).
 */
export function lumpSum(
  out: Evaluation,
  fee: FeeName,
  stop: Serial,
  T: Serial,
  clause: string,
  choices: Choices,
  when: (T: Serial) => string
): void {
  const ledger = FeeLedger.of(fee, choices);
  const cents = ledger.amountCents(stop, FEE_END);
  out.add(
    cents,
    out.components && lumpSumPlan(centsToDecimal(cents), ledger, stop, T, clause, when, out)
  );
}

/** {@link lumpSum}'s component and trace step. */
function lumpSumPlan(
  amount: Decimal,
  ledger: FeeLedger,
  stop: Serial,
  T: Serial,
  clause: string,
  when: (T: Serial) => string,
  out: Evaluation
): PayoutComponent {
  const fee = ledger.fee;
  const what = `Lump sum: remainder of the ${FEE_LABEL[fee]} through ${iso(FEE_END)}`;
  out.trace?.add(
    `Lump sum: remainder of the ${FEE_LABEL[fee]} ${iso(Math.max(stop, FEE_START))} through ${iso(FEE_END)}`,
    `${clause}; 3(a)`,
    `round(cum(${iso(FEE_END)})) - round(cum(${iso(Math.max(stop, FEE_START) - 1)}))`,
    ledger.describe(),
    amount
  );
  return {
    what,
    clause,
    amount,
    when: when(T),
    kind: "lump-sum",
    fee,
    flows: amount.gt(0) ? [{ date: T, amount, what, clause, asset: "cash" }] : [],
  };
}

/**
 * Paragraph 1 base salary "earned but unpaid" (4(a), 4(d), 4(f), 4(g)
 * before June 30, 2003). With the user's rate and paid-through day it is
 * computed whatever the termination date (salary accrues only through the
 * Separation Date); without them it is listed without an amount, so the
 * figure never leaves it out unsaid.
 */
export function baseSalary(
  out: Evaluation,
  req: PayoutRequest,
  clause: string,
  through: (T: Serial) => string,
  stop: Serial
): void {
  const fullClause = `${clause}; 1(a)`;
  if (!req.baseSalary) {
    out.components?.push({
      what: `Base salary earned but unpaid ${through(req.T)}`,
      clause: fullClause,
      amount: null,
      when: "not computed: the agreement does not state the base rate of pay; give annualBaseSalary and salaryPaidThrough (register base-salary)",
      kind: "base-salary",
      fee: null,
      flows: [],
    });
    return;
  }
  const amount = baseSalaryUnpaid(req.baseSalary, stop, out.trace);
  out.add(
    amount.times(100).toNumber(),
    out.components && {
      what: `Base salary earned but unpaid ${through(req.T)}`,
      clause: fullClause,
      amount,
      when: `on ${iso(req.T)}, the termination date (register base-salary, lump-sum-timing)`,
      kind: "base-salary",
      fee: null,
      flows: amount.gt(0)
        ? [
            {
              date: req.T,
              amount,
              what: "Base salary earned but unpaid",
              clause: fullClause,
              asset: "cash",
            },
          ]
        : [],
    }
  );
}
