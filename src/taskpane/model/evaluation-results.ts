/** What an evaluation returns: the scenario's result, its tranches, its duress alternatives (4(c)(i)) and what is unavailable. */
import Decimal from "decimal.js";
import {
  Choices,
  DatedPayment,
  COMPARISON_RATE,
  DuressPayment,
  OptionOutcome,
  Payout,
  Periods,
  Scenario,
  ScenarioInputs,
  Serial,
  Window,
} from "../../core";
import { FieldErrors } from "./field-errors";

/** The discount rate of the scenario comparison: the core's (the agreement's 3%, 4(c)). */
export { COMPARISON_RATE };

export interface TrancheResult {
  readonly vesting: Serial;
  readonly shares: number;
  readonly outcome: OptionOutcome;
}

export interface DuressA {
  readonly end?: Serial;
  readonly payments: readonly DuressPayment[];
}

export interface DuressB {
  readonly portion: Decimal;
  readonly fmv: Decimal;
  readonly shares: Decimal;
  readonly cashBalance: Decimal;
  readonly election?: Serial;
  readonly transferDeadline?: Serial;
  /** Whether the election was made by the election deadline (undefined when either date is missing). */
  readonly timely?: boolean;
  readonly balancePayments: readonly DuressPayment[];
}

export interface DuressResult {
  /** The Consulting Lump Sum Payment being delayed (the payout's discounted lump sum). */
  readonly lumpSum: Decimal;
  readonly notification?: Serial;
  readonly electionDeadline?: Serial;
  readonly a?: DuressA;
  readonly b?: DuressB;
  /** (B) was chosen but after the 21-business-day deadline, so (A) applies (4(c)(i)). */
  readonly lateElection?: boolean;
}

export interface Unavailable {
  readonly scenario: Scenario;
  readonly window: Window;
}

export interface ScenarioResult {
  /** The date entered: the notice (4(a)-4(d), 4(h)) or the event (4(e)-4(g)). */
  readonly date: Serial;
  readonly T: Serial;
  readonly payout: Payout;
  /** One row per component and date, never merged (payoutFlows): cash or, under 4(c)(i)(B), the shares at their value (shareValue), each with its tax treatment. */
  readonly flows: readonly DatedPayment[];
  /** 4(h): the disability the termination relies on. */
  readonly disability?: { readonly first: Serial; readonly last?: Serial };
  /** One entry per tranche row; undefined where the row is invalid. */
  readonly tranches: ReadonlyArray<TrancheResult | undefined>;
  readonly duress?: DuressResult;
}

export interface Evaluation {
  readonly scenario: Scenario;
  readonly periods: Periods;
  /** What the date field holds for this scenario ("Notice date", "Date of death", ...). */
  readonly dateLabel: string;
  readonly errors: FieldErrors;
  /** What each typed field was read as ("Read as $3.25"), by field id: shown beside the field. */
  readonly readings: FieldErrors;
  /** The non-default choices as `choices` text ("" for all defaults). */
  readonly choicesText: string;
  /** Undefined when a choice is invalid. */
  readonly choices?: Choices;
  /** The termination date, once the date field is valid. */
  readonly T?: Serial;
  /** The dates the scenario can terminate the chosen periods on (once the choices are valid). */
  readonly window?: Window;
  /** Which inputs matter for this scenario at this date (the core's scenario facts): the form asks for these only. */
  readonly inputs: ScenarioInputs;
  /** 4(h): first day notice may be given, once the first day of disability is valid. */
  readonly disabilityNoticeFrom?: Serial;
  /** Inputs that are legal but odd (the core's oddInputs), by field id: warnings, not errors. */
  readonly warnings: FieldErrors;
  /** Present only when every input that shapes the payout is valid. */
  readonly result?: ScenarioResult;
}
