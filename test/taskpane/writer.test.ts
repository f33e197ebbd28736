/**
 * The workbook writer (src/taskpane/excel/writer.ts) against the Excel test
 * double (test/e2e/fake-office.ts), in Node: the double's Excel semantics the
 * writer relies on (operations queued until sync, a failure at sync keeping
 * the operations before it, text starting with + or - read as a formula), and
 * what the writer does with them (text written as text, a failure half way
 * reported and nothing of the user's lost). The browser suites
 * (test/e2e/excel.test.ts) cover the pane around it.
 */
import { FakeSeed, installFakeOffice } from "../e2e/fake-office";
import type { Insertion } from "../../src/taskpane/excel/blocks";

const g = globalThis as any;

/** A fresh fake workbook, installed as the globals Excel and Office; returns its cell reader. */
function workbook(seed: FakeSeed = {}) {
  g.window = g;
  installFakeOffice(seed);
  return {
    cells: (sheet: string) => g.__excelCells(sheet) as Record<string, unknown>,
    sheets: () => g.__excelSheets() as string[],
  };
}

afterEach(() => {
  for (const k of ["Excel", "Office", "window"]) delete g[k];
});

// Imported after the globals exist (the writer reads Excel and Office when called, not when loaded).
const { insert } =
  require("../../src/taskpane/excel/writer") as typeof import("../../src/taskpane/excel/writer");

const block = (rows: Array<Array<string | number>>): Insertion => ({
  what: "a test block",
  sheetName: "BTU test",
  build: () => rows.map((r) => r.map((value) => ({ value }))),
});

describe("the Excel test double behaves as Excel where the writer depends on it", () => {
  test("an operation runs at sync, not when it is queued; a property read before sync throws", async () => {
    const wb = workbook();
    await g.Excel.run(async (context: any) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const r = sheet.getRangeByIndexes(0, 0, 1, 1);
      r.values = [["queued"]];
      expect(wb.cells("Sheet1")).toEqual({});
      r.load("values");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the read before sync is the point
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(r.values).toEqual([["queued"]]);
    });
  });

  test("a failure at sync rejects it; the operations before the failing one stay done, those after it are dropped", async () => {
    const wb = workbook({ sheets: { Sheet1: {}, Locked: {} }, protectedSheets: ["Locked"] });
    await expect(
      g.Excel.run(async (context: any) => {
        const ws = context.workbook.worksheets;
        ws.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 1).values = [["before"]];
        ws.getItem("Locked").getRangeByIndexes(0, 0, 1, 1).values = [["refused"]];
        ws.getItem("Sheet1").getRangeByIndexes(1, 0, 1, 1).values = [["after"]];
        await context.sync();
      })
    ).rejects.toThrow(/AccessDenied.*protected sheet \('Locked'\)/);
    expect(wb.cells("Sheet1")).toEqual({ A1: "before" });
    expect(wb.cells("Locked")).toEqual({});
  });

  test('text starting with "+" or "-" is taken as a formula, "-5" as a number, and an apostrophe keeps text', async () => {
    const wb = workbook();
    await g.Excel.run(async (context: any) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 1, 4);
      r.values = [["+A2", "-B2", "-5", "'-B2"]];
      await context.sync();
    });
    expect(wb.cells("Sheet1")).toEqual({ A1: "=+A2", B1: "=-B2", C1: -5, D1: "-B2" });
  });
});

describe("the writer through that double", () => {
  test('text that Excel would read as a formula or a number ("=", "+", "-", "@" first) lands as the text itself', async () => {
    const wb = workbook();
    const out = await insert(
      block([
        ["Difference", "-832.87 under cause-notice-day=not-earned"],
        ["Note", "+ fees earned but unpaid"],
        ["At", "@risk"],
        ["Live", "=1+1"],
      ]),
      "new-sheet",
      async () => true
    );
    expect(out).toMatchObject({ status: "written", sheet: "BTU test" });
    expect(wb.cells("BTU test")).toMatchObject({
      B1: "-832.87 under cause-notice-day=not-earned",
      B2: "+ fees earned but unpaid",
      B3: "@risk",
      B4: "=1+1",
    });
  });

  test("a sheet protected while the question is open: refused with a message, nothing written, the user's cells kept", async () => {
    const wb = workbook({
      sheets: { Sheet1: { A1: "keep me", B2: "=SUM(1,2)" } },
      selection: "A1",
    });
    const asked: string[] = [];
    const out = await insert(
      block([
        ["x", "y"],
        ["z", "w"],
      ]),
      "selection",
      async (address) => {
        asked.push(address);
        g.__excelProtect("Sheet1");
        return true;
      }
    );
    expect(asked).toEqual(["Sheet1!A1:B2"]);
    expect(out).toEqual({
      status: "refused",
      reason: expect.stringMatching(
        /'Sheet1' was protected while you were deciding; nothing was written/
      ),
    });
    expect(wb.cells("Sheet1")).toEqual({ A1: "keep me", B2: "=SUM(1,2)" });
  });

  test("Excel refusing the write half way: the error names the area that may be partly written; what ran before stays, nothing after", async () => {
    const wb = workbook({ failWrite: "formulas" });
    const run = insert(block([["Total", 5]]), "new-sheet", async () => true);
    await expect(run).rejects.toThrow(
      /Excel stopped the write part way \(GeneralException: .*\); 'BTU test'!A1:B1 may hold part of a test block/
    );
    // The number formats went in first (a text cell keeps "4a" as text), then the formulas failed:
    // no value is in, and nothing after them (bold, select) ran.
    expect(wb.cells("BTU test")).toEqual({});
    const ops = (g.__excelWrites as Array<{ op: string }>).map((x) => x.op);
    expect(ops.indexOf("numberFormat")).toBeGreaterThanOrEqual(0);
    expect(ops).not.toContain("activate");
  });

  test("a new sheet when one of that name exists: the next free name, nothing overwritten", async () => {
    const wb = workbook({ sheets: { Sheet1: {}, "BTU test": { A1: "theirs" } } });
    const out = await insert(block([["mine"]]), "new-sheet", async () => true);
    expect(out).toMatchObject({ status: "written", sheet: "BTU test (2)" });
    expect(wb.cells("BTU test")).toEqual({ A1: "theirs" });
    expect(wb.cells("BTU test (2)")).toEqual({ A1: "mine" });
  });
});

describe("dates the pane writes are right in either date system (register date-system)", () => {
  /** A block with a date input cell and a schedule table with a date column: 2004-10-01 and 2004-10-04. */
  const dated: Insertion = {
    what: "a dated block",
    sheetName: "BTU dates",
    build: () => [[{ value: "Termination date" }, { value: 38261, format: "date" }]],
    table: {
      name: "Dates",
      header: ["Pay date", "Amount"],
      rows: [[38264, 100]],
      formats: ["date", "money"],
    },
  };
  /** The value Excel holds at 0-based (row, col). */
  const valueAt = async (sheet: string, row: number, col: number) =>
    g.Excel.run(async (context: any) => {
      const r = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(row, col, 1, 1);
      r.load("values");
      await context.sync();
      return (r.values as unknown[][])[0][0];
    });

  test.each([
    // Hand-worked: 2004-10-01 is 38261 in the 1900 system, 1,462 lower (36799) in the 1904 system.
    [false, 38261, 38264],
    [true, 38261 - 1462, 38264 - 1462],
  ])(
    "1904 workbook %s: a date is written as =DATE(y,m,d), holding %d and %d",
    async (date1904, input, payDate) => {
      const wb = workbook({ date1904 });
      expect(await insert(dated, "new-sheet", async () => true)).toMatchObject({
        status: "written",
      });
      expect(wb.cells("BTU dates")).toMatchObject({
        B1: "=DATE(2004,10,1)",
        A3: "=DATE(2004,10,4)",
      });
      expect(await valueAt("BTU dates", 0, 1)).toBe(input);
      expect(await valueAt("BTU dates", 2, 0)).toBe(payDate);
    }
  );
});
