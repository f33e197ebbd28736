/**
 * The controller's ledger of the scenario on screen (issue 21 item 4), as the pane shows it
 * (components/LedgerPanel.tsx) and the memo summarises it (components/Memo.tsx): the payout by
 * tax treatment (the core's `payoutByTreatment`: paragraph 5, 3(a); the add-in classifies, it
 * computes no tax), by calendar or contract year (the core's `payoutByYear`, PAYOUT_BY_YEAR,
 * 3(b)), what the Company owes and has not paid at the end of a chosen day (the core's
 * `outstanding`, OUTSTANDING) and the month-end roll-forward (the core's `rollForward`,
 * ROLLFORWARD), both under register entry amounts-arise. No figure, default or limit is
 * computed or decided here: each is the core's, read through the pane's date reader (the
 * messages every date field of the pane gives).
 */
import Decimal from "decimal.js";
import {
  argumentList,
  DEFAULT_CHOICES,
  interpretation,
  iso,
  outstanding,
  parseYearBasis,
  payoutByTreatment,
  payoutByYear,
  PayoutYear,
  rollForward,
  RollForwardRow,
  Serial,
  TAX_NOTE,
  TAX_TREATMENTS,
  TaxTreatment,
  TreatmentTotal,
  YearBasis,
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

/** What the user is told wherever the treatments are shown: the add-in classifies, it computes no tax (the core's words). */
export { TAX_NOTE };

/** The payout on screen by tax treatment: one total a treatment with a payment, in the core's order; they add up to PAYOUT. */
export function treatmentTotals(r: ScenarioResult): readonly TreatmentTotal[] {
  return payoutByTreatment(r.payout);
}

/** A choice of the year switch: the core's value, its words and its tooltip (argument list yearBasis, 3(b)). */
export interface YearBasisOption {
  readonly value: YearBasis;
  readonly text: string;
  readonly tooltip: string;
}

/**
 * The year bases the switch offers, in the core's order (its default first), each named by the
 * core's tooltip up to its example ("Contract years, July 1 - June 30 (3(b))").
 */
export function yearBasisOptions(): readonly YearBasisOption[] {
  return argumentList("yearBasis").values.map((v) => ({
    value: parseYearBasis(v.value),
    text: v.tooltip.replace(/^Default\.\s*/, "").replace(/:.*$/, ""),
    tooltip: v.tooltip,
  }));
}

/** The by-year table of the payout on screen: its treatment columns, its rows and its total row (each figure the core's). */
export interface YearTable {
  readonly basis: YearBasis;
  /** The treatments with a payment in this payout (the others would be all zero), in the core's order. */
  readonly treatments: readonly TaxTreatment[];
  /** Each year, its amount under each treatment of `treatments` as `byTreatment(row, i)`. */
  readonly rows: readonly PayoutYear[];
  readonly byTreatment: (row: PayoutYear, i: number) => Decimal;
  /** The total row: PAYOUT, its cash, its shares at their value, and the totals by treatment (the core's, not sums made here). */
  readonly total: {
    readonly cash: Decimal;
    readonly shares: Decimal;
    readonly treatments: readonly Decimal[];
    readonly total: Decimal;
  };
}

/**
 * PAYOUT_BY_YEAR for the payout on screen on `basis` (calendar, or contract years July 1 -
 * June 30, 3(b)): a row a year with its cash, its shares at their value, its amount under
 * each treatment that has a payment, and its total; the total row is PAYOUT and its parts
 * (the years add up to it to the cent: the core's promise, checked by the tests).
 */
export function yearTable(r: ScenarioResult, basis: YearBasis): YearTable {
  const totals = treatmentTotals(r);
  const treatments = totals.map((t) => t.treatment);
  const index = treatments.map((t) => TAX_TREATMENTS.findIndex((x) => x.id === t.id));
  return {
    basis,
    treatments,
    rows: payoutByYear(r.payout, basis),
    byTreatment: (row, i) => row.byTreatment[index[i]],
    total: {
      cash: r.payout.cashTotal,
      shares: r.payout.shares?.value ?? new Decimal(0),
      treatments: totals.map((t) => t.amount),
      total: r.payout.total,
    },
  };
}
