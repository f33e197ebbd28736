/**
 * No workbook the add-in writes holds NaN, Infinity or an error cell it did
 * not mean (issue "Hardening, second round"): the audit workbook of every
 * scenario, with and without options (as `btu-calc --audit-workbook` reads
 * them), and the task pane's .xlsx schedules, written and read back with
 * ExcelJS, every cell scanned (values and cached formula results).
 */
import ExcelJS from "exceljs";
import { buildAuditWorkbook } from "../../src/audit/audit-workbook";
import { parseAuditArgs } from "../../src/cli/audit-command";
import { BtuError, DEFAULT_CHOICES, SCENARIO_CODES } from "../../src/core";
import { toXlsx } from "../../src/taskpane/download/xlsx";
import { feeScheduleTable } from "../../src/taskpane/model/schedules";

/** What is wrong with the cells of a workbook: non-finite numbers, error values, "NaN"/"Infinity" text. */
async function badCells(data: ArrayBuffer | Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const where = `${ws.name}!${cell.address}`;
        const v = cell.value as unknown;
        const check = (x: unknown, what: string) => {
          if (typeof x === "number" && !Number.isFinite(x)) out.push(`${where} ${what} is ${x}`);
          if (typeof x === "string" && /^(NaN|-?Infinity)$|\bNaN\b/.test(x))
            out.push(`${where} ${what} is the text ${JSON.stringify(x.slice(0, 80))}`);
          if (x && typeof x === "object" && "error" in (x as object))
            out.push(`${where} ${what} is the error ${(x as { error: string }).error}`);
        };
        check(v, "value");
        if (v && typeof v === "object" && "formula" in (v as object)) {
          const f = v as { formula: string; result?: unknown };
          check(f.result, "cached result");
          if (/NaN|Infinity/.test(f.formula)) out.push(`${where} formula ${f.formula}`);
        }
      })
    )
  );
  return out;
}

/** A date in each scenario's window (4(b)/4(c) from a notice; the rest on the date). */
const CASES: string[][] = [
  ["4a", "2004-10-01"],
  ["4b-i", "2004-10-01", "--notice", "2004-07-01"],
  ["4b-ii", "2005-10-01", "--notice", "2005-07-01"],
  ["4c-i", "2004-10-01", "--notice", "2004-07-01", "--vesting", "2004-01-01,2005-01-01"],
  ["4c-i", "2004-10-01", "--notice", "2004-07-01", "--rate", "0%"],
  ["4c-i", "2004-10-01", "--notice", "2004-07-01", "--rate", "0.99"],
  [
    "4c-i",
    "2005-02-01",
    "--notice",
    "2004-11-01",
    "--notification",
    "2004-11-15",
    "--election",
    "2004-11-30",
    "--fmv",
    "3.25",
    "--portion",
    "40%",
  ],
  ["4c-ii", "2005-10-01", "--notice", "2005-07-01"],
  ["4d", "2004-10-01", "--cure-notice", "2004-09-01"],
  ["4d", "2004-10-01"],
  ["4e", "2004-10-01"],
  ["4f", "2003-07-05", "--base-salary", "300000", "--salary-paid-through", "2003-06-15"],
  ["4g", "2004-10-01"],
  ["4h", "2005-03-15"],
];

describe("every generated workbook: no NaN, no Infinity, no error cell", () => {
  test("the cases cover every scenario", () =>
    expect([...new Set(CASES.map((c) => c[0]))].sort()).toEqual([...SCENARIO_CODES].sort()));

  test.each(CASES.map((c) => [c.join(" "), c] as const))("audit workbook %s", async (_n, c) => {
    let data: ArrayBuffer;
    try {
      const { workbook } = buildAuditWorkbook([parseAuditArgs(["x.xlsx", ...c]).auditCase]);
      data = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    } catch (e) {
      // A case the agreement refuses is refused with its message before any workbook is written.
      expect(e).toBeInstanceOf(BtuError);
      return;
    }
    expect(await badCells(data)).toEqual([]);
  });

  test.each([["consulting"], ["chairman"]] as const)(
    "the task pane's %s fee schedule download",
    async (fee) => {
      const data = await toXlsx(feeScheduleTable(fee, DEFAULT_CHOICES, ""));
      expect(await badCells(data)).toEqual([]);
    }
  );

  test("the scan has teeth: a NaN, an Infinity and an error cell are found", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("x");
    ws.getCell("A1").value = NaN;
    ws.getCell("A2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
    ws.getCell("A3").value = "Total cash due (PAYOUT): NaN";
    const found = await badCells((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(found.length).toBeGreaterThanOrEqual(2);
  });
});
