/**
 * The payment schedules the pane downloads (.xlsx, CSV) and inserts as Excel
 * tables: a fee's bi-weekly schedule (FEE_SCHEDULE rows, from scheduleFor) or
 * this termination's dated payments (PAYOUT_SCHEDULE rows, from payoutFlows).
 * Each carries the total it must tie to and the live formula that computes
 * the same total in Excel, for the check beside the inserted table.
 */
import Decimal from "decimal.js";
import {
  annualFee,
  Choices,
  Dec,
  FEE_END,
  FEE_START,
  FeeName,
  formatMoney,
  iso,
  scheduleFor,
  Serial,
} from "../../core";
import { btu, dateLiteral, text } from "../excel/formulas";
import { ScheduleKind } from "../state/settings";
import { formatShares } from "../components/format";
import { delayArgText, delayNote } from "./delay";
import { cumulative, Evaluation, ScenarioResult } from "./evaluate";

export type ColumnFormat = "date" | "money" | "int" | "text";

export interface ScheduleColumn {
  readonly header: string;
  readonly format: ColumnFormat;
}

/** Dates are serials and counts plain numbers; money stays Decimal until written; labels are text. */
export type ScheduleCell = Serial | number | Decimal | string;

export interface ScheduleTable {
  readonly kind: ScheduleKind;
  readonly title: string;
  /** File name without extension. */
  readonly fileName: string;
  /** Base name of the worksheet (made unique when inserted). */
  readonly sheetName: string;
  /** Base name of the Excel table (made unique when inserted). */
  readonly tableName: string;
  readonly columns: readonly ScheduleColumn[];
  readonly rows: ReadonlyArray<readonly ScheduleCell[]>;
  /** Index of the Amount column. */
  readonly amountColumn: number;
  /** The total the Amount column must add up to: the core's last cumulative. */
  readonly total: Decimal;
  /** Formula (without "=") computing the same total live with the custom functions. */
  readonly liveTotal: string;
  readonly liveTotalLabel: string;
  /** Where the figures come from and under which choices. */
  readonly notes: readonly string[];
}

const FEE_TITLE: Record<FeeName, string> = {
  consulting: "Consulting Fee",
  chairman: "Chairman Fee",
};
const choicesNote = (t: string) =>
  t ? `Interpretation choices: ${t}` : "Interpretation choices: the register's defaults";

/** The whole bi-weekly schedule of a fee, July 1, 2003 through June 30, 2007 (3(a)). */
export function feeScheduleTable(
  fee: FeeName,
  choices: Choices,
  choicesText: string
): ScheduleTable {
  const rows = scheduleFor(fee, FEE_START, FEE_END, choices);
  const ch = choicesText ? text(choicesText) : undefined;
  return {
    kind: fee,
    title: `${FEE_TITLE[fee]} schedule, bi-weekly (3(a)), ${iso(FEE_START)} to ${iso(FEE_END)}`,
    fileName: `btu-${fee}-fee-schedule`,
    sheetName: `BTU ${fee} schedule`,
    tableName: `BTU_${fee === "consulting" ? "Consulting" : "Chairman"}_Schedule`,
    columns: [
      { header: "Pay date", format: "date" },
      { header: "Period start", format: "date" },
      { header: "Period end", format: "date" },
      { header: "Days", format: "int" },
      { header: "Amount", format: "money" },
      { header: "Cumulative", format: "money" },
    ],
    rows: rows.map((r) => [r.payDate, r.start, r.end, r.days, r.amount, r.cumulative]),
    amountColumn: 4,
    total: rows.length ? rows[rows.length - 1].cumulative : new Dec(0),
    liveTotal: `SUM(INDEX(${btu("FEE_SCHEDULE", [text(fee), dateLiteral(FEE_START), dateLiteral(FEE_END), "0", ch])},0,5))`,
    liveTotalLabel: "Live total (BTU.FEE_SCHEDULE)",
    notes: [
      `${FEE_TITLE[fee]}: $${formatMoney(annualFee(fee))} per year, payable bi-weekly (paragraph 3(a)).`,
      choicesNote(choicesText),
    ],
  };
}

/** Whether a date's payment is cash, shares (4(c)(i)(B), at their value) or both. */
function paidIn(amount: Decimal, shareValue: Decimal): string {
  if (shareValue.isZero()) return "cash";
  return shareValue.eq(amount) ? "shares" : "cash and shares";
}

/**
 * This termination's dated payments (PAYOUT_SCHEDULE): one row a date with
 * its running total, what is paid in cash or shares, and under which clause.
 * Under a Board's delay (4(c)(i)) these are the delayed plan's rows; the
 * total is PAYOUT (cash plus shares at their value).
 */
export function payoutScheduleTable(ev: Evaluation, r: ScenarioResult): ScheduleTable {
  const p = r.payout;
  const req = p.request;
  const running = cumulative(r.flows);
  const s = ev.scenario;
  const salaryArgs = req.baseSalary
    ? [req.baseSalary.annual.toString(), dateLiteral(req.baseSalary.paidThrough)]
    : [undefined, undefined];
  const delay = delayNote(p);
  return {
    kind: "payout",
    title: `Payments under ${s.clause} (${s.label}), termination ${iso(r.T)}`,
    fileName: `btu-payout-${s.code}-${iso(r.T)}`,
    sheetName: `BTU payout ${s.code}`,
    tableName: `BTU_Payout_${s.code.replace("-", "_")}`,
    columns: [
      { header: "Date", format: "date" },
      { header: "Amount", format: "money" },
      { header: "Cumulative", format: "money" },
      { header: "Paid in", format: "text" },
      { header: "What", format: "text" },
      { header: "Clause", format: "text" },
    ],
    rows: r.flows.map((f, i) => [
      f.date,
      f.amount,
      running[i].cumulative,
      paidIn(f.amount, f.shareValue),
      f.what,
      f.clause,
    ]),
    amountColumn: 1,
    total: p.total,
    liveTotal: btu("PAYOUT", [
      text(s.code),
      dateLiteral(r.T),
      text(ev.periods),
      req.consultingEnd !== undefined ? dateLiteral(req.consultingEnd) : undefined,
      ev.choicesText ? text(ev.choicesText) : undefined,
      ...salaryArgs,
      req.delay ? text(delayArgText(req.delay)) : undefined,
    ]),
    liveTotalLabel: "Live total (BTU.PAYOUT)",
    notes: [
      `${s.clause} ${s.label}; ${ev.dateLabel.toLowerCase()} as entered; termination date ${iso(r.T)}; periods ended: ${ev.periods}${req.consultingEnd !== undefined ? `; the Consulting Period ended ${iso(req.consultingEnd)}` : ""}.`,
      ...(delay ? [delay] : []),
      ...(p.shares
        ? [
            `Total ${formatMoney(p.total)}: cash ${formatMoney(p.cashTotal)} plus ${formatShares(p.shares.count)} shares worth ${formatMoney(p.shares.value)} (the row marked "shares").`,
          ]
        : []),
      ...(ev.inputs.baseSalary
        ? [
            req.baseSalary
              ? `Base salary earned but unpaid is included, at the annual rate entered (${formatMoney(req.baseSalary.annual)}), paid through ${iso(req.baseSalary.paidThrough)} (paragraph 1; ${ev.inputs.why.baseSalary}).`
              : `Base salary earned but unpaid is not included: the agreement does not state the rate (paragraph 1; ${ev.inputs.why.baseSalary}).`,
          ]
        : []),
      choicesNote(ev.choicesText),
    ],
  };
}

/** The schedule the user picked, or undefined when its inputs are not valid. */
export function scheduleTable(kind: ScheduleKind, ev: Evaluation): ScheduleTable | undefined {
  if (!ev.choices) return undefined;
  if (kind === "payout") return ev.result && payoutScheduleTable(ev, ev.result);
  return feeScheduleTable(kind, ev.choices, ev.choicesText);
}
