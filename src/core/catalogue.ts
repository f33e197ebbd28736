/**
 * What each BTU function's answer holds, as a fact of the core: a date
 * serial, an amount of money, another number or text, for a single value and
 * for each column of a table. The adapters read it instead of guessing from a
 * function's name or a column's header: `btu-calc --dates iso` prints exactly
 * the date cells as YYYY-MM-DD (with or without a header row), and a money
 * figure is never taken for a date. test/core/catalogue.test.ts checks the
 * catalogue against every registered function and against the tables the
 * functions spill.
 */

/** What one cell holds: a date serial (1900 date system), dollars, another number (days, shares, years, a count), text, or any of these. */
export type CellKind = "date" | "money" | "number" | "text" | "mixed";

/** A function's answer: one value, or a table with its columns in order. */
export type ResultShape =
  | { readonly kind: "value"; readonly cell: CellKind }
  | {
      readonly kind: "table";
      readonly columns: readonly CellKind[];
      /** "optional": the `headers` argument decides whether the first row is the header row. */
      readonly header: "always" | "optional";
    };

const value = (cell: CellKind): ResultShape => ({ kind: "value", cell });
const table = (header: "always" | "optional", ...columns: CellKind[]): ResultShape => ({
  kind: "table",
  columns,
  header,
});

/**
 * Every BTU function's answer, by function id. The dates: the termination
 * date (paragraph 4: notice plus three months, or the event), the last day to
 * exercise options (3(c)(iv)(A)), the end of a cure period (4(a)(i), 4(d)(i)),
 * the 21- and 10-business-day deadlines (4(c)(i), 4(c)(i)(B)), the first day
 * 4(h) notice may be given, and the pay dates and period bounds of the
 * schedules (3(a)).
 */
export const RESULT_SHAPES: Readonly<Record<string, ResultShape>> = Object.freeze({
  CONSULT_LUMPSUM: value("money"),
  CHAIR_LUMPSUM: value("money"),
  CONSULT_DISCOUNTED: value("money"),
  CHAIR_DISCOUNTED: value("money"),
  EARNED_UNPAID: value("money"),
  /** 3(a): pay date, period start, period end, days, amount, cumulative. */
  FEE_SCHEDULE: table("optional", "date", "date", "date", "number", "money", "money"),
  PAYOUT: value("money"),
  /** What, clause, amount, when / how, tax treatment (paragraph 5, 3(a)). */
  PAYOUT_DETAIL: table("always", "text", "text", "money", "text", "text"),
  /** Paragraph 4: date, amount, cumulative, what, clause, tax treatment (paragraph 5, 3(a)). */
  PAYOUT_SCHEDULE: table("optional", "date", "money", "money", "text", "text", "text"),
  /** Year ("2004", or the contract year "2004-05", 3(b)), cash, shares at their value, one column per tax treatment, total: no date cells. */
  PAYOUT_BY_YEAR: table(
    "optional",
    "text",
    "money",
    "money",
    "money",
    "money",
    "money",
    "money",
    "money",
    "money"
  ),
  /** Register id, clause, reading, in force, PAYOUT under it (or its error), difference. */
  SENSITIVITY: table("always", "text", "text", "text", "text", "money", "money"),
  /** What the Company owes and has not paid at the end of a day (register amounts-arise). */
  OUTSTANDING: value("money"),
  /** Month-end date, opening, arising, paid, closing. */
  ROLLFORWARD: table("optional", "date", "money", "money", "money", "money"),
  TERMINATION_DATE: value("date"),
  OPTION_DEADLINE: value("date"),
  CURE_PERIOD_END: value("date"),
  ELECTION_DEADLINE: value("date"),
  SHARE_TRANSFER_DEADLINE: value("date"),
  /** 4(c)(i)(B): a number of shares. */
  DURESS_SHARES: value("number"),
  DURESS_BALANCE: value("money"),
  /** 4(c)(i)(A): pay date, amount, balance after. */
  DURESS_SCHEDULE: table("optional", "date", "money", "money"),
  DISABILITY_NOTICE_FROM: value("date"),
  SPLITDOLLAR_INTEREST: value("money"),
  SPLITDOLLAR_BUYOUT: value("money"),
  /** 3(c)(iii)(B): remaining years. */
  LIFE_EXPECTANCY: value("number"),
  /** Term, value (dates already as YYYY-MM-DD text), unit, clause, agreement text. */
  TERMS: table("always", "text", "mixed", "text", "text", "text"),
  INTERPRETATIONS: table("always", "text", "text", "text", "text", "text", "text", "text", "text"),
  /** #, step, clause, inputs and terms, choices in force, result (of whatever kind the step gives). */
  EXPLAIN: table("always", "number", "text", "text", "text", "text", "mixed"),
});

/** The shape of BTU.`functionId`'s answer (id without "BTU.", any case); undefined for a name that is no function. */
export function resultShape(functionId: string): ResultShape | undefined {
  const id = functionId
    .trim()
    .toUpperCase()
    .replace(/^BTU\./, "");
  return Object.prototype.hasOwnProperty.call(RESULT_SHAPES, id) ? RESULT_SHAPES[id] : undefined;
}

/** Which cells of BTU.`functionId`'s answer are dates: the value itself, or the table's date columns by position. */
export function dateCells(functionId: string): {
  readonly value: boolean;
  readonly columns: readonly boolean[];
} {
  const s = resultShape(functionId);
  if (!s) return { value: false, columns: [] };
  return s.kind === "value"
    ? { value: s.cell === "date", columns: [] }
    : { value: false, columns: s.columns.map((c) => c === "date") };
}
