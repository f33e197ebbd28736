/**
 * Issue 21 item 4: the pane's ledger section in Chromium, at 320 px (Excel's default task pane)
 * and 1280 px: the tax split, the by-year table and its calendar / contract switch, what is owed
 * at a chosen date and the month-end roll-forward, and the memo's summaries; nothing scrolls
 * sideways at 320.
 *
 * The case, a (B) plan across 2004-2006 (figures worked by hand in test/taskpane/ledger.test.ts):
 * notice 2004-11-01 (T = 2005-02-01), the Board's notification 2004-11-15, (B) 40% at $3.25 elected
 * 2004-11-30: 58,314 shares x 3.25 = 189,520.50 transferred by 2004-12-14, fees earned but unpaid
 * 3,912.33 and the cash balance 284,287.80 bi-weekly from 2005-02-07; PAYOUT 477,720.63, all 3(a)'s
 * non-employee compensation (Form 1099).
 * - Calendar years: 2004 189,520.50; 2005 3,912.33 + 183,879.46 = 187,791.79; 2006 100,408.34.
 * - Contract years (3(b)): 2004-05 275,591.74; 2005-06 202,128.89.
 * - Owed at the end of T 2005-02-01: 3,912.33 + 284,287.80 = 288,200.13; at 2005-12-31, after the pay
 *   date 2005-12-26: 284,287.80 - 183,879.46 = 100,408.34.
 * - Roll-forward: November 2004 opens at 0, the shares 189,520.50 arise on the election 2004-11-30
 *   (4(c)(i)(B), register amounts-arise), nothing paid, closing 189,520.50.
 */
import { Page } from "playwright-core";
import {
  describeInChromium,
  expectTotal,
  paneOnDemand,
  paneShown,
  screenshot,
  unfoldAll,
} from "./support";

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function enterPlan(page: Page) {
  await page.getByLabel("Termination scenario").selectOption("4c-i");
  await page.getByTestId("date").fill("2004-11-01");
  await page
    .getByRole("switch", { name: "The Board delayed the lump sum for financial duress" })
    .check();
  await page.getByTestId("duress-notification").fill("2004-11-15");
  await page.getByRole("radio", { name: /^\(B\) All or part of the lump sum in shares/ }).check();
  await page.getByTestId("duress-portion").fill("40%");
  await page.getByTestId("duress-fmv").fill("3.25");
  await page.getByTestId("duress-election").fill("2004-11-30");
  await expectTotal(page, "477,720.63");
}

const rows = (page: Page, id: string) => page.getByTestId(`${id}-row`).allTextContents();

describeInChromium("the ledger section (issue 21 item 4)", () => {
  const open = paneOnDemand();

  for (const width of [320, 1280] as const)
    test(`at ${width} px: tax split, years with the switch, owed at a date, roll-forward; nothing scrolls sideways`, async () => {
      const page = await open({ width });
      await enterPlan(page);
      const ledger = page.getByTestId("ledger");
      await ledger.scrollIntoViewIfNeeded();

      // (a) the tax split: one treatment, labelled with its text and clause, and the note.
      const tax = await rows(page, "ledger-tax");
      expect(tax).toHaveLength(1);
      expect(tax[0]).toMatch(
        /^\$477,720\.63 Non-employee compensation: no withholding \(3\(a\)\), Form 1099 \(clause 3\(a\)\): cash \$288,200\.13, shares at their value \$189,520\.50$/
      );
      await expect(page.getByTestId("ledger-tax-note").textContent()).resolves.toMatch(
        /computes no tax/
      );

      // (b) the years, calendar by default; the switch to contract years changes the table.
      const calendar = await rows(page, "ledger-years");
      expect(calendar.map((t) => t.match(/\d{4}(-\d\d)?/)?.[0])).toEqual(["2004", "2005", "2006"]);
      expect(calendar[0]).toContain("$189,520.50");
      expect(calendar[1]).toContain("$187,791.79");
      expect(calendar[2]).toContain("$100,408.34");
      await expect(page.getByTestId("ledger-years-total").textContent()).resolves.toContain(
        "$477,720.63"
      );
      expect(await overflow(page)).toBe(0);
      await page.getByRole("radio", { name: /^Contract years, July 1 - June 30/ }).check();
      await page.getByTestId("ledger-years-row").filter({ hasText: "2004-05" }).waitFor();
      const contract = await rows(page, "ledger-years");
      expect(contract).toHaveLength(2);
      expect(contract[0]).toMatch(/2004-05.*\$275,591\.74/);
      expect(contract[1]).toMatch(/2005-06.*\$202,128\.89/);
      expect(await overflow(page)).toBe(0);

      // (c) owed at a date: the termination date by default; another date changes the figure; a bad one is told.
      await expect(page.getByTestId("ledger-as-of").inputValue()).resolves.toBe("2005-02-01");
      await expect(page.getByTestId("ledger-owed").textContent()).resolves.toBe("$288,200.13");
      await page.getByTestId("ledger-as-of").fill("2005-12-31");
      await page.getByTestId("ledger-owed").filter({ hasText: "$100,408.34" }).waitFor();
      await page.getByTestId("ledger-as-of").fill("2005-13-01");
      await page.getByText(/The as-of date: 2005-13-01 is not a day of the calendar/).waitFor();
      expect(await page.getByTestId("ledger-owed").count()).toBe(0);
      await page.getByTestId("ledger-as-of").fill("2005-02-01");
      await page.getByTestId("ledger-owed").filter({ hasText: "$288,200.13" }).waitFor();

      // (d) the roll-forward: November 2004, the shares elected.
      const roll = await rows(page, "ledger-roll");
      expect(roll[0]).toMatch(/2004-11-30.*\$0\.00.*\$189,520\.50.*\$0\.00.*\$189,520\.50/);
      expect(roll.length).toBeGreaterThan(12);
      expect(await overflow(page)).toBe(0);
      await screenshot(page, `ledger-${width}`);
    });

  test("the year basis and the as-of date come back with the pane (kept in its settings), and the memo's years follow the basis", async () => {
    const page = await open({ width: 1280 });
    await enterPlan(page);
    await page.getByTestId("ledger").scrollIntoViewIfNeeded();
    await page.getByRole("radio", { name: /^Contract years, July 1 - June 30/ }).check();
    await page.getByTestId("ledger-as-of").fill("2005-12-31");
    await page.getByTestId("ledger-owed").filter({ hasText: "$100,408.34" }).waitFor();
    // Saved in this browser (stand-alone), then the pane opened again.
    await page.waitForFunction(
      () => JSON.parse(localStorage.getItem("btu.taskpane") ?? "{}").ledger?.asOf === "2005-12-31"
    );
    await page.reload();
    await paneShown(page);
    await unfoldAll(page);
    await expectTotal(page, "477,720.63");
    await expect(
      page.getByRole("radio", { name: /^Contract years, July 1 - June 30/ }).isChecked()
    ).resolves.toBe(true);
    await page.getByTestId("ledger-years-row").filter({ hasText: "2004-05" }).waitFor();
    await expect(page.getByTestId("ledger-as-of").inputValue()).resolves.toBe("2005-12-31");
    await page.getByTestId("ledger-owed").filter({ hasText: "$100,408.34" }).waitFor();
    // The memo's years on the same basis: 2004-05 and 2005-06, as the ledger shows them.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId("print-memo").click();
    await page.emulateMedia({ media: "print" });
    await page.getByTestId("memo").waitFor({ state: "visible" });
    await expect(page.getByTestId("memo-section-by-year").textContent()).resolves.toMatch(
      /^Payout by contract year \(PAYOUT_BY_YEAR\)/
    );
    const years = await page.getByTestId("memo-year-row").allTextContents();
    expect(years.map((t) => t.slice(0, 7))).toEqual(["2004-05", "2005-06"]);
    expect(years[0]).toContain("$275,591.74");
    await page.emulateMedia({ media: "screen" });
    // A new termination date puts the as-of default (the termination date) back.
    await page.getByTestId("date").fill("2004-11-02");
    await expect(page.getByTestId("ledger-as-of").inputValue()).resolves.not.toBe("2005-12-31");
  });

  test("the memo shows the payout by tax treatment and by calendar year, money with its $ sign", async () => {
    const page = await open({ width: 1280 });
    await enterPlan(page);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId("print-memo").click();
    await page.emulateMedia({ media: "print" });
    await page.getByTestId("memo").waitFor({ state: "visible" });
    const tax = await page.getByTestId("memo-tax-row").allTextContents();
    expect(tax).toEqual([
      "Non-employee compensation: no withholding (3(a)), Form 10993(a)$477,720.63",
    ]);
    await expect(page.getByTestId("memo-section-tax-treatment").textContent()).resolves.toMatch(
      /computes no tax/
    );
    const years = await page.getByTestId("memo-year-row").allTextContents();
    expect(years.map((t) => t.slice(0, 4))).toEqual(["2004", "2005", "2006"]);
    expect(years[1]).toContain("$187,791.79");
    await expect(page.getByTestId("memo-section-by-year").textContent()).resolves.toMatch(
      /Payout by calendar year \(PAYOUT_BY_YEAR\).*Total \(PAYOUT\)\$288,200\.13\$189,520\.50\$477,720\.63\$477,720\.63/
    );
    await page.emulateMedia({ media: "screen" });
  });
});
