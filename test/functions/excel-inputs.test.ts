/**
 * Excel as it really runs (issue 19): dates in the workbook's own date system
 * (register date-system), Excel's invocation object and data types among the
 * arguments, Excel-shaped inputs (date cells in a choices range, delay facts
 * separated by commas or given twice, a serial a hair under midnight,
 * whole-column ranges), month arithmetic in every time zone, deadlines past
 * Excel's last date, and caches that evict the least recently used entry.
 *
 * Expectations are worked by hand: a 1904 serial is the 1900 serial less
 * 1,462 (1904-01-01 is 1462 in the 1900 system, 0 in the 1904 one);
 * 2004-10-01 is 38261 (37803, 2003-07-01, + 458 days), so 36799 in 1904;
 * 2004-07-01 is 38169, so 36707. The money is the hand-worked figure of
 * test/core (560,580.82, the Consulting remainder from 2004-10-01).
 */
import { execFileSync } from "child_process";
import * as path from "path";
import "../../src/cli/runtime-shim";
import * as Functions from "../../src/functions/functions";
import {
  detectDateSystem,
  setWorkbookDateSystem,
  workbookDateSystem,
} from "../../src/functions/adapter";
import { BtuError, d, Lru, workday } from "../../src/core";
import { asExcel, excelError } from "../helpers/as-excel";

const F = asExcel(Functions);
const _ = null as any;

const err = excelError;

const LUMP = 560580.82; // 3(a): Consulting Fees from 2004-10-01 through 2007-06-30 (test/core)
const OFFSET = 1462;

afterEach(() => setWorkbookDateSystem(1900));

describe("register date-system: serials in the workbook's own date system", () => {
  test("with date-system=1904, CONSULT_LUMPSUM(36799) = 560,580.82 (36799 is 2004-10-01 in a 1904 workbook)", () => {
    expect(F.consultLumpSum(36799, "date-system=1904")).toBe(LUMP);
    expect(F.consultLumpSum(36799, [["date-system", 1904]])).toBe(LUMP);
    expect(F.consultLumpSum(36799, [["date-system", "1904"]])).toBe(LUMP);
  });
  test('with date-system=1904, TERMINATION_DATE("4b-i", 36707) = 36799 (2004-07-01 + 3 months = 2004-10-01, both as 1904 serials)', () => {
    expect(F.terminationDateOf("4b-i", 36707, "date-system=1904")).toBe(36799);
    expect(F.terminationDateOf("4b-i", 38169, _)).toBe(38261);
  });
  test("ISO text dates mean the same day in either system; only returned serials move", () => {
    expect(F.terminationDateOf("4b-i", "2004-07-01", "date-system=1904")).toBe(38261 - OFFSET);
    expect(F.consultLumpSum("2004-10-01", "date-system=1904")).toBe(LUMP);
  });
  test("a table's date columns move too, its money does not (FEE_SCHEDULE: 2004-09-21..2004-10-04 is the 33rd period, paid 2004-10-04)", () => {
    const t1900 = F.feeSchedule("consulting", "2004-10-01", "2004-10-04", 0, _) as unknown[][];
    const t1904 = F.feeSchedule(
      "consulting",
      "2004-10-01",
      "2004-10-04",
      0,
      "date-system=1904"
    ) as unknown[][];
    // 2004-10-04 is 38264; the row is clipped to start on 2004-10-01 (38261).
    expect(t1900[0].slice(0, 4)).toEqual([38264, 38261, 38264, 4]);
    expect(t1904[0].slice(0, 4)).toEqual([38264 - OFFSET, 38261 - OFFSET, 38264 - OFFSET, 4]);
    expect(t1904[0].slice(4)).toEqual(t1900[0].slice(4));
  });
  test("the workbook's system set by the shared runtime is the default; an explicit choice overrides it", () => {
    setWorkbookDateSystem(1904);
    expect(workbookDateSystem()).toBe("1904");
    expect(F.consultLumpSum(36799, _)).toBe(LUMP);
    expect(F.terminationDateOf("4b-i", 36707, _)).toBe(36799);
    expect(F.consultLumpSum(38261, "date-system=1900")).toBe(LUMP);
    expect(F.terminationDateOf("4b-i", 38169, [["date-system", 1900]])).toBe(38261);
    // Functions without choices read the workbook's system too (4(a)(i): notice + 30 days).
    expect(F.curePeriodEnd("4a", 36707)).toBe(36707 + 30);
    expect(() => setWorkbookDateSystem(1901 as never)).toThrow(/1900 or 1904/);
  });
  test("detectDateSystem asks Excel for DATE(2000,1,1): 35064 is a 1904 workbook, 36526 a 1900 one; no Excel API keeps the default", async () => {
    const g = globalThis as { Excel?: unknown };
    const excelAnswering = (value: number) => ({
      run: async (batch: (context: unknown) => Promise<unknown>) =>
        batch({
          workbook: { functions: { date: () => ({ value, load: () => undefined }) } },
          sync: async () => undefined,
        }),
    });
    try {
      await expect(detectDateSystem()).resolves.toBeUndefined();
      expect(workbookDateSystem()).toBe("1900");
      g.Excel = excelAnswering(35064);
      await expect(detectDateSystem()).resolves.toBe("1904");
      expect(F.terminationDateOf("4b-i", 36707, _)).toBe(36799);
      g.Excel = excelAnswering(36526);
      await expect(detectDateSystem()).resolves.toBe("1900");
      expect(workbookDateSystem()).toBe("1900");
    } finally {
      delete g.Excel;
    }
  });
  test("INTERPRETATIONS shows the date system in force", () => {
    const rowOf = (t: unknown[][]) => t.find((r) => r[0] === "date-system") as unknown[];
    expect(rowOf(F.interpretations(_) as unknown[][])[4]).toBe("1900");
    expect(rowOf(F.interpretations("date-system=1904") as unknown[][])[4]).toBe("1904");
    setWorkbookDateSystem(1904);
    expect(rowOf(F.interpretations(_) as unknown[][])[4]).toBe("1904");
  });
  test("a 1904 serial read in a 1900 workbook, out of the clause's window, says what it would be in a 1904 workbook (#VALUE!, a message Excel shows)", () => {
    // 36799 in the 1900 system is 2000-09-30, before the 4(c)(i) window.
    const e = err(() => F.consultDiscounted(36799, _, _, _));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(
      /in a 1904 workbook this serial is 2004-10-01: add date-system=1904\)$/
    );
    // Not when the date is wrong in either system, nor when the choices chose 1900.
    expect(err(() => F.consultDiscounted(10, _, _, _)).message).not.toMatch(/1904/);
    expect(err(() => F.consultDiscounted(36799, _, _, "date-system=1900")).message).not.toMatch(
      /1904/
    );
  });
  test("EXPLAIN's last row is the function's answer in the same system", () => {
    const rows = F.explain("TERMINATION_DATE", [[["4b-i"]], [[36707]], [["date-system=1904"]]]);
    expect(rows[rows.length - 1][5]).toBe(36799);
  });
});

describe("what Excel passes besides values", () => {
  test("Excel's invocation object in an optional slot counts as omitted (office-js #2777): CONSULT_LUMPSUM(2004-10-01, <invocation>) = 560,580.82", () => {
    const invocation = {
      address: "Sheet1!B2",
      functionName: "CONSULT_LUMPSUM",
      parameterAddresses: ["Sheet1!A2"],
      isInValuePreview: false,
    };
    expect(F.consultLumpSum(38261, invocation)).toBe(LUMP);
    expect(F.consultLumpSum("2004-10-01", { setResult: () => undefined, onCanceled: null })).toBe(
      LUMP
    );
  });
  test("a data type is read as its basic value; one with none is refused with a message", () => {
    expect(
      F.consultLumpSum({ type: "FormattedNumber", basicValue: 38261, numberFormat: "yyyy-mm-dd" })
    ).toBe(LUMP);
    expect(F.consultLumpSum([[{ type: "Double", basicValue: 38261 }]], _)).toBe(LUMP);
    const e = err(() =>
      F.consultLumpSum({ type: "Entity", basicType: "Error", basicValue: "#VALUE!", text: "BTU" })
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/Entity value has no plain number, text or date \("BTU"\)/);
  });
});

describe("Excel-shaped inputs", () => {
  test("a date cell in a choices range is a date (Excel makes 2003-07-04 typed in a cell the serial 37806)", () => {
    const text = F.payoutTotal("4c-i", "2005-05-17", _, _, "pay-anchor=2003-07-04");
    expect(F.payoutTotal("4c-i", "2005-05-17", _, _, [["pay-anchor", 37806]])).toBe(text);
    expect(
      F.payoutTotal("4c-i", "2005-05-17", _, _, [
        ["pay-anchor", 37806 - OFFSET],
        ["date-system", 1904],
      ])
    ).toBe(text);
    // The anchor moves the pay calendar: not the default figure.
    expect(text).not.toBe(F.payoutTotal("4c-i", "2005-05-17", _, _, _));
    // Text stays strict: numeric text is not a date there.
    expect(err(() => F.consultLumpSum(38261, "pay-anchor=37806")).message).toMatch(/ISO date/);
  });
  test("choices ranges read from memory give the same figures as their text, however they alternate", () => {
    // 2005-05-17 is 38489 (38261 + 228).
    const P = (choices: unknown, T: unknown = "2005-05-17") =>
      F.payoutTotal("4c-i", T, _, _, choices);
    const lag5 = P("pay-lag=5");
    const anchor = P("pay-anchor=2003-07-04");
    expect(lag5).not.toBe(anchor);
    for (let i = 0; i < 3; i++) {
      expect(P([["pay-lag", 5]])).toBe(lag5);
      expect(
        P([
          ["pay-lag", 5],
          [null, null],
        ])
      ).toBe(lag5);
      expect(P([["pay-anchor", 37806]])).toBe(anchor);
      expect(P([["pay-anchor", "2003-07-04"]])).toBe(anchor);
    }
    // The same cells mean another day once the workbook's system changes.
    setWorkbookDateSystem(1904);
    expect(P([["pay-anchor", 37806 - OFFSET]], 38489 - OFFSET)).toBe(anchor);
  });
  test("a delay fact given twice is refused like a repeated choice", () => {
    const e = err(() =>
      F.payoutTotal(
        "4c-i",
        "2005-02-01",
        _,
        _,
        _,
        _,
        _,
        "notification=2004-11-15; election=B; electionDate=2004-11-30; portion=40%; fairMarketValue=3.25; election=A"
      )
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/election is given twice/);
    expect(
      err(() =>
        F.payoutTotal("4c-i", "2005-02-01", _, _, _, _, _, [
          ["notification", "2004-11-15"],
          ["notification", 38306],
        ])
      ).message
    ).toMatch(/notification is given twice/);
  });
  test("commas separate delay facts as they separate choices", () => {
    const semi =
      "notification=2004-11-15; election=B; electionDate=2004-11-30; portion=40%; fairMarketValue=3.25";
    expect(F.payoutTotal("4c-i", "2005-02-01", _, _, _, _, _, semi.replace(/;/g, ","))).toBe(
      F.payoutTotal("4c-i", "2005-02-01", _, _, _, _, _, semi)
    );
  });
  test("a serial a hair under midnight (38260.99999999999, shown as 2004-10-01 00:00:00.000) is 2004-10-01", () => {
    expect(F.consultLumpSum(38260.99999999999, _)).toBe(LUMP);
    expect(F.consultLumpSum(38261.5, _)).toBe(LUMP);
    // Half a millisecond before midnight shows as 2004-10-01 too; a second before it is 2004-09-30.
    expect(F.terminationDateOf("4a", 38261 - 1 / 86_400, _)).toBe(38260);
  });
  test("a whole-column choices range (1,048,576 rows, values at the top) reads like its values", () => {
    const column: unknown[][] = Array.from({ length: 1_048_576 }, () => [null, null]);
    column[0] = ["pay-anchor", "2003-07-04"];
    expect(F.payoutTotal("4c-i", "2005-05-17", _, _, column)).toBe(
      F.payoutTotal("4c-i", "2005-05-17", _, _, "pay-anchor=2003-07-04")
    );
  });
  test("business-day deadlines past 9999-12-31 are refused with a message", () => {
    // 9999-12-20 is a Monday: 21 business days later (weekdays only) is in the year 10000.
    const e = (() => {
      try {
        workday(d("9999-12-20"), 21);
      } catch (x) {
        return x as BtuError;
      }
      throw new Error("expected a refusal");
    })();
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/21 business days after 9999-12-20 fall after 9999-12-31/);
    // 9 business days after it is still 9999-12-31 (a Friday).
    expect(workday(d("9999-12-20"), 9)).toBe(d("9999-12-31"));
  });
});

describe("month arithmetic (EDATE) is the same in every time zone", () => {
  test("LIFE_EXPECTANCY 1999-12-30 to 2011-12-30 on irs-single-life-2002 is 70.8 with TZ=Pacific/Apia (which skipped 2011-12-30)", () => {
    const script = [
      'require("tsx/cjs");',
      `require(${JSON.stringify(path.join(__dirname, "../../src/cli/runtime-shim.ts"))});`,
      `const F = require(${JSON.stringify(path.join(__dirname, "../../src/functions/functions.ts"))});`,
      'process.stdout.write(String(F.lifeExpectancyOf("1999-12-30", "2011-12-30", "irs-single-life-2002", null)));',
    ].join("\n");
    for (const tz of ["Pacific/Apia", "UTC", "America/New_York"]) {
      const out = execFileSync(process.execPath, ["-e", script], {
        env: { ...process.env, TZ: tz },
        encoding: "utf8",
      });
      expect([tz, out]).toEqual([tz, "70.8"]);
    }
  });
});

describe("caches evict the least recently used entry", () => {
  test("a full cache drops only its oldest entry; a hit makes an entry recent", () => {
    const c = new Lru<number, string>(3);
    c.set(1, "a");
    c.set(2, "b");
    c.set(3, "c");
    expect(c.get(1)).toBe("a"); // 1 is now the most recent
    c.set(4, "d"); // evicts 2, the least recently used
    expect([c.get(2), c.get(1), c.get(3), c.get(4), c.size]).toEqual([undefined, "a", "c", "d", 3]);
  });
});
