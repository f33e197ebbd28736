/**
 * The task pane in Excel, against a test double of the Office and Excel
 * JavaScript APIs (./fake-office.ts) that records every write: the summary
 * block's live formulas and their sheet, the refusal to write over cells
 * without asking, the schedule as an Excel table, settings saved with the
 * workbook and restored.
 */
import Decimal from "decimal.js";
import { Page } from "playwright-core";
import { FakeSeed, FakeWrite } from "./fake-office";
import { CONSULTING_SCHEDULE, DURESS_B } from "./figures";
import {
  describeInChromium,
  enterCase,
  enterDuressB,
  excelWrites,
  expectTotal,
  Pane,
  sharedPane,
} from "./support";

type Grid = Array<Array<string | number>>;

/**
 * A date as the pane writes it: Excel's own =DATE(y,m,d), right in a workbook
 * of either date system (register date-system), never a raw 1900 serial.
 */
const dateCell = (isoDate: string): string =>
  `=DATE(${+isoDate.slice(0, 4)},${+isoDate.slice(5, 7)},${+isoDate.slice(8, 10)})`;

describeInChromium("task pane in Excel (test double of the Excel API)", () => {
  const shared = sharedPane();
  const panes: Pane[] = [];

  afterEach(async () => {
    for (const p of panes.splice(0)) {
      expect(p.problems).toEqual([]);
      await p.close();
    }
  });

  async function open(seed: FakeSeed = {}, query?: string): Promise<Page> {
    const pane = await shared.open({ excel: seed, query });
    panes.push(pane);
    return pane.page;
  }

  const status = (page: Page, text: RegExp) =>
    page.getByTestId("output-status").filter({ hasText: text }).waitFor();
  const formulasOn = (writes: FakeWrite[], sheet: string) =>
    writes.filter((w) => w.op === "formulas" && w.sheet === sheet);
  /** Rows of the block as written: label in the first column, value in the second. */
  const byLabel = (grid: Grid) => new Map(grid.map((r) => [String(r[0]), r[1]]));

  test("runs in Excel mode: no office.js from the CDN replaced the test double", async () => {
    const page = await open();
    await expect(page.getByTestId("mode").textContent()).resolves.toContain("in Excel");
    expect(
      await page.getByRole("button", { name: "Insert the summary (live formulas)" }).isEnabled()
    ).toBe(true);
  });

  test("the summary block goes to a new sheet as live =BTU formulas over its own input cells", async () => {
    const page = await open();
    await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
    await expectTotal(page, "542,788.68");
    await page.getByRole("button", { name: "Insert the summary (live formulas)" }).click();
    await status(page, /Inserted the summary block in 'BTU summary'!A1:F\d+/);

    const writes = await excelWrites(page);
    expect(writes.filter((w) => w.op === "addSheet").map((w) => w.sheet)).toEqual(["BTU summary"]);
    const [block] = formulasOn(writes, "BTU summary");
    expect(block.address).toMatch(/^A1:F\d+$/); // 6 columns: SENSITIVITY's spill
    const grid = block.data as Grid;
    expect(grid.slice(1, 5).map((r) => r.slice(0, 2))).toEqual([
      ["Scenario", "4c-i"],
      ["Notice date", dateCell("2004-07-01")],
      ["Termination date", "=BTU.TERMINATION_DATE(B2,B3)"],
      ["Periods ended", "consulting"],
    ]);
    expect(byLabel(grid).get("Total cash due (PAYOUT)")).toBe("=BTU.PAYOUT(B2,B4,B5)");
    const detail = grid.findIndex((r) => r[0] === "Payout detail (PAYOUT_DETAIL)");
    expect(grid[detail + 1][0]).toBe("=BTU.PAYOUT_DETAIL(B2,B4,B5)");
    // The detail spills 4 columns over a header, 2 components and the consequences: all inside the block, all empty.
    expect(grid.length).toBeGreaterThan(detail + 1 + 3);
    const sens = grid.findIndex((r) => r[0] === "What each reading costs (SENSITIVITY)");
    expect(sens).toBeGreaterThan(detail + 1 + 3);
    expect(grid.slice(detail + 2, sens).every((r) => r.every((v) => v === ""))).toBe(true);
    // SENSITIVITY takes PAYOUT's arguments and spills 6 columns over a header and its readings: all empty, inside the block.
    expect(grid[sens + 1][0]).toBe("=BTU.SENSITIVITY(B2,B4,B5)");
    expect(grid.length).toBeGreaterThan(sens + 2 + 2);
    expect(grid.slice(sens + 2).every((r) => r.length === 6 && r.every((v) => v === ""))).toBe(
      true
    );

    const formats = writes.find((w) => w.op === "numberFormat" && w.sheet === "BTU summary")
      ?.data as string[][];
    expect(formats[2][1]).toBe("yyyy-mm-dd");
    expect(formats[3][1]).toBe("yyyy-mm-dd");
    expect(formats[grid.findIndex((r) => r[0] === "Total cash due (PAYOUT)")][1]).toBe("#,##0.00");
    // The scenario code is a text cell, formatted before it is written: Excel reads "4a" in a General cell as 4:00 AM.
    expect(formats[1][1]).toBe("@");
    const order = writes
      .filter((w) => w.sheet === "BTU summary" && (w.op === "numberFormat" || w.op === "formulas"))
      .map((w) => w.op);
    expect(order.slice(0, 2)).toEqual(["numberFormat", "formulas"]);
  });

  test("switched choices are a cell of the block, passed as the choices argument; a second insert gets its own sheet", async () => {
    const page = await open();
    await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
    await page.getByRole("button", { name: "Add a tranche" }).click();
    await page.getByLabel("Vesting date 1").fill("2004-10-01");
    await page.getByLabel("Shares 1").fill("12500");
    await page.getByLabel("Discount method").selectOption("xnpv");
    await expectTotal(page, "543,747.37");
    const insert = page.getByRole("button", { name: "Insert the summary (live formulas)" });
    await insert.click();
    await status(page, /'BTU summary'/);
    await insert.click();
    await status(page, /'BTU summary \(2\)'/);

    const writes = await excelWrites(page);
    expect(writes.filter((w) => w.op === "addSheet").map((w) => w.sheet)).toEqual([
      "BTU summary",
      "BTU summary (2)",
    ]);
    const grid = formulasOn(writes, "BTU summary (2)")[0].data as Grid;
    const rows = byLabel(grid);
    expect(grid[2].slice(0, 2)).toEqual(["Interpretation choices", "discount-method=xnpv"]);
    expect(rows.get("Termination date")).toBe("=BTU.TERMINATION_DATE(B2,B4,B3)");
    expect(rows.get("Total cash due (PAYOUT)")).toBe("=BTU.PAYOUT(B2,B5,B6,,B3)");
    const tranche = grid.findIndex((r) => r[0] === dateCell("2004-10-01"));
    expect(grid[tranche].slice(4)).toEqual(["", ""]); // the block is 6 columns wide (SENSITIVITY's spill)
    expect(grid[tranche].slice(0, 4)).toEqual([
      dateCell("2004-10-01"),
      12500,
      `=IFNA(BTU.OPTION_DEADLINE(B2,B5,A${tranche + 1},B3),"forfeited")`,
      "3(c)(iv)(A)(iii)",
    ]);
  });

  test("a 4(h) summary carries the disability and its DISABILITY_NOTICE_FROM check", async () => {
    const page = await open();
    await enterCase(page, { scenario: "4h", date: "2005-03-15", disabilityFirst: "2004-11-01" });
    await expectTotal(page, "284,929.32");
    await page.getByRole("button", { name: "Insert the summary (live formulas)" }).click();
    await status(page, /'BTU summary'/);
    const rows = byLabel(formulasOn(await excelWrites(page), "BTU summary")[0].data as Grid);
    expect(rows.get("First day of disability")).toBe(dateCell("2004-11-01"));
    expect(rows.get("4(h) notice possible from (DISABILITY_NOTICE_FROM)")).toBe(
      "=BTU.DISABILITY_NOTICE_FROM(B6)"
    );
    expect(rows.get("Total cash due (PAYOUT)")).toBe("=BTU.PAYOUT(B2,B4,B5)");
  });

  test("a summary in the Transition Period carries the base salary facts into PAYOUT's last two arguments", async () => {
    const page = await open();
    await enterCase(page, { scenario: "4d", date: "2003-05-15" });
    await page.getByTestId("base-salary").fill("300000");
    await page.getByTestId("salary-paid-through").fill("2003-04-30");
    await expectTotal(page, "1,227,506.85");
    await page.getByRole("button", { name: "Insert the summary (live formulas)" }).click();
    await status(page, /'BTU summary'/);
    const rows = byLabel(formulasOn(await excelWrites(page), "BTU summary")[0].data as Grid);
    expect(rows.get("Annual base salary (paragraph 1)")).toBe(300000);
    expect(rows.get("Base salary paid through")).toBe(dateCell("2003-04-30"));
    expect(rows.get("Total cash due (PAYOUT)")).toBe("=BTU.PAYOUT(B2,B4,B5,,,B6,B7)");
  });

  test("a delayed 4(c)(i) lump sum: PAYOUT and PAYOUT_DETAIL take the delay's facts as their 8th argument, the block's (fact, value) range that the duress formulas read too (issue 18)", async () => {
    const page = await open();
    await enterDuressB(page);
    await expectTotal(page, DURESS_B.total);
    await page.getByRole("button", { name: "Insert the summary (live formulas)" }).click();
    await status(page, /'BTU summary'/);
    const grid = formulasOn(await excelWrites(page), "BTU summary")[0].data as Grid;
    const rows = byLabel(grid);
    const delayRow = grid.findIndex((r) => r[0] === "Board's delay (4(c)(i))");
    // One cell a fact, right below the heading: notification, election, electionDate, portion, fairMarketValue.
    expect(grid.slice(delayRow + 1, delayRow + 6).map((r) => [r[0], r[1]])).toEqual([
      ["notification", dateCell(DURESS_B.notification)],
      ["election", "B"],
      ["electionDate", dateCell(DURESS_B.election)],
      ["portion", 0.4],
      ["fairMarketValue", 3.25],
    ]);
    expect(rows.has("duressEnd")).toBe(false);
    const range = `A${delayRow + 2}:B${delayRow + 6}`;
    const total = grid.find((r) => r[0] === "Total value due (PAYOUT): cash plus shares");
    expect(total?.[1]).toBe(`=BTU.PAYOUT(B2,B4,B5,,,,,${range})`);
    expect(total?.[2]).toBe(
      `Cash ${DURESS_B.cash} plus ${DURESS_B.shares} shares at their fair market value (${DURESS_B.sharesValue}), due by ${DURESS_B.sharesDue} (4(c)(i)(B))`
    );
    const detail = grid.findIndex((r) => r[0] === "Payout detail (PAYOUT_DETAIL)");
    expect(grid[detail + 1][0]).toBe(`=BTU.PAYOUT_DETAIL(B2,B4,B5,,,,,${range})`);
    // The shares and the balance read the same fair market value and portion cells as PAYOUT.
    const shares = String(rows.get("Shares (DURESS_SHARES)"));
    expect(shares).toMatch(new RegExp(`,B${delayRow + 6},B${delayRow + 5}[,)]`));
    expect(String(rows.get("Cash balance, paid bi-weekly (DURESS_BALANCE)"))).toMatch(
      new RegExp(`,B${delayRow + 6},B${delayRow + 5}[,)]`)
    );
    expect(String(rows.get("Shares due by (SHARE_TRANSFER_DEADLINE)"))).toMatch(
      new RegExp(`\\(B${delayRow + 4}[,)]`)
    );
    expect(String(rows.get("Election deadline (ELECTION_DEADLINE)"))).toMatch(
      new RegExp(`\\(B${delayRow + 2}[,)]`)
    );
  });

  test("a delayed 4(c)(i) lump sum's payments go into a table with What, Clause and Paid in, checked live against BTU.PAYOUT with the delay", async () => {
    const page = await open();
    await enterDuressB(page);
    await expectTotal(page, DURESS_B.total);
    await page.getByLabel("Payment schedule").selectOption("payout");
    await page.getByRole("button", { name: "Insert as a table" }).click();
    await status(page, /Inserted the payment schedule in 'BTU payout 4c-i'/);
    const writes = await excelWrites(page);
    const table = writes.find((w) => w.op === "addTable");
    expect(table).toMatchObject({
      sheet: "BTU payout 4c-i",
      // The header, the shares, the fees earned but unpaid and the bi-weekly payments (issue 21: never merged).
      // Issue 21 item 5: a seventh column, Tax treatment (paragraph 5, 3(a)).
      data: { hasHeaders: true, rows: DURESS_B.payments + 3, columns: 7 },
    });
    const values = writes.find((w) => w.op === "values" && w.address === table?.address)
      ?.data as Grid;
    expect(values[0]).toEqual([
      "Date",
      "Amount",
      "Cumulative",
      "Paid in",
      "What",
      "Clause",
      "Tax treatment",
    ]);
    // The shares go to an independent contractor (3(a)): no withholding, Form 1099 (register duress-shares-tax).
    expect(values[1]).toEqual([
      dateCell(DURESS_B.sharesDue),
      189520.5,
      189520.5,
      "shares",
      `${DURESS_B.shares} shares at $3.25 (value)`,
      "4(c)(i)(B)",
      "Non-employee compensation: no withholding (3(a)), Form 1099",
    ]);
    // 2005-02-07 pays two components, two rows (issue 21; they were one of 7,824.66): the Consulting Fees earned
    // but unpaid 2005-01-25 .. 01-31, 120,164.38 - 116,252.05 = 3,912.33, then the first bi-weekly payment of the
    // cash balance, 2005-02-01 .. 02-07, 124,076.71 - 120,164.38 = 3,912.33 (204,000 / 365 a day, rounded cumulatively).
    expect(values[2].slice(0, 4)).toEqual([
      dateCell(DURESS_B.firstPayment),
      3912.33,
      193432.83, // 189,520.50 + 3,912.33
      "cash",
    ]);
    expect(values[3].slice(0, 4)).toEqual([
      dateCell(DURESS_B.firstPayment),
      3912.33,
      197345.16, // 193,432.83 + 3,912.33
      "cash",
    ]);
    expect(values.some((r) => r[0] === dateCell(DURESS_B.termination))).toBe(false);
    expect(
      values
        .slice(1)
        .reduce((x, r) => x.plus(String(r[1])), new Decimal(0))
        .toFixed(2)
    ).toBe("477720.63");
    const block = formulasOn(writes, "BTU payout 4c-i")[0].data as Grid;
    const check = byLabel(block);
    expect(check.get("Live total (BTU.PAYOUT)")).toBe(
      `=BTU.PAYOUT("4c-i",DATE(2005,2,1),"consulting",,,,,"${DURESS_B.delayText}")`
    );
    expect(block.map((r) => String(r[0])).join("\n")).toContain(
      "Board's delay for financial duress (4(c)(i)): the Board notified its delay on 2004-11-15"
    );
  });

  test("inserting at a selected cell whose area is not empty asks first: Cancel writes nothing, Write over writes", async () => {
    const page = await open({ sheets: { Sheet1: { D7: "keep me" } }, selection: "C5" });
    await page.getByText("The selected cell (asks before writing over anything)").click();
    const insert = page.getByRole("button", { name: "Insert the summary (live formulas)" });

    await insert.click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog.textContent()).resolves.toMatch(
      /Sheet1!C5:H\d+ is not empty: 1 cell holds a value or a formula/
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await status(page, /Cancelled: nothing was written/);
    expect(await excelWrites(page)).toEqual([]);
    expect(
      await page.evaluate(() =>
        (
          window as unknown as { __excelCells: (s: string) => Record<string, unknown> }
        ).__excelCells("Sheet1")
      )
    ).toEqual({ D7: "keep me" });

    await insert.click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Write over them" }).click();
    await status(page, /Inserted the summary block in 'Sheet1'!C5:H\d+/);
    const writes = await excelWrites(page);
    expect(writes.some((w) => w.op === "addSheet")).toBe(false);
    const [block] = formulasOn(writes, "Sheet1");
    expect(block.address).toMatch(/^C5:H\d+$/);
    const rows = byLabel(block.data as Grid);
    expect(rows.get("Notice date")).toBe(dateCell("2004-07-01")); // D7, written over as agreed
    expect(rows.get("Termination date")).toBe("=BTU.TERMINATION_DATE(D6,D7)");
    expect(rows.get("Total cash due (PAYOUT)")).toBe("=BTU.PAYOUT(D6,D8,D9)");
  });

  test("an empty selected area is written without asking", async () => {
    const page = await open({ sheets: { Sheet1: { A1: "elsewhere" } }, selection: "H2" });
    await page.getByText("The selected cell (asks before writing over anything)").click();
    await page.getByRole("button", { name: "Insert the summary (live formulas)" }).click();
    await status(page, /Inserted the summary block in 'Sheet1'!H2:M\d+/);
    expect(await page.getByRole("alertdialog").count()).toBe(0);
  });

  /** Insert the summary at the selected cell; returns the dialog text, if one opened, after answering it. */
  async function insertAtSelection(page: Page, answer?: "Cancel" | "Write over them") {
    await page.getByText("The selected cell (asks before writing over anything)").click();
    await page.getByRole("button", { name: "Insert the summary (live formulas)" }).click();
    if (!answer) return undefined;
    const dialog = page.getByRole("alertdialog");
    const text = await dialog.textContent();
    await dialog.getByRole("button", { name: answer }).click();
    return text;
  }
  const cells = (page: Page, sheet = "Sheet1") =>
    page.evaluate(
      (s) =>
        (
          window as unknown as { __excelCells: (s: string) => Record<string, unknown> }
        ).__excelCells(s),
      sheet
    );

  test("a cell holding only a format is occupied: asked, and Cancel leaves it as it was", async () => {
    const page = await open({ formats: { Sheet1: { D9: "0.0%", E6: "fill" } }, selection: "C5" });
    const text = await insertAtSelection(page, "Cancel");
    expect(text).toMatch(/C5:H\d+ is not empty: 2 cells hold only a format/);
    await status(page, /Cancelled: nothing was written/);
    expect(await excelWrites(page)).toEqual([]);
  });

  test("a merged area is occupied: asked, and on Write over them unmerged before the block goes in", async () => {
    const page = await open({ merges: { Sheet1: ["E6:F7"] }, selection: "C5" });
    const text = await insertAtSelection(page, "Write over them");
    expect(text).toMatch(/merged cells Sheet1!E6:F7/);
    await status(page, /Inserted the summary block in 'Sheet1'!C5:H\d+/);
    const writes = await excelWrites(page);
    expect(writes.findIndex((w) => w.op === "unmerge")).toBeLessThan(
      writes.findIndex((w) => w.op === "formulas")
    );
  });

  test("a spilled array reaching into the area is occupied: asked before its cells are written over", async () => {
    const page = await open({
      spills: { Sheet1: { H2: { formula: "=SEQUENCE(1,3)", values: [[1, 2, 3]] } } },
      sheets: { Sheet1: {} },
      selection: "I1",
    });
    const text = await insertAtSelection(page, "Cancel");
    expect(text).toMatch(/I1:N\d+ is not empty: 2 cells hold a value or a formula/);
    expect(await excelWrites(page)).toEqual([]);
  });

  test("a table in the area: refused without writing, whatever the answer would be", async () => {
    const page = await open({
      tables: [{ sheet: "Sheet1", name: "Budget", address: "D8:E10" }],
      selection: "C5",
    });
    await insertAtSelection(page);
    await status(
      page,
      /Not written: 'Sheet1'!C5:H\d+ overlaps the table Budget|Not written: Sheet1!C5:H\d+ overlaps the table Budget/
    );
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    expect(await excelWrites(page)).toEqual([]);
  });

  test("a protected sheet: refused without writing", async () => {
    const page = await open({ protectedSheets: ["Sheet1"], selection: "C5" });
    await insertAtSelection(page);
    await status(page, /Not written: the sheet 'Sheet1' is protected/);
    expect(await excelWrites(page)).toEqual([]);
  });

  test("a value typed while the question is open: the write is refused, the new value kept", async () => {
    const page = await open({ sheets: { Sheet1: { D7: "keep me" } }, selection: "C5" });
    await page.getByText("The selected cell (asks before writing over anything)").click();
    await page.getByRole("button", { name: "Insert the summary (live formulas)" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await page.evaluate(() =>
      (
        window as unknown as { __excelEdit: (s: string, a: string, v: unknown) => void }
      ).__excelEdit("Sheet1", "D9", "typed meanwhile")
    );
    await dialog.getByRole("button", { name: "Write over them" }).click();
    await status(page, /Not written: Sheet1!C5:H\d+ changed while you were deciding/);
    expect(await excelWrites(page)).toEqual([]);
    expect(await cells(page)).toEqual({ D7: "keep me", D9: "typed meanwhile" });
  });

  test("an empty area in columns the user sized: written without asking, those columns keep their widths", async () => {
    const page = await open({ columnWidths: { Sheet1: { D: 120 } }, selection: "C5" });
    await insertAtSelection(page);
    await status(page, /Inserted the summary block in 'Sheet1'!C5:H\d+/);
    const widths = await page.evaluate(() =>
      (window as unknown as { __excelWidths: (s: string) => Record<string, number> }).__excelWidths(
        "Sheet1"
      )
    );
    expect(widths.D).toBe(120);
    expect(widths.C).not.toBe(120);
    expect(widths.A ?? 48).toBe(48);
    expect(widths.I ?? 48).toBe(48);
  });

  test("the Consulting Fee schedule goes into an Excel table of 105 rows on a new sheet, with a live check", async () => {
    const page = await open();
    await page.getByLabel("Payment schedule").selectOption("consulting");
    const insert = page.getByRole("button", { name: "Insert as a table" });
    await insert.click();
    await status(page, /Inserted the consulting schedule in 'BTU consulting schedule'/);

    const writes = await excelWrites(page);
    expect(writes.filter((w) => w.op === "addSheet").map((w) => w.sheet)).toEqual([
      "BTU consulting schedule",
    ]);
    const table = writes.find((w) => w.op === "addTable");
    expect(table).toMatchObject({
      sheet: "BTU consulting schedule",
      data: { hasHeaders: true, rows: CONSULTING_SCHEDULE.rows + 1, columns: 6 },
    });
    expect(writes.find((w) => w.op === "tableName")?.data).toBe("BTU_Consulting_Schedule");
    const values = writes.find((w) => w.op === "values" && w.address === table?.address)
      ?.data as Grid;
    const { first, last, total } = CONSULTING_SCHEDULE;
    expect(values[0]).toEqual([
      "Pay date",
      "Period start",
      "Period end",
      "Days",
      "Amount",
      "Cumulative",
    ]);
    expect(values).toHaveLength(CONSULTING_SCHEDULE.rows + 1);
    expect(values[1]).toEqual([
      dateCell(first.payDate),
      dateCell(first.start),
      dateCell(first.end),
      first.days,
      Number(first.amount),
      Number(first.amount),
    ]);
    expect(values[CONSULTING_SCHEDULE.rows]).toEqual([
      dateCell(last.payDate),
      dateCell(last.start),
      dateCell(last.end),
      last.days,
      Number(last.amount),
      Number(total),
    ]);
    expect(
      values
        .slice(1)
        .reduce((s, r) => s.plus(String(r[4])), new Decimal(0))
        .toFixed(2)
    ).toBe(total);

    const check = byLabel(formulasOn(writes, "BTU consulting schedule")[0].data as Grid);
    expect(check.get("Total of the table")).toBe("=SUM(BTU_Consulting_Schedule[Amount])");
    expect(check.get("Live total (BTU.FEE_SCHEDULE)")).toBe(
      '=SUM(INDEX(BTU.FEE_SCHEDULE("consulting",DATE(2003,7,1),DATE(2007,6,30),0),0,5))'
    );
    expect(check.get("Difference (should be 0.00)")).toBe("=B2-B3");

    await insert.click();
    await status(page, /'BTU consulting schedule \(2\)'/);
    expect(
      (await excelWrites(page)).filter((w) => w.op === "tableName").map((w) => w.data)
    ).toEqual(["BTU_Consulting_Schedule", "BTU_Consulting_Schedule_2"]);
  });

  test("inside an Office frame the pane waits for a slow Office.onReady (6.5 s, past the 5 s stand-alone deadline) and runs in Excel mode", async () => {
    const page = await open({ readyDelayMs: 6500 }, "?_host_Info=Excel$Win32$16.01$en-US$$$$0");
    await expect(page.getByTestId("mode").textContent()).resolves.toContain("in Excel");
  });

  test("a page with no sign of Office starts stand-alone at once, and starts again in Excel mode when Office reports Excel after all", async () => {
    // No _host_Info, no frame, no host object: the pane does not wait for office.js (issue 19 item 9).
    const page = await open({ readyDelayMs: 1500 }, "");
    await expect(page.getByTestId("mode").textContent()).resolves.toContain(
      "Stand-alone calculator"
    );
    await page.getByTestId("mode").filter({ hasText: "in Excel" }).waitFor({ timeout: 10_000 });
    await expect(page.getByTestId("mode").textContent()).resolves.toContain(
      "Settings and saved scenarios are kept in the workbook"
    );
    expect(await page.getByTestId("fallback-reason").count()).toBe(0);
  });

  /** The background of the pane and of the clause dialog (a portal, outside the pane's element). */
  async function backgrounds(page: Page): Promise<{ pane: string; dialog: string; brand: string }> {
    await page
      .getByRole("button", { name: "Clause 4(c)(i): show the agreement's text" })
      .first()
      .click();
    await page.getByRole("dialog").waitFor();
    return page.evaluate(() => {
      const provider = document.querySelector(".fui-FluentProvider") as Element;
      return {
        pane: getComputedStyle(provider).backgroundColor,
        dialog: getComputedStyle(document.querySelector(".fui-DialogSurface") as Element)
          .backgroundColor,
        brand: getComputedStyle(provider).getPropertyValue("--colorBrandBackground").trim(),
      };
    });
  }
  const sum = (rgb: string) => (rgb.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);

  test("Office's dark theme: the pane and its clause dialog use Fluent's dark theme; otherwise the light theme the page carries", async () => {
    const dark = await backgrounds(await open({ officeBackground: "#262626" }));
    expect(sum(dark.pane)).toBeLessThan(3 * 100);
    expect(sum(dark.dialog)).toBeLessThan(3 * 100);
    // Fluent's light theme comes with the page (taskpane.html, built by webpack.config.js), not from
    // a theme object at run time: white surfaces and Fluent's web brand blue, #0f6cbd.
    const light = await backgrounds(await open());
    expect(light.pane).toBe("rgb(255, 255, 255)");
    expect(light.dialog).toBe("rgb(255, 255, 255)");
    expect(light.brand).toBe("#0f6cbd");
    expect(dark.brand).not.toBe(light.brand);
  });

  test("without ExcelApi 1.4, settings are saved with the Common API and restored when the pane opens again", async () => {
    const common = ["ExcelApi 1.3"]; // context.workbook.settings: pane.test.ts
    const first = await open({ requirementSets: common });
    await enterCase(first, { scenario: "4h", date: "2005-03-15", disabilityFirst: "2004-11-01" });
    await first.getByLabel("Rounding").selectOption("per-period");
    await first.getByTestId("payout-total").waitFor();
    const saved = await first.waitForFunction(() => {
      const s = (
        window as unknown as {
          __excelSettings: Record<string, { scenario?: string; choices?: Record<string, string> }>;
        }
      ).__excelSettings["btu.taskpane"];
      return s && s.scenario === "4h" && s.choices?.rounding === "per-period"
        ? (window as unknown as { __excelSettings: Record<string, unknown> }).__excelSettings
        : undefined;
    });
    const settings = (await saved.jsonValue()) as Record<string, unknown>;

    const again = await open({ settings, requirementSets: common });
    expect(await again.getByLabel("Termination scenario").inputValue()).toBe("4h");
    expect(await again.getByTestId("date").inputValue()).toBe("2005-03-15");
    expect(await again.getByTestId("disability-first").inputValue()).toBe("2004-11-01");
    expect(await again.getByLabel("Rounding").inputValue()).toBe("per-period");
    await expect(again.getByTestId("mode").textContent()).resolves.toContain(
      "Restored your last settings"
    );
    await again.getByTestId("payout-total").waitFor();
  });
});
