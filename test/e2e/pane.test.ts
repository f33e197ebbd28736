/**
 * Issue 12, the task pane a controller can work from, at 320, 380 and 1280 px:
 * one date format (YYYY-MM-DD everywhere), messages in the pane's own words
 * (all errors of a form at once, empty optional fields as their defaults,
 * percent and money as typed), charts comparing like with like, saved and
 * compared scenarios with undo, a printable memo, and the layout (nothing
 * cut off, folding sections, focus to a new row, warnings for odd inputs).
 * Each test keeps a screenshot under test-results/pane/. Figures are worked
 * by hand (see ./figures and test/core/cash-timeline.test.ts).
 */
import { Page } from "playwright-core";
import { CASES, DURESS_B } from "./figures";
import {
  describeInChromium,
  enterCase,
  enterDuressB,
  expectTotal,
  screenshot,
  seriousViolations,
  paneOnDemand,
} from "./support";

const WIDTHS = [320, 380, 1280] as const;
const LONG_DATE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/;

/** The message shown for the field with the given test id. */
const messageOf = (page: Page, testId: string) =>
  page
    .locator('[role="group"], .btu-field')
    .filter({ has: page.getByTestId(testId) })
    .last()
    .locator(".btu-field__message");

/** The text the pane shows, the clause dialog and the agreement's quotes excepted. */
const mainText = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector("main") as HTMLElement;
    return main.innerText;
  });

describeInChromium("task pane for a controller (issue 12)", () => {
  const open = paneOnDemand();

  describe.each(WIDTHS)("at %i px", (width) => {
    test("1. one date format: fields take and show YYYY-MM-DD, and so do messages, hints and summaries", async () => {
      const page = await open({ width });
      const date = page.getByTestId("date");
      expect(await date.getAttribute("type")).toBe("text");
      expect(await date.getAttribute("placeholder")).toBe("YYYY-MM-DD");
      expect(await date.inputValue()).toBe("2004-07-01");
      await date.fill("");
      await expect(messageOf(page, "date").textContent()).resolves.toBe(
        "Enter the notice date as YYYY-MM-DD, e.g. 2004-07-01."
      );
      await date.fill("2003-02-30");
      await expect(messageOf(page, "date").textContent()).resolves.toMatch(
        /2003-02-30 is not a day of the calendar; check the month and the day \(YYYY-MM-DD\)/
      );
      await date.fill("07/01/2004");
      await expect(messageOf(page, "date").textContent()).resolves.toMatch(
        /must be written YYYY-MM-DD, e.g. 2004-07-01; you entered "07\/01\/2004"/
      );
      await date.fill("2004-07-01");
      await expectTotal(page, "542,788.68");
      await enterCase(page, { scenario: "4g", date: "2003-06-29" }); // the death branch names the Separation Date
      await expectTotal(page, "1,216,000.00");
      const text = await mainText(page);
      expect(text).not.toMatch(LONG_DATE);
      expect(text).not.toMatch(/mm\/dd\/yyyy/i);
      await expect(page.getByTestId("death-branch").textContent()).resolves.toContain(
        "(2003-06-30)"
      );
      await screenshot(page, `1-dates-${width}`);
    });

    test("2. messages in the pane's words; all errors of the duress form at once; empty optional fields are their defaults; 40% and 40; $ amounts right-aligned", async () => {
      const page = await open({ width });
      // Money with "$", right-aligned under a right-aligned header.
      await expect(page.getByTestId("payout-total").textContent()).resolves.toBe("$542,788.68");
      const header = await page
        .getByTestId("detail")
        .locator("th")
        .filter({ hasText: "Amount" })
        .locator("span")
        .first()
        .evaluate((el) => {
          const r = document.createRange();
          r.selectNodeContents(el);
          return r.getBoundingClientRect().right;
        });
      const figure = await page
        .getByTestId("detail-amount")
        .first()
        .locator("span")
        .first()
        .evaluate((el) => {
          const r = document.createRange();
          r.selectNodeContents(el);
          return r.getBoundingClientRect().right;
        });
      expect(Math.abs(header - figure)).toBeLessThanOrEqual(12);

      // 4(b)(ii), the Chairmanship Period alone, without the Consulting Period's end.
      await enterCase(page, { scenario: "4b-ii", periods: "chairman", date: "2005-07-01" });
      await expect(messageOf(page, "consulting-end").textContent()).resolves.toMatch(
        /^Date the Consulting Period ended: 4\(b\)\(ii\) may end the Chairmanship Period alone only if the Consulting Period ended simultaneously or before/
      );
      // 4(d): the window says the Chairmanship Period alone may end until 2005-06-30.
      await enterCase(page, { scenario: "4d", periods: "both", date: "2004-08-01" });
      await expect(messageOf(page, "date").textContent()).resolves.toContain(
        "the Chairmanship Period alone may end until 2005-06-30"
      );

      // A choice typed wrong is named by its label; cleared, it is the default.
      await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
      const lag = page.getByLabel("Pay lag (pay-lag)");
      await lag.fill("abc");
      await expect(
        page.getByTestId("choice-pay-lag").locator(".btu-field__message").textContent()
      ).resolves.toBe(
        "Pay lag (pay-lag) must be a whole number of days from 0 to 31; you entered abc."
      );
      await lag.fill("");
      await expectTotal(page, "542,788.68");
      await expect(page.getByTestId("choices-in-force").textContent()).resolves.toBe(
        "In force: the register's defaults."
      );

      // The duress form: every error at once, in the field's words, percent as percent.
      await enterDuressB(page);
      await expectTotal(page, DURESS_B.total);
      await page.getByTestId("duress-portion").fill("150%");
      await page.getByTestId("duress-fmv").fill("0");
      await expect(messageOf(page, "duress-portion").textContent()).resolves.toBe(
        "Percentage of the lump sum taken in shares must be above 0% and at most 100%; you entered 150%."
      );
      await expect(messageOf(page, "duress-fmv").textContent()).resolves.toBe(
        "Fair market value per share must be a price per share above 0; you entered 0."
      );
      await page.getByTestId("duress-fmv").fill("$3.25");
      await page.getByTestId("duress-portion").fill("40%");
      await expectTotal(page, DURESS_B.total); // 40% is forty percent, as 0.4 is (issue 18: as DURESS_SHARES reads it)
      await expect(page.getByTestId("payout-shares").textContent()).resolves.toContain(
        `${DURESS_B.shares} worth $${DURESS_B.sharesValue}`
      );
      expect(await mainText(page)).not.toMatch(/fairMarketValue|consultingEndDate|, got /);
      await screenshot(page, `2-messages-${width}`);
    });

    test("3. the payment timeline compares cash to the executive with the agreement running its course; lump sums marked; both comparison bars labelled", async () => {
      const page = await open({ width });
      await enterCase(page, CASES[1]); // 4(b)(i), notice 2004-07-01
      await expectTotal(page, CASES[1].total);
      const summary = () => page.getByTestId("timeline-svg").getAttribute("aria-label");
      // Fees paid before (249,830.14 + 122,465.75 Chairman on schedule), earned but unpaid, the lump sum, the Chairman Fee continuing: 1,216,000.00, as without termination.
      await expect(summary()).resolves.toMatch(
        /This termination \(4\(b\)\(i\) on 2004-10-01\): \$1,216,000\.00 in cash, of which \$249,830\.14 in fees paid on schedule before the termination.*a lump sum of \$560,580\.82 on 2004-10-01.*\$400,000\.00 in fees of a period that continues.*No termination, the agreement running its course: \$1,216,000\.00/
      );
      expect(await page.getByTestId("timeline-lump-sum").count()).toBe(1);
      // 4(h): 343,726.03 paid before + 284,929.32 + the Chairman Fee 400,000.00 continuing = 1,028,655.35.
      await enterCase(page, CASES[3]);
      await expectTotal(page, CASES[3].total);
      await expect(summary()).resolves.toMatch(
        /\$1,028,655\.35 in cash.*continued fees \(4\(h\)\).*No termination, the agreement running its course: \$1,216,000\.00/
      );
      expect(await page.getByTestId("timeline-lump-sum").count()).toBe(0);
      // The comparison: every row labels its two bars.
      const rows = page.getByTestId("comparison-row");
      expect(await rows.count()).toBeGreaterThan(1);
      for (const bar of ["comparison-total", "comparison-pv"])
        expect(await page.getByTestId(bar).count()).toBe(await rows.count());
      await expect(page.getByTestId("comparison-total").first().textContent()).resolves.toMatch(
        /^Total\$[\d,]+\.\d\d$/
      );
      await expect(page.getByTestId("comparison-pv").first().textContent()).resolves.toMatch(
        /^PV 3%\$[\d,]+\.\d\d$/
      );
      // Each chart keeps its table.
      const show = page.getByRole("button", { name: "Show the data as a table" });
      expect(await show.count()).toBe(2);
      await show.first().click();
      const table = page.getByRole("table", { name: "Payment timeline data" });
      await expect(table.locator("tr").last().textContent()).resolves.toContain("$1,028,655.35");
      await screenshot(page, `3-charts-${width}`);
    });

    test("5. scenarios saved, listed, reopened, renamed, deleted and compared; undo of the last change", async () => {
      const page = await open({ width });
      await expectTotal(page, "542,788.68"); // 4(c)(i), notice 2004-07-01
      await page.getByTestId("scenario-name").fill("Executive resigns");
      await page.getByRole("button", { name: "Save the scenario" }).click();
      await enterCase(page, CASES[1]); // 4(b)(i)
      await expectTotal(page, CASES[1].total);
      await page.getByTestId("scenario-name").fill("Board ends it");
      await page.getByRole("button", { name: "Save the scenario" }).click();
      expect(await page.getByTestId("saved-scenario").count()).toBe(2);
      // Compare: 542,788.68 against 566,169.86; present values at 2004-10-01, 3%: 537,199.64 + 5,589.04 / 1.03^(3/365) = 542,787.32, and 560,580.82 + 5,587.68 = 566,168.50.
      const cmp = page.getByTestId("compare-table");
      await expect(cmp.getByTestId("compare-row").nth(0).textContent()).resolves.toBe(
        "Payout (PAYOUT)$542,788.68$566,169.86$23,381.18"
      );
      // Issue 21 item 4: the shares at their value come third (none here), the present value fourth.
      await expect(cmp.getByTestId("compare-row").nth(2).textContent()).resolves.toBe(
        "of which shares at their value$0.00$0.00$0.00"
      );
      await expect(cmp.getByTestId("compare-row").nth(3).textContent()).resolves.toBe(
        "Present value at 2004-10-01, 3%$542,787.32$566,168.50$23,381.18"
      );
      await expect(cmp.textContent()).resolves.toContain("4(c)(i): $537,199.64");
      await page.getByTestId("compare-rate").fill("0");
      await expect(cmp.getByTestId("compare-row").nth(3).textContent()).resolves.toBe(
        "Present value at 2004-10-01, 0%$542,788.68$566,169.86$23,381.18"
      );
      // Reopen, rename, delete.
      await page.getByRole("button", { name: "Open Executive resigns" }).click();
      await expectTotal(page, "542,788.68");
      expect(await page.getByLabel("Termination scenario").inputValue()).toBe("4c-i");
      await page.getByRole("button", { name: "Rename Executive resigns" }).click();
      await page.getByLabel("New name for Executive resigns").fill("Resignation, July notice");
      await page.getByRole("button", { name: "Rename", exact: true }).click();
      await page.getByRole("button", { name: "Open Resignation, July notice" }).waitFor();
      const stored = await page.evaluate(() => localStorage.getItem("btu.scenarios") ?? "");
      expect(stored).toContain("Resignation, July notice");
      await page.getByRole("button", { name: "Delete Board ends it" }).click();
      expect(await page.getByTestId("saved-scenario").count()).toBe(1);
      // Undo the last change to the form.
      await page.getByLabel("Termination scenario").selectOption("4h");
      await page.getByTestId("undo").click();
      expect(await page.getByLabel("Termination scenario").inputValue()).toBe("4c-i");
      await expectTotal(page, "542,788.68");
      await screenshot(page, `5-scenarios-${width}`);
    });

    test("6. the scenario memo prints on one or two pages, without form controls", async () => {
      const page = await open({ width });
      await page.getByRole("button", { name: "Add a tranche" }).click();
      await page.getByLabel("Vesting date 1").fill("2004-10-01");
      await page.getByLabel("Shares 1").fill("12500");
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByTestId("print-memo").click();
      await page.emulateMedia({ media: "print" });
      const memo = page.getByTestId("memo");
      await memo.waitFor({ state: "visible" });
      await expect(page.getByTestId("memo-total").textContent()).resolves.toBe("$542,788.68");
      await expect(memo.textContent()).resolves.toMatch(
        /Inputs.*Notice date2004-07-01.*Termination date2004-10-01.*4\(c\)\(i\).*Options.*2004-10-01.*Interpretation choices in force.*discount-method=simple \(in force\)/
      );
      expect(await page.getByTestId("memo-component").count()).toBe(2);
      const visibleControls = await page.evaluate(
        () =>
          [...document.querySelectorAll("input, select, button, textarea")].filter(
            (e) => (e as HTMLElement).getBoundingClientRect().width > 0
          ).length
      );
      expect(visibleControls).toBe(0);
      const pdf = (await page.pdf({ format: "Letter" })).toString("latin1");
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
      await screenshot(page, `6-memo-${width}`);
      await page.emulateMedia({ media: "screen" });
    });

    test("7. layout: nothing cut off, sections fold with the result near the top, plain header, focus to a new row, its errors once left, warnings for odd inputs", async () => {
      const page = await open({ width, folded: true });
      const overflow = () =>
        page.evaluate(() => {
          const w = document.documentElement.clientWidth;
          const cut = [...document.querySelectorAll("body *")].filter((e) => {
            const r = e.getBoundingClientRect();
            return r.right + window.scrollX > w + 0.5 && !e.closest("[role=region]");
          });
          return [
            document.documentElement.scrollWidth - w,
            ...cut.map((e) => `${e.tagName}.${e.className} ${(e.textContent ?? "").slice(0, 40)}`),
          ];
        });
      expect(await overflow()).toEqual([0]);
      // The scenario picker fits, its text is not cut.
      const fits = await page
        .getByTestId("scenario")
        .evaluate((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth);
      expect(fits).toBe(true);
      await expect(page.getByTestId("mode").textContent()).resolves.toBe(
        "Stand-alone calculator: downloads instead of insertion into a workbook. Settings and saved scenarios are kept in this browser."
      );
      // Sections fold; the result comes right after what happened.
      const order = await page.evaluate(() =>
        [...document.querySelectorAll("details[data-fold]")].map(
          (d) =>
            `${d.getAttribute("data-fold")}:${(d as HTMLDetailsElement).open ? "open" : "closed"}`
        )
      );
      expect(order.slice(0, 2)).toEqual(["h-scenario:open", "h-result:open"]);
      expect(order).toContain("h-choices:closed");
      await page.locator("summary").filter({ hasText: "Interpretation choices" }).click();
      await page.getByLabel("Pay anchor (pay-anchor)").waitFor();
      // A new tranche: focus moves into it, its errors wait until the user leaves the row.
      await page.getByRole("button", { name: "Add a tranche" }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(
        await page.getByLabel("Vesting date 1").getAttribute("id")
      );
      const row = page.getByRole("group", { name: "Tranche 1" });
      expect(await row.locator(".btu-field__message").count()).toBe(0);
      await page.getByLabel("Vesting date 1").fill("2002-12-01");
      await page.getByLabel("Shares 1").focus();
      expect(await row.locator(".btu-field__message").count()).toBe(0);
      await page.getByTestId("date").focus(); // leaves the row
      await expect(row.locator(".btu-field__message").allTextContents()).resolves.toEqual([
        "2002-12-01 is before the options were granted on 2002-12-17 (2(b)); check the date.",
        "Shares 1: enter the number of shares as a whole number above 0, e.g. 12,500.",
      ]);
      await page.getByLabel("Shares 1").fill("12500");
      // A pay anchor in 2010: legal, computed, and flagged.
      await page.getByLabel("Pay anchor (pay-anchor)").fill("2010-01-01");
      await page.getByTestId("payout-total").waitFor();
      await expect(
        page.getByTestId("choice-pay-anchor").locator(".btu-field__message").textContent()
      ).resolves.toMatch(/^2010-01-01 is outside the fee years 2003 to 2007 \(3\(a\)\)/);
      expect(await overflow()).toEqual([0]);
      await screenshot(page, `7-layout-${width}`);
    });

    test("axe-core finds no violation (any impact) with the saved scenarios compared and the choices open", async () => {
      const page = await open({ width });
      await page.getByTestId("scenario-name").fill("A");
      await page.getByRole("button", { name: "Save the scenario" }).click();
      await enterCase(page, CASES[1]);
      await page.getByTestId("scenario-name").fill("B");
      await page.getByRole("button", { name: "Save the scenario" }).click();
      await page.getByTestId("compare-table").waitFor();
      await page.getByTestId("duress-fmv").count(); // (no duress form under 4(b)(i))
      expect(await seriousViolations(page, true)).toEqual([]);
      await screenshot(page, `axe-${width}`);
    });
  });

  describe("settings in the workbook (issue 10 item 5)", () => {
    test("with ExcelApi 1.4, settings and saved scenarios go to context.workbook.settings, queued until sync, and come back on reopening", async () => {
      const page = await open({ width: 380, excel: {} });
      await enterCase(page, CASES[3]);
      await expectTotal(page, CASES[3].total);
      await page.getByTestId("scenario-name").fill("Disability");
      await page.getByRole("button", { name: "Save the scenario" }).click();
      await page.waitForFunction(() => {
        const s = (
          window as unknown as { __workbookSettings: Record<string, { scenario?: string }> }
        ).__workbookSettings;
        const list = s["btu.scenarios"] as { version?: number; items?: unknown[] } | undefined;
        // Format version 1 (issue 18): {version: 1, items: [...]}.
        return (
          s["btu.taskpane"]?.scenario === "4h" && list?.version === 1 && list.items?.length === 1
        );
      });
      const saved = await page.evaluate(() => {
        const w = window as unknown as {
          __workbookSettings: Record<string, unknown>;
          __excelSaves: number;
        };
        return { wb: w.__workbookSettings, commonSaves: w.__excelSaves };
      });
      expect(saved.commonSaves).toBe(0); // not the Common API
      const again = await open({ width: 380, excel: { workbookSettings: saved.wb } });
      expect(await again.getByLabel("Termination scenario").inputValue()).toBe("4h");
      await expectTotal(again, CASES[3].total);
      await again.getByRole("button", { name: "Open Disability" }).waitFor();
      await screenshot(again, "workbook-settings-380");
    });

    test("without ExcelApi 1.4, the Common API's document settings", async () => {
      const page = await open({ width: 380, excel: { requirementSets: ["ExcelApi 1.3"] } });
      await enterCase(page, CASES[1]);
      await expectTotal(page, CASES[1].total);
      await page.waitForFunction(
        () => (window as unknown as { __excelSaves: number }).__excelSaves > 0
      );
      const wb = await page.evaluate(
        () =>
          (window as unknown as { __workbookSettings: Record<string, unknown> }).__workbookSettings
      );
      expect(wb).toEqual({});
    });
  });
});
