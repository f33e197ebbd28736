/**
 * Issue 18: the audit workbook of the pane's (B) example (4(c)(i), notice
 * 2004-07-01, the Board's notification 2004-07-15, (B) 40% at $3.25 elected
 * 2004-08-10; an end of the duress typed under (A) and left hidden) is
 * recomputed by LibreOffice with every check OK, names PAYOUT "Total value
 * due (cash plus shares at their value)", carries no end of the duress, and
 * prints legibly: fitted one page wide, holidays down a column, every
 * column wide enough for its recomputed values (no ###), a sane page count.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildAuditWorkbook } from "../../src/audit/audit-workbook";
import { DEFAULT_CHOICES } from "../../src/core";
import { auditCaseOf } from "../../src/taskpane/download/audit";
import { evaluate } from "../../src/taskpane/model/evaluate";
import { describeWithLibreOffice, recalculate, soffice } from "../helpers/libreoffice";
import { RESIGN_B } from "../helpers/issue18";

/** Characters a number needs in a format: dates 10, money with thousands separators and cents. */
function shown(raw: string, fmt: string): number {
  const x = Number(raw);
  if (!Number.isFinite(x)) return 0;
  if (fmt === "yyyy-mm-dd") return 10;
  if (fmt === "#,##0.00")
    return (
      x
        .toFixed(2)
        .replace("-", "")
        .replace(/\B(?=(\d{3})+(?!\d))/g, ",").length + (x < 0 ? 1 : 0)
    );
  return 0;
}

describeWithLibreOffice("issue 18: the audit workbook of the (B) example", () => {
  const ev = evaluate(RESIGN_B);
  const { workbook, layouts } = buildAuditWorkbook([auditCaseOf(ev, ev.result!, DEFAULT_CHOICES)], {
    made: "2026-12-06",
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "btu-issue18-"));
  const file = path.join(dir, "resign-b.xlsx");
  let sheets: Map<string, string[][]>;
  beforeAll(async () => {
    await workbook.xlsx.writeFile(file);
    sheets = recalculate(file);
  }, 240_000);

  test("LibreOffice recomputes every check OK; PAYOUT 542,788.68 named as value due, cash and shares beside it", () => {
    const rows = sheets.get("Case 1")!;
    const checks = layouts[0].checks.map((c) => [c.item, rows[c.row - 1][5]]);
    expect(checks.filter(([, v]) => v !== "OK")).toEqual([]);
    const total = layouts[0].checks.find((c) => /PAYOUT\)$/.test(c.item))!;
    expect(total.item).toBe("Total value due (cash plus shares at their value) (PAYOUT)");
    expect(Number(rows[total.row - 1][2]).toFixed(2)).toBe("542788.68");
    expect(rows[total.row - 1][6]).toBe(
      "of which cash 327,911.68; shares 214,877.00 at their value (4(c)(i)(B))"
    );
  });

  test("only the inputs in force: no end of the duress under (B); T described as the termination date", () => {
    const labels = sheets.get("Case 1")!.map((r) => r[0]);
    expect(labels.some((l) => /end of the duress/i.test(l))).toBe(false);
    const t = sheets.get("Case 1")!.find((r) => r[0] === "Termination date (T)")!;
    expect(t[1]).toBe("4(c)(i): the termination date, three months after the notice");
  });

  test("print: every sheet fitted one page wide; holidays down one column; every column wide enough for its values", () => {
    workbook.eachSheet((ws) => {
      expect([ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight]).toEqual([
        true,
        1,
        0,
      ]);
      const rows = sheets.get(ws.name)!;
      const tooNarrow: string[] = [];
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const need = shown(rows[r - 1]?.[c - 1] ?? "", cell.numFmt ?? "");
          const width = ws.getColumn(c).width ?? 8.43;
          if (need > 0 && width < need + 1) tooNarrow.push(`${cell.address} needs ${need}`);
        })
      );
      expect(tooNarrow).toEqual([]);
      expect(ws.columnCount).toBeLessThanOrEqual(16);
    });
  });

  test("the PDF (soffice --convert-to pdf): a sane number of pages", () => {
    execFileSync(
      soffice()!,
      [
        `-env:UserInstallation=file://${fs.mkdtempSync(path.join(os.tmpdir(), "btu-lo-pdf-"))}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        file,
      ],
      { stdio: "pipe", timeout: 180_000 }
    );
    const pdf = fs.readFileSync(path.join(dir, "resign-b.pdf"), "latin1");
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // Fitted one page wide: the Case sheet's rows run down a few pages, the About sheet one page.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(20);
    if (process.env.BTU_KEEP_PDF)
      fs.copyFileSync(path.join(dir, "resign-b.pdf"), process.env.BTU_KEEP_PDF);
  }, 240_000);
});
