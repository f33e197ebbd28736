/**
 * The task pane as a stand-alone calculator in a plain browser (office.js
 * loaded, no Office host): scenarios and their figures, validation messages,
 * interpretation switches, clause texts, downloads, settings kept in the
 * browser. Figures are the hand-verified ones of ./figures.
 */
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { recalculate, soffice } from "../helpers/libreoffice";
import * as fs from "fs";
import { Page } from "playwright-core";
import { CASES, CHAIRMAN_TOTAL, CONSULTING_SCHEDULE, XNPV } from "./figures";
import {
  describeInChromium,
  detailAmounts,
  enterCase,
  expectTotal,
  shownTotal,
  panePerTest,
  parseCsv,
} from "./support";

describeInChromium("task pane, stand-alone in a browser", () => {
  let page: Page;
  const shared = panePerTest((p) => {
    page = p.page;
  });

  test("runs as a calculator when office.js reports no host", async () => {
    // Plain header text: the mode and where settings are kept, not the technical reason (issue 12).
    await expect(page.getByTestId("mode").textContent()).resolves.toMatch(
      /^Stand-alone calculator: downloads instead of insertion into a workbook\./
    );
    expect(await page.getByRole("button", { name: /Insert/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Download .xlsx" }).isEnabled()).toBe(true);
  });

  test("works without office.js at all (the CDN unreachable)", async () => {
    const offline = await shared.open({ offline: true });
    try {
      await expect(offline.page.getByTestId("mode").textContent()).resolves.toContain(
        "Stand-alone calculator"
      );
      await enterCase(offline.page, CASES[1]);
      await expectTotal(offline.page, CASES[1].total);
      // The only errors: the blocked office.js request itself.
      expect(
        offline.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p))
      ).toEqual([]);
    } finally {
      await offline.close();
    }
  });

  test.each(CASES.map((c) => [c.name, c] as const))("%s", async (_, c) => {
    await enterCase(page, c);
    await expectTotal(page, c.total);
    await expect(page.getByTestId("termination-date").textContent()).resolves.toContain(
      c.termination
    );
    if (c.amounts.length) expect(await detailAmounts(page)).toEqual(c.amounts);
    if (c.scenario === "4g")
      await expect(page.getByTestId("death-branch").textContent()).resolves.toMatch(
        c.date < "2003-06-30" ? /before the Separation Date/ : /after the Separation Date/
      );
  });

  test("4(g) before the Separation Date lists base salary as not computed", async () => {
    await enterCase(page, { scenario: "4g", date: "2003-06-29" });
    await expectTotal(page, "1,216,000.00");
    await expect(page.getByTestId("detail").textContent()).resolves.toMatch(
      /Base salary earned but unpaid.*not computed: rate not in the agreement/
    );
  });

  test("switching the discount method recomputes the 4(c)(i) lump sum at once", async () => {
    await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
    await expectTotal(page, "542,788.68");
    await page.getByLabel("Discount method").selectOption("xnpv");
    await expectTotal(page, XNPV.total);
    expect(await detailAmounts(page)).toEqual(["5,589.04", XNPV.lumpSum]);
    await expect(page.getByTestId("choices-in-force").textContent()).resolves.toContain(
      "discount-method=xnpv"
    );
    await page.getByRole("button", { name: "Reset to the defaults" }).click();
    await expectTotal(page, "542,788.68");
  });

  test("what each reading costs: 4(a) with the notice day not earned is 832.87 less", async () => {
    // Hand-worked: 9,161.64 earned with the notice day 2004-10-01 (default), 8,328.77 without it.
    await enterCase(page, { scenario: "4a", date: "2004-10-01" });
    await expectTotal(page, "9,161.64");
    const table = page.getByTestId("sensitivity");
    await expect(table.getAttribute("aria-labelledby")).resolves.toBeTruthy();
    const row = (entry: string, value: string) =>
      table.locator(`[data-testid=sensitivity-row][data-entry="${entry}"][data-value="${value}"]`);
    const notEarned = row("cause-notice-day", "not-earned");
    await expect(notEarned.getByTestId("sensitivity-total").textContent()).resolves.toBe(
      "$8,328.77"
    );
    await expect(notEarned.getByTestId("sensitivity-difference").textContent()).resolves.toBe(
      "-$832.87"
    );
    expect(await notEarned.getAttribute("data-in-force")).toBe("false");
    const earned = row("cause-notice-day", "earned");
    expect(await earned.getAttribute("data-in-force")).toBe("true");
    await expect(earned.textContent()).resolves.toMatch(/in force.*9,161\.64.*0\.00/);
    // The figures are right-aligned.
    const align = await notEarned
      .getByTestId("sensitivity-total")
      .locator("span")
      .evaluate((e) => getComputedStyle(e).textAlign);
    expect(align).toBe("right");
    // Switching the reading moves the figure in force, and the table follows.
    await page.getByLabel("Cause notice day").selectOption("not-earned");
    await expectTotal(page, "8,328.77");
    await expect(
      row("cause-notice-day", "earned").getByTestId("sensitivity-difference").textContent()
    ).resolves.toBe("$832.87");
  });

  test("options per tranche: vested ones exercisable 90 days after 4(c)(i), unvested forfeited", async () => {
    await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
    for (const [i, [vesting, shares]] of [
      ["2004-10-01", "12500"],
      ["2005-06-01", "12,500"],
    ].entries()) {
      await page.getByRole("button", { name: "Add a tranche" }).click();
      await page.getByLabel(`Vesting date ${i + 1}`).fill(vesting);
      await page.getByLabel(`Shares ${i + 1}`).fill(shares);
    }
    await page.getByTestId("tranche-deadline").nth(1).filter({ hasText: "forfeited" }).waitFor();
    expect(
      (await page.getByTestId("tranche-deadline").allTextContents()).map((t) => t.trim())
    ).toEqual(["2004-12-30", "forfeited"]);
    await expect(page.getByTestId("options").textContent()).resolves.toContain("3(c)(iv)(A)(iii)");
    // 4(b)(i): unvested tranches keep vesting and are exercisable 90 days from vesting; vested ones one year.
    await page.getByLabel("Termination scenario").selectOption("4b-i");
    await page.getByTestId("tranche-deadline").first().filter({ hasText: "2005-10-01" }).waitFor();
    expect(
      (await page.getByTestId("tranche-deadline").allTextContents()).map((t) => t.trim())
    ).toEqual(["2005-10-01", "2005-08-30"]);
  });

  const invalid = [
    {
      name: "4(b)(i) notice before July 1, 2004",
      input: { scenario: "4b-i", date: "2004-06-30" },
      field: "date",
      message: /2004-07-01/,
      clause: "4(b)(i)",
    },
    {
      name: "4(c)(i) notice before July 1, 2004",
      input: { scenario: "4c-i", date: "2004-06-30" },
      field: "date",
      message: /2004-07-01/,
      clause: "4(c)(i)",
    },
    {
      name: "4(d) ending the Consulting Period on July 1, 2004",
      input: { scenario: "4d", periods: "consulting", date: "2004-07-01" },
      field: "date",
      message: /must be from 2003-02-07 to 2004-06-30, 4\(d\)'s window/, // 4(d): the Consulting Period "at any time before July 1, 2004"
      clause: "4(d)",
    },
    {
      name: "4(h) notice before 120 days of disability",
      input: { scenario: "4h", date: "2005-04-30", disabilityFirst: "2005-01-01" },
      field: "date",
      message: /notice may be given from 2005-05-01/,
      clause: "4(h)",
    },
    {
      name: "4(b)(ii) Chairmanship Period alone without the Consulting Period's end",
      input: { scenario: "4b-ii", periods: "chairman", date: "2005-07-01" },
      field: "consulting-end",
      message: /simultaneously or before/,
      clause: "4(b)(ii)",
    },
  ];
  test.each(invalid.map((x) => [x.name, x] as const))(
    "invalid: %s shows the clause's message beside the field and no figures",
    async (_, x) => {
      await enterCase(page, x.input);
      // The message sits in the same field (fields.tsx) as the input it concerns.
      const field = page.locator(".btu-field").filter({ has: page.getByTestId(x.field) });
      const message = field.locator(".btu-field__message");
      await message.waitFor();
      const text = (await message.textContent()) ?? "";
      expect(text).toMatch(x.message);
      expect(text).toContain(x.clause);
      expect(await shownTotal(page)).toBeNull();
      expect(await page.getByTestId("no-result").count()).toBe(1);
      expect(await page.getByTestId("timeline").count()).toBe(0);
    }
  );

  test("the clause text is one click away, from the scenario and from a result row", async () => {
    await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
    await page
      .getByRole("button", { name: "Clause 4(c)(i): show the agreement's text" })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.textContent()).resolves.toContain(
      "Beginning on July 1, 2004, you may elect to terminate the Consulting Period at any time upon three months' prior written notice"
    );
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page
      .getByTestId("detail")
      .getByRole("button", { name: /Clause 4\(c\)\(i\)/ })
      .first()
      .click();
    await expect(page.getByRole("dialog").textContent()).resolves.toContain(
      "less a discount equal to three percent (3%) per year"
    );
    await page.getByRole("button", { name: "Close" }).click();
  });

  test("4(c)(i) financial duress, option (B): shares, cash balance and deadlines", async () => {
    await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
    await page.getByText("The Board delayed the lump sum for financial duress").click();
    await page.getByTestId("duress-notification").fill("2004-07-15");
    await page.getByText("(B) All or part of the lump sum in shares").click();
    await page.getByTestId("duress-portion").fill("50%");
    await page.getByTestId("duress-fmv").fill("2.15");
    await page.getByTestId("duress-election").fill("2004-08-02");
    const result = page.getByTestId("duress-result");
    await result.filter({ hasText: "124,930 shares" }).waitFor();
    const text = (await result.textContent()) ?? "";
    // 50% of 537,199.64 = 268,599.82 at $2.15 = 124,930.15 shares, rounded down; cash 537,199.64 - 124,930 x 2.15 = 268,600.14.
    expect(text).toContain("cash balance $268,600.14");
    expect(text).toContain("by 2004-08-13"); // 21 business days after Thursday 2004-07-15
    expect(text).toContain("Shares due by 2004-08-16"); // 10 business days after Monday 2004-08-02
    await page.getByTestId("duress-fmv").fill("0");
    await page
      .locator(".btu-field")
      .filter({ has: page.getByTestId("duress-fmv") })
      .locator(".btu-field__message")
      .filter({ hasText: /^Fair market value per share must be a price per share above 0/ })
      .waitFor();
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

  test("the Consulting Fee schedule downloads as .xlsx with real dates, amounts and a total that ties", async () => {
    // The default download is this termination's payments (issue 12 item 4); the fee schedule is one choice away.
    await page.getByLabel("Payment schedule").selectOption("consulting");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download("Download .xlsx"));
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "Pay date",
      "Period start",
      "Period end",
      "Days",
      "Amount",
      "Cumulative",
    ]);
    const day = (v: unknown) =>
      v instanceof Date ? v.toISOString().slice(0, 10) : `not a date: ${String(v)}`;
    const row = (n: number) => ws.getRow(n);
    const { first, last, rows, total } = CONSULTING_SCHEDULE;
    expect([
      day(row(2).getCell(1).value),
      day(row(2).getCell(2).value),
      day(row(2).getCell(3).value),
      row(2).getCell(4).value,
      row(2).getCell(5).value,
    ]).toEqual([first.payDate, first.start, first.end, first.days, Number(first.amount)]);
    expect(row(2).getCell(1).numFmt).toBe("yyyy-mm-dd");
    expect(row(2).getCell(5).numFmt).toBe("#,##0.00");
    const lastRow = row(rows + 1);
    expect([
      day(lastRow.getCell(1).value),
      day(lastRow.getCell(2).value),
      day(lastRow.getCell(3).value),
      lastRow.getCell(4).value,
      lastRow.getCell(5).value,
    ]).toEqual([last.payDate, last.start, last.end, last.days, Number(last.amount)]);
    let sum = new Decimal(0);
    for (let n = 2; n <= rows + 1; n++)
      sum = sum.plus(new Decimal(String(row(n).getCell(5).value)));
    expect(sum.toFixed(2)).toBe(total);
    expect(new Decimal(String(lastRow.getCell(6).value)).toFixed(2)).toBe(total);
    const totalRow = row(rows + 2);
    expect(totalRow.getCell(1).value).toBe("Total");
    expect(totalRow.getCell(5).value).toEqual({
      formula: `SUM(E2:E${rows + 1})`,
      result: Number(total),
    });
    expect(wb.getWorksheet("About")?.getRow(1).getCell(1).value).toMatch(/Consulting Fee schedule/);
  });

  test("paragraph 1 base salary where the clause pays it: 4(d) on 2003-05-15, paid through 2003-04-30, 14 days x 300,000/365 = 11,506.85", async () => {
    await enterCase(page, { scenario: "4d", date: "2003-05-15" });
    await expectTotal(page, "1,216,000.00");
    await page.getByTestId("base-salary").fill("300,000");
    await page.getByTestId("salary-paid-through").fill("2003-04-30");
    await expectTotal(page, "1,227,506.85");
    expect(await detailAmounts(page)).toContain("11,506.85");
    // Half the facts: a message at the missing one, and no figures.
    await page.getByTestId("salary-paid-through").fill("");
    await page
      .locator(".btu-field")
      .filter({ has: page.getByTestId("salary-paid-through") })
      .locator(".btu-field__message")
      .filter({ hasText: /paid through/ })
      .waitFor();
    expect(await shownTotal(page)).toBeNull();
    // 4(a) pays base salary earned but unpaid at any date (paragraph 1 facts still matter after the Separation Date)...
    // The half-given facts stay and still block the figures there; cleared, the 4(a) figures follow.
    await enterCase(page, { scenario: "4a", date: "2004-10-01" });
    expect(await page.getByTestId("base-salary").count()).toBe(1);
    await page
      .locator(".btu-field")
      .filter({ has: page.getByTestId("salary-paid-through") })
      .locator(".btu-field__message")
      .filter({ hasText: /paid through/ })
      .waitFor();
    expect(await shownTotal(page)).toBeNull();
    await page.getByTestId("base-salary").fill("");
    await page.getByTestId("payout-total").waitFor();
    await expect(
      page
        .locator(".btu-field")
        .filter({ has: page.getByTestId("base-salary") })
        .textContent()
    ).resolves.toContain("4(a): base salary earned but not paid through the date of notice");
    // ...but 4(c)(i) does not pay it: the fields go away.
    await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
    await expectTotal(page, "542,788.68");
    expect(await page.getByTestId("base-salary").count()).toBe(0);
    expect(await page.getByTestId("salary-paid-through").count()).toBe(0);
  });

  test("the audit workbook of the scenario on screen: native formulas beside the add-in's figures, all agreeing when recomputed", async () => {
    await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
    await expectTotal(page, "542,788.68");
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-audit").click(),
    ]);
    expect(file.suggestedFilename()).toBe("btu-audit-4c-i-2004-10-01.xlsx");
    const saved = await file.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe('Audit: BTU.PAYOUT("4c-i", 2004-10-01)');
    const rows: Array<readonly [number, unknown]> = [];
    ws.getColumn(1).eachCell((cell, i) => rows.push([i, cell.value]));
    const at = (item: RegExp) =>
      rows.find(([, v]) => typeof v === "string" && item.test(v))?.[0] as number;
    const lump = at(/lump sum less 3% a year \(simple\)/);
    expect(ws.getCell(`D${lump}`).value).toBe(537199.64);
    expect((ws.getCell(`C${lump}`).value as { formula: string }).formula).toMatch(
      /^ROUND\(SUM\(K\d+:K\d+\),2\)$/
    );
    // A date-formatted cell reads back as a Date.
    expect(
      (ws.getCell(`D${at(/Termination date = EDATE\(notice, 3\)/)}`).value as Date)
        .toISOString()
        .slice(0, 10)
    ).toBe("2004-10-01");
    if (soffice()) {
      const sheet = recalculate(saved).get(ws.name)!;
      // The checks table: the rows under its header ("Item") down to the first empty row.
      const header = sheet.findIndex((r) => r[0] === "Item");
      const verdicts: string[] = [];
      for (let i = header + 1; i < sheet.length && sheet[i][0] !== ""; i++)
        verdicts.push(sheet[i][5]);
      expect(verdicts.length).toBeGreaterThanOrEqual(6);
      expect(verdicts.filter((v) => v !== "OK")).toEqual([]);
    }
  });

  test("the schedules download as CSV: ISO dates, two-decimal amounts, totals that tie", async () => {
    await page.getByLabel("Payment schedule").selectOption("consulting");
    const lines = parseCsv(fs.readFileSync(await download("Download CSV"), "utf8"));
    const { first, last, rows, total } = CONSULTING_SCHEDULE;
    expect(lines[0]).toEqual([
      "Pay date",
      "Period start",
      "Period end",
      "Days",
      "Amount",
      "Cumulative",
    ]);
    expect(lines).toHaveLength(rows + 2); // the header, the payments, the total
    expect(lines[1]).toEqual([
      first.payDate,
      first.start,
      first.end,
      String(first.days),
      first.amount,
      first.amount,
    ]);
    expect(lines[rows]).toEqual([
      last.payDate,
      last.start,
      last.end,
      String(last.days),
      last.amount,
      total,
    ]);
    expect(
      lines
        .slice(1, -1)
        .reduce((s, l) => s.plus(l[4]), new Decimal(0))
        .toFixed(2)
    ).toBe(total);
    expect(lines[rows + 1]).toEqual(["Total", "", "", "", total, ""]);

    await page.getByLabel("Payment schedule").selectOption("chairman");
    const chair = parseCsv(fs.readFileSync(await download("Download CSV"), "utf8"));
    expect(chair[chair.length - 1]).toEqual(["Total", "", "", "", CHAIRMAN_TOTAL, ""]);
    expect(
      chair
        .slice(1, -1)
        .reduce((s, l) => s.plus(l[4]), new Decimal(0))
        .toFixed(2)
    ).toBe(CHAIRMAN_TOTAL);

    await enterCase(page, { scenario: "4c-i", date: "2004-07-01" });
    await page.getByLabel("Payment schedule").selectOption("payout");
    const pay = parseCsv(fs.readFileSync(await download("Download CSV"), "utf8"));
    expect(pay).toEqual([
      ["Date", "Amount", "Cumulative", "Paid in", "What", "Clause", "Tax treatment"],
      // the Consulting Lump Sum Payment, on the termination date
      // (after the Separation Date, to an independent contractor: no withholding, Form 1099, 3(a))
      [
        "2004-10-01",
        "537199.64",
        "537199.64",
        "cash",
        "Consulting Lump Sum Payment",
        "4(c)(i)",
        "Non-employee compensation: no withholding (3(a)), Form 1099",
      ],
      // earned but unpaid (2004-09-21 to 2004-09-30), on that period's pay date
      [
        "2004-10-04",
        "5589.04",
        "542788.68",
        "cash",
        "Consulting Fees earned but unpaid",
        "4(c)(i)",
        "Non-employee compensation: no withholding (3(a)), Form 1099",
      ],
      ["Total", "542788.68", "", "", "", "", ""],
    ]);
  });

  test("settings are kept in the browser and restored when the pane opens again", async () => {
    await enterCase(page, { scenario: "4h", date: "2005-03-15", disabilityFirst: "2004-11-01" });
    await page.getByLabel("Pay lag").fill("3");
    await page.getByTestId("payout-total").waitFor();
    await page.waitForFunction(() =>
      (localStorage.getItem("btu.taskpane") ?? "").includes('"pay-lag":"3"')
    );
    await page.reload();
    await page.getByLabel("Termination scenario").waitFor();
    expect(await page.getByLabel("Termination scenario").inputValue()).toBe("4h");
    expect(await page.getByTestId("date").inputValue()).toBe("2005-03-15");
    expect(await page.getByTestId("disability-first").inputValue()).toBe("2004-11-01");
    expect(await page.getByLabel("Pay lag").inputValue()).toBe("3");
    await expect(page.getByTestId("mode").textContent()).resolves.toContain(
      "Restored your last settings"
    );
  });
});
