/**
 * Issue 18, "nothing lost, nothing crashes": the pane reads typed text as the
 * functions do (the core's readNumber/readDate) and says beside each field
 * what it read; ambiguous text (3,125; 7/4/2004) is refused with both
 * readings; a date can be picked from Fluent's calendar; the sensitivity
 * table reads at 320, 380 and 1280 px without sideways scrolling or words
 * broken inside; inside an Office frame the pane says it is waiting for
 * Excel, and why it fell back to stand-alone; the first view says it is an
 * example; chart keys stay visible in high contrast. Figures: DURESS_B of
 * ./figures, worked by hand (4(c)(i)(B): 40% at $3.25 elected 2004-11-30).
 */
import { Page } from "playwright-core";
import { DURESS_B } from "./figures";
import {
  describeInChromium,
  enterDuressB,
  expectTotal,
  Pane,
  screenshot,
  seriousViolations,
  sharedPane,
} from "./support";

const IN_OFFICE = "?_host_Info=Excel$Win32$16.01$en-US$$$$0";

/** The message under the field with the given test id. */
const messageOf = (page: Page, testId: string) =>
  page
    .locator(".btu-field")
    .filter({ has: page.getByTestId(testId) })
    .last()
    .locator(".btu-field__message");

describeInChromium("issue 18: typed text read as the functions read it", () => {
  const shared = sharedPane();
  const opened: Pane[] = [];
  const open = async (opts: Parameters<typeof shared.open>[0] = {}) => {
    const p = await shared.open(opts);
    opened.push(p);
    return p;
  };
  afterEach(async () => {
    for (const p of opened.splice(0)) {
      const problems = p.problems.filter(
        (x) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(x)
      );
      await p.close();
      expect(problems).toEqual([]);
    }
  });

  test("4(c)(i)(B): the fields echo what they read ($3.25, 40%, 2004-11-30); 0.4 is 40% as in DURESS_SHARES", async () => {
    const { page } = await open({ width: 380 });
    await enterDuressB(page);
    await expectTotal(page, DURESS_B.total);
    await expect(page.getByTestId("duress-fmv-read").textContent()).resolves.toBe("Read as $3.25");
    await expect(page.getByTestId("duress-portion-read").textContent()).resolves.toBe(
      "Read as 40%"
    );
    // The same portion as a fraction, and the election date as US M/D/YYYY (the day above 12): the same figures.
    await page.getByTestId("duress-portion").fill("0.4");
    await page.getByTestId("duress-election").fill("11/30/2004");
    await expectTotal(page, DURESS_B.total);
    await expect(page.getByTestId("duress-portion-read").textContent()).resolves.toBe(
      "Read as 40%"
    );
    await expect(page.getByTestId("duress-election-read").textContent()).resolves.toBe(
      "Read as 2004-11-30"
    );
    await page.getByTestId("duress-fmv").fill("$3.25");
    await expectTotal(page, DURESS_B.total);
    await screenshot(page, "18-echo-380");
  });

  test('"3,125" for the fair market value is refused with both readings, and no figures are shown', async () => {
    const { page } = await open({ width: 320 });
    await enterDuressB(page);
    await page.getByTestId("duress-fmv").fill("3,125");
    const message = messageOf(page, "duress-fmv");
    await message.filter({ hasText: "ambiguous" }).waitFor();
    const text = (await message.textContent()) ?? "";
    expect(text).toContain("$3,125.00 with a comma separating thousands");
    expect(text).toContain("$3.125 with a decimal comma");
    // No shares until the price is read (the delay's figures wait for every fact, as for a missing election date).
    await page.getByTestId("payout-shares").waitFor({ state: "detached" });
    // A plain 40 is forty times the whole: read as 4000%, refused by 4(c)(i)(B)'s "portion".
    await page.getByTestId("duress-fmv").fill("3.25");
    await page.getByTestId("duress-portion").fill("40");
    await page.getByTestId("duress-portion-read").filter({ hasText: "Read as 4000%" }).waitFor();
    await messageOf(page, "duress-portion")
      .filter({
        hasText:
          "Percentage of the lump sum taken in shares must be above 0% and at most 100%; you entered 4000%.",
      })
      .waitFor();
    await screenshot(page, "18-refused-320");
  });

  test("dates: 7/4/2004 is refused with both readings; the calendar writes YYYY-MM-DD into the field", async () => {
    const { page } = await open({ width: 380 });
    await page.getByTestId("date").fill("7/4/2004");
    await messageOf(page, "date")
      .filter({ hasText: "2004-07-04 read month first" })
      .filter({ hasText: "2004-04-07 read day first" })
      .waitFor();
    await page.getByTestId("date").fill("2004-07-01");
    await page.getByTestId("date-pick").click();
    const day = page.getByRole("button", { name: /^15, July, 2004/ });
    await day.waitFor();
    await page.screenshot({ path: "test-results/pane/18-calendar-380.png" });
    expect(await seriousViolations(page)).toEqual([]);
    await day.click();
    await expect(page.getByTestId("date").inputValue()).resolves.toBe("2004-07-15");
    // Focus back on the calendar button, the typed text still works.
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
    ).resolves.toBe("date-pick");
    await page.getByTestId("date").fill("7/15/2004");
    await expect(page.getByTestId("date-read").textContent()).resolves.toBe("Read as 2004-07-15");
  });

  test("the first view says it is an example until a field is changed", async () => {
    const { page } = await open({ width: 320 });
    await page.getByTestId("example-note").waitFor();
    await page.getByTestId("date").fill("2004-07-02");
    await page.getByTestId("example-note").waitFor({ state: "detached" });
  });

  describe.each([320, 380, 1280])("the sensitivity table at %i px", (width) => {
    test("no sideways scrolling, no word broken inside, every header fits", async () => {
      const { page } = await open({ width });
      await page.getByTestId("sensitivity").scrollIntoViewIfNeeded();
      const layout = await page.evaluate(() => {
        const el = document.scrollingElement as Element;
        const table = document.querySelector("[data-testid=sensitivity]") as HTMLElement;
        const cells = [...table.querySelectorAll("th, td")] as HTMLElement[];
        const styles = cells.map((c) => getComputedStyle(c));
        return {
          page: [el.scrollWidth, el.clientWidth],
          table: [table.scrollWidth, table.clientWidth],
          breaking: styles.filter((s) => s.overflowWrap !== "normal" || s.wordBreak !== "normal")
            .length,
          headersCut: cells
            .filter((c) => c.tagName === "TH")
            .filter((c) => c.scrollWidth > c.clientWidth).length,
          cells: cells.length,
        };
      });
      expect(layout.cells).toBeGreaterThan(6);
      expect(layout.page[0]).toBeLessThanOrEqual(layout.page[1]);
      expect(layout.table[0]).toBeLessThanOrEqual(layout.table[1]);
      expect(layout.breaking).toBe(0);
      expect(layout.headersCut).toBe(0);
      await page.getByTestId("sensitivity").screenshot({
        path: `test-results/pane/18-sensitivity-${width}.png`,
      });
      if (width === 320) expect(await seriousViolations(page)).toEqual([]);
    });
  });

  test("inside an Office frame whose Office.onReady never resolves: 'Waiting for Excel…' after a few seconds", async () => {
    const { page } = await open({
      excel: { readyDelayMs: 2 ** 31 - 1 },
      width: 320,
      query: IN_OFFICE,
      noWait: true,
    });
    expect(await page.getByTestId("waiting-for-excel").count()).toBe(0);
    await page.getByTestId("waiting-for-excel").waitFor({ timeout: 8000 });
    await expect(page.getByTestId("waiting-for-excel").textContent()).resolves.toContain(
      "Waiting for Excel…"
    );
    // (axe is run on the pane itself; this page's only content is the spinner, whose animation never ends.)
    await expect(page.getByRole("status").count()).resolves.toBe(1);
    await screenshot(page, "18-waiting-320");
  });

  test("inside an Office frame without office.js: stand-alone, and the pane says why", async () => {
    const { page } = await open({ offline: true, query: IN_OFFICE });
    await expect(page.getByTestId("fallback-reason").textContent()).resolves.toContain(
      "office.js is not available (offline or blocked)"
    );
    await expect(page.getByTestId("mode").textContent()).resolves.toContain(
      "Stand-alone calculator"
    );
  });

  test("a plain browser: stand-alone without a fall-back warning", async () => {
    const { page } = await open();
    expect(await page.getByTestId("fallback-reason").count()).toBe(0);
  });

  test("forced colours (Windows high contrast) and Office's dark theme: the chart keys keep their colour", async () => {
    const swatches = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll("figure ul li span[aria-hidden=true]")].map((s) => {
          const cs = getComputedStyle(s);
          return { bg: cs.backgroundColor, adjust: cs.getPropertyValue("forced-color-adjust") };
        })
      );
    const { page } = await open({ width: 380 });
    await page.emulateMedia({ forcedColors: "active" });
    const forced = await swatches(page);
    expect(forced.length).toBeGreaterThan(1);
    for (const s of forced) {
      expect(s.adjust).toBe("none");
      expect(s.bg).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
    }
    // Two keys of different series do not look the same.
    expect(new Set(forced.map((s) => s.bg)).size).toBeGreaterThan(1);
    await screenshot(page, "18-forced-colors-380");
    const dark = await open({ width: 380, excel: { officeBackground: "#262626" } });
    const page2 = dark.page;
    const body = await page2.evaluate(
      () =>
        getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor
    );
    for (const s of await swatches(page2)) expect(s.bg).not.toBe(body);
  });
});
