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
import { earnedUnpaidCents, FEE_END, FEE_START, FeeLedger, FeeName, splitAt } from "./p3a-fees";
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

/** What one clause's rule is given: the request, the day fees stop, and the fees it ends. */
export interface ClauseContext {
  readonly req: PayoutRequest;
  readonly T: Serial;
  readonly choices: Choices;
  /** The first day not earned (register `earned-unpaid`). */
  readonly stop: Serial;
  /** The fees of the periods this termination ends, Consulting first. */
  readonly fees: readonly FeeName[];
  readonly trace?: Trace;
}

/** What one clause pays and what else follows from it. */
export interface ClauseResult {
  readonly components: readonly PayoutComponent[];
  readonly consequences: readonly Consequence[];
  /** Whether the Transition Period ends too (4(a), 4(d), 4(g)). */
  readonly transition?: boolean;
  /** 4(c)(i): how a Board's delay plays out. */
  readonly duress?: DuressOutcome;
}

/**
 * What a clause's total (PAYOUT's figure alone, in whole cents) is given:
 * the same facts as {@link ClauseContext}, without a trace or a plan. Each
 * clause file's `...Total` adds the cents of the components its rule lists;
 * the tests compare it with the rule's plan for every date and reading.
 */
export interface TotalContext {
  readonly T: Serial;
  readonly choices: Choices;
  readonly stop: Serial;
  readonly fees: readonly FeeName[];
  readonly rate?: Decimal;
}

/** {@link earnedUnpaid}'s amount in whole cents. */
export function earnedUnpaidTotal(fee: FeeName, stop: Serial, choices: Choices): number {
  return earnedUnpaidCents(FeeLedger.of(fee, choices), stop);
}

/** {@link lumpSum}'s amount in whole cents. */
export function lumpSumTotal(fee: FeeName, stop: Serial, choices: Choices): number {
  return FeeLedger.of(fee, choices).amountCents(stop, FEE_END);
}

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
  fee: FeeName,
  stop: Serial,
  clause: string,
  choices: Choices,
  trace?: Trace
): PayoutComponent {
  const ledger = FeeLedger.of(fee, choices);
  const split = splitAt(ledger, stop);
  const what = `${FEE_LABEL[fee]} earned but unpaid`;
  const flows: PlannedFlow[] = [];
  if (split.earnedUnpaid.gt(0)) {
    for (let i = ledger.periodOf(split.unpaidFrom).index; i < ledger.periods.length; i++) {
      const p = ledger.periods[i];
      if (p.start > stop - 1) break;
      const amount = ledger.amount(Math.max(p.start, split.unpaidFrom), Math.min(p.end, stop - 1));
      flows.push({ date: p.payDate, amount, what, clause, asset: "cash" });
    }
  }
  const span =
    stop - 1 >= FEE_START ? `${iso(split.unpaidFrom)} to ${iso(Math.min(stop - 1, FEE_END))}` : "";
  trace?.add(
    `${what}: days before ${iso(stop)} whose pay date is on or after it${span ? ` (${span})` : ""}`,
    `${clause}; 3(a)`,
    `stop=${iso(stop)}; paid on schedule=${split.paid.toFixed(2)}`,
    [...ledger.describe(), ...describeChoices(choices, ["earnedUnpaid"])],
    split.earnedUnpaid
  );
  return {
    what: `${what}${span && split.earnedUnpaid.gt(0) ? ` (${span})` : ""}`,
    clause,
    amount: split.earnedUnpaid,
    when: flows.length
      ? `on the scheduled pay date${flows.length > 1 ? "s" : ""} ${flows.map((f) => iso(f.date)).join(", ")}`
      : "nothing unpaid: earlier periods were paid on schedule",
    kind: "earned-unpaid",
    fee,
    flows,
  };
}

/** 4(b), 4(d)-4(g): one lump sum of the remainder of a fee from `stop` through June 30, 2007. */
export function lumpSum(
  fee: FeeName,
  stop: Serial,
  T: Serial,
  clause: string,
  choices: Choices,
  when: string,
  trace?: Trace
): PayoutComponent {
  const ledger = FeeLedger.of(fee, choices);
  const amount = ledger.amount(stop, FEE_END);
  const what = `Lump sum: remainder of the ${FEE_LABEL[fee]} through ${iso(FEE_END)}`;
  trace?.add(
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
    when,
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
  req: PayoutRequest,
  clause: string,
  through: string,
  stop: Serial,
  trace?: Trace
): PayoutComponent[] {
  const what = `Base salary earned but unpaid ${through}`;
  const fullClause = `${clause}; 1(a)`;
  if (!req.baseSalary) {
    return [
      {
        what,
        clause: fullClause,
        amount: null,
        when: "not computed: the agreement does not state the base rate of pay; give annualBaseSalary and salaryPaidThrough (register base-salary)",
        kind: "base-salary",
        fee: null,
        flows: [],
      },
    ];
  }
  const amount = baseSalaryUnpaid(req.baseSalary, stop, trace);
  return [
    {
      what,
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
    },
  ];
}
