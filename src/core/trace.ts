/**
 * Calculation traces: the steps a figure is computed by, recorded by the
 * same code that computes it (EXPLAIN spills them).
 *
 * Computations take an optional `Trace`; without one they record nothing and
 * allocate nothing for it, so the hot path of a cell stays fast.
 */
import Decimal from "decimal.js";

export interface TraceStep {
  /** What this step computes, in words. */
  readonly step: string;
  /** The agreement clause (or register entry) the step applies. */
  readonly clause: string;
  /** The inputs and term values used, as "name=value" text. */
  readonly inputs: string;
  /** The interpretation choices in force for this step, as "id=choice" text. */
  readonly choices: string;
  /** The step's result: an amount, a date (ISO text), a number, or empty. */
  readonly result: Decimal | number | string | null;
}

export class Trace {
  readonly steps: TraceStep[] = [];
  add(
    step: string,
    clause: string,
    inputs: string,
    choices: readonly string[] | string,
    result: TraceStep["result"]
  ): void {
    this.steps.push({
      step,
      clause,
      inputs,
      choices: Array.isArray(choices) ? choices.join("; ") : (choices as string),
      result,
    });
  }
}
