/**
 * Issue 21 item 4: the pane's comparison of saved scenarios (model/comparison.ts) and its .xlsx
 * download (download/comparison-xlsx.ts). Three scenarios on one notice date, 2004-07-01
 * (T = 2004-10-01, three months' notice under 4(c)(i)), one a (B) plan under a Board's delay:
 *
 * - "resign B": 4(c)(i), the Board's delay notified 2004-07-15, (B) 40% at $3.25 elected
 *   2004-08-10: the Consulting Lump Sum Payment 537,199.64 (test/core/compare-many.test.ts,
 *   LibreOffice-checked in test/oracle); 40% = 214,879.856 / 3.25 -> 66,116 whole shares worth
 *   66,116 x 3.25 = 214,877.00; cash 5,589.04 earned but unpaid (10 x 204,000 / 365) + the
 *   balance 537,199.64 - 214,877.00 = 322,322.64, i.e. 327,911.68; PAYOUT 542,788.68.
 * - "board 4bi": 4(b)(i), the lump sum without discount 560,580.82 + 5,589.04 = 566,169.86 cash.
 * - "resign": 4(c)(i) without a delay, 537,199.64 + 5,589.04 = 542,788.68 cash.
 *
 * Differences from the first, by hand: payout 23,381.18 and 0.00; cash 566,169.86 - 327,911.68
 * = 238,258.18 and 542,788.68 - 327,911.68 = 214,877.00; shares -214,877.00 twice. Present value
 * at 2004-10-01, 3%: 4(b)(i) 560,580.82 + 5,589.04 / 1.03^(3/365) = 566,168.50; resign B
 * 535,886.20 (test/core/comparison-valuation.test.ts, worked from its dated amounts); resign
 * 537,199.64 + 5,589.04 / 1.03^(3/365) = 542,787.32.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { COMPARISON_RATE, parseIso } from "../../src/core";
import {
  COMPARISON_HEADER_ROW,
  comparisonToXlsx,
} from "../../src/taskpane/download/comparison-xlsx";
import { comparisonTable, ComparisonTable } from "../../src/taskpane/model/comparison";
import { evaluate } from "../../src/taskpane/model/evaluate";
import { DEFAULT_SETTINGS, PaneSettings } from "../../src/taskpane/state/settings";
import { describeWithLibreOffice, recalculate } from "../helpers/libreoffice";

const at = (s: Partial<PaneSettings>): PaneSettings => ({
  ...DEFAULT_SETTINGS,
  date: "2004-07-01",
  periods: "consulting",
  ...s,
});
const SAVED: Array<[string, PaneSettings]> = [
  [
    "resign B",
    at({
      scenario: "4c-i",
      duress: {
        ...DEFAULT_SETTINGS.duress,
        delayed: true,
        notification: "2004-07-15",
        option: "B",
        portion: "40%",
        fmv: "3.25",
        election: "2004-08-10",
      },
    }),
  ],
  ["board 4bi", at({ scenario: "4b-i" })],
  ["resign", at({ scenario: "4c-i" })],
];

function table(): ComparisonTable {
  return comparisonTable(
    SAVED.map(([name, s]) => {
      const e = evaluate(s);
      expect(e.errors).toEqual({});
      return { name, e, r: e.result! };
    }),
    { rate: COMPARISON_RATE, valuation: "carry-forward" }
  );
}

const HAND = {
  total: ["542788.68", "566169.86", "542788.68"],
  cashTotal: ["327911.68", "566169.86", "542788.68"],
  sharesValue: ["214877.00", "0.00", "0.00"],
  presentValue: ["535886.20", "566168.50", "542787.32"],
};
const HAND_DIFF = {
  total: ["23381.18", "0.00"],
  cashTotal: ["238258.18", "214877.00"],
  sharesValue: ["-214877.00", "-214877.00"],
  presentValue: ["30282.30", "6901.12"],
};

describe("issue 21 item 4: three saved scenarios compared in the pane, a (B) plan among them (4(c)(i)(B))", () => {
  test("by hand: the present values' differences", () => {
    expect((566168.5 - 535886.2).toFixed(2)).toBe("30282.30");
    expect((537199.64 + 5589.04 / Math.pow(1.03, 3 / 365)).toFixed(2)).toBe("542787.32");
    expect((542787.32 - 535886.2).toFixed(2)).toBe("6901.12");
  });

  test("the table: payout, cash, shares at their value, present value at the earliest termination date at the core's 3%", () => {
    const t = table();
    expect(t.lines.map((l) => l.label)).toEqual([
      "Payout (PAYOUT)",
      "of which cash",
      "of which shares at their value",
      "Present value at 2004-10-01, 3%",
    ]);
    for (const l of t.lines) {
      expect([l.figure, l.values.map((v) => v.toFixed(2))]).toEqual([l.figure, HAND[l.figure]]);
      expect(l.differences.slice(1).map((v) => v.toFixed(2))).toEqual(HAND_DIFF[l.figure]);
    }
    expect(t.columns.map((c) => c.sharesDueEarly !== undefined)).toEqual([true, false, false]);
    expect(t.notes.join(" ")).toMatch(
      /resign B: shares due by 2004-08-24.*comparison-valuation=carry-forward/
    );
  });

  test("a chosen comparison date: one date for all, named as chosen", () => {
    const evs = SAVED.map(([name, s]) => ({ name, e: evaluate(s), r: evaluate(s).result! }));
    const t = comparisonTable(evs, {
      rate: COMPARISON_RATE,
      asOf: parseIso("2004-07-01"),
      valuation: "carry-forward",
    });
    expect(t.asOfChosen).toBe(true);
    expect(t.lines[3].label).toBe("Present value at 2004-07-01, 3%");
    // 4(b)(i) by hand: 560,580.82 / 1.03^(92/365) + 5,589.04 / 1.03^(95/365) = 561,965.97.
    expect(t.lines[3].values[1].toFixed(2)).toBe("561965.97");
  });

  describe("the .xlsx download, read back", () => {
    let file: string;
    let ws: ExcelJS.Worksheet;
    beforeAll(async () => {
      const buf = await comparisonToXlsx(table(), "2026-12-07");
      file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "btu-cmp-")), "comparison.xlsx");
      fs.writeFileSync(file, Buffer.from(buf));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      ws = wb.getWorksheet("Comparison")!;
    });

    test("labelled columns: figure, clause, each scenario, each difference from the first", () => {
      expect((ws.getRow(COMPARISON_HEADER_ROW).values as unknown[]).slice(1)).toEqual([
        "Figure",
        "Clause",
        "resign B",
        "board 4bi",
        "resign",
        "board 4bi less resign B",
        "resign less resign B",
      ]);
    });

    test("real numbers; PAYOUT as the formula cash + shares and the differences as formulas, their cached results the hand-worked figures", () => {
      const r = (k: number) => ws.getRow(COMPARISON_HEADER_ROW + 1 + k);
      const figures = ["total", "cashTotal", "sharesValue", "presentValue"] as const;
      figures.forEach((f, k) => {
        const row = r(k);
        // ExcelJS writes no cached result for a formula whose result is 0 (recomputed on opening).
        const value = (c: number) => {
          const v = row.getCell(c).value as number | { result?: number };
          return (typeof v === "number" ? v : (v.result ?? 0)).toFixed(2);
        };
        expect([3, 4, 5].map(value)).toEqual(HAND[f]);
        expect([6, 7].map(value)).toEqual(HAND_DIFF[f]);
        expect(row.getCell(3).numFmt).toBe("#,##0.00");
      });
      expect((r(0).getCell(3).value as { formula: string }).formula).toBe("C6+C7");
      expect((r(0).getCell(7).value as { formula: string }).formula).toBe("E5-C5");
      expect((r(3).getCell(6).value as { formula: string }).formula).toBe("D8-C8");
    });

    test("real dates: the termination dates, the shares' early due date and the comparison date; the rate a percentage", () => {
      const find = (label: string) => {
        let out: ExcelJS.Row | undefined;
        ws.eachRow((row) => {
          if (row.getCell(1).value === label) out = row;
        });
        return out!;
      };
      const day = (v: unknown) => (v as Date).toISOString().slice(0, 10);
      const t = find("Termination date");
      expect([3, 4, 5].map((c) => day(t.getCell(c).value))).toEqual([
        "2004-10-01",
        "2004-10-01",
        "2004-10-01",
      ]);
      expect(t.getCell(3).numFmt).toBe("yyyy-mm-dd");
      expect(day(find("Shares due before the termination date").getCell(3).value)).toBe(
        "2004-08-24"
      );
      expect(day(find("Comparison date (the earliest termination date)").getCell(3).value)).toBe(
        "2004-10-01"
      );
      const rateRow = find("Discount rate a year");
      expect([rateRow.getCell(3).value, rateRow.getCell(3).numFmt]).toEqual([0.03, "0.00%"]);
    });

    test("print set up: landscape, one page wide, the header row repeated, a footer with the scenarios, the date made and the page", () => {
      expect(ws.pageSetup.orientation).toBe("landscape");
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.printTitlesRow).toBe(`${COMPARISON_HEADER_ROW}:${COMPARISON_HEADER_ROW}`);
      expect(ws.headerFooter.oddFooter).toMatch(
        /resign B, board 4bi, resign.*Made 2026-12-07, page &P of &N/
      );
    });

    describeWithLibreOffice("LibreOffice recomputes the formulas (cached results removed)", () => {
      test("PAYOUT = cash + shares and every difference, to the cent", async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        const sheet = wb.getWorksheet("Comparison")!;
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value as { formula?: string };
            if (v && typeof v === "object" && "formula" in v && v.formula)
              cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
          })
        );
        const bare = file.replace(/\.xlsx$/, "-bare.xlsx");
        await wb.xlsx.writeFile(bare);
        const rows = recalculate(bare).get("Comparison")!;
        const line = (k: number) => rows[COMPARISON_HEADER_ROW + k];
        const cents = (s: string) => Number(s).toFixed(2);
        (["total", "cashTotal", "sharesValue", "presentValue"] as const).forEach((f, k) => {
          expect(line(k).slice(2, 5).map(cents)).toEqual(HAND[f]);
          expect(line(k).slice(5, 7).map(cents)).toEqual(HAND_DIFF[f]);
        });
        // Issue 21 item 4: the years' SUM (after the four figures and three years) is each PAYOUT.
        expect(line(7).slice(0, 2)).toEqual(["Total of the years (PAYOUT)", "PAYOUT_BY_YEAR"]);
        expect(line(7).slice(2, 5).map(cents)).toEqual(HAND.total);
      });
    });
  });
});

/*
 * Issue 21 item 4: the payout by calendar year (PAYOUT_BY_YEAR) per scenario, by hand. The pay calendar
 * (3(a)): 14-day periods from 2003-07-01, paid on their last day; 2004-09-21..10-04 holds T = 2004-10-01.
 * - "resign B": the shares 214,877.00 (due 2004-08-24) and the fees earned but unpaid 5,589.04 (paid
 *   2004-10-04) in 2004; the cash balance 322,322.64 in bi-weekly Consulting Fee payments from 10-01, each
 *   the fees of its days (cumulative, 204,000 / 365 a day in 2004-05): paid in 2004 through the pay date
 *   2004-12-27, cum(12-27) - cum(09-30) = (204,000 + 204,000 x 180/365) - (204,000 + 204,000 x 92/365) =
 *   304,602.74 - 255,419.18 = 49,183.56; in 2005 through 2005-12-26: (408,000 + 204,000 x 179/365) -
 *   304,602.74 = 508,043.84 - 304,602.74 = 203,441.10; 2006 the rest, 322,322.64 - 49,183.56 - 203,441.10
 *   = 69,697.98. 2004: 214,877.00 + 5,589.04 + 49,183.56 = 269,649.60.
 * - "board 4bi" and "resign": the lump sum on 2004-10-01 and the fees on 2004-10-04: all in 2004.
 */
describe("issue 21 item 4: the comparison's payout by calendar year (PAYOUT_BY_YEAR)", () => {
  const YEARS = [
    ["2004", "269649.60", "566169.86", "542788.68"],
    ["2005", "203441.10", "0.00", "0.00"],
    ["2006", "69697.98", "0.00", "0.00"],
  ];
  test("every year any scenario pays in, each scenario's payments dated in it; each column adds up to its PAYOUT", () => {
    const t = table();
    expect(t.years.map((y) => [y.year, ...y.values.map((v) => v.toFixed(2))])).toEqual(YEARS);
    expect(t.years[0].label).toBe("Paid in 2004 (calendar year)");
    expect((269649.6 + 203441.1 + 69697.98).toFixed(2)).toBe("542788.68");
  });

  test("the .xlsx: a row a year under the figures, then their total as a SUM formula, its cached result PAYOUT", async () => {
    const buf = await comparisonToXlsx(table(), "2026-12-07");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    const ws = wb.getWorksheet("Comparison")!;
    const first = COMPARISON_HEADER_ROW + 5; // after the four figures
    const num = (v: unknown) =>
      (typeof v === "number" ? v : ((v as { result?: number }).result ?? 0)).toFixed(2);
    const rowAt = (k: number) => ws.getRow(first + k);
    YEARS.forEach((y, k) => {
      const row = rowAt(k);
      expect([row.getCell(1).value, ...[3, 4, 5].map((c) => num(row.getCell(c).value))]).toEqual([
        `Paid in ${y[0]} (calendar year)`,
        ...y.slice(1),
      ]);
    });
    const sum = rowAt(3);
    expect(sum.getCell(1).value).toBe("Total of the years (PAYOUT)");
    expect((sum.getCell(3).value as { formula: string }).formula).toBe("SUM(C9:C11)");
    expect([3, 4, 5].map((c) => num(sum.getCell(c).value))).toEqual([
      "542788.68",
      "566169.86",
      "542788.68",
    ]);
  });
});
