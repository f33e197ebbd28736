/**
 * Saved scenarios side by side (issue 21 item 4), as the pane shows them,
 * downloads them (.xlsx, download/comparison-xlsx.ts) and prints them
 * (components/ComparePrint.tsx): one table built here from the core's
 * comparePayouts (payout, its cash, its shares at their value (4(c)(i)(B)),
 * the value of every payment at one date at one rate, each one's difference
 * from the first) and each one's payout by calendar year (the core's
 * payoutByYear, PAYOUT_BY_YEAR). No figure is computed here: each is the
 * core's, labelled.
 */
import Decimal from "decimal.js";
import {
  Choices,
  ComparisonFigure,
  comparePayouts,
  iso,
  PayoutComparison,
  payoutByYear,
  Serial,
  sharesDueBeforeTermination,
} from "../../core";
import { formatPercent } from "../components/format";
import { Evaluation, ScenarioResult } from "./evaluate";

/** A saved scenario that can be evaluated: its name, its evaluation and its figures. */
export interface ComparedScenario {
  readonly name: string;
  readonly e: Evaluation;
  readonly r: ScenarioResult;
}

/** One figure of the comparison: its label, its clause, each scenario's value and difference from the first. */
export interface ComparisonLine {
  readonly figure: ComparisonFigure;
  readonly label: string;
  readonly clause: string;
  readonly values: readonly Decimal[];
  readonly differences: readonly Decimal[];
}

/** One scenario's facts, as the comparison names them. */
export interface ComparisonColumn {
  readonly name: string;
  /** "4(c)(i) By the Executive ..." */
  readonly scenario: string;
  readonly clause: string;
  readonly dateLabel: string;
  readonly date: Serial;
  readonly T: Serial;
  readonly periods: string;
  readonly choices: string;
  /** 4(c)(i)(B): the day the shares are due when it is before the termination date. */
  readonly sharesDueEarly?: Serial;
}

/** One calendar year of the comparison: each scenario's payments dated in it (PAYOUT_BY_YEAR; none that year: 0). */
export interface ComparisonYear {
  /** "2004". */
  readonly year: string;
  readonly label: string;
  readonly clause: string;
  readonly values: readonly Decimal[];
}

export interface ComparisonTable {
  readonly title: string;
  readonly fileName: string;
  readonly columns: readonly ComparisonColumn[];
  readonly lines: readonly ComparisonLine[];
  /** The payout by calendar year, every year any scenario pays in, in order; each column adds up to its PAYOUT. */
  readonly years: readonly ComparisonYear[];
  readonly asOf: Serial;
  /** Whether the comparison date is the one chosen (else the earliest termination date). */
  readonly asOfChosen: boolean;
  readonly rate: Decimal;
  readonly valuation: Choices["comparisonValuation"];
  readonly flowsBeforeDate: boolean;
  /** What the figures mean, in words (under the table, in the download and in print). */
  readonly notes: readonly string[];
  /** What the printed pages' footer names. */
  readonly footer: string;
}

/** The figures compared, in their order (the core's comparePayouts). */
export const COMPARED_FIGURES: readonly ComparisonFigure[] = [
  "total",
  "cashTotal",
  "sharesValue",
  "presentValue",
];

function labelOf(figure: ComparisonFigure, asOf: Serial, rate: Decimal): string {
  switch (figure) {
    case "total":
      return "Payout (PAYOUT)";
    case "cashTotal":
      return "of which cash";
    case "sharesValue":
      return "of which shares at their value";
    case "presentValue":
      return `Present value at ${iso(asOf)}, ${formatPercent(rate)}`;
  }
}

const CLAUSE: Record<ComparisonFigure, string> = {
  total: "paragraph 4",
  cashTotal: "paragraph 4",
  sharesValue: "4(c)(i)(B)",
  presentValue: "4(c) rate; register comparison-valuation",
};

/**
 * The comparison of `scenarios` (two or more) at `rate`, valued at `asOf` or
 * the earliest termination date, a payment before it valued by `valuation`.
 * Throws the core's BtuError when the core refuses.
 */
export function comparisonTable(
  scenarios: readonly ComparedScenario[],
  options: {
    readonly rate: Decimal;
    readonly asOf?: Serial;
    readonly valuation: Choices["comparisonValuation"];
  }
): ComparisonTable {
  const cmp: PayoutComparison = comparePayouts(
    scenarios.map((x) => x.r.payout),
    {
      rate: options.rate,
      asOf: options.asOf,
      valuation: options.valuation,
      figures: COMPARED_FIGURES,
    }
  );
  const rate = cmp.rate ?? options.rate;
  const columns = scenarios.map((x): ComparisonColumn => ({
    name: x.name,
    scenario: `${x.e.scenario.clause} ${x.e.scenario.label}`,
    clause: x.e.scenario.clause,
    dateLabel: x.e.dateLabel,
    date: x.r.date,
    T: x.r.T,
    periods: x.e.periods,
    choices: x.e.choicesText || "the register's defaults",
    sharesDueEarly: sharesDueBeforeTermination(x.r.payout),
  }));
  const lines = cmp.rows.map((row): ComparisonLine => ({
    figure: row.figure,
    label: labelOf(row.figure, cmp.asOf, rate),
    clause: CLAUSE[row.figure],
    values: row.values,
    differences: row.differences,
  }));
  const years = yearsOf(scenarios);
  const early = columns.flatMap((c) =>
    c.sharesDueEarly === undefined ? [] : [`${c.name}: shares due by ${iso(c.sharesDueEarly)}`]
  );
  const notes = [
    `Each difference is each scenario's figure less that of the first (${columns[0].name}).`,
    `Present value: every dated payment valued at ${iso(cmp.asOf)}${options.asOf === undefined ? " (the earliest termination date)" : ""} at ${formatPercent(rate)} a year (XNPV convention).`,
    ...(cmp.flowsBeforeDate
      ? [
          `A payment falls before the comparison date ${iso(cmp.asOf)}${early.length ? ` (${early.join("; ")}; 4(c)(i)(B))` : ""}: it is valued by the register reading comparison-valuation=${cmp.valuation}.`,
        ]
      : []),
    "PAYOUT is cash plus the shares delivered under 4(c)(i)(B) at their value.",
    "Payout by calendar year: each scenario's payments dated in the year (PAYOUT_BY_YEAR); a scenario's years add up to its PAYOUT.",
  ];
  return {
    title: `Saved scenarios compared (${columns.length}), valued at ${iso(cmp.asOf)}`,
    fileName: `btu-comparison-${iso(cmp.asOf)}`,
    columns,
    lines,
    years,
    asOf: cmp.asOf,
    asOfChosen: options.asOf !== undefined,
    rate,
    valuation: cmp.valuation,
    flowsBeforeDate: cmp.flowsBeforeDate,
    notes,
    footer: `Saved scenarios compared: ${columns.map((c) => c.name).join(", ")}`,
  };
}

/** Each scenario's payout by calendar year (the core's payoutByYear), on the union of their years; a year a scenario pays nothing in is 0. */
function yearsOf(scenarios: readonly ComparedScenario[]): ComparisonYear[] {
  const each = scenarios.map(
    (x) => new Map(payoutByYear(x.r.payout, "calendar").map((y) => [y.year, y.total]))
  );
  const names = [...new Set(each.flatMap((m) => [...m.keys()]))].sort();
  return names.map((year) => ({
    year,
    label: `Paid in ${year} (calendar year)`,
    clause: "PAYOUT_BY_YEAR",
    values: each.map((m) => m.get(year) ?? new Decimal(0)),
  }));
}
