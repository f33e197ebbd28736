/**
 * The interpretation register in force, and what each reading costs
 * (SENSITIVITY).
 */
import Decimal from "decimal.js";
import {
  choiceText,
  Choices,
  describeChoices,
  ChoiceField,
  entriesBearingOn,
  REGISTER,
  Interpretation,
  Topic,
  withChoices,
} from "../agreement/interpretations";
import { BtuError } from "../errors";
import { payout, PayoutRequest } from "../rules/p4-payout";

/* --------------------------------------------------------------- register */

/** Each register entry with the choice in force (INTERPRETATIONS). */
export function registerInForce(
  choices: Choices
): Array<{ readonly entry: Interpretation; readonly inForce: string }> {
  return REGISTER.map((entry) => ({
    entry,
    inForce:
      entry.field === undefined
        ? entry.default
        : describeChoices(choices, [entry.field as ChoiceField])[0].split("=")[1],
  }));
}

/**
 * The interpretation choices bearing on a payout's figures, each with the
 * reading in force: the fee ledgers, the termination split, the scenario's
 * own reading, the options (when tranches are given) and the duress ones
 * (under a delay). What an export's About sheet and the audit workbook list
 * as "choices in force" (free entries such as pay-anchor included).
 */
export function readingsInForce(
  req: PayoutRequest,
  options: { readonly tranches?: boolean } = {}
): Array<{ readonly entry: Interpretation; readonly inForce: string }> {
  const topics: Topic[] = [
    "fees",
    "termination",
    req.scenario.code,
    ...(options.tranches ? (["options"] as const) : []),
    ...(req.delay ? (["duress"] as const) : []),
  ];
  return entriesBearingOn(topics).map((entry) => ({
    entry,
    inForce: choiceText(req.choices, entry.field as ChoiceField),
  }));
}

/* ------------------------------------------- what each reading costs */

/** One reading of one switchable register entry and the PAYOUT figure under it. */
export interface Sensitivity {
  readonly entry: Interpretation;
  readonly value: string;
  /** Whether this is the reading in force for the figure. */
  readonly inForce: boolean;
  /** PAYOUT under this reading, or the error PAYOUT gives under it (e.g. a date outside the window it sets). */
  readonly total?: Decimal;
  readonly error?: BtuError;
  /** total - the figure in force. */
  readonly difference?: Decimal;
}

/**
 * SENSITIVITY: for every switchable register entry bearing on a payout (its
 * fees, its termination split, its scenario's own reading, the duress ones
 * under a delay), each alternative (for a free entry, pay-anchor and
 * pay-lag, the readings the register's `compare` names) and the PAYOUT
 * figure under it, with its difference from the figure in force. Computed by `payout` itself under the
 * other choices, nothing else.
 */
export function sensitivity(req: PayoutRequest): { inForce: Decimal; rows: Sensitivity[] } {
  const inForce = payout(req).total;
  const topics: Topic[] = [
    "fees",
    "termination",
    req.scenario.code,
    ...(req.delay ? (["duress"] as const) : []),
  ];
  const rows: Sensitivity[] = [];
  for (const entry of entriesBearingOn(topics)) {
    // A date or a day count (pay-anchor, pay-lag) has no closed list: the register names the readings to compare.
    const readings = entry.free ? (entry.compare ?? []) : entry.alternatives;
    if (readings.length === 0) continue;
    const current = choiceText(req.choices, entry.field as ChoiceField);
    const values = readings.map((a) => a.value);
    // A free value in force that the register does not list is shown first, as the figure in force.
    for (const a of values.includes(current) ? readings : [{ value: current }, ...readings]) {
      if (a.value === current) {
        rows.push({
          entry,
          value: a.value,
          inForce: true,
          total: inForce,
          difference: inForce.minus(inForce),
        });
        continue;
      }
      const choices = withChoices([[entry.id, a.value]], req.choices);
      try {
        const total = payout({ ...req, choices }).total;
        rows.push({
          entry,
          value: a.value,
          inForce: false,
          total,
          difference: total.minus(inForce),
        });
      } catch (e) {
        if (!(e instanceof BtuError)) throw e;
        rows.push({ entry, value: a.value, inForce: false, error: e });
      }
    }
  }
  return { inForce, rows };
}
