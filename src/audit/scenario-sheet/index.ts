/**
 * The scenario sheet of the audit workbook: one termination under
 * paragraph 4 rebuilt with native formulas beside the add-in's PAYOUT and
 * date functions.
 *
 * Inputs and terms (each row cites its clause; the agreement's numbers come
 * from TERMS, never from literals in the formulas): the scenario, the
 * termination date T, the interpretation choices, the first unearned day,
 * the Separation Date (Preamble), the fee days (3(a), 3), the contract-year
 * starts (3(b)), the 14-day pay period (3(a) "payable bi-weekly"), the pay
 * anchor and lag, the 4(c) discount rate and its 365-day year, the
 * three months' notice (4(b), 4(c)), the option windows of 3(c)(iv)(A)
 * (one year = 12 months, 90 days), the cure periods 4(a)(i) (30 days) and
 * 4(d)(i) (10 days), the 21 and 10 business days of 4(c)(i) and
 * 4(c)(i)(B), and the paragraph 1 base salary facts when given.
 *
 * Checks, in order:
 *   - per fee the clause ends: earned but unpaid (4(a)-(h); 3(a)); the lump
 *     sum of the remainder through June 30, 2007 (4(b), 4(d), 4(e)(i), 4(f),
 *     4(g) before the Separation Date) or, under 4(c)(i)/4(c)(ii), the lump
 *     sum "less a discount equal to three percent (3%) per year";
 *   - 1(a) base salary earned but unpaid (4(a), 4(d), 4(f) whatever the
 *     termination date; 4(g) before the Separation Date) when the rate and
 *     paid-through day are given: days after it through min(stop - 1,
 *     June 30, 2003) at annual / 365, rounded once;
 *   - 4(h) 60% of the Consulting Fees, bi-weekly; the PAYOUT total;
 *   - each block's schedule against FEE_SCHEDULE (3(a) "payable bi-weekly");
 *   - dates: the notice window and EDATE(notice, 3) (4(b), 4(c)), the option
 *     deadlines and the forfeited tranches (3(c)(iv)(A)), the 4(c)(i)
 *     election and 4(c)(i)(B) transfer deadlines (WORKDAY), the 4(c)(i)(B)
 *     shares (never worth more than the Consulting Lump Sum Payment) and cash
 *     balance, the cure periods;
 *   - under a Board's delay (the request's `delay`, 4(c)(i)): the alternative
 *     that applies ((B) only when elected by the deadline) and the delayed
 *     plan rebuilt natively in its own block: the Consulting Fee's bi-weekly
 *     payments (3(a)) from the first unearned day toward the balance (the
 *     lump sum under (A), the cash balance after the shares under (B)), none
 *     on or after the end of the duress, the rest on that day; each payment
 *     beside the add-in's, their count, last date, the rest and the total.
 *   - the ledger (issue 21 item 5, ./ledger.ts), below the fee blocks: the
 *     payment rows (PAYOUT_SCHEDULE) and from them, with SUMIFS, each
 *     calendar and contract year's payments (3(b)), each tax treatment's,
 *     and what is still owed at the termination date and every month end,
 *     beside PAYOUT_BY_YEAR, OUTSTANDING and ROLLFORWARD.
 * With periods "chairman" and the day the Consulting Period ended
 * (consultingEnd, from the Separation Date to T), only the Chairman Fee
 * items of the clause are due (4(b)(ii) "simultaneously or previously").
 */
import ExcelJS from "exceljs";
import { payout, Payout, PayoutRequest } from "../../core";
import { BlockId, FeeBlock } from "../fee-block";
import { CaseLayout, CheckTable, wrapLongText, SheetLayout, SheetWriter } from "../sheet-writer";
import { writeCureAndPeriodChecks, writeNoticeAndOptionChecks } from "./dates";
import { writeDelayedPlan, writeDuressChecks } from "./duress";
import { preDeathOf, writeBaseSalaryCheck, writeFeeBlocks, writeFeeChecks } from "./fees";
import { ScenarioCase, duressOf, writeInputs } from "./inputs";
import { CHECK_ROWS, addScenarioWorksheet, writeTitle } from "./layout";
import { writeLedger } from "./ledger";
import { writePayoutChecks } from "./payout";

export type { DuressInputs, ScenarioCase } from "./inputs";

/** The add-in's PAYOUT for column D: the core's, or a stand-in (tests of native figures the core does not accept yet). */
export type PayoutSource = (req: PayoutRequest) => Payout;

export function scenarioSheet(
  wb: ExcelJS.Workbook,
  name: string,
  c: ScenarioCase,
  definedNames = true,
  addin: PayoutSource = payout
): CaseLayout {
  const ws = addScenarioWorksheet(wb, name);
  const w = new SheetWriter(ws);
  const p = addin(c);
  const code = c.scenario.code;
  writeTitle(w, c);
  const L = new SheetLayout(w, wb, 4, definedNames);
  writeInputs(L, c);
  L.skip();
  const checks = new CheckTable(w, L.row, CHECK_ROWS);
  const { fees, blocks, top } = writeFeeBlocks(L, checks, c);
  const block = (id: BlockId) => blocks.get(id) as FeeBlock;
  const preDeath = preDeathOf(L, c);
  const consultingLumpSum = writeFeeChecks(L, checks, c, p, fees, block, preDeath);
  writeBaseSalaryCheck(L, checks, c, p, preDeath);
  const total = writePayoutChecks(w, L, checks, c, p, fees, blocks);
  writeNoticeAndOptionChecks(L, checks, c);
  const duress = duressOf(c);
  const duressCells =
    duress && code === "4c-i"
      ? writeDuressChecks(L, checks, c, duress, p, consultingLumpSum)
      : undefined;
  if (c.delay && code === "4c-i" && blocks.has("consulting"))
    writeDelayedPlan(L, checks, c, p, block("consulting"), top, consultingLumpSum, duressCells);
  writeCureAndPeriodChecks(L, checks, c);
  const ledger = writeLedger(w, L, p, total);
  wrapLongText(ws);
  return { sheet: name, checks: [...checks.rows(), ...ledger] };
}
