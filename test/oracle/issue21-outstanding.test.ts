/**
 * Register amounts-arise, proven by LibreOffice (issue 21 item 3): the (B)
 * plan of test/core/p4-arising.test.ts (4(c)(i), T = 2005-02-01, notice
 * 2004-11-01, (B) 40% at $3.25 elected 2004-11-30, shares transferred by
 * 2004-12-14, the cash balance bi-weekly to 2006-06-26). The schedule's dated
 * amounts are written to a sheet with what each one is; native formulas
 * compute what is owed at the end of each day under each reading: what has
 * arisen (the Consulting Fees earned 2005-01-25..01-31 day by day at
 * 204,000 / 365 a day in the contract year from 2004-07-01, rounded
 * cumulatively: ROUND(cum(day)) - ROUND(cum(2005-01-24)); the shares on
 * MIN(election, T) or EDATE(T, -3); everything else the termination makes due
 * on T or EDATE(T, -3)) less what is dated on or before that day (SUMPRODUCT).
 * LibreOffice recomputes them and OUTSTANDING, and ROLLFORWARD's closing at
 * the month ends, must agree to the cent.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  Dec,
  interpretation,
  iso,
  outstanding,
  parseScenario,
  payout,
  PayoutRequest,
  rollForward,
  toExcelNumber,
  withChoices,
} from "../../src/core";
import { D } from "../helpers/core";
import { describeWithLibreOffice, recalculate } from "../helpers/libreoffice";
import { LEDGER_READINGS } from "./cases";

const req: PayoutRequest = {
  scenario: parseScenario("4c-i"),
  T: D("2005-02-01"),
  periods: "consulting",
  choices: withChoices([]),
  delay: {
    notification: D("2004-11-15"),
    election: "B",
    electionDate: D("2004-11-30"),
    portion: new Dec("0.4"),
    fairMarketValue: new Dec("3.25"),
  },
};
const DAYS = [
  "2004-10-31",
  "2004-11-01",
  "2004-11-29",
  "2004-11-30",
  "2004-12-13",
  "2004-12-14",
  "2005-01-24",
  "2005-01-27",
  "2005-01-31",
  "2005-02-01",
  "2005-02-07",
  "2005-06-30",
  "2005-12-31",
  "2006-06-12",
  "2006-06-25",
  "2006-06-26",
  "2006-12-31",
].map(D);

describeWithLibreOffice("register amounts-arise recomputed by LibreOffice (issue 21)", () => {
  const readings = interpretation("amounts-arise").alternatives.map((a) => a.value);
  let values: string[][];
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const terms = wb.addWorksheet("Terms");
    // The agreement's facts the formulas read: T, the election date, the Consulting Fee (3(a)) and its
    // contract year 2004-05 (3(b): July 1 through June 30, 365 days; 204,000 earned in 2003-04 before it).
    terms.addRows([
      ["T", req.T],
      ["election", req.delay!.electionDate],
      ["annual", 204000],
      ["yearStart", D("2004-07-01")],
      ["yearDays", 365],
      ["before", 204000],
      ["earnedFrom", D("2005-01-25")],
      ["earnedTo", D("2005-01-31")],
    ]);
    const flows = wb.addWorksheet("Flows");
    flows.addRow(["kind", "date", "amount", "arises:termination", "arises:notice"]);
    const p = payout(req);
    for (const c of p.components)
      for (const f of c.flows) {
        const kind =
          c.kind === "earned-unpaid" ? "earned" : c.kind === "duress-shares" ? "shares" : "due";
        const r = flows.rowCount + 1;
        flows.addRow([kind, f.date, toExcelNumber(f.amount)]);
        flows.getCell(`D${r}`).value = {
          formula: `IF(A${r}="shares",MIN(Terms!$B$2,Terms!$B$1),Terms!$B$1)`,
        } as ExcelJS.CellFormulaValue;
        flows.getCell(`E${r}`).value = {
          formula: `EDATE(Terms!$B$1,-3)`,
        } as ExcelJS.CellFormulaValue;
      }
    const n = flows.rowCount;
    const K = `Flows!$A$2:$A$${n}`;
    const Dt = `Flows!$B$2:$B$${n}`;
    const A = `Flows!$C$2:$C$${n}`;
    const cum = (day: string) => `ROUND(Terms!$B$6+Terms!$B$3*(${day}-Terms!$B$4+1)/Terms!$B$5,2)`;
    const v = wb.addWorksheet("Owed");
    v.addRow(["day", ...readings]);
    DAYS.forEach((day, i) => {
      const r = i + 2;
      v.getCell(`A${r}`).value = day;
      readings.forEach((reading, k) => {
        const arise = reading === "termination" ? "D" : "E";
        const Ar = `Flows!$${arise}$2:$${arise}$${n}`;
        const earned = `IF($A${r}<Terms!$B$7,0,${cum(`MIN($A${r},Terms!$B$8)`)}-${cum("(Terms!$B$7-1)")})`;
        const once = `SUMPRODUCT((${K}<>"earned")*(${Ar}<=$A${r})*${A})`;
        const paid = `SUMPRODUCT((${Dt}<=$A${r})*${A})`;
        v.getCell(r, k + 2).value = {
          formula: `ROUND(${earned}+${once}-${paid},2)`,
        } as ExcelJS.CellFormulaValue;
      });
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "btu-owed-")), "owed.xlsx");
    await wb.xlsx.writeFile(file);
    values = recalculate(file).get("Owed")!;
  }, 240_000);

  test("every reading of the register is one LibreOffice proves", () =>
    expect(readings.map((r) => `amounts-arise=${r}`)).toEqual([...LEDGER_READINGS]));

  test.each(readings.map((r, k) => [r, k] as const))(
    "amounts-arise=%s: OUTSTANDING agrees with LibreOffice to the cent at every day, ROLLFORWARD's closing at the month ends",
    (reading, k) => {
      const r = { ...req, choices: withChoices([["amounts-arise", reading]]) };
      const got = DAYS.map((day) => `${iso(day)} ${outstanding(r, day).toFixed(2)}`);
      const want = DAYS.map((day, i) => `${iso(day)} ${Number(values[i + 1][k + 1]).toFixed(2)}`);
      expect(got).toEqual(want);
      const closing = new Map(
        rollForward(r, { fromMonth: D("2004-10-01"), toMonth: D("2006-12-01") }).map((x) => [
          x.monthEnd,
          x.closing.toFixed(2),
        ])
      );
      DAYS.forEach((day, i) => {
        if (closing.has(day))
          expect(closing.get(day)).toBe(Number(values[i + 1][k + 1]).toFixed(2));
      });
    }
  );
});
