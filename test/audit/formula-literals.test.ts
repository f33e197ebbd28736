/**
 * The audit workbook's formulas name the agreement's numbers instead of
 * hard-coding them: the 30 and 10 cure days (4(a)(i), 4(d)(i)), the 21 and
 * 10 business days (4(c)(i), 4(c)(i)(B)), the 90 days and 12 months of
 * 3(c)(iv)(A), the 14-day pay period (3(a) "payable bi-weekly"), the 60% of
 * 4(h), the 3% of 4(c) and 3(c)(iii)(B), the three months' notice (4(b),
 * 4(c)) and every date and dollar amount are input cells taken from TERMS,
 * each row citing its clause; formulas refer to them by Excel defined names
 * (Case1_T, ...). No LibreOffice needed: this reads the formulas as written.
 */
import ExcelJS from "exceljs";
import { AuditCase, buildAuditWorkbook } from "../../src/audit/audit-workbook";
import { Dec, Payout, PayoutRequest } from "../../src/core";
import {
  ALTERNATIVES,
  CORE_FIX_CASES,
  DELAY_CASES,
  MATRIX,
  PENDING_CORE_CASES,
} from "../oracle/cases";

/** Column D stand-in for the requests the core refuses until the core refactor lands (only formulas are read here). */
const noAddin = (req: PayoutRequest): Payout => ({
  request: req,
  ends: { consulting: true, chairman: true, transition: false },
  components: [],
  consequences: [],
  total: new Dec(0),
  cashTotal: new Dec(0),
});

const CASES: AuditCase[] = [
  ...MATRIX,
  ...ALTERNATIVES.map((a) => a.case),
  ...CORE_FIX_CASES.map((a) => a.case),
  ...DELAY_CASES.map((a) => a.case),
];

function formulas(wb: ExcelJS.Workbook): Array<{ where: string; formula: string }> {
  const out: Array<{ where: string; formula: string }> = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v)
          out.push({ where: `${ws.name}!${cell.address}`, formula: v.formula });
      })
    )
  );
  return out;
}

/** The standalone numbers of a formula: not part of a cell reference ($C$5, E69), a name (Case12_T) or a string literal. */
export function numbersIn(formula: string): number[] {
  const code = formula.replace(/"[^"]*"/g, '""');
  return [...code.matchAll(/(?<![A-Za-z0-9_$.])\d+(?:\.\d+)?(?![A-Za-z0-9_.])/g)].map((m) =>
    Number(m[0])
  );
}

const built = [
  buildAuditWorkbook(CASES).workbook,
  buildAuditWorkbook(PENDING_CORE_CASES, { payout: noAddin }).workbook,
];
const all = built.flatMap(formulas);

describe("audit workbook: the agreement's numbers are named inputs, not literals in formulas", () => {
  test("the scanner sees standalone numbers only", () => {
    expect(numbersIn("ROUND(Case12_T+$C$30*E10,2)")).toEqual([2]);
    expect(numbersIn('IF(ABS(E30)<0.005,"OK 30","CHECK")')).toEqual([0.005]);
    expect(numbersIn("WORKDAY(Case1_election,10)+EDATE(x,12)*0.6-1")).toEqual([10, 12, 0.6, 1]);
  });

  test(`no formula of ${CASES.length + PENDING_CORE_CASES.length} cases holds 30, 10, 21, 90, 12, 14, 0.6 (nor 3, 0.03, 365, a date serial or a dollar amount)`, () => {
    expect(all.length).toBeGreaterThan(10_000);
    const forbidden = new Set([30, 10, 21, 90, 12, 14, 0.6, 3, 0.03, 365, 364]);
    const bad = all.filter((f) => numbersIn(f.formula).some((n) => forbidden.has(n) || n >= 100));
    expect(bad.slice(0, 10)).toEqual([]);
  });

  test("the only literals left are counting and rounding constants", () => {
    // 0 and 1 (counting, day after), 2 (cents), 6 (fractional shares' decimals, register duress-whole-shares), the OK tolerances.
    const allowed = new Set([0, 1, 2, 6, 0.005, 0.000001]);
    const seen = new Set(all.flatMap((f) => numbersIn(f.formula)));
    expect([...seen].filter((n) => !allowed.has(n))).toEqual([]);
  });

  test("every input row cites its clause, and formulas use the sheet's defined names", () => {
    const wb = built[0];
    for (const ws of wb.worksheets.filter((s) => s.name.startsWith("Case "))) {
      const header = ws.getColumn(1).values.findIndex((v) => v === "Item");
      expect(header).toBeGreaterThan(4);
      for (let r = 4; r < header - 1; r++) {
        if (ws.getCell(`A${r}`).font?.bold) continue; // a sub-heading (the split-dollar life table)
        const label = ws.getCell(`A${r}`).value;
        if (typeof label !== "string") continue; // life-table rows
        expect({ sheet: ws.name, label, clause: ws.getCell(`B${r}`).value }).toEqual({
          sheet: ws.name,
          label,
          clause: expect.stringMatching(/\S/),
        });
      }
    }
    const names = (
      wb as unknown as { definedNames: { model: Array<{ name: string; ranges: string[] }> } }
    ).definedNames.model;
    const byName = new Map(names.map((n) => [n.name, n.ranges]));
    expect(byName.get("Case1_T")).toEqual(["'Case 1'!$C$5"]);
    expect(byName.get("Case1_payPeriod")).toHaveLength(1);
    for (const n of names)
      expect(n.ranges[0].startsWith(`'Case ${n.name.match(/^Case(\d+)_/)?.[1]}'!`)).toBe(true);
    const pay = all.find((f) => f.where === "Case 1!C19")?.formula;
    expect(pay).toBe("INT((Case1_feeStart-Case1_anchor)/Case1_payPeriod)");
  });

  test("without workbook names the formulas use absolute addresses", () => {
    const { workbook } = buildAuditWorkbook([MATRIX[0]], { definedNames: false });
    const fs = formulas(workbook);
    expect(
      (workbook as unknown as { definedNames: { model: unknown[] } }).definedNames.model
    ).toEqual([]);
    expect(fs.some((f) => /Case1_/.test(f.formula))).toBe(false);
    expect(fs.find((f) => f.where === "Case 1!C19")?.formula).toBe("INT(($C$12-$C$17)/$C$16)");
  });
});
