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
  choiceText,
  ChoiceField,
  Choices,
  Dec,
  entriesBearingOn,
  FEE_END,
  FEE_START,
  FeeName,
  formatMoney,
  iso,
  readingsInForce,
  runningTotals,
  scheduleFor,
  Serial,
  TERMS,
  requestInForce,
} from "../../core";
import { btu, dateLiteral, text } from "../excel/formulas";
import { ScheduleKind } from "../state/settings";
import { formatPercent, formatShares } from "../components/format";
import { delayArgText, delayNote } from "./delay";
import { Evaluation, ScenarioResult } from "./evaluate";

export type ColumnFormat = "date" | "money" | "int" | "text";

export interface ScheduleColumn {
  readonly header: string;
  readonly format: ColumnFormat;
}

/** Dates are serials and counts plain numbers; money stays Decimal until written; labels are text. */
export type ScheduleCell = Serial | number | Decimal | string;

/** One row of the About sheet: an input or fact the figures rest on, its value and its clause. */
export interface AboutRow {
  readonly label: string;
  readonly value: ScheduleCell;
  readonly format: ColumnFormat;
  readonly clause: string;
}

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
  /** Every input the figures rest on (dates, periods, choices in force, tranches, the delay's facts, salary) and the figure's clause. */
  readonly about: readonly AboutRow[];
  /** What the printed pages' footer names: the scenario or schedule. */
  readonly footer: string;
}

const FEE_TITLE: Record<FeeName, string> = {
  consulting: "Consulting Fee",
  chairman: "Chairman Fee",
};
const feeTerm: Record<FeeName, { clause: string }> = {
  consulting: TERMS.consultingFee,
  chairman: TERMS.chairmanFee,
};
const text_ = (label: string, value: string, clause: string): AboutRow => ({
  label,
  value,
  format: "text",
  clause,
});
const money = (label: string, value: Decimal, clause: string): AboutRow => ({
  label,
  value,
  format: "money",
  clause,
});
const date = (label: string, value: Serial, clause: string): AboutRow => ({
  label,
  value,
  format: "date",
  clause,
});
const choiceRow = (id: string, value: string, clause: string): AboutRow =>
  text_(
    `Interpretation choice in force: ${id}`,
    value,
    `${clause}; register (BTU.INTERPRETATIONS)`
  );
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
  const total = rows.length ? rows[rows.length - 1].cumulative : new Dec(0);
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
    total,
    liveTotal: `SUM(INDEX(${btu("FEE_SCHEDULE", [text(fee), dateLiteral(FEE_START), dateLiteral(FEE_END), "0", ch])},0,5))`,
    liveTotalLabel: "Live total (BTU.FEE_SCHEDULE)",
    notes: [
      `${FEE_TITLE[fee]}: $${formatMoney(annualFee(fee))} per year, payable bi-weekly (paragraph 3(a)).`,
      choicesNote(choicesText),
    ],
    about: [
      text_("Figure", `${FEE_TITLE[fee]} schedule, bi-weekly (FEE_SCHEDULE)`, "3(a)"),
      money("Total of the Amount column", total, "3(a)"),
      money(`${FEE_TITLE[fee]} per year`, annualFee(fee), feeTerm[fee].clause),
      date("First day of the schedule", FEE_START, TERMS.feeStart.clause),
      date("Last day of the schedule", FEE_END, TERMS.periodEnd.clause),
      ...entriesBearingOn(["fees"]).map((entry) =>
        choiceRow(entry.id, choiceText(choices, entry.field as ChoiceField), entry.clause)
      ),
    ],
    footer: `${FEE_TITLE[fee]} schedule, bi-weekly (3(a)); ${choicesNote(choicesText).toLowerCase()}`,
  };
}

/** Whether a date's payment is cash, shares (4(c)(i)(B), at their value) or both. */
/** How a dated payment is made: in cash, in shares (4(c)(i)(B)), or both. */
export function paidIn(amount: Decimal, shareValue: Decimal): string {
  if (shareValue.isZero()) return "cash";
  return shareValue.eq(amount) ? "shares" : "cash and shares";
}

/**
 * This termination's dated payments (PAYOUT_SCHEDULE): one row per component
 * and date (never merged: two components paid the same day are two rows) with
 * its running total, what is paid in cash or shares, and under which clause.
 * Under a Board's delay (4(c)(i)) these are the delayed plan's rows; the
 * total is PAYOUT (cash plus shares at their value).
 */
export function payoutScheduleTable(ev: Evaluation, r: ScenarioResult): ScheduleTable {
  const p = r.payout;
  const req = requestInForce(p);
  const running = runningTotals(r.flows);
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
      `${s.clause} ${s.label}; ${ev.dateLabel.toLowerCase()} ${iso(r.date)}; termination date ${iso(r.T)}; periods ended: ${ev.periods}${req.consultingEnd !== undefined ? `; the Consulting Period ended ${iso(req.consultingEnd)}` : ""}.`,
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
    about: payoutAbout(ev, r),
    footer: `${s.clause} ${s.label}: ${ev.dateLabel.toLowerCase()} ${iso(r.date)}, termination ${iso(r.T)}, periods ${ev.periods}`,
  };
}

/** Every input of this termination's figures, as the core reads them, each with its clause. */
function payoutAbout(ev: Evaluation, r: ScenarioResult): AboutRow[] {
  const p = r.payout;
  const req = requestInForce(p);
  const s = ev.scenario;
  const why = ev.inputs.why;
  const rows: AboutRow[] = [
    text_(
      "Figure",
      "PAYOUT_SCHEDULE: this termination's dated payments; their total is PAYOUT",
      s.clause
    ),
    money(
      p.shares
        ? "Total value due (PAYOUT): cash plus shares at their value"
        : "Total cash due (PAYOUT)",
      p.total,
      s.clause
    ),
  ];
  if (p.shares)
    rows.push(
      money("Of which cash", p.cashTotal, s.clause),
      money("Of which shares at their value", p.shares.value, "4(c)(i)(B)")
    );
  rows.push(
    text_("Scenario", `${s.code}: ${s.label}`, s.clause),
    date(ev.dateLabel, r.date, s.clause),
    date("Termination date", r.T, s.clause),
    text_("Periods ended", ev.periods, "paragraph 4")
  );
  if (req.consultingEnd !== undefined)
    rows.push(
      date("The Consulting Period ended on", req.consultingEnd, why.consultingEnd ?? "paragraph 4")
    );
  if (r.disability) {
    rows.push(date("First day of disability", r.disability.first, why.disability ?? "4(h)"));
    if (r.disability.last !== undefined)
      rows.push(date("Last day of disability", r.disability.last, why.disability ?? "4(h)"));
  }
  if (ev.inputs.baseSalary) {
    if (req.baseSalary)
      rows.push(
        money("Annual base salary", req.baseSalary.annual, why.baseSalary ?? "paragraph 1"),
        date(
          "Base salary paid through",
          req.baseSalary.paidThrough,
          why.baseSalary ?? "paragraph 1"
        )
      );
    else
      rows.push(
        text_(
          "Base salary earned but unpaid",
          "not included: no rate given (the agreement does not state it)",
          why.baseSalary ?? "paragraph 1"
        )
      );
  }
  const d = req.delay;
  if (d) {
    rows.push(date("The Board's notification of its delay", d.notification, "4(c)(i)"));
    if (p.duress)
      rows.push(
        date(
          `Election deadline (${TERMS.duressElectionBusinessDays.value} business days)`,
          p.duress.electionDeadline,
          "4(c)(i)"
        )
      );
    rows.push(text_("Election", d.election ? `(${d.election})` : "none made", "4(c)(i)"));
    if (d.electionDate !== undefined)
      rows.push(date("Election date", d.electionDate, "4(c)(i)(B)"));
    if (d.portion)
      rows.push(text_("Portion taken in shares", formatPercent(d.portion), "4(c)(i)(B)"));
    if (d.fairMarketValue)
      rows.push(
        text_(
          "Fair market value per share on the election date",
          `$${d.fairMarketValue.toFixed()}`,
          "4(c)(i)(B)"
        )
      );
    if (d.duressEnd !== undefined) rows.push(date("End of the duress", d.duressEnd, "4(c)(i)(A)"));
    if (p.duress) rows.push(text_("Alternative that applies", `(${p.duress.applies})`, "4(c)(i)"));
    if (p.shares)
      rows.push(
        text_("Shares delivered", formatShares(p.shares.count), "4(c)(i)(B)"),
        date(
          `Shares due by (${TERMS.duressShareTransferBusinessDays.value} business days after the election)`,
          p.shares.transferDeadline,
          "4(c)(i)(B)"
        )
      );
  }
  r.tranches.forEach((t, i) => {
    if (!t) return;
    const what = `Option tranche ${i + 1}: ${formatShares(t.shares)} shares vesting ${iso(t.vesting)}`;
    rows.push(
      t.outcome.lastExercise === null
        ? text_(`${what}: ${t.outcome.rule}`, "forfeited", t.outcome.clause)
        : date(
            `${what}: last day to exercise (${t.outcome.rule})`,
            t.outcome.lastExercise,
            t.outcome.clause
          )
    );
  });
  const tranches = r.tranches.some((t) => t !== undefined);
  for (const { entry, inForce } of readingsInForce(req, { tranches }))
    rows.push(choiceRow(entry.id, inForce, entry.clause));
  return rows;
}

/** The schedule the user picked, or undefined when its inputs are not valid. */
export function scheduleTable(kind: ScheduleKind, ev: Evaluation): ScheduleTable | undefined {
  if (!ev.choices) return undefined;
  if (kind === "payout") return ev.result && payoutScheduleTable(ev, ev.result);
  return feeScheduleTable(kind, ev.choices, ev.choicesText);
}
