/**
 * Issue 18, nothing crashes: two saved scenarios compared side by side, one
 * of them a Board's delay under 4(c)(i) whose (B) shares fall due before the
 * termination date, at 320, 380 and 1280 px (Excel's narrowest pane, the
 * default one, a wide window). Screenshots under test-results/pane/.
 *
 * The case: notice 2004-07-01 (T = 2004-10-01), the Board's notification
 * 2004-07-15, (B) 40% at $3.25 elected 2004-08-10, saved as "resign B";
 * 4(b)(i) at the same notice saved as "board 4bi". Figures worked by hand in
 * test/core/comparison-valuation.test.ts (and recomputed by LibreOffice in
 * test/oracle/issue18-comparison.test.ts):
 * - PAYOUT 542,788.68 (cash 5,589.04 earned but unpaid + the balance
 *   322,322.64 = 327,911.68; 66,116 shares x 3.25 = 214,877.00 due
 *   2004-08-24) against 566,169.86 (560,580.82 + 5,589.04): 23,381.18 more;
 *   cash 566,169.86 - 327,911.68 = 238,258.18 more.
 * - Value at 2004-10-01, 3% (register comparison-valuation=carry-forward):
 *   the shares carried forward 38 days, 214,877.00 x 1.03^(38/365) =
 *   215,539.27, the cash discounted: 535,886.20; 4(b)(i) 560,580.82 +
 *   5,589.04 / 1.03^(3/365) = 566,168.50; difference 30,282.30.
 */
import { Page } from "playwright-core";
import {
  describeInChromium,
  enterCase,
  enterResignBPlan,
  expectTotal,
  screenshot,
  seriousViolations,
  paneOnDemand,
  unfoldAll,
} from "./support";

const WIDTHS = [320, 380, 1280] as const;

const ROWS = [
  "Payout (PAYOUT)$542,788.68$566,169.86$23,381.18",
  "of which cash$327,911.68$566,169.86$238,258.18",
  // Issue 21 item 4: the shares at their value, 66,116 x 3.25 (4(c)(i)(B)); none under 4(b)(i).
  "of which shares at their value$214,877.00$0.00-$214,877.00",
  "Present value at 2004-10-01, 3%$535,886.20$566,168.50$30,282.30",
];

async function save(page: Page, name: string) {
  await page.getByTestId("scenario-name").fill(name);
  await page.getByRole("button", { name: "Save the scenario" }).click();
  await page.getByRole("button", { name: `Open ${name}`, exact: true }).waitFor();
}

const rowsShown = (page: Page) =>
  page.getByTestId("compare-table").getByTestId("compare-row").allTextContents();

/** Sideways overflow of the page, and elements running past its right edge (charts' scroll regions excepted). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const cut = [...document.querySelectorAll("[data-testid=compare] *")].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.right + window.scrollX > w + 0.5;
    });
    return [document.documentElement.scrollWidth - w, ...cut.map((e) => e.tagName)];
  });

/** Figures and words of the comparison broken over lines: a figure on more than one line, or a word split. */
const broken = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const table = document.querySelector("[data-testid=compare-table]") as HTMLElement;
    // Every figure on one line.
    for (const e of table.querySelectorAll("[data-testid=compare-row] span"))
      if (e.getClientRects().length > 1 || (e as HTMLElement).offsetHeight > 30)
        out.push(`figure ${e.textContent}`);
    // Every word on one line: a word's range has one rectangle.
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? "";
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(n, m.index ?? 0);
        range.setEnd(n, (m.index ?? 0) + m[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(`word ${m[0]}`);
      }
    }
    return out;
  });

describeInChromium("issue 18: saved scenarios compared, a (B) plan included, never a crash", () => {
  const open = paneOnDemand();

  describe.each(WIDTHS)("at %i px", (width) => {
    test("resign B against board 4bi: both side by side with the hand-worked figures; reloading shows no error", async () => {
      const page = await open({ width });
      await enterResignBPlan(page);
      await expectTotal(page, "542,788.68");
      // 4(c)(i)(B): the shares are due 2004-08-24, before the termination date 2004-10-01.
      await expect(page.getByTestId("shares-before-termination").textContent()).resolves.toMatch(
        /by 2004-08-24, while the termination date is 2004-10-01/
      );
      await save(page, "resign B");
      await enterCase(page, { scenario: "4b-i", date: "2004-07-01" });
      await expectTotal(page, "566,169.86");
      await save(page, "board 4bi");
      await page.getByTestId("compare-table").waitFor();
      expect(await rowsShown(page)).toEqual(ROWS);
      await expect(page.getByTestId("compare-before-date").textContent()).resolves.toMatch(
        /resign B: shares due by 2004-08-24.*comparison-valuation/
      );
      expect(await page.getByTestId("section-error").count()).toBe(0);
      expect(await overflow(page)).toEqual([0]);
      expect(await broken(page)).toEqual([]);
      await page.getByTestId("compare").scrollIntoViewIfNeeded();
      await screenshot(page, `18-compare-${width}`);
      await page.getByTestId("compare").screenshot({
        path: `test-results/pane/18-compare-only-${width}.png`,
      });

      // Reloading restores the saved scenarios (and the form) and compares them again: no error anywhere.
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName("btu-figures").length > 0);
      await unfoldAll(page);
      await page.getByTestId("compare-table").waitFor();
      expect(await rowsShown(page)).toEqual(ROWS);
      expect(await page.getByText("internal error").count()).toBe(0);
      expect(await page.getByTestId("undo").count()).toBe(1);

      // The every-scenario chart shows the chosen plan with its delay, and says so.
      await enterResignBPlan(page);
      await expectTotal(page, "542,788.68");
      await expect(page.getByTestId("comparison").textContent()).resolves.toMatch(
        /4\(c\)\(i\)[^$]*\(chosen, with the delay\)Total\$542,788\.68PV 3%\$535,886\.20/
      );
    });
  });

  test("a saved scenario that cannot be evaluated is listed as such, with Open and Delete; the others still compare", async () => {
    const page = await open({ width: 380 });
    await save(page, "resign A");
    await enterCase(page, { scenario: "4b-i", date: "2004-07-01" });
    await expectTotal(page, "566,169.86");
    await save(page, "board 4bi");
    // A date outside every window: the form shows no figures, the scenario is saved as typed.
    await page.getByTestId("date").fill("2009-01-01");
    await page.getByTestId("no-result").waitFor();
    await save(page, "too late");
    await page.getByRole("checkbox", { name: "too late" }).check();
    const warning = page.getByTestId("compare-broken");
    await expect(warning.textContent()).resolves.toMatch(/^too late cannot be evaluated: /);
    expect(await page.getByTestId("compare-table").getByTestId("compare-row").count()).toBe(4);
    await warning.getByRole("button", { name: "Delete too late" }).click();
    expect(await page.getByTestId("compare-broken").count()).toBe(0);
    expect(await page.getByTestId("saved-scenario").count()).toBe(2);
    expect(await seriousViolations(page, true)).toEqual([]);
  });

  test("three scenarios side by side: each difference from the first", async () => {
    const page = await open({ width: 1280 });
    await enterResignBPlan(page);
    await expectTotal(page, "542,788.68");
    await save(page, "resign B");
    await enterCase(page, { scenario: "4b-i", date: "2004-07-01" });
    await expectTotal(page, "566,169.86");
    await save(page, "board 4bi");
    // 4(c)(i) without the delay: 542,788.68, all cash.
    await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
    await page
      .getByRole("switch", { name: "The Board delayed the lump sum for financial duress" })
      .uncheck();
    await expectTotal(page, "542,788.68");
    await page.getByTestId("shares-before-termination").waitFor({ state: "detached" });
    await save(page, "resign");
    await page.getByRole("checkbox", { name: "resign", exact: true }).check();
    expect((await rowsShown(page)).slice(0, 2)).toEqual([
      "Payout (PAYOUT)$542,788.68$566,169.86$542,788.68$23,381.18$0.00",
      "of which cash$327,911.68$566,169.86$542,788.68$238,258.18$214,877.00",
    ]);
    await screenshot(page, "18-compare-three-1280");
  });
});
