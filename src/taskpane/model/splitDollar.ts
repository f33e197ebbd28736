/**
 * 3(c)(iii): the split-dollar buy-out from what the user typed. Each input is
 * validated by the core (the same operations SPLITDOLLAR_INTEREST,
 * LIFE_EXPECTANCY and SPLITDOLLAR_BUYOUT call), a failure is kept as the
 * message of the field it concerns, and figures come only from the core:
 * the Company Interest (pro rata growth), the life expectancy read from a
 * built-in or the user's own table at the age the register's
 * `life-expectancy-age` reading gives, and the buy-out price under each
 * reading of `split-dollar-discount`.
 */
import Decimal from "decimal.js";
import {
  BtuError,
  builtInLifeTable,
  Choices,
  lifeExpectancyBuiltIn,
  lifeExpectancyFrom,
  lifeTableAge,
  PublishedLifeTable,
  Serial,
  splitDollarBuyoutReadings,
  splitDollarInterest,
  SPLIT_DOLLAR_RATE as CORE_SPLIT_DOLLAR_RATE,
  TERMS,
  Trace,
} from "../../core";
import { SplitDollarSettings } from "../state/settings";
import { Collector, FieldErrors } from "./evaluate";

/** The agreement's 3% (3(c)(iii)(B)), as the core holds it. */
export const SPLIT_DOLLAR_RATE: Decimal = CORE_SPLIT_DOLLAR_RATE;

/** The value of the table select for the user's own (age, years) rows. */
export const OWN_TABLE = "own";

export type DiscountMethod = Choices["splitDollarDiscount"];
export type AgeBasis = Choices["lifeExpectancyAge"];

export interface LifeExpectancyRead {
  readonly years: Decimal;
  readonly basis: AgeBasis;
  /** The built-in table, or undefined for the user's own rows. */
  readonly table?: PublishedLifeTable;
  /** The user's own rows as read (for the workbook). */
  readonly rows?: ReadonlyArray<readonly [number, number]>;
  /** The age the table was read at, in the core's words ("age last birthday=64"). */
  readonly age: string;
  /** Steps of the core's trace of the reading (EXPLAIN's rows, for the workbook). */
  readonly traceSteps: number;
}

export interface BuyoutReading {
  readonly method: DiscountMethod;
  readonly meaning: string;
  readonly inForce: boolean;
  readonly price?: Decimal;
  readonly error?: string;
  /** price - the price under the reading in force. */
  readonly difference?: Decimal;
}

export interface SplitDollarEvaluation {
  /** Field ids "sd:cashValueJan2003", "sd:cashValue", "sd:insuredOnlyIncrease", "sd:companyInterestJan2003", "sd:birth", "sd:buyout", "sd:table", "sd:rows". */
  readonly errors: FieldErrors;
  /** What each typed field was read as ("Read as $1,250.50"), by field id. */
  readonly readings?: FieldErrors;
  /** Whether anything was typed (no "enter ..." messages before that). */
  readonly started: boolean;
  readonly cashValueJan2003?: Decimal;
  readonly cashValue?: Decimal;
  readonly insuredOnlyIncrease?: Decimal;
  /** As entered; undefined means the agreement's $232,000. */
  readonly companyInterestJan2003?: Decimal;
  readonly birth?: Serial;
  readonly buyout?: Serial;
  /** The Company Interest now (3(c)(iii)(A)). */
  readonly interest?: Decimal;
  readonly life?: LifeExpectancyRead;
  readonly rate: Decimal;
  readonly buyouts?: readonly BuyoutReading[];
}

const INTEREST_ARGUMENTS = [
  "cashValueJan2003",
  "cashValue",
  "insuredOnlyIncrease",
  "companyInterestJan2003",
];

/** The field a core refusal about the Company Interest belongs to: its argument's (issue 20 item 4). */
function interestField(e: BtuError): string {
  const a = e.argument;
  return `sd:${a !== undefined && INTEREST_ARGUMENTS.includes(a) ? a : "cashValue"}`;
}

/** The user's own table: one row a line, age and remaining years separated by a tab, spaces, a comma or a semicolon; a header line is skipped. */
export function parseOwnRows(
  c: Collector,
  text: string
): Array<readonly [number, number]> | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length > 0 && !/\d/.test(lines[0])) lines.shift();
  if (lines.length === 0) {
    c.errors["sd:rows"] = "Enter the table as rows of age and remaining years, e.g. 64 21.8.";
    return undefined;
  }
  if (lines.length > 200) {
    c.errors["sd:rows"] = `The table has ${lines.length} rows; at most 200 are read.`;
    return undefined;
  }
  const rows: Array<readonly [number, number]> = [];
  for (const [i, line] of lines.entries()) {
    const parts = line.split(/\s*[\t;,]\s*|\s+/);
    const nums = parts.map((p) => (/^\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
    if (parts.length !== 2 || nums.some((n) => Number.isNaN(n))) {
      c.errors["sd:rows"] =
        `Row ${i + 1} must be an age and remaining years such as "64 21.8", got "${line.slice(0, 40)}".`;
      return undefined;
    }
    rows.push([nums[0], nums[1]] as const);
  }
  return rows;
}

export function evaluateSplitDollar(
  s: SplitDollarSettings,
  choices: Choices | undefined
): SplitDollarEvaluation {
  const c = new Collector();
  const rate = SPLIT_DOLLAR_RATE;
  const ciDefault = String(TERMS.companyInterestJan2003.value);
  const started =
    [s.cashValueJan2003, s.cashValue, s.insuredOnlyIncrease, s.birth, s.buyout, s.table].some(
      (x) => x.trim() !== ""
    ) || s.companyInterestJan2003.replace(/[$,\s]|\.0*$/g, "") !== ciDefault;
  if (!started) return { errors: {}, started, rate };

  const cv0 = c.decimal("sd:cashValueJan2003", s.cashValueJan2003, "the cash value on 2003-01-01");
  const cv = c.decimal("sd:cashValue", s.cashValue, "the cash value now");
  const x =
    s.insuredOnlyIncrease.trim() === ""
      ? new Decimal(0)
      : c.decimal(
          "sd:insuredOnlyIncrease",
          s.insuredOnlyIncrease,
          "the increase due solely to the executive's own payments"
        );
  const ci0 =
    s.companyInterestJan2003.trim() === ""
      ? undefined
      : c.decimal(
          "sd:companyInterestJan2003",
          s.companyInterestJan2003,
          "the Company Interest on 2003-01-01"
        );
  let interest: Decimal | undefined;
  if (
    cv0 !== undefined &&
    cv !== undefined &&
    x !== undefined &&
    !c.has("sd:companyInterestJan2003")
  ) {
    try {
      interest = splitDollarInterest(cv0, cv, x, ci0);
    } catch (e) {
      if (!(e instanceof BtuError)) throw e;
      c.errors[interestField(e)] = e.message;
    }
  }

  const birth = c.date("sd:birth", s.birth, "the date of birth", true);
  const buyout = c.date("sd:buyout", s.buyout, "the date of the buy-out", true);
  let life: LifeExpectancyRead | undefined;
  let table: PublishedLifeTable | undefined;
  let rows: Array<readonly [number, number]> | undefined;
  const own = s.table === OWN_TABLE;
  if (s.table.trim() === "")
    c.errors["sd:table"] =
      "Choose a life table: the agreement names none (register life-table), only 'trade publications for the life insurance industry' (3(c)(iii)(B)).";
  else if (own) rows = parseOwnRows(c, s.ownRows);
  else table = c.run("sd:table", () => builtInLifeTable(s.table));
  if (choices && birth !== undefined && buyout !== undefined && (table || rows)) {
    const basis = choices.lifeExpectancyAge;
    const trace = new Trace();
    try {
      const years = table
        ? lifeExpectancyBuiltIn(birth, buyout, table, basis, trace)
        : lifeExpectancyFrom(birth, buyout, rows as Array<readonly [number, number]>, basis, trace);
      const age = lifeTableAge(birth, buyout, basis).note;
      life = { years, basis, table, rows, age, traceSteps: trace.steps.length };
    } catch (e) {
      if (!(e instanceof BtuError)) throw e;
      const field =
        e.argument === "birthDate" || e.argument === "asOfDate"
          ? "sd:birth"
          : own
            ? "sd:rows"
            : "sd:table";
      c.errors[field] = e.message;
    }
  }

  let buyouts: BuyoutReading[] | undefined;
  if (choices && interest !== undefined && life !== undefined) {
    // Every reading's price, the one in force and each difference from it: one core operation (3(c)(iii)(B)).
    const { readings } = splitDollarBuyoutReadings(interest, life.years, rate, choices);
    buyouts = readings.map((r) => ({
      method: r.method,
      meaning: r.meaning,
      inForce: r.inForce,
      price: r.price,
      error: r.error?.message,
      difference: r.difference,
    }));
  }

  return {
    errors: c.errors,
    readings: c.readings,
    started,
    cashValueJan2003: cv0,
    cashValue: cv,
    insuredOnlyIncrease: x,
    companyInterestJan2003: ci0,
    birth,
    buyout,
    interest,
    life,
    rate,
    buyouts,
  };
}
