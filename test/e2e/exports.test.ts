/**
 * Every download a controller files (issue 12 item 4), from the built pane
 * in Chromium and from the CLI: the schedules (.xlsx and CSV) of the
 * Consulting Fee, the Chairman Fee and this termination's payments, the
 * audit workbook, and `btu-calc --audit-workbook`. LibreOffice opens all of
 * them in one run, recomputes every formula (cached results ignored) and no
 * cell may be an error; the payments export's rows and labels are
 * PAYOUT_SCHEDULE's as Excel registers it (dist/functions.js) and its total
 * the hand-worked figure (./figures). Every sheet carries print settings.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Page } from "playwright-core";
import { madeOn } from "../../src/audit/print";
import { describeWithLibreOffice, soffice } from "../helpers/libreoffice";
import { errorCells, recomputeAll, Recomputed } from "../helpers/libreoffice-batch";
import { loadRegistered, Registered } from "../helpers/registered";
import { BASE_SALARY_4D, CASES, CHAIRMAN_TOTAL, CONSULTING_SCHEDULE, DURESS_B } from "./figures";
import { describeInChromium, enterCase, enterDuressB, expectTotal, sharedPane } from "./support";

const ROOT = path.join(__dirname, "..", "..");
const suite = soffice() ? describeInChromium : describeWithLibreOffice;

const C4CI = CASES[0]; // 4(c)(i), notice 2004-07-01: 537,199.64 + 5,589.04 = 542,788.68
const C4H = CASES[3]; // 4(h) 2005-03-15: 284,929.32

/** Excel serial -> YYYY-MM-DD, by plain arithmetic (1900 date system, after March 1900). */
const isoOf = (serial: number) =>
  new Date((serial - 25569) * 86_400_000).toISOString().slice(0, 10);

suite("downloads a controller can file, recomputed by LibreOffice", () => {
  const shared = sharedPane();
  let page: Page;
  let problems: string[] = [];
  let defaultSchedule = "";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "btu-exports-"));
  /** Download key -> saved file; and the file name the pane suggested. */
  const files = new Map<string, string>();
  const suggested = new Map<string, string>();
  let lo: Map<string, Recomputed>;
  let reg: Registered;
  const madeFrom = madeOn();
  const control = path.join(dir, "control.xlsx");

  async function save(key: string, click: () => Promise<void>): Promise<void> {
    const [d] = await Promise.all([page.waitForEvent("download"), click()]);
    const file = path.join(dir, `${key}-${d.suggestedFilename()}`);
    await d.saveAs(file);
    files.set(key, file);
    suggested.set(key, d.suggestedFilename());
  }
  const button = (name: string) => () => page.getByRole("button", { name }).click();
  const audit = () => page.getByTestId("download-audit").click();
  const schedule = (kind: string) => page.getByLabel("Payment schedule").selectOption(kind);

  beforeAll(async () => {
    reg = loadRegistered();
    const pane = await shared.open();
    page = pane.page;
    problems = pane.problems;
    defaultSchedule = await page.getByLabel("Payment schedule").inputValue();

    // 4(c)(i), notice 2004-07-01, with a vested and an unvested (forfeited) tranche; the default download.
    await enterCase(page, { scenario: "4c-i", date: C4CI.date });
    for (const [i, [vesting, shares]] of [
      ["2004-10-01", "12500"],
      ["2005-06-01", "12,500"],
    ].entries()) {
      await page.getByRole("button", { name: "Add a tranche" }).click();
      await page.getByLabel(`Vesting date ${i + 1}`).fill(vesting);
      await page.getByLabel(`Shares ${i + 1}`).fill(shares);
    }
    await expectTotal(page, C4CI.total);
    await page.getByTestId("tranche-deadline").nth(1).filter({ hasText: "forfeited" }).waitFor();
    await save("payout-xlsx", button("Download .xlsx"));
    await save("payout-csv", button("Download CSV"));
    await save("audit", audit);
    await schedule("consulting");
    await save("consulting-xlsx", button("Download .xlsx"));
    await save("consulting-csv", button("Download CSV"));
    await schedule("chairman");
    await save("chairman-xlsx", button("Download .xlsx"));
    await save("chairman-csv", button("Download CSV"));
    await schedule("payout");

    // The Board's delay with (B) (./figures DURESS_B).
    await enterDuressB(page);
    await expectTotal(page, DURESS_B.total);
    await save("duress-xlsx", button("Download .xlsx"));
    await save("duress-csv", button("Download CSV"));
    await save("duress-audit", audit);

    // 4(h): the 60% continuation.
    await enterCase(page, {
      scenario: "4h",
      date: C4H.date,
      disabilityFirst: C4H.disabilityFirst,
    });
    await expectTotal(page, C4H.total);
    await save("disability-xlsx", button("Download .xlsx"));
    await save("disability-csv", button("Download CSV"));

    // 4(d) on the Separation Date with paragraph 1 base salary.
    await enterCase(page, { scenario: BASE_SALARY_4D.scenario, date: BASE_SALARY_4D.date });
    await page.getByTestId("base-salary").fill(BASE_SALARY_4D.annual);
    await page.getByTestId("salary-paid-through").fill(BASE_SALARY_4D.paidThrough);
    await expectTotal(page, BASE_SALARY_4D.total);
    await save("salary-xlsx", button("Download .xlsx"));
    await save("salary-csv", button("Download CSV"));
    await save("salary-audit", audit);
    await pane.close();

    // The CLI's audit workbook of a delay under (A) that ended 2005-06-30 (test/oracle/cases.ts DELAY_CASES).
    const cli = path.join(dir, "cli-audit.xlsx");
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, "bin", "btu-calc.js"),
        "--audit-workbook",
        cli,
        "4c-i",
        "2005-02-01",
        "--notice",
        "2004-11-01",
        "--notification",
        "2004-11-15",
        "--option",
        "A",
        "--duress-end",
        "2005-06-30",
        "--vesting",
        "2004-10-01,2005-06-01",
      ],
      { stdio: "pipe" }
    );
    files.set("cli-audit", cli);

    // A control in the same run: a cached result LibreOffice must not keep, and an error it must show.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Control");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("A3").value = { formula: "SUM(A1:A2)", result: 99 } as ExcelJS.CellFormulaValue;
    ws.getCell("A4").value = { formula: "A1/0" } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(control);
    lo = recomputeAll([...files.values(), control]);
  }, 300_000);

  const sheets = (key: string): Recomputed => {
    const r = lo.get(files.get(key) as string);
    if (!r) throw new Error(`no LibreOffice result for ${key}`);
    return r;
  };
  const sheet = (key: string, name: RegExp): string[][] => {
    const found = [...sheets(key)].find(([n]) => name.test(n));
    if (!found) throw new Error(`${key} has no sheet ${name}: ${[...sheets(key).keys()]}`);
    return found[1];
  };

  test("the pane shows no script error while making the downloads", () => {
    expect(problems).toEqual([]);
  });

  test("the default download is this termination's payments (PAYOUT_SCHEDULE), not the fee schedule", () => {
    expect(defaultSchedule).toBe("payout");
    expect(suggested.get("payout-xlsx")).toBe("btu-payout-4c-i-2004-10-01.xlsx");
    expect(suggested.get("payout-csv")).toBe("btu-payout-4c-i-2004-10-01.csv");
  });

  test("the check is real: LibreOffice recomputes cached results and its error cells are found", () => {
    const c = lo.get(control) as Recomputed;
    expect(c.get("Control")?.map((r) => r[0])).toEqual(["1", "2", "3", "#DIV/0!"]);
    expect(errorCells(c)).toEqual(["Control!R4C1: #DIV/0!"]);
  });

  test("LibreOffice opens and recomputes every download with no error cell (16 files)", () => {
    // Schedules .xlsx and CSV: 4(c)(i), Consulting Fee, Chairman Fee, the delay, 4(h), 4(d) with salary; 3 audit workbooks from the pane, 1 from the CLI.
    expect(files.size).toBe(16);
    const bad = [...files].flatMap(([key]) => errorCells(sheets(key)).map((e) => `${key}: ${e}`));
    expect(bad).toEqual([]);
    // The workbooks' sheets all came back, each with rows.
    for (const [key] of files)
      for (const [name, rows] of sheets(key))
        expect({ key, name, rows: rows.length > 0 }).toEqual({ key, name, rows: true });
    expect([...sheets("payout-xlsx").keys()].sort()).toEqual(["About", "BTU payout 4c-i"]);
  });

  test("every audit workbook's native figures agree with the add-in's once recomputed (column F all OK)", () => {
    for (const key of ["audit", "duress-audit", "salary-audit", "cli-audit"]) {
      const rows = sheet(key, /^Case 1$/);
      const header = rows.findIndex((r) => r[0] === "Item");
      const verdicts: string[][] = [];
      for (let i = header + 1; i < rows.length && rows[i][0] !== ""; i++)
        verdicts.push([rows[i][0], rows[i][5]]);
      expect({ key, checks: verdicts.length >= 6 }).toEqual({ key, checks: true });
      expect(verdicts.filter(([, v]) => v !== "OK")).toEqual([]);
    }
  });

  /** The payout sheet's body rows and its total row, as LibreOffice computed them. */
  function payoutRows(key: string) {
    const rows = sheet(key, /^BTU payout/);
    const total = rows.findIndex((r) => r[0] === "Total");
    return { header: rows[0], body: rows.slice(1, total), total: rows[total] };
  }

  /** PAYOUT_SCHEDULE as registered, with the arguments the pane's live formula passes. */
  const payoutSchedule = (...args: unknown[]) => {
    const out = reg.call("PAYOUT_SCHEDULE", ...args) as unknown[][];
    expect(out[0]).toEqual(["Date", "Amount", "Cumulative", "What", "Clause", "Tax treatment"]);
    return out
      .slice(1)
      .map(([date, amount, cum, what, clause]) => [
        isoOf(date as number),
        String(amount),
        String(cum),
        what,
        clause,
      ]);
  };
  /** The export's columns in PAYOUT_SCHEDULE's order: Date, Amount, Cumulative, What, Clause. */
  const asSchedule = (body: string[][]) => body.map((r) => [r[0], r[1], r[2], r[4], r[5]]);

  test.each([
    [
      "4(c)(i), notice 2004-07-01",
      "payout",
      ["4c-i", "2004-10-01", null, null, 1, null, null, null, null],
      C4CI.total,
    ],
    [
      "4(c)(i)(B) delay",
      "duress",
      ["4c-i", "2005-02-01", null, null, 1, null, null, null, DURESS_B.delayText],
      DURESS_B.total,
    ],
    [
      "4(h) on 2005-03-15",
      "disability",
      ["4h", "2005-03-15", null, null, 1, null, null, null, null],
      C4H.total,
    ],
    [
      "4(d) with base salary",
      "salary",
      ["4d", "2003-06-30", null, null, 1, null, 300000, "2003-06-15", null],
      BASE_SALARY_4D.total,
    ],
  ])(
    "%s: the payments export's rows and labels are PAYOUT_SCHEDULE's, its recomputed total the hand-worked figure",
    (_name, key, args, total) => {
      const { header, body, total: totalRow } = payoutRows(`${key}-xlsx`);
      expect(header).toEqual(["Date", "Amount", "Cumulative", "Paid in", "What", "Clause"]);
      expect(asSchedule(body)).toEqual(payoutSchedule(...args));
      // Every row says what it is and under which clause.
      for (const r of body) {
        expect(r[3]).toMatch(/^(cash|shares|cash and shares)$/);
        expect(r[4]).toMatch(
          // Issue 21: one row per component, so a lump sum paid beside the salary is its own "Lump sum: ..." row.
          /earned but unpaid|Lump Sum|[Ll]ump sum|60%|Duress payment|shares|[Bb]ase salary/
        );
        expect(r[5]).toMatch(/^\d\([a-z]\)/);
      }
      // The SUM formula recomputed by LibreOffice: the hand-worked total, and the last cumulative.
      const hand = total.replace(/,/g, "");
      expect(Number(totalRow[1]).toFixed(2)).toBe(hand);
      expect(Number(body[body.length - 1][2]).toFixed(2)).toBe(hand);
      // The CSV has the same rows and the same total, as LibreOffice reads it.
      expect(sheet(`${key}-csv`, /./)).toEqual([header, ...body, totalRow]);
    }
  );

  test("the labels a controller looks for: earned but unpaid, lump sum, continuation, duress payment, shares", () => {
    const what = (key: string) =>
      payoutRows(`${key}-xlsx`).body.map((r) => [r[0], r[3], r[4], r[5]]);
    expect(what("payout")).toEqual([
      ["2004-10-01", "cash", "Consulting Lump Sum Payment", "4(c)(i)"],
      ["2004-10-04", "cash", "Consulting Fees earned but unpaid", "4(c)(i)"],
    ]);
    const duress = what("duress");
    expect(duress[0]).toEqual([
      DURESS_B.sharesDue,
      "shares",
      "58,314 shares at $3.25 (value)",
      "4(c)(i)(B)",
    ]);
    // The shares, the Consulting Fees earned but unpaid (3,912.33 on 2005-02-07) and the bi-weekly payments: issue 21
    // keeps the earned fees and the first payment of 2005-02-07 apart (two components, two rows; they were one).
    expect(duress[1]).toEqual([
      "2005-02-07",
      "cash",
      "Consulting Fees earned but unpaid",
      "4(c)(i)",
    ]);
    expect(duress).toHaveLength(2 + DURESS_B.payments);
    expect(duress.slice(2).every((r) => /^Duress payment/.test(r[2]))).toBe(true);
    expect(what("disability").some((r) => /60%/.test(r[2]) && r[3] === "4(h)")).toBe(true);
    expect(what("salary").some((r) => /Base salary earned but unpaid/.test(r[2]))).toBe(true);
  });

  test("the fee schedules tie: 105 Consulting Fee payments, the totals recomputed (3(a))", () => {
    const consulting = sheet("consulting-xlsx", /^BTU consulting/);
    expect(consulting[0]).toEqual([
      "Pay date",
      "Period start",
      "Period end",
      "Days",
      "Amount",
      "Cumulative",
    ]);
    expect(consulting[1].slice(0, 5)).toEqual([
      CONSULTING_SCHEDULE.first.payDate,
      CONSULTING_SCHEDULE.first.start,
      CONSULTING_SCHEDULE.first.end,
      "14",
      CONSULTING_SCHEDULE.first.amount,
    ]);
    const total = consulting.find((r) => r[0] === "Total") as string[];
    expect(consulting.indexOf(total)).toBe(CONSULTING_SCHEDULE.rows + 1);
    expect(Number(total[4]).toFixed(2)).toBe(CONSULTING_SCHEDULE.total);
    const chairman = sheet("chairman-xlsx", /^BTU chairman/);
    expect(Number((chairman.find((r) => r[0] === "Total") as string[])[4]).toFixed(2)).toBe(
      CHAIRMAN_TOTAL
    );
    expect(sheet("consulting-csv", /./)).toEqual(consulting);
  });

  /** The About sheet as LibreOffice shows it: label -> [value, clause]. */
  const about = (key: string) =>
    new Map(sheet(key, /^About$/).map((r) => [r[0], [r[1], r[2]]] as const));

  test("the About sheet lists every input with its value and clause: dates, periods, tranches, choices in force", () => {
    const a = about("payout-xlsx");
    expect(a.get("Figure")).toEqual([expect.stringContaining("PAYOUT_SCHEDULE"), "4(c)(i)"]);
    expect(a.get("Total cash due (PAYOUT)")?.[0]).toBe("542788.68");
    expect(a.get("Notice date")).toEqual(["2004-07-01", "4(c)(i)"]);
    expect(a.get("Termination date")).toEqual(["2004-10-01", "4(c)(i)"]);
    expect(a.get("Periods ended")?.[0]).toBe("consulting");
    // 3(c)(iv)(A)(iii): the tranche vesting on T is vested (90 days: 2004-12-30); the later one is forfeited.
    const tranches = [...a].filter(([k]) => /^Option tranche/.test(k));
    expect(tranches.map(([k, v]) => [k.slice(0, 50), ...v])).toEqual([
      ["Option tranche 1: 12,500 shares vesting 2004-10-01", "2004-12-30", "3(c)(iv)(A)(iii)"],
      ["Option tranche 2: 12,500 shares vesting 2005-06-01", "forfeited", "3(c)(iv)(A)(iii)"],
    ]);
    const choice = (id: string) => a.get(`Interpretation choice in force: ${id}`)?.[0];
    expect(choice("discount-method")).toBe("simple");
    expect(choice("accrual-basis")).toBe("contract-year");
    expect(choice("pay-anchor")).toBe("2003-07-01");
    expect(choice("option-window")).toBeDefined();
    const text = sheet("payout-xlsx", /^About$/)
      .map((r) => r.join(" "))
      .join("\n");
    expect(text).not.toMatch(/as entered/);
    expect(text).toContain("notice date 2004-07-01");
  });

  test("the About sheet of a delay states its facts: notification, election, shares, the alternative that applies", () => {
    const a = about("duress-xlsx");
    expect(a.get("The Board's notification of its delay")).toEqual([
      DURESS_B.notification,
      "4(c)(i)",
    ]);
    expect(a.get("Election")?.[0]).toBe("(B)");
    expect(a.get("Election date")?.[0]).toBe(DURESS_B.election);
    expect(a.get("Portion taken in shares")?.[0]).toBe("40%");
    expect(a.get("Fair market value per share on the election date")?.[0]).toBe("$3.25");
    expect(a.get("Alternative that applies")?.[0]).toBe("(B)");
    expect(a.get("Shares delivered")?.[0]).toBe(DURESS_B.shares);
    expect(a.get("Of which shares at their value")?.[0]).toBe("189520.5");
    expect(a.get("Of which cash")?.[0]).toBe("288200.13");
    const salary = about("salary-xlsx");
    expect(salary.get("Annual base salary")?.[0]).toBe("300000");
    expect(salary.get("Base salary paid through")?.[0]).toBe(BASE_SALARY_4D.paidThrough);
    expect(about("disability-xlsx").get("First day of disability")?.[0]).toBe(C4H.disabilityFirst);
  });

  test("the audit workbook of a delay on screen rebuilds the delayed plan; forfeited tranches are checked", () => {
    const item = (key: string, re: RegExp) => {
      const r = sheet(key, /^Case 1$/).find((x) => re.test(x[0]));
      return r && [r[2], r[5]];
    };
    // (B) from the pane: 58,314 shares, 284,287.80 in 37 bi-weekly payments to 2006-06-26.
    expect(item("duress-audit", /^Alternative that applies/)).toEqual(["1", "OK"]);
    expect(item("duress-audit", /^Delayed plan: number of bi-weekly payments/)).toEqual([
      String(DURESS_B.payments),
      "OK",
    ]);
    expect(item("duress-audit", /^Delayed plan: last bi-weekly payment date/)).toEqual([
      DURESS_B.lastPayment,
      "OK",
    ]);
    expect(item("duress-audit", /^Delayed plan: total paid/)).toEqual(["284287.8", "OK"]);
    // (A) from the CLI, the duress ended 2005-06-30: 11 payments, the rest 391,649.39 that day.
    expect(item("cli-audit", /^Delayed plan: number of bi-weekly payments/)).toEqual(["11", "OK"]);
    expect(item("cli-audit", /^Delayed plan: the rest/)).toEqual(["391649.39", "OK"]);
    // 3(c)(iv)(A)(iii): the tranche vesting 2005-06-01 is forfeited after the 4(c)(i) termination 2004-10-01.
    expect(item("audit", /^Option tranche vesting 2005-06-01: forfeited/)).toEqual(["1", "OK"]);
    expect(item("audit", /^Option tranche vesting 2004-10-01: last exercise/)).toEqual([
      "2004-12-30",
      "OK",
    ]);
  });

  test("print settings on every sheet: landscape, one page wide, header rows repeated, footer with the scenario and the date made", async () => {
    const made = [madeFrom, madeOn()];
    const seen: string[] = [];
    for (const [key, file] of files) {
      if (!file.endsWith(".xlsx")) continue;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      for (const ws of wb.worksheets) {
        const p = ws.pageSetup;
        expect({
          key,
          sheet: ws.name,
          orientation: p.orientation,
          fitToPage: p.fitToPage,
          fitToWidth: p.fitToWidth,
          fitToHeight: p.fitToHeight,
          titles: p.printTitlesRow,
        }).toEqual({
          key,
          sheet: ws.name,
          orientation: "landscape",
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          titles: expect.stringMatching(/^\$?\d+:\$?\d+$/),
        });
        const footer = ws.headerFooter.oddFooter ?? "";
        expect(made.some((d) => footer.includes(`Made ${d}`))).toBe(true);
        expect(footer).toContain("page &P of &N");
        seen.push(`${key}/${ws.name}: ${footer}`);
      }
    }
    expect(seen.length).toBeGreaterThanOrEqual(18);
    const footerOf = (key: string) => seen.find((s) => s.startsWith(`${key}/`)) ?? "";
    expect(footerOf("payout-xlsx")).toContain(
      "4(c)(i) By the executive, Consulting Period, other than for Good Reason: notice date 2004-07-01, termination 2004-10-01"
    );
    expect(footerOf("consulting-xlsx")).toContain("Consulting Fee schedule");
    expect(footerOf("cli-audit")).toContain('Audit: BTU.PAYOUT("4c-i", 2005-02-01)');
  });
});
