/**
 * 3(c)(iii), the split-dollar buy-out, in the task pane: stand-alone (the
 * figures, the life table read, every discount reading, messages at the
 * field, the user's own table, settings kept) and in Excel (the live block).
 *
 * Hand-worked figures (not computed by the code under test):
 * - Company Interest: 500,000 x 232,000 / 400,000 = 290,000.00 (3(c)(iii)(A)).
 * - Born 1940-05-01, buy-out 2005-01-01: age 64 last birthday; IRS Single
 *   Life Table (2002), age 64: 21.8 years (26 CFR 1.401(a)(9)-9, Q&A-1;
 *   shared/life-tables/irs-single-life-2002.tsv). Nearest birthday: six
 *   months past 2004-05-01 is 2004-11-01, so age 65: 21.0 years.
 * - Compound: 290,000 / 1.03^21.8 = 152,246.2132127512... -> 152,246.21
 *   (Python decimal at 60 digits and bc -l at scale 40 agree).
 * - Simple: 290,000 x (1 - 0.03 x 21.8) = 290,000 x 0.346 = 100,340.00;
 *   simple less compound = -51,906.21.
 */
import { Page } from "playwright-core";
import { FakeWrite } from "./fake-office";

const dateCell = (isoDate: string): string =>
  `=DATE(${+isoDate.slice(0, 4)},${+isoDate.slice(5, 7)},${+isoDate.slice(8, 10)})`;
import { describeInChromium, excelWrites, panePerTest, sharedPane } from "./support";

const CASE = {
  cashValueJan2003: "400,000",
  cashValue: "500000",
  birth: "1940-05-01",
  buyout: "2005-01-01",
  table: "irs-single-life-2002",
  interest: "290,000.00",
  years: "21.8",
  compound: "152,246.21",
  simple: "100,340.00",
  simpleLessCompound: "-51,906.21",
};

async function enterSplitDollar(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Show the split-dollar buy-out" }).click();
  await page.getByTestId("sd-cash-value-jan2003").fill(CASE.cashValueJan2003);
  await page.getByTestId("sd-cash-value").fill(CASE.cashValue);
  await page.getByTestId("sd-birth").fill(CASE.birth);
  await page.getByTestId("sd-buyout").fill(CASE.buyout);
  await page.getByTestId("sd-table").selectOption(CASE.table);
}

const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? "").trim();
const reading = (page: Page, method: string) =>
  page.locator(`[data-testid=sd-buyout-row][data-method="${method}"]`);
/** The validation message in the field (fields.tsx) holding the input `testId`. */
const messageAt = (page: Page, testId: string) =>
  page
    .locator(".btu-field")
    .filter({ has: page.getByTestId(testId) })
    .locator(".btu-field__message");

describeInChromium("task pane: the split-dollar buy-out (3(c)(iii))", () => {
  let page: Page;
  panePerTest((p) => {
    page = p.page;
  });

  test("the Company Interest, the life expectancy read and the buy-out under each reading", async () => {
    const toggle = page.getByTestId("split-dollar-toggle");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByTestId("split-dollar").count()).toBe(0);
    await enterSplitDollar(page);
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    // The agreement's $232,000 is the default Company Interest on 2003-01-01.
    expect(await page.getByTestId("sd-company-interest-jan2003").inputValue()).toBe("232,000.00");

    await page.getByTestId("sd-interest").filter({ hasText: CASE.interest }).waitFor();
    expect(await text(page, "sd-years")).toBe(CASE.years);
    expect(await text(page, "sd-age")).toBe("age last birthday 64");
    expect(await text(page, "sd-table-name")).toBe("IRS Single Life Table (2002), unisex");
    expect(await text(page, "sd-table-source")).toContain("26 CFR 1.401(a)(9)-9, Q&A-1");

    const compound = reading(page, "compound");
    expect(await compound.getAttribute("data-in-force")).toBe("true");
    await expect(compound.textContent()).resolves.toContain("in force");
    await expect(compound.getByTestId("sd-price").textContent()).resolves.toBe(`$${CASE.compound}`);
    await expect(compound.getByTestId("sd-difference").textContent()).resolves.toBe("$0.00");
    const simple = reading(page, "simple");
    expect(await simple.getAttribute("data-in-force")).toBe("false");
    await expect(simple.getByTestId("sd-price").textContent()).resolves.toBe(`$${CASE.simple}`);
    await expect(simple.getByTestId("sd-difference").textContent()).resolves.toBe(
      CASE.simpleLessCompound.replace("-", "-$")
    );
    const align = await simple
      .getByTestId("sd-price")
      .locator("span")
      .evaluate((e) => getComputedStyle(e).textAlign);
    expect(align).toBe("right");

    // The age basis is the register's life-expectancy-age: nearest birthday reads age 65.
    await page.getByTestId("sd-basis").selectOption("nearest-birthday");
    await page.getByTestId("sd-years").filter({ hasText: "21.0" }).waitFor();
    expect(await text(page, "sd-age")).toMatch(/^age nearest birthday 65/);
    await page.getByTestId("sd-basis").selectOption("last-birthday");
    await page.getByTestId("sd-years").filter({ hasText: CASE.years }).waitFor();

    // A top-up increase shared by the Insured Interest alone: (500,000 - 100,000) x 232,000 / 400,000 = 232,000.00.
    await page.getByTestId("sd-insured-only").fill("100,000");
    await page.getByTestId("sd-interest").filter({ hasText: "232,000.00" }).waitFor();
  });

  test("messages are the core's, at the field they concern", async () => {
    await enterSplitDollar(page);
    await page.getByTestId("sd-interest").waitFor();
    await page.getByTestId("sd-cash-value-jan2003").fill("100000");
    await expect(messageAt(page, "sd-cash-value-jan2003").textContent()).resolves.toMatch(
      /cashValueJan2003 must be at least the Company Interest on 2003-01-01 \(232000\)/
    );
    expect(await page.getByTestId("sd-interest").count()).toBe(0);
    expect(await page.getByTestId("sd-buyouts").count()).toBe(0);
    await page.getByTestId("sd-cash-value-jan2003").fill(CASE.cashValueJan2003);
    await page.getByTestId("sd-interest").filter({ hasText: CASE.interest }).waitFor();

    await page.getByTestId("sd-buyout").fill("1939-01-01");
    await expect(messageAt(page, "sd-birth").textContent()).resolves.toMatch(
      /birthDate 1940-05-01 must be before asOfDate 1939-01-01/
    );
    await page.getByTestId("sd-buyout").fill(CASE.buyout);

    await page.getByTestId("sd-table").selectOption("");
    await expect(messageAt(page, "sd-table").textContent()).resolves.toContain(
      "register life-table"
    );
  });

  test("the user's own table, typed or pasted as rows", async () => {
    await enterSplitDollar(page);
    await page.getByTestId("sd-table").selectOption("own");
    await page.getByTestId("sd-rows").fill("Age\tYears\n63\t22.7\n64\t21.8\n65\t21.0\n");
    await page.getByTestId("sd-years").filter({ hasText: CASE.years }).waitFor();
    expect(await text(page, "sd-table-name")).toBe("your own table");
    await expect(reading(page, "compound").getByTestId("sd-price").textContent()).resolves.toBe(
      `$${CASE.compound}`
    );
    // No row for age 64: the core's message, at the rows.
    await page.getByTestId("sd-rows").fill("63\t22.7\n65\t21.0");
    await expect(messageAt(page, "sd-rows").textContent()).resolves.toMatch(/no row for age 64/);
    await page.getByTestId("sd-rows").fill("64 twenty");
    await expect(messageAt(page, "sd-rows").textContent()).resolves.toMatch(/^Row 1 must be/);
  });

  test("the split-dollar facts are kept with the other settings", async () => {
    await enterSplitDollar(page);
    await page.getByTestId("sd-interest").waitFor();
    await page.waitForFunction(() =>
      (localStorage.getItem("btu.taskpane") ?? "").includes('"table":"irs-single-life-2002"')
    );
    await page.reload();
    await page.getByTestId("sd-interest").filter({ hasText: CASE.interest }).waitFor();
    expect(await page.getByTestId("sd-birth").inputValue()).toBe(CASE.birth);
    expect(await page.getByTestId("sd-table").inputValue()).toBe(CASE.table);
    await expect(reading(page, "compound").getByTestId("sd-price").textContent()).resolves.toBe(
      `$${CASE.compound}`
    );
  });
});

type Grid = Array<Array<string | number>>;

describeInChromium("task pane in Excel: the split-dollar block", () => {
  const shared = sharedPane();

  test("live =BTU formulas over the block's own input cells, EXPLAIN's spill reserved", async () => {
    const pane = await shared.open({ excel: {} });
    const page = pane.page;
    try {
      await enterSplitDollar(page);
      await page.getByTestId("sd-buyouts").waitFor();
      await page
        .getByRole("button", { name: "Insert the split-dollar buy-out (live formulas)" })
        .click();
      await page
        .getByTestId("output-status")
        .filter({ hasText: /Inserted the split-dollar block in 'BTU split-dollar'!A1:F\d+/ })
        .waitFor();
      const writes = (await excelWrites(page)) as FakeWrite[];
      const block = writes.find((w) => w.op === "formulas" && w.sheet === "BTU split-dollar");
      const grid = block?.data as Grid;
      const rows = new Map(grid.map((r) => [String(r[0]), r[1]]));
      expect(rows.get("Cash value on 2003-01-01")).toBe(400000);
      expect(rows.get("Cash value now")).toBe(500000);
      expect(rows.get("Increase due solely to the executive's own payments")).toBe(0);
      expect(rows.get("Company Interest on 2003-01-01")).toBe(232000);
      expect(rows.get("Company Interest (SPLITDOLLAR_INTEREST)")).toBe(
        "=BTU.SPLITDOLLAR_INTEREST(B2,B3,B4,B5)"
      );
      // Dates as Excel's own DATE(y,m,d): right in a workbook of either date system (register date-system).
      expect(rows.get("Date of birth")).toBe("=DATE(1940,5,1)");
      expect(rows.get("Date of the buy-out")).toBe(dateCell(CASE.buyout));
      expect(rows.get("Life table")).toBe(CASE.table);
      expect(rows.get("Age basis (life-expectancy-age)")).toBe("last-birthday");
      expect(rows.get("Life expectancy, years (LIFE_EXPECTANCY)")).toBe(
        "=BTU.LIFE_EXPECTANCY(B8,B9,B10,B11)"
      );
      expect(rows.get("Discount rate")).toBe(0.03);
      expect(rows.get("compound (in force)")).toBe(
        '=BTU.SPLITDOLLAR_BUYOUT(B6,B12,B13,"compound")'
      );
      expect(rows.get("simple")).toBe('=BTU.SPLITDOLLAR_BUYOUT(B6,B12,B13,"simple")');
      expect(rows.get("Difference: simple less compound")).toBe("=B17-B16");
      const explain = grid.findIndex((r) => String(r[0]).startsWith("=BTU.EXPLAIN("));
      expect(grid[explain][0]).toBe('=BTU.EXPLAIN("LIFE_EXPECTANCY",B8,B9,B10,B11)');
      // header + arguments as read + the core's steps (table, reading) + result = 5 rows, 6 columns, all free
      expect(grid.length - explain).toBeGreaterThanOrEqual(5);
      expect(grid.slice(explain + 1).every((r) => r.length === 6 && r.every((v) => v === ""))).toBe(
        true
      );
      expect(pane.problems).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
