/**
 * Issue 18, one truth per figure: the (B) plan of the issue (4(c)(i), notice
 * 2004-07-01, the Board's notification 2004-07-15, (B) 40% at $3.25 elected
 * 2004-08-10) with a stale end of the duress left from (A).
 * - The Excel summary block: PAYOUT's delay argument is the range of the
 *   delay's fact cells, and DURESS_SHARES / SHARE_TRANSFER_DEADLINE read the
 *   same cells (editing the fair market value re-prices PAYOUT too).
 * - Exports (the About sheet, the audit case) carry only the inputs in force:
 *   no duress end under (B).
 */
import { cellRef } from "../../src/taskpane/excel/formulas";
import { summaryInsertion } from "../../src/taskpane/excel/blocks";
import { auditCaseOf } from "../../src/taskpane/download/audit";
import { evaluate } from "../../src/taskpane/model/evaluate";
import { payoutScheduleTable } from "../../src/taskpane/model/schedules";
import { DEFAULT_CHOICES, DuressDelay } from "../../src/core";
import { RESIGN_B } from "../helpers/issue18";

const delayOf = (x: object) => (x as { delay?: DuressDelay }).delay;

describe("issue 18: the (B) plan's delay facts are one set of cells, and only those in force", () => {
  const ev = evaluate(RESIGN_B);
  const r = ev.result!;
  test("the plan: PAYOUT 542,788.68 (cash 327,911.68 + shares 214,877.00)", () =>
    expect([r.payout.total.toFixed(2), r.payout.cashTotal.toFixed(2)]).toEqual([
      "542788.68",
      "327911.68",
    ]));

  test("summary block at A1: PAYOUT's delay argument is the (fact, value) range; DURESS_SHARES and SHARE_TRANSFER_DEADLINE read its cells", () => {
    const grid = summaryInsertion(ev, r).build({ row: 0, col: 0 });
    const rowOf = (key: string) => grid.findIndex((row) => row[0]?.value === key);
    const value = (key: string) => grid[rowOf(key)][1].value;
    expect(rowOf("duressEnd")).toBe(-1); // not in force under (B)
    expect([value("election"), value("portion"), value("fairMarketValue")]).toEqual([
      "B",
      0.4,
      3.25,
    ]);
    const range = `${cellRef(rowOf("notification"), 0)}:${cellRef(rowOf("fairMarketValue"), 1)}`;
    const formulas = grid.flat().map((c) => String(c.value));
    const payout = formulas.find((f) => f.startsWith("=BTU.PAYOUT("))!;
    expect(payout.endsWith(`,${range})`)).toBe(true);
    const fmv = cellRef(rowOf("fairMarketValue"), 1);
    const portion = cellRef(rowOf("portion"), 1);
    const shares = formulas.find((f) => f.startsWith("=BTU.DURESS_SHARES("))!;
    expect(shares).toContain(`,${fmv},${portion}`);
    expect(formulas.find((f) => f.includes("SHARE_TRANSFER_DEADLINE("))).toContain(
      cellRef(rowOf("electionDate"), 1)
    );
    // No second copy of the facts as text.
    expect(formulas.some((f) => f.includes("notification="))).toBe(false);
  });

  test("exports: the About sheet and the audit case state no end of the duress under (B)", () => {
    const about = payoutScheduleTable(ev, r).about.map((a) => a.label);
    expect(about).not.toContain("End of the duress");
    expect(about).toContain("Fair market value per share on the election date");
    const audit = delayOf(auditCaseOf(ev, r, DEFAULT_CHOICES));
    expect(audit?.duressEnd).toBeUndefined();
    expect(audit?.fairMarketValue?.toString()).toBe("3.25");
  });

  test("under (A) the (B) facts left in the form are not exported", () => {
    const a = evaluate({ ...RESIGN_B, duress: { ...RESIGN_B.duress, option: "A" } });
    const about = payoutScheduleTable(a, a.result!).about.map((x) => x.label);
    expect(about).toContain("End of the duress");
    expect(about).not.toContain("Portion taken in shares");
    expect(delayOf(auditCaseOf(a, a.result!, DEFAULT_CHOICES))?.portion).toBeUndefined();
  });
});
