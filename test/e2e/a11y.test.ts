/**
 * Accessibility and layout of the built pane: axe-core finds no serious or
 * critical violation (initial view, a result view with every part open, the
 * clause dialog); the scenario can be chosen and the result reached with the
 * keyboard only; at the default task pane width (320 px) the page does not
 * scroll sideways.
 */
import { Page } from "playwright-core";
import {
  describeInChromium,
  enterCase,
  expectTotal,
  Pane,
  seriousViolations,
  sharedPane,
} from "./support";

/** A result view with everything shown: tranches, financial duress (B), both charts' data tables. */
async function fullResult(page: Page): Promise<void> {
  await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
  await page.getByRole("button", { name: "Add a tranche" }).click();
  await page.getByLabel("Vesting date 1").fill("2004-10-01");
  await page.getByLabel("Shares 1").fill("12500");
  await page.getByText("The Board delayed the lump sum for financial duress").click();
  await page.getByTestId("duress-notification").fill("2004-07-15");
  await page.getByText("(B) All or part of the lump sum in shares").click();
  await page.getByTestId("duress-fmv").fill("2.15");
  await page.getByTestId("duress-election").fill("2004-08-02"); // required under (B)
  await expectTotal(page, "542,788.68");
  await page.getByTestId("payout-shares").waitFor(); // the shares apart in the headline, and in the timeline
  await page.getByTestId("timeline-shares").waitFor();
  const show = page.getByRole("button", { name: "Show the data as a table" });
  while ((await show.count()) > 0) await show.first().click();
  await page.getByRole("button", { name: /Show the \d+ payments/ }).click();
  await page.getByText("Show every interpretation choice").click();
  await page.getByTestId("sensitivity").waitFor(); // what each reading costs, in the choices
  // 3(c)(iii): the split-dollar section open, with its figures and the buy-out readings table.
  await page.getByRole("button", { name: "Show the split-dollar buy-out" }).click();
  await page.getByTestId("sd-cash-value-jan2003").fill("400000");
  await page.getByTestId("sd-cash-value").fill("500000");
  await page.getByTestId("sd-birth").fill("1940-05-01");
  await page.getByTestId("sd-buyout").fill("2005-01-01");
  await page.getByTestId("sd-table").selectOption("own");
  await page.getByTestId("sd-rows").fill("64\t21.8");
  await page.getByTestId("sd-buyouts").waitFor();
}

describeInChromium("task pane accessibility and layout", () => {
  const shared = sharedPane();
  let pane: Pane;

  afterEach(async () => {
    await pane?.close();
  });

  test("axe-core: no serious or critical violations on the initial view", async () => {
    pane = await shared.open();
    expect(await seriousViolations(pane.page)).toEqual([]);
  });

  test("axe-core: no serious or critical violations on a full result view, an invalid input, the clause dialog", async () => {
    pane = await shared.open();
    const page = pane.page;
    await fullResult(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("date").fill("2004-06-30");
    await page.getByTestId("no-result").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole("button", { name: "Clause 4(c)(i): show the agreement's text" })
      .first()
      .click();
    await page.getByRole("dialog").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("keyboard only: choose the scenario, type the notice date, reach the result and a clause text", async () => {
    pane = await shared.open();
    const page = pane.page;
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.getAttribute("data-testid") ??
          document.activeElement?.getAttribute("aria-label") ??
          document.activeElement?.tagName
      );
    // Past the header's buttons (undo, print) and the section's fold to the scenario picker.
    for (let i = 0; i < 4 && (await focused()) !== "scenario"; i++)
      await page.keyboard.press("Tab");
    expect(await focused()).toBe("scenario");
    // From 4(c)(i) up two entries to 4(b)(i).
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await page.getByLabel("Termination scenario").inputValue()).toBe("4b-i");
    await page.keyboard.press("Tab"); // the clause link beside the picker
    expect(await focused()).toBe("Clause 4(b)(i): show the agreement's text");
    await page.keyboard.press("Enter");
    await page
      .getByRole("dialog")
      .filter({ hasText: "(i) Beginning on July 1, 2004, the Board may elect" })
      .waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    expect(await focused()).toBe("Clause 4(b)(i): show the agreement's text"); // focus is back where it was
    await page.keyboard.press("Tab"); // the notice date
    expect(await focused()).toBe("date");
    await page.keyboard.type("2004-08-02"); // typed as the field shows dates: YYYY-MM-DD
    expect(await page.getByTestId("date").inputValue()).toBe("2004-08-02");
    await expectTotal(page, "542,695.89"); // 4(b)(i) on 2004-11-02: nothing unpaid (paid 2004-11-01); 816,000 - (204,000 + 204,000 x 124/365)
    // Tab on until the focus is inside the result.
    let inResult = false;
    for (let i = 0; i < 30 && !inResult; i++) {
      await page.keyboard.press("Tab");
      // (past the section's fold, whose Enter would fold the result away)
      inResult = await page.evaluate(
        () =>
          !!document.activeElement?.closest("[data-testid=result]") &&
          document.activeElement?.tagName !== "SUMMARY"
      );
    }
    expect(inResult).toBe(true);
    await page.keyboard.press("Enter"); // a clause link of the result
    await page.getByRole("dialog").waitFor();
  });

  test("at 320 px wide (the default task pane) nothing scrolls sideways", async () => {
    pane = await shared.open({ width: 320 });
    const page = pane.page;
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
    expect(await overflow()).toBe(0);
    await fullResult(page);
    expect(await overflow()).toBe(0);
    for (const c of [
      { scenario: "4h", date: "2005-03-15", disabilityFirst: "2004-11-01" },
      { scenario: "4b-ii", periods: "chairman", date: "2005-07-01", consultingEnd: "2005-06-30" },
      { scenario: "4g", date: "2003-06-29" },
      { scenario: "4e", date: "2004-10-01" },
      { scenario: "4a", periods: "both", date: "2003-05-01" },
    ]) {
      await enterCase(page, c);
      await page.getByTestId("payout-total").waitFor();
      expect(await overflow()).toBe(0);
    }
  });
});
