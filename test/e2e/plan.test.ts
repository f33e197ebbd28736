/**
 * The payout plan end to end in the stand-alone pane: a Board's delay of the
 * Consulting Lump Sum Payment with option (B) (4(c)(i)) changes the headline,
 * the timeline and the payments download, which show cash and shares apart
 * and no lump sum on the termination date; paragraph 1 base salary counts
 * after the Separation Date too (4(f)) and on it (4(d)). Figures are the
 * hand-worked ones of ./figures.
 */
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import * as fs from "fs";
import { Page } from "playwright-core";
import { BASE_SALARY_4D, BASE_SALARY_4F, DURESS_B } from "./figures";
import {
  describeInChromium,
  detailAmounts,
  enterCase,
  enterDuressB,
  expectTotal,
  parseCsv,
  panePerTest,
  shownTotal,
} from "./support";

/** Days between two ISO dates. */
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describeInChromium("task pane: the payout plan (delay for financial duress, base salary)", () => {
  let page: Page;
  panePerTest((p) => {
    page = p.page;
  });

  async function download(name: "Download .xlsx" | "Download CSV"): Promise<string> {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name }).click(),
    ]);
    const path = await file.path();
    if (!path) throw new Error("download failed");
    return path;
  }

  test("4(c)(i)(B) delay: the headline gives the cash and the shares apart", async () => {
    await enterDuressB(page);
    await expectTotal(page, DURESS_B.total);
    await expect(page.getByTestId("termination-date").textContent()).resolves.toContain(
      DURESS_B.termination
    );
    const headline = page.getByTestId("payout-total").locator("..");
    await expect(headline.textContent()).resolves.toContain(
      "Total value due (PAYOUT): cash plus shares at their value"
    );
    const cash = (await page.getByTestId("payout-cash").textContent()) ?? "";
    expect(cash).toMatch(new RegExp(`^Cash \\$${DURESS_B.cash}`));
    expect(cash).toContain(`${DURESS_B.earnedUnpaid} earned but unpaid (4(c)(i))`);
    expect(cash).toContain(
      `${DURESS_B.cashBalance} balance paid bi-weekly in ${DURESS_B.payments} payments, ${DURESS_B.firstPayment} to ${DURESS_B.lastPayment} (4(c)(i)(B))`
    );
    const shares = (await page.getByTestId("payout-shares").textContent()) ?? "";
    expect(shares).toContain(
      `Shares ${DURESS_B.shares} worth $${DURESS_B.sharesValue}, due by ${DURESS_B.sharesDue}`
    );
    expect(shares).toContain("At $3.25 a share");
    // The clause is one click away from the shares line.
    await page
      .getByTestId("payout-shares")
      .getByRole("button", { name: /Clause 4\(c\)\(i\)/ })
      .click();
    await expect(page.getByRole("dialog").textContent()).resolves.toContain("fair market value");
    await page.keyboard.press("Escape");
    // The detail: the earned fees, the shares and the cash balance, no lump sum in cash.
    expect(await detailAmounts(page)).toEqual(["3,912.33", "189,520.50", "284,287.80"]);
    await expect(page.getByTestId("detail-split").textContent()).resolves.toMatch(
      /cash\s*\$288,200\.13\s*shares\s*\$189,520\.50/
    );
    await expect(page.getByTestId("detail").textContent()).resolves.not.toContain("473,808.30");
  });

  test("4(c)(i)(B) delay: the timeline shows the shares apart and no lump sum on the termination date", async () => {
    await enterDuressB(page);
    await expectTotal(page, DURESS_B.total);
    const timeline = page.getByTestId("timeline");
    expect(await timeline.getByTestId("timeline-shares").count()).toBe(1);
    expect(await timeline.getByTestId("timeline-with-shares").count()).toBe(1);
    // Like with like (issue 12): cash to the executive by date. Consulting Fees paid on schedule
    // before the termination (through 2005-01-24): 204,000 + 208 x 204,000 / 365 = 320,252.05; the
    // Chairman Fee continues (400,000.00); then this termination's cash 288,200.13:
    // 320,252.05 + 400,000.00 + 288,200.13 = 1,008,452.18; with the shares 189,520.50: 1,197,972.68.
    await expect(timeline.textContent()).resolves.toContain(
      `Cash plus ${DURESS_B.shares} shares at their value ($1,197,972.68; PAYOUT $${DURESS_B.total})`
    );
    await expect(timeline.textContent()).resolves.toContain(
      `This termination: cash to the executive ($1,008,452.18; of it paid by the termination $${DURESS_B.cash})`
    );
    await timeline.getByRole("button", { name: "Show the data as a table" }).click();
    const rows = (
      await timeline
        .locator("table tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.querySelectorAll("td,th")).map((c) => c.textContent ?? ""))
        )
    ).map((r) => r.map((t) => t.trim()));
    const headers = (await timeline.locator("table thead th").allTextContents()).map((t) =>
      t.trim()
    );
    expect(headers).toEqual([
      "Date",
      "Paid under this termination",
      "This termination: cash (cumulative)",
      "This termination: cash plus shares at their value (cumulative)",
      "No termination (cumulative)",
    ]);
    const on = (d: string) => rows.find((r) => r[0] === d);
    const dollars = (t: string) => Number(t.replace(/[$,]/g, ""));
    // Shares on their transfer deadline: the value 189,520.50 apart from the cash.
    const sharesDay = on(DURESS_B.sharesDue) as string[];
    expect(sharesDay[1]).toMatch(/shares.*\(4\(c\)\(i\)\(B\)\)/);
    expect((dollars(sharesDay[3]) - dollars(sharesDay[2])).toFixed(2)).toBe("189520.50");
    // Nothing paid under the termination on the termination date itself: no lump sum.
    expect(on(DURESS_B.termination)?.[1] ?? "").toBe("");
    expect(rows.some((r) => r.join(" ").includes("473,808.30"))).toBe(false);
    // The first payment: earned but unpaid plus the first bi-weekly payment, 7,824.66 that day.
    const first = rows.findIndex((r) => r[0] === DURESS_B.firstPayment);
    expect(rows[first][1]).toMatch(/earned but unpaid/);
    const before = rows
      .slice(0, first)
      .reverse()
      .find((r) => r[2] !== "")?.[2] as string;
    // That day the continuing Chairman Fee is paid too: round(cum(2005-02-07)) - round(cum(2005-01-24))
    // = round(100,000 + 222 x 100,000 / 365) - round(100,000 + 208 x 100,000 / 365) = 160,821.92 - 156,986.30 = 3,835.62.
    expect((dollars(rows[first][2]) - dollars(before)).toFixed(2)).toBe("11660.28"); // 7,824.66 + 3,835.62
    expect(rows[rows.length - 1].slice(2, 4)).toEqual(["$1,008,452.18", "$1,197,972.68"]);
  });

  test("4(c)(i)(B) delay: the payments download has the shares row, bi-weekly cash and no lump sum, summing to PAYOUT", async () => {
    await enterDuressB(page);
    await expectTotal(page, DURESS_B.total);
    await page.getByLabel("Payment schedule").selectOption("payout");
    const csv = parseCsv(fs.readFileSync(await download("Download CSV"), "utf8"));
    // Issue 21 item 5: the Tax treatment column (paragraph 5, 3(a)); all of it to an independent contractor (3(a)).
    expect(csv[0]).toEqual([
      "Date",
      "Amount",
      "Cumulative",
      "Paid in",
      "What",
      "Clause",
      "Tax treatment",
    ]);
    const rows = csv.slice(1, -1);
    expect(csv[csv.length - 1]).toEqual(["Total", "477720.63", "", "", "", "", ""]);
    // Issue 21: one row per component and date. 2005-02-07 pays two components, two rows (they were one row of
    // 7,824.66): the Consulting Fees earned but unpaid 2005-01-25 .. 01-31 (4(c)(i)) and the first bi-weekly payment
    // of the cash balance, 2005-02-01 .. 02-07 (4(c)(i)(B)), 7 days each at 204,000 / 365 rounded cumulatively:
    // 120,164.38 - 116,252.05 = 3,912.33 and 124,076.71 - 120,164.38 = 3,912.33.
    expect(rows).toHaveLength(2 + DURESS_B.payments);
    expect(rows[0]).toEqual([
      "2004-12-14",
      "189520.50",
      "189520.50",
      "shares",
      "58,314 shares at $3.25 (value)",
      "4(c)(i)(B)",
      "Non-employee compensation: no withholding (3(a)), Form 1099",
    ]);
    // Cash from 2005-02-07, every 14 days to 2006-06-26.
    const cash = rows.slice(1);
    expect(cash[0]).toEqual([
      DURESS_B.firstPayment,
      "3912.33",
      "193432.83", // 189,520.50 + 3,912.33
      "cash",
      "Consulting Fees earned but unpaid",
      "4(c)(i)",
      "Non-employee compensation: no withholding (3(a)), Form 1099",
    ]);
    expect(cash[1].slice(0, 4)).toEqual([DURESS_B.firstPayment, "3912.33", "197345.16", "cash"]);
    expect(cash[1][4]).toMatch(/bi-weekly/);
    const payments = cash.slice(1);
    payments.slice(1).forEach((r, i) => expect(daysBetween(payments[i][0], r[0])).toBe(14));
    expect(cash[cash.length - 1][0]).toBe(DURESS_B.lastPayment);
    expect(payments.every((r) => r[3] === "cash" && r[5] === "4(c)(i)(B)")).toBe(true);
    // No lump sum on the termination date.
    expect(rows.some((r) => r[0] === DURESS_B.termination)).toBe(false);
    expect(rows.some((r) => r[1] === DURESS_B.lumpSum)).toBe(false);
    const sum = (rs: string[][]) => rs.reduce((s, r) => s.plus(r[1]), new Decimal(0)).toFixed(2);
    expect(sum(rows)).toBe("477720.63");
    expect(sum(cash)).toBe("288200.13");
    expect(rows[rows.length - 1][2]).toBe("477720.63");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download("Download .xlsx"));
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "Date",
      "Amount",
      "Cumulative",
      "Paid in",
      "What",
      "Clause",
      "Tax treatment",
    ]);
    const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    expect([day(ws.getCell("A2").value), ws.getCell("B2").value, ws.getCell("D2").value]).toEqual([
      "2004-12-14",
      189520.5,
      "shares",
    ]);
    expect(day(ws.getCell("A3").value)).toBe("2005-02-07");
    const row = (n: number) => ws.getRow(n);
    const totalRow = row(rows.length + 2);
    expect(totalRow.getCell(1).value).toBe("Total");
    expect(totalRow.getCell(2).value).toEqual({
      formula: `SUM(B2:B${rows.length + 1})`,
      result: 477720.63,
    });
    const about = (wb.getWorksheet("About")?.getColumn(1).values ?? []).map(String).join("\n");
    expect(about).toContain(
      "Board's delay for financial duress (4(c)(i)): the Board notified its delay on 2004-11-15"
    );
    expect(about).toContain("(B) was elected on 2004-11-30 for 40% in shares at $3.25 a share");
    expect(about).toContain(
      "(B) applies: 58,314 shares worth 189,520.50 due by 2004-12-14, and 288,200.13 in cash"
    );
    expect(about).toContain(
      "Total 477,720.63: cash 288,200.13 plus 58,314 shares worth 189,520.50"
    );
  });

  test("4(c)(i)(B) needs the election date: a message at the field and no figures until it is given", async () => {
    await enterDuressB(page);
    await expectTotal(page, DURESS_B.total);
    await page.getByTestId("duress-election").fill("");
    await page
      .locator(".btu-field")
      .filter({ has: page.getByTestId("duress-election") })
      .locator(".btu-field__message")
      .filter({ hasText: "Enter the election date as YYYY-MM-DD, e.g. 2004-07-01." })
      .waitFor();
    expect(await page.getByTestId("payout-shares").count()).toBe(0);
    await page.getByTestId("duress-election").fill(DURESS_B.election);
    await expectTotal(page, DURESS_B.total);
  });

  test("without a delay the 4(c)(i) headline is cash alone, and the lump sum is paid on the termination date", async () => {
    await enterCase(page, { scenario: "4c-i", date: DURESS_B.notice });
    await expectTotal(page, "477,720.63"); // 473,808.30 + 3,912.33, all in cash
    await expect(page.getByTestId("payout-total").locator("..").textContent()).resolves.toContain(
      "Total cash due (PAYOUT)"
    );
    expect(await page.getByTestId("payout-cash").count()).toBe(0);
    expect(await page.getByTestId("payout-shares").count()).toBe(0);
    expect(await page.getByTestId("timeline-shares").count()).toBe(0);
    await page.getByLabel("Payment schedule").selectOption("payout");
    const csv = parseCsv(fs.readFileSync(await download("Download CSV"), "utf8"));
    expect(csv.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ["2005-02-01", "473808.30", "473808.30", "cash"],
      ["2005-02-07", "3912.33", "477720.63", "cash"],
      ["Total", "477720.63", "", ""],
    ]);
  });

  test("base salary after the Separation Date: 4(f) on 2003-07-05, 300,000 paid through 2003-06-15, adds 15 days", async () => {
    const c = BASE_SALARY_4F;
    await enterCase(page, { scenario: c.scenario, date: c.date });
    await expectTotal(page, c.withoutSalary);
    await page.getByTestId("base-salary").fill(c.annual);
    await page.getByTestId("salary-paid-through").fill(c.paidThrough);
    await expectTotal(page, c.total);
    expect(await detailAmounts(page)).toContain(c.salary);
    await expect(
      page
        .locator(".btu-field")
        .filter({ has: page.getByTestId("base-salary") })
        .textContent()
    ).resolves.toContain("4(f): any base salary");
  });

  test("base salary on the Separation Date: 4(d) on 2003-06-30 shows the salary fields and includes them", async () => {
    const c = BASE_SALARY_4D;
    await enterCase(page, { scenario: c.scenario, date: c.date });
    await expectTotal(page, "1,216,000.00");
    expect(await page.getByTestId("base-salary").count()).toBe(1);
    expect(await page.getByTestId("salary-paid-through").count()).toBe(1);
    await page.getByTestId("base-salary").fill(c.annual);
    await page.getByTestId("salary-paid-through").fill(c.paidThrough);
    await expectTotal(page, c.total);
    expect(await detailAmounts(page)).toContain(c.salary);
    await page.getByLabel("Payment schedule").selectOption("payout");
    const csv = parseCsv(fs.readFileSync(await download("Download CSV"), "utf8"));
    const salaryRow = csv.find((r) => r[4]?.includes("Base salary earned but unpaid"));
    expect(salaryRow?.[5]).toContain("1(a)");
    expect(
      csv
        .slice(1, -1)
        .reduce((s, r) => s.plus(r[1]), new Decimal(0))
        .toFixed(2)
    ).toBe("1227506.85");
    expect(csv[csv.length - 1].slice(0, 2)).toEqual(["Total", "1227506.85"]);
    expect(await shownTotal(page)).toBe(`$${c.total}`);
  });

  test("4(e), 4(f) and 4(g) offer the Chairmanship Period alone, which needs the date the Consulting Period ended", async () => {
    for (const scenario of ["4e", "4f", "4g"]) {
      await page.getByLabel("Termination scenario").selectOption(scenario);
      const options = await page
        .getByLabel("Periods ended")
        .locator("option")
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(options).toEqual(["both", "chairman"]);
    }
    await enterCase(page, { scenario: "4f", periods: "chairman", date: "2005-10-01" });
    const field = page.locator(".btu-field").filter({ has: page.getByTestId("consulting-end") });
    await field
      .locator(".btu-field__message")
      .filter({ hasText: /4\(f\) ends both periods/ })
      .waitFor();
    expect(await shownTotal(page)).toBeNull();
    await page.getByTestId("consulting-end").fill("2005-06-30");
    await page.getByTestId("payout-total").waitFor();
    await expect(page.getByTestId("consequences").textContent()).resolves.toContain(
      "The Consulting Period ended on 2005-06-30"
    );
  });
});
