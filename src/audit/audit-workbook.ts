/**
 * The audit workbook: each case rebuilt with native Excel formulas only
 * (DATE arithmetic, MATCH/INDEX, ROUND, EDATE, WORKDAY, XNPV, SUM), next to
 * the add-in's own figure and a difference cell, so an auditor can verify the
 * add-in without the add-in. LibreOffice recomputes these workbooks headless
 * in CI (test/oracle) and every native figure must equal the add-in's to the
 * cent.
 *
 * This module assembles the workbook; the parts are:
 *   - sheet-writer.ts: cell writing, the named layout (inputs and terms as
 *     Excel defined names such as Case1_T) and the checks table;
 *   - fee-block.ts: one fee stream's pay calendar and per-period amounts
 *     (3(a) "payable bi-weekly", 3(b), 4(c) discount factors);
 *   - scenario-sheet/: a termination under paragraph 4 (PAYOUT, 1(a) base
 *     salary, 3(c)(iv) options, 4(c)(i) duress, 4(a)(i)/4(d)(i) cure);
 *   - scenario-sheet/ledger.ts: the payment rows and, from them with
 *     SUMIFS, the by-year totals and what is still owed (issue 21);
 *   - split-dollar-sheet.ts: 3(c)(iii) Company Interest and buy-out.
 * Native formulas are written without cached results, so Excel and
 * LibreOffice compute them on opening (fullCalcOnLoad). Every sheet prints
 * landscape, one page wide, its title row repeated, with a footer naming the
 * case and the date the workbook was made (print.ts).
 */
import ExcelJS from "exceljs";
import { iso, TERMS } from "../core";
import { PayoutSource, scenarioSheet, ScenarioCase } from "./scenario-sheet";
import { splitDollarSheet, SplitDollarCase } from "./split-dollar-sheet";
import { madeOn, setPrintSettings } from "./print";
import { CaseLayout } from "./sheet-writer";

export type { DuressInputs, PayoutSource, ScenarioCase } from "./scenario-sheet";
export type { SplitDollarCase } from "./split-dollar-sheet";
export type { CaseLayout, CheckKind, CheckRow } from "./sheet-writer";

export type AuditCase = ScenarioCase | SplitDollarCase;

export interface AuditWorkbookOptions {
  /**
   * Define Excel workbook names for every input and term ("Case1_T") and
   * write the formulas with them (default true); false writes absolute
   * addresses ("$C$5") instead.
   */
  readonly definedNames?: boolean;
  /**
   * The PAYOUT whose figures fill column D (default: the core's). Tests pass
   * a stand-in to read the native figures (column C) of requests the core
   * does not accept yet.
   */
  readonly payout?: PayoutSource;
  /** The date the workbook is made, YYYY-MM-DD, for the printed footer (default today). */
  readonly made?: string;
}

/** Builds the audit workbook for the cases, one sheet each (named "Case 1", "Case 2", ...). */
export function buildAuditWorkbook(
  cases: readonly AuditCase[],
  options: AuditWorkbookOptions = {}
): { workbook: ExcelJS.Workbook; layouts: CaseLayout[] } {
  const names = options.definedNames ?? true;
  const wb = new ExcelJS.Workbook();
  wb.creator = "BTU separation agreement add-in";
  wb.calcProperties.fullCalcOnLoad = true;
  const layouts = cases.map((c, i) =>
    c.kind === "scenario"
      ? scenarioSheet(wb, `Case ${i + 1}`, c, names, options.payout)
      : splitDollarSheet(wb, `Case ${i + 1}`, c, names)
  );
  const about = wb.addWorksheet("About");
  about.getCell("A1").value = "How to read this workbook";
  about.getCell("A1").font = { bold: true };
  [
    `Each Case sheet rebuilds one figure set of the BTU separation agreement (${iso(TERMS.agreementDate.value)}) with native Excel formulas only.`,
    "Column C (Native formula) is computed by Excel or LibreOffice from the inputs and terms at the top of the sheet and the pay-calendar blocks below;",
    "column D is the figure the add-in returned; column E is the difference and column F says OK when they agree to the cent (dates: to the day).",
    `Every input and agreement term is a named cell (Formulas > Name Manager): Case1_T is the termination date of sheet Case 1, Case1_payPeriod its ${TERMS.payPeriodDays.value}-day pay period (${TERMS.payPeriodDays.clause}), and so on; each input row cites its clause.`,
    "Below the fee blocks, each Case sheet's ledger lists the payment rows (PAYOUT_SCHEDULE, named Case1_payDates, Case1_payAmounts, Case1_payTreatments) and rebuilds from them with SUMIFS each calendar and contract year's payments (3(b)), each tax treatment's total and what is still owed at the termination date and every month end, beside PAYOUT_BY_YEAR, OUTSTANDING and ROLLFORWARD.",
    "Change an input (e.g. the termination date) and the native figures recompute; the add-in figures in column D stay as generated.",
    "Clause references follow the agreement; interpretation ids follow the add-in's register (=BTU.INTERPRETATIONS()).",
  ].forEach((t, i) => {
    const cell = about.getCell(`A${3 + i}`);
    cell.value = t;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  // Wrapped at a printable width, so the sheet prints one page wide at a legible scale (issue 18).
  about.getColumn(1).width = 100;
  const made = options.made ?? madeOn();
  wb.eachSheet((ws) =>
    setPrintSettings(ws, {
      scenario:
        ws === about ? "BTU audit workbook: how to read it" : String(ws.getCell("A1").value),
      made,
      titleRows: "1:1",
    })
  );
  return { workbook: wb, layouts };
}
