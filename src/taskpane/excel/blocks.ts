/**
 * What the pane writes into the workbook, as pure data: a grid of cells
 * (constants and live =BTU.… formulas referencing the block's own input
 * cells) and, for schedules, an Excel table below a live check. Built for a
 * given top-left cell, because the formulas' references depend on it.
 */
import Decimal from "decimal.js";
import {
  DelayFact,
  delayFactsOf,
  formatMoney,
  iso,
  requestInForce,
  sensitivity,
  Serial,
  TERMS,
  toExcelNumber,
} from "../../core";
import { formatShares } from "../components/format";
import { Evaluation, ScenarioResult } from "../model/evaluate";
import { SplitDollarEvaluation } from "../model/splitDollar";
import { ColumnFormat, ScheduleTable } from "../model/schedules";
import { btu, cellRef, rangeRef, text } from "./formulas";

export type CellFormat = ColumnFormat | "shares" | "percent" | "price" | "years";

export const EXCEL_FORMAT: Record<CellFormat, string> = {
  date: "yyyy-mm-dd",
  money: "#,##0.00",
  int: "0",
  text: "@",
  shares: "#,##0.######",
  percent: "0.##%",
  price: "#,##0.00##",
  years: "0.0#####",
};

export interface Cell {
  /** A constant, or a formula when the text starts with "=". "" leaves the cell empty. */
  readonly value: string | number;
  readonly format?: CellFormat;
  readonly bold?: boolean;
}

export interface Origin {
  readonly row: number;
  readonly col: number;
}

export interface TableSpec {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>;
  readonly formats: readonly CellFormat[];
}

export interface Insertion {
  /** What it is, for messages ("the summary block"). */
  readonly what: string;
  /** Base name of a new sheet. */
  readonly sheetName: string;
  /** The cells above the table (or the whole block), for a top-left cell. */
  readonly build: (origin: Origin) => Cell[][];
  /** An Excel table placed below the cells. */
  readonly table?: TableSpec;
}

/** The size of an insertion: every cell of it must be empty before writing (or the user agrees to write over it). */
export function sizeOf(ins: Insertion): { rows: number; cols: number } {
  const cells = ins.build({ row: 0, col: 0 });
  const rows = cells.length + (ins.table ? ins.table.rows.length + 1 : 0);
  const cols = Math.max(0, ...cells.map((r) => r.length), ins.table ? ins.table.header.length : 0);
  return { rows, cols };
}

const c = (value: string | number, format?: CellFormat, bold?: boolean): Cell => ({
  value,
  format,
  bold,
});
const EMPTY = c("");

/**
 * The summary block: the inputs (scenario, date, periods, choices) as cells,
 * then PAYOUT and the spilled PAYOUT_DETAIL computed from them, the option
 * deadlines per tranche and, for a delayed 4(c)(i) lump sum, the duress
 * figures. Changing an input cell recalculates the block.
 */
export function summaryInsertion(ev: Evaluation, r: ScenarioResult): Insertion {
  const s = ev.scenario;
  const p = r.payout;
  const build = ({ row, col }: Origin): Cell[][] => {
    const rows: Cell[][] = [];
    const ref = (rowIndex: number, offset = 1) => cellRef(row + rowIndex, col + offset);
    const add = (...cells: Cell[]) => rows.push(cells) - 1;

    add(c("BTU separation agreement: termination under paragraph 4", undefined, true));
    // The code as text ("@", formatted before it is written): Excel reads "4a" typed in a General cell as 4:00 AM.
    const scen = add(c("Scenario"), c(s.code, "text"), c(`${s.clause} ${s.label}`));
    const choices = ev.choicesText
      ? ref(
          add(
            c("Interpretation choices"),
            c(ev.choicesText),
            c("Register ids and values; see =BTU.INTERPRETATIONS()")
          )
        )
      : undefined;
    const date = add(c(ev.dateLabel), c(r.date, "date"), c(s.dateMeaning));
    const term = add(
      c("Termination date"),
      c(`=${btu("TERMINATION_DATE", [ref(scen), ref(date), choices])}`, "date"),
      c(
        s.effect === "notice+3m"
          ? "Three months after the notice (EDATE)"
          : "The termination takes effect on that date"
      )
    );
    const periods = add(c("Periods ended"), c(ev.periods));
    const consultingEnd =
      p.request.consultingEnd !== undefined
        ? add(
            c("Consulting Period ended"),
            c(p.request.consultingEnd, "date"),
            c(ev.inputs.why.consultingEnd ?? "The Consulting Period ended earlier")
          )
        : undefined;
    if (r.disability) {
      const first = add(c("First day of disability"), c(r.disability.first, "date"));
      const last =
        r.disability.last !== undefined
          ? add(c("Last day of disability"), c(r.disability.last, "date"))
          : undefined;
      add(
        c("4(h) notice possible from (DISABILITY_NOTICE_FROM)"),
        c(
          `=${btu("DISABILITY_NOTICE_FROM", [ref(first), last === undefined ? undefined : ref(last)])}`,
          "date"
        ),
        c(`After ${TERMS.disabilityDays.value} consecutive days of disability`)
      );
    }
    const salary = p.request.baseSalary;
    const salaryRows = salary
      ? [
          ref(
            add(
              c("Annual base salary (paragraph 1)"),
              c(toExcelNumber(salary.annual), "money"),
              c("Not in the agreement: as entered")
            )
          ),
          ref(add(c("Base salary paid through"), c(salary.paidThrough, "date"))),
        ]
      : [];
    // The Board's delay (4(c)(i)): its facts in force, one cell each (fact, value), and PAYOUT's delay
    // argument is that two-column range, so the duress figures below and PAYOUT read the same cells (issue 18).
    const inForce = requestInForce(p).delay;
    const factRow: Partial<Record<DelayFact["key"], number>> = {};
    let delay: string | undefined;
    if (inForce) {
      add(
        c("Board's delay (4(c)(i))", undefined, true),
        EMPTY,
        c("PAYOUT's delay argument: the (fact, value) range below")
      );
      // The facts the delay states, in the core's order (delayFactsOf), each cell by its kind.
      for (const { fact, value } of delayFactsOf(inForce))
        factRow[fact.key] = add(
          c(fact.key),
          fact.kind === "date"
            ? c(value as Serial, "date")
            : fact.kind === "portion"
              ? c(toExcelNumber(value as Decimal), "percent")
              : fact.kind === "price"
                ? c(toExcelNumber(value as Decimal), "price")
                : c(value as string),
          c(fact.help)
        );
      const first = factRow.notification as number;
      delay = `${cellRef(row + first, col)}:${cellRef(row + rows.length - 1, col + 1)}`;
    }
    add(EMPTY);
    const payoutArgs = [
      ref(scen),
      ref(term),
      ref(periods),
      consultingEnd === undefined ? undefined : ref(consultingEnd),
      choices,
      ...(salary ? salaryRows : [undefined, undefined]),
      delay,
    ];
    add(
      c(
        p.shares ? "Total value due (PAYOUT): cash plus shares" : "Total cash due (PAYOUT)",
        undefined,
        true
      ),
      c(`=${btu("PAYOUT", payoutArgs)}`, "money", true),
      c(
        p.shares
          ? `Cash ${formatMoney(p.cashTotal)} plus ${formatShares(p.shares.count)} shares at their fair market value (${formatMoney(p.shares.value)}), due by ${iso(p.shares.transferDeadline)} (4(c)(i)(B))`
          : p.request.delay
            ? "The delayed lump sum in bi-weekly payments (4(c)(i)(A))"
            : !ev.inputs.baseSalary
              ? ""
              : salary
                ? "Includes the base salary earned but unpaid"
                : "Base salary is not included: the agreement does not state the rate"
      )
    );
    add(c("Payout detail (PAYOUT_DETAIL)", undefined, true));
    add(c(`=${btu("PAYOUT_DETAIL", payoutArgs)}`), EMPTY, c("", "money"), EMPTY);
    // rows below the header the detail spills into (with shares, one more: the cash / shares split)
    const spill = p.components.length + (p.shares ? 1 : 0) + p.consequences.length;
    for (let i = 0; i < spill; i++) add(EMPTY, EMPTY, c("", "money"), EMPTY);

    // What each reading costs: SENSITIVITY with PAYOUT's arguments, spilling a header and one row a reading (6 columns).
    add(EMPTY);
    add(
      c("What each reading costs (SENSITIVITY)", undefined, true),
      EMPTY,
      c("PAYOUT under each reading of each register entry bearing on it, and its difference")
    );
    add(
      c(`=${btu("SENSITIVITY", payoutArgs)}`),
      EMPTY,
      EMPTY,
      EMPTY,
      c("", "money"),
      c("", "money")
    );
    const readings = sensitivity(p.request).rows.length;
    for (let i = 0; i < readings; i++)
      add(EMPTY, EMPTY, EMPTY, EMPTY, c("", "money"), c("", "money"));

    const tranches = r.tranches.filter((t) => t !== undefined);
    if (tranches.length > 0) {
      add(EMPTY);
      add(
        c("Option vesting date", undefined, true),
        c("Shares", undefined, true),
        c("Last exercise date (OPTION_DEADLINE)", undefined, true),
        c("Clause", undefined, true)
      );
      for (const t of tranches) {
        const at = rows.length;
        add(
          c(t.vesting, "date"),
          c(t.shares, "shares"),
          c(
            `=IFNA(${btu("OPTION_DEADLINE", [ref(scen), ref(term), ref(at, 0), choices])},"forfeited")`,
            "date"
          ),
          c(t.outcome.clause)
        );
      }
    }

    const d = r.duress;
    if (d && d.notification !== undefined) {
      add(EMPTY);
      add(c("Financial duress (4(c)(i))", undefined, true));
      const notif = factRow.notification;
      add(
        c("Election deadline (ELECTION_DEADLINE)"),
        c(
          `=${btu("ELECTION_DEADLINE", [notif !== undefined ? ref(notif) : undefined, undefined, choices])}`,
          "date"
        ),
        c(
          `${TERMS.duressElectionBusinessDays.value} business days; without a timely choice, (A) applies`
        )
      );
      if (
        d.b &&
        factRow.portion !== undefined &&
        factRow.fairMarketValue !== undefined &&
        factRow.electionDate !== undefined
      ) {
        const lump = add(
          c("Consulting Lump Sum Payment (CONSULT_DISCOUNTED)"),
          c(`=${btu("CONSULT_DISCOUNTED", [ref(term), undefined, undefined, choices])}`, "money")
        );
        // The portion, price and election date are the delay's own cells above (one truth: edit them there).
        const sharesArgs = [ref(lump), ref(factRow.fairMarketValue), ref(factRow.portion), choices];
        add(c("Shares (DURESS_SHARES)"), c(`=${btu("DURESS_SHARES", sharesArgs)}`, "shares"));
        add(
          c("Cash balance, paid bi-weekly (DURESS_BALANCE)"),
          c(`=${btu("DURESS_BALANCE", sharesArgs)}`, "money")
        );
        add(
          c("Shares due by (SHARE_TRANSFER_DEADLINE)"),
          c(
            `=${btu("SHARE_TRANSFER_DEADLINE", [ref(factRow.electionDate), undefined, choices])}`,
            "date"
          )
        );
      }
    }
    return rows;
  };
  return { what: "the summary block", sheetName: "BTU summary", build };
}

/**
 * A schedule as an Excel table of the core's values (each row checkable),
 * with a live check above it: the table's total beside the same total
 * computed by the custom functions, and their difference.
 */
export function scheduleInsertion(t: ScheduleTable): Insertion {
  const amountHeader = t.columns[t.amountColumn].header;
  const build = ({ row, col }: Origin): Cell[][] => {
    const tableTotal = cellRef(row + 1, col + 1);
    const liveTotal = cellRef(row + 2, col + 1);
    return [
      [c(t.title, undefined, true)],
      [
        c("Total of the table"),
        c(`=SUM(${t.tableName}[${amountHeader}])`, "money"),
        c("The core's figures, one row per payment"),
      ],
      [
        c(t.liveTotalLabel),
        c(`=${t.liveTotal}`, "money"),
        c("Recalculated live by the add-in's functions"),
      ],
      [c("Difference (should be 0.00)"), c(`=${tableTotal}-${liveTotal}`, "money")],
      ...t.notes.map((n) => [c(n)]),
      [EMPTY],
    ];
  };
  return {
    what: `the ${t.kind === "payout" ? "payment" : t.kind} schedule`,
    sheetName: t.sheetName,
    build,
    table: {
      name: t.tableName,
      header: t.columns.map((x) => x.header),
      rows: t.rows.map((r) =>
        r.map((v, i) =>
          t.columns[i].format === "money" ? toExcelNumber(v as never) : (v as number | string)
        )
      ),
      formats: t.columns.map((x) => x.format),
    },
  };
}

/**
 * The split-dollar buy-out (3(c)(iii)): the policy's facts as cells, the
 * Company Interest (SPLITDOLLAR_INTEREST), the life expectancy
 * (LIFE_EXPECTANCY, from a built-in table's name or the user's rows written
 * as a range), the buy-out price under each `split-dollar-discount` reading
 * (SPLITDOLLAR_BUYOUT) with the difference from the one in force, and the
 * life expectancy's trace (EXPLAIN, its spill reserved). Needs a complete
 * evaluation (sd.buyouts present).
 */
export function splitDollarInsertion(sd: SplitDollarEvaluation): Insertion {
  const life = sd.life;
  const interest = sd.interest;
  if (
    !life ||
    interest === undefined ||
    !sd.buyouts ||
    sd.birth === undefined ||
    sd.buyout === undefined
  )
    throw new Error("the split-dollar inputs are incomplete");
  const money = (x: Parameters<typeof toExcelNumber>[0] | undefined) =>
    x === undefined ? 0 : toExcelNumber(x);
  const build = ({ row, col }: Origin): Cell[][] => {
    const rows: Cell[][] = [];
    const ref = (rowIndex: number, offset = 1) => cellRef(row + rowIndex, col + offset);
    const add = (...cells: Cell[]) => rows.push(cells) - 1;

    add(c("BTU separation agreement: split-dollar buy-out (3(c)(iii))", undefined, true));
    const cv0 = ref(add(c("Cash value on 2003-01-01"), c(money(sd.cashValueJan2003), "money")));
    const cv = ref(add(c("Cash value now"), c(money(sd.cashValue), "money")));
    const x = ref(
      add(
        c("Increase due solely to the executive's own payments"),
        c(money(sd.insuredOnlyIncrease), "money"),
        c("Apportioned solely to the Insured Interest (3(c)(iii)(A))")
      )
    );
    const ci0 = ref(
      add(
        c("Company Interest on 2003-01-01"),
        c(
          sd.companyInterestJan2003
            ? toExcelNumber(sd.companyInterestJan2003)
            : TERMS.companyInterestJan2003.value,
          "money"
        ),
        c(
          sd.companyInterestJan2003
            ? "As entered"
            : `The agreement's $${TERMS.companyInterestJan2003.value.toLocaleString("en-US")} (3(c)(iii)(B))`
        )
      )
    );
    const ci = ref(
      add(
        c("Company Interest (SPLITDOLLAR_INTEREST)", undefined, true),
        c(`=${btu("SPLITDOLLAR_INTEREST", [cv0, cv, x, ci0])}`, "money", true),
        c("Grows pro rata with the cash value (3(c)(iii)(A))")
      )
    );
    add(EMPTY);
    const birth = ref(add(c("Date of birth"), c(sd.birth as number, "date")));
    const asOf = ref(add(c("Date of the buy-out"), c(sd.buyout as number, "date")));
    let table: string;
    if (life.table) {
      table = ref(
        add(
          c("Life table"),
          c(life.table.id),
          c(`${life.table.title}, ${life.table.sex}: ${life.table.citation}`)
        )
      );
    } else {
      const own = life.rows ?? [];
      add(c("Life table"), c("the rows below"), c("Your own table: age, remaining years"));
      add(c("Age", undefined, true), c("Remaining years", undefined, true));
      const first = rows.length;
      for (const [age, years] of own) add(c(age, "int"), c(years, "years"));
      table = rangeRef(row + first, col, own.length, 2);
    }
    const basis = ref(
      add(
        c("Age basis (life-expectancy-age)"),
        c(life.basis),
        c("Register life-expectancy-age; see =BTU.INTERPRETATIONS()")
      )
    );
    const years = ref(
      add(
        c("Life expectancy, years (LIFE_EXPECTANCY)", undefined, true),
        c(`=${btu("LIFE_EXPECTANCY", [birth, asOf, table, basis])}`, "years", true),
        c(`Read at ${life.age}`)
      )
    );
    const rate = ref(
      add(c("Discount rate"), c(toExcelNumber(sd.rate), "percent"), c("3% (3(c)(iii)(B))"))
    );
    add(EMPTY);
    add(
      c("Buy-out price (SPLITDOLLAR_BUYOUT)", undefined, true),
      EMPTY,
      c("Under each reading of register split-dollar-discount")
    );
    const at = new Map<string, string>();
    for (const b of sd.buyouts ?? [])
      at.set(
        b.method,
        ref(
          add(
            c(b.inForce ? `${b.method} (in force)` : b.method, undefined, b.inForce),
            c(
              `=${btu("SPLITDOLLAR_BUYOUT", [ci, years, rate, text(b.method)])}`,
              "money",
              b.inForce
            ),
            c(b.meaning)
          )
        )
      );
    const inForce = sd.buyouts?.find((b) => b.inForce);
    if (inForce)
      for (const b of sd.buyouts ?? [])
        if (!b.inForce)
          add(
            c(`Difference: ${b.method} less ${inForce.method}`),
            c(`=${at.get(b.method)}-${at.get(inForce.method)}`, "money")
          );
    add(EMPTY);
    add(c("How the life expectancy was read (EXPLAIN)", undefined, true));
    add(
      c(`=${btu("EXPLAIN", [text("LIFE_EXPECTANCY"), birth, asOf, table, basis])}`),
      EMPTY,
      EMPTY,
      EMPTY,
      EMPTY,
      EMPTY
    );
    // EXPLAIN spills a header, the arguments as read, the core's steps and the result: 6 columns.
    for (let i = 0; i < life.traceSteps + 2; i++) add(EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY);
    return rows;
  };
  return { what: "the split-dollar block", sheetName: "BTU split-dollar", build };
}
