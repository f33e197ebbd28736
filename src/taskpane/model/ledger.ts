/**
 * The controller's ledger of the scenario on screen (issue 21 item 4), as the pane shows it
 * (components/LedgerPanel.tsx) and the memo summarises it (components/Memo.tsx): what the Company
 * owes and has not paid at the end of a chosen day (the core's `outstanding`, OUTSTANDING) and
 * the month-end roll-forward (the core's `rollForward`, ROLLFORWARD), both under register entry
 * amounts-arise. No figure, default or limit is computed or decided here: each is the core's,
 * read through the pane's date reader (the messages every date field of the pane gives).
 */
import Decimal from "decimal.js";
import {
  DEFAULT_CHOICES,
  interpretation,
  iso,
  outstanding,
  rollForward,
  RollForwardRow,
  Serial,
} from "../../core";
import { Evaluation, ScenarioResult } from "./evaluation-results";
import { Collector } from "./field-errors";

/** The as-of date's field id (its messages) and its label, as the pane shows it. */
const AS_OF = "ledger:asOf";
export const AS_OF_LABEL = "Owed at the end of";

/** What is owed at a chosen day: the day read, the core's figure, or the field's message. */
export interface OwedAt {
  readonly asOf?: Serial;
  readonly amount?: Decimal;
  /** The field's message (a date the pane cannot read, or one the core refuses, with its range). */
  readonly error?: string;
  /** What the text was read as ("Read as 2004-10-01"), when it differs from what was typed. */
  readonly reading?: string;
}

/** The as-of date the field starts with: the termination date, as the pane writes dates. */
export function defaultAsOfText(r: ScenarioResult): string {
  return iso(r.T);
}

/**
 * OUTSTANDING at the end of the day typed in `text` for the payout on screen (its request:
 * the Board's delay included, 4(c)(i)): the date is read as every date field of the pane
 * reads it; the core refuses a day outside its ledger (from the date of the letter to the year
 * end after the fees end), and its refusal is the field's message.
 */
export function owedAt(r: ScenarioResult, text: string): OwedAt {
  const c = new Collector();
  c.labels[AS_OF] = "The as-of date";
  const asOf = c.date(AS_OF, text, "the as-of date", true);
  const amount =
    asOf === undefined ? undefined : c.run(AS_OF, () => outstanding(r.payout.request, asOf));
  return { asOf, amount, error: c.errors[AS_OF], reading: c.readings[AS_OF] };
}

/**
 * ROLLFORWARD for the payout on screen: a row a month end from the month of the first amount
 * arising or paid to the month of the last payment (the core's defaults): opening, arising,
 * paid, closing.
 */
export function rollForwardRows(r: ScenarioResult): readonly RollForwardRow[] {
  return rollForward(r.payout.request);
}

/** The reading of register entry amounts-arise in force for the scenario on screen, with its meaning in the register's words. */
export function arisingReading(e: Evaluation): {
  readonly value: string;
  readonly meaning: string;
} {
  const value = (e.choices ?? DEFAULT_CHOICES).amountsArise;
  const alt = interpretation("amounts-arise").alternatives.find((a) => a.value === value);
  return { value, meaning: alt?.meaning ?? "" };
}
