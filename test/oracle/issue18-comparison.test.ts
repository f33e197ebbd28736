/**
 * Register comparison-valuation, proven by LibreOffice: the (B) plan of issue
 * 18 (4(c)(i), notice 2004-07-01, notification 2004-07-15, (B) 40% at $3.25
 * elected 2004-08-10: shares 214,877.00 due 2004-08-24, before T) against
 * 4(b)(i) at the same notice. Each payout's dated amounts are written to a
 * sheet; native SUMPRODUCT formulas value them at the comparison date under
 * each reading (carry-forward: amount x 1.03^((asOf - date) / 365) on both
 * sides of the date; face-value-before: the amounts before it at face); LibreOffice
 * recomputes them and comparePayouts must agree to the cent.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  comparePayouts,
  Dec,
  interpretation,
  parseScenario,
  payout,
  payoutFlows,
  toExcelNumber,
} from "../../src/core";
import { C, D } from "../helpers/core";
import { describeWithLibreOffice, recalculate } from "../helpers/libreoffice";
import { COMPARISON_READINGS } from "./cases";

const T = D("2004-10-01");
const payouts = [
  payout({
    scenario: parseScenario("4c-i"),
    T,
    periods: "consulting",
    choices: C(),
    delay: {
      notification: D("2004-07-15"),
      election: "B",
      electionDate: D("2004-08-10"),
      portion: new Dec("0.4"),
      fairMarketValue: new Dec("3.25"),
    },
  }),
  payout({ scenario: parseScenario("4b-i"), T, periods: "consulting", choices: C() }),
];

describeWithLibreOffice(
  "register comparison-valuation recomputed by LibreOffice (issue 18)",
  () => {
    const readings = interpretation("comparison-valuation").alternatives.map((a) => a.value);
    let values: string[][];
    beforeAll(async () => {
      const wb = new ExcelJS.Workbook();
      const flows = wb.addWorksheet("Flows");
      flows.addRow(["payout", "date", "amount"]);
      payouts.forEach((p, i) =>
        payoutFlows(p).forEach((f) => flows.addRow([i + 1, f.date, toExcelNumber(f.amount)]))
      );
      const n = flows.rowCount;
      const P = `Flows!$A$2:$A$${n}`;
      const Dt = `Flows!$B$2:$B$${n}`;
      const A = `Flows!$C$2:$C$${n}`;
      const v = wb.addWorksheet("Values");
      // Row 1: T of each payout; rows 2-4: one reading each (asOf, payout 1, payout 2).
      v.addRow(["T", payouts[0].request.T, payouts[1].request.T]);
      readings.forEach((reading, k) => {
        const r = k + 2;
        const asOf = `MIN($B$1,$C$1)`;
        const value = (i: number) =>
          reading === "face-value-before"
            ? `ROUND(SUMPRODUCT((${P}=${i})*(${Dt}<$D$${r})*${A})+SUMPRODUCT((${P}=${i})*(${Dt}>=$D$${r})*${A}*1.03^(($D$${r}-${Dt})/365)),2)`
            : `ROUND(SUMPRODUCT((${P}=${i})*${A}*1.03^(($D$${r}-${Dt})/365)),2)`;
        v.getCell(`A${r}`).value = reading;
        v.getCell(`D${r}`).value = { formula: asOf } as ExcelJS.CellFormulaValue;
        v.getCell(`B${r}`).value = { formula: value(1) } as ExcelJS.CellFormulaValue;
        v.getCell(`C${r}`).value = { formula: value(2) } as ExcelJS.CellFormulaValue;
      });
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "btu-cmp-")), "cmp.xlsx");
      await wb.xlsx.writeFile(file);
      values = recalculate(file).get("Values")!;
    }, 240_000);

    test("every reading of the register is one LibreOffice proves", () =>
      expect(readings.map((r) => `comparison-valuation=${r}`)).toEqual([...COMPARISON_READINGS]));

    test.each(readings.map((r, k) => [r, k] as const))(
      "comparison-valuation=%s: comparePayouts agrees with LibreOffice to the cent",
      (reading, k) => {
        const row = values[k + 1];
        const r = comparePayouts(payouts, {
          rate: new Dec("0.03"),
          valuation: reading as never,
        });
        expect(r.asOf).toBe(Number(row[3]));
        expect(r.rows[2].values.map((x) => x.toFixed(2))).toEqual([
          Number(row[1]).toFixed(2),
          Number(row[2]).toFixed(2),
        ]);
      }
    );
  }
);
