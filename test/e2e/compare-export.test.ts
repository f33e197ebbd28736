/**
 * Issue 21 items 4 and 5 in Chromium (the built pane, `npm run build:local`): three saved
 * scenarios compared side by side, a (B) plan under a Board's delay among them, at 320 px
 * (Excel's narrowest pane) and 1280 px; the comparison downloaded as .xlsx and printed; the
 * scenario memo with page numbers, the money with its dollar sign, the split-dollar buy-out,
 * the lines to sign and the payment schedule as an appendix. No console error (paneOnDemand).
 *
 * Hand-worked figures (test/taskpane/comparison.test.ts, test/core/compare-many.test.ts):
 * notice 2004-07-01, T 2004-10-01. "resign B" (4(c)(i), delay notified 2004-07-15, (B) 40% at
 * $3.25 elected 2004-08-10): 542,788.68 = cash 327,911.68 + 66,116 shares x 3.25 = 214,877.00;
 * "board 4bi" (4(b)(i)): 566,169.86 cash; "resign" (4(c)(i), no delay): 542,788.68 cash.
 * Present values at 2004-10-01, 3%: 535,886.20; 566,168.50; 542,787.32. The (B) plan's
 * schedule: the shares on 2004-08-24, the fees earned but unpaid (5,589.04, 4(c)(i) and 3(a)) and
 * 42 bi-weekly cash payments, 44 rows: the fees and the first cash payment share 2004-10-04 and are
 * two rows, never merged (issue 21).
 * Split-dollar (test/e2e/split-dollar.test.ts): Company Interest 500,000 x 232,000 / 400,000 =
 * 290,000.00; age 64, 21.8 years; compound 290,000 / 1.03^21.8 = 152,246.21, simple
 * 290,000 x (1 - 0.03 x 21.8) = 100,340.00.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Page } from "playwright-core";
import {
  describeInChromium,
  enterCase,
  enterResignBPlan,
  expectTotal,
  paneOnDemand,
  screenshot,
} from "./support";

const ROWS = [
  "Payout (PAYOUT)$542,788.68$566,169.86$542,788.68$23,381.18$0.00",
  "of which cash$327,911.68$566,169.86$542,788.68$238,258.18$214,877.00",
  "of which shares at their value$214,877.00$0.00$0.00-$214,877.00-$214,877.00",
  "Present value at 2004-10-01, 3%$535,886.20$566,168.50$542,787.32$30,282.30$6,901.12",
];

async function enterResignB(page: Page) {
  await enterResignBPlan(page);
  await expectTotal(page, "542,788.68");
}

async function save(page: Page, name: string) {
  await page.getByTestId("scenario-name").fill(name);
  await page.getByRole("button", { name: "Save the scenario" }).click();
  await page.getByRole("button", { name: `Open ${name}`, exact: true }).waitFor();
}

async function threeSaved(page: Page) {
  await enterResignB(page);
  await save(page, "resign B");
  await enterCase(page, { scenario: "4b-i", date: "2004-07-01" });
  await expectTotal(page, "566,169.86");
  await save(page, "board 4bi");
  await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
  await page
    .getByRole("switch", { name: "The Board delayed the lump sum for financial duress" })
    .uncheck();
  await expectTotal(page, "542,788.68");
  await save(page, "resign");
  await page.getByRole("checkbox", { name: "resign", exact: true }).check();
  await page.getByTestId("compare-table").waitFor();
}

const rowsShown = (page: Page) =>
  page.getByTestId("compare-table").getByTestId("compare-row").allTextContents();

describeInChromium(
  "issue 21: many saved scenarios compared, exported and printed; the memo complete",
  () => {
    const open = paneOnDemand();

    describe.each([320, 1280])("at %i px", (width) => {
      test("three saved scenarios, a (B) plan among them: the hand-worked figures; the .xlsx download; the print view", async () => {
        const page = await open({ width });
        await threeSaved(page);
        expect(await rowsShown(page)).toEqual(ROWS);
        expect(await page.getByTestId("section-error").count()).toBe(0);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        );
        expect(sideways).toBe(0);
        await page.getByTestId("compare").scrollIntoViewIfNeeded();
        await screenshot(page, `21-compare-three-${width}`);

        // The .xlsx: the figures as numbers, PAYOUT as cash + shares, the differences as formulas.
        const [d] = await Promise.all([
          page.waitForEvent("download"),
          page.getByTestId("compare-xlsx").click(),
        ]);
        expect(d.suggestedFilename()).toBe("btu-comparison-2004-10-01.xlsx");
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "btu-cmp-e2e-")), "c.xlsx");
        await d.saveAs(file);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        const ws = wb.getWorksheet("Comparison")!;
        const result = (v: unknown) =>
          (typeof v === "number" ? v : ((v as { result?: number }).result ?? 0)).toFixed(2);
        expect([3, 4, 5].map((c) => result(ws.getRow(5).getCell(c).value))).toEqual([
          "542788.68",
          "566169.86",
          "542788.68",
        ]);
        expect((ws.getRow(5).getCell(3).value as { formula: string }).formula).toBe("C6+C7");
        expect(result(ws.getRow(8).getCell(6).value)).toBe("30282.30");
        await expect(page.getByTestId("compare-export-status").textContent()).resolves.toBe(
          "Downloaded btu-comparison-2004-10-01.xlsx."
        );

        // Print: the comparison's own view, page numbers, no memo, no form control.
        await page.evaluate(() => {
          window.print = () => undefined;
        });
        await page.getByTestId("compare-print-button").click();
        await page.emulateMedia({ media: "print" });
        const view = page.getByTestId("compare-print");
        await view.waitFor({ state: "visible" });
        expect(await page.getByTestId("memo").count()).toBe(0);
        expect(await view.getByTestId("compare-print-row").allTextContents()).toEqual([
          "Payout (PAYOUT)paragraph 4$542,788.68$566,169.86$542,788.68$23,381.18$0.00",
          "of which cashparagraph 4$327,911.68$566,169.86$542,788.68$238,258.18$214,877.00",
          "of which shares at their value4(c)(i)(B)$214,877.00$0.00$0.00-$214,877.00-$214,877.00",
          "Present value at 2004-10-01, 3%4(c) rate; register comparison-valuation$535,886.20$566,168.50$542,787.32$30,282.30$6,901.12",
        ]);
        await expect(view.textContent()).resolves.toMatch(
          /resign B: shares due by 2004-08-24.*comparison-valuation=carry-forward/
        );
        await expect(view.getByTestId("page-numbers").textContent()).resolves.toMatch(
          /@bottom-right \{ content: "Page " counter\(page\) " of " counter\(pages\)/
        );
        const visibleControls = await page.evaluate(
          () =>
            [...document.querySelectorAll("input, select, button, textarea")].filter(
              (e) => (e as HTMLElement).getBoundingClientRect().width > 0
            ).length
        );
        expect(visibleControls).toBe(0);
        const pdf = (
          await page.pdf({
            format: "Letter",
            path: `test-results/pane/21-compare-print-${width}.pdf`,
          })
        ).toString("latin1");
        expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(1);
        await screenshot(page, `21-compare-print-${width}`);
        await page.emulateMedia({ media: "screen" });
        await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
        await view.waitFor({ state: "detached" });
      });
    });

    test("the memo: page numbers, $3.25, the split-dollar buy-out, prepared-by and reviewed-by lines, the schedule as an appendix", async () => {
      const page = await open({ width: 380 });
      await enterResignB(page);
      await page.getByRole("button", { name: "Show the split-dollar buy-out" }).click();
      await page.getByTestId("sd-cash-value-jan2003").fill("400,000");
      await page.getByTestId("sd-cash-value").fill("500000");
      await page.getByTestId("sd-birth").fill("1940-05-01");
      await page.getByTestId("sd-buyout").fill("2005-01-01");
      await page.getByTestId("sd-table").selectOption("irs-single-life-2002");
      await page.getByTestId("sd-interest").waitFor();
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByTestId("print-memo").click();
      await page.emulateMedia({ media: "print" });
      const memo = page.getByTestId("memo");
      await memo.waitFor({ state: "visible" });
      const text = (await memo.textContent()) ?? "";
      expect(text).toContain("Fair market value per share$3.25");
      expect(text).not.toMatch(/Fair market value per share3\.25/);
      await expect(memo.getByTestId("page-numbers").textContent()).resolves.toMatch(
        /counter\(page\) " of " counter\(pages\)/
      );
      // 3(c)(iii): the Company Interest and the price under each reading, with dollar signs.
      const sd = memo.getByTestId("memo-section-split-dollar");
      await expect(sd.textContent()).resolves.toMatch(
        /Split-dollar buy-out \(3\(c\)\(iii\)\): \$\d.*Buy-out date2005-01-01.*Company Interest \(3\(c\)\(iii\)\(A\)\)\$290,000\.00.*21\.8 years/
      );
      await expect(sd.textContent()).resolves.toMatch(/\$152,246\.21/);
      await expect(sd.textContent()).resolves.toMatch(/\$100,340\.00/);
      await expect(memo.getByTestId("memo-prepared").textContent()).resolves.toBe(
        "Prepared byNameDate"
      );
      await expect(memo.getByTestId("memo-reviewed").textContent()).resolves.toBe(
        "Reviewed byNameDate"
      );
      // The appendix: PAYOUT_SCHEDULE's 44 dated rows, the shares first, the total PAYOUT.
      const rows = memo.getByTestId("memo-schedule-row");
      expect(await rows.count()).toBe(44);
      await expect(rows.first().textContent()).resolves.toMatch(
        /^2004-08-24\$214,877\.00\$214,877\.00shares/
      );
      await expect(rows.last().textContent()).resolves.toMatch(
        /^2006-05-01\$7,100\.72\$542,788\.68cash/
      );
      await expect(memo.getByTestId("memo-appendix").textContent()).resolves.toMatch(
        /Total \(PAYOUT\)\$542,788\.68/
      );
      const pdf = (
        await page.pdf({ format: "Letter", path: "test-results/pane/21-memo-380.pdf" })
      ).toString("latin1");
      expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
      await screenshot(page, "21-memo-380");
      await page.emulateMedia({ media: "screen" });
    });
  }
);
