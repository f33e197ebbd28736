/**
 * From what the user typed to what the pane shows: each input is validated
 * by the calculation core (the same functions the BTU.* custom functions
 * call), each failure is kept as a message for the field it concerns, and
 * figures are computed only from inputs that passed. Nothing here computes
 * an amount or a date itself; it only composes the core.
 */
export { COMPARISON_RATE } from "./evaluation-results";
export type {
  DuressA,
  DuressB,
  DuressResult,
  Evaluation,
  ScenarioResult,
  TrancheResult,
  Unavailable,
} from "./evaluation-results";
export type { FieldErrors } from "./field-errors";
export { Collector, dateLabelOf } from "./field-errors";
export type { ChartFigures } from "./chart-figures";
export { chartFigures } from "./chart-figures";
export { evaluate } from "./evaluation";
