/**
 * "Check this add-in in this workbook" (issue 19) in the built pane, against
 * the test double of the Excel API: the self-test goes to a new sheet with a
 * name no other sheet has (a user's cells untouched), its formulas are the
 * self-test module's, and the sheet as written evaluates to PASS in every
 * row: each =BTU. call through the CLI's evaluate path (btu-calc --batch),
 * the PASS/FAIL formulas by Excel's rules (test/helpers/sheet-eval.ts).
 * Needs `npm run build:local` (which builds the CLI too).
 */
import { FakeWrite } from "./fake-office";
import { describeInChromium, excelWrites, Pane, sharedPane } from "./support";
import { selfTestCells } from "../../src/taskpane/excel/selftest";
import { evaluateWithCli } from "../helpers/selftest-cli";

type Grid = Array<Array<string | number>>;

describeInChromium("the self-test in Excel (test double of the Excel API)", () => {
  const shared = sharedPane();
  const panes: Pane[] = [];
  afterEach(async () => {
    for (const p of panes.splice(0)) {
      expect(p.problems).toEqual([]);
      await p.close();
    }
  });

  const button = "Check this add-in in this workbook";

  test("writes a new sheet, never over the user's: a second run and an existing 'BTU self-test' get their own", async () => {
    const pane = await shared.open({
      excel: { sheets: { Sheet1: { A1: "mine" }, "BTU self-test": { B1: "also mine" } } },
    });
    panes.push(pane);
    const { page } = pane;
    await page.getByRole("button", { name: button }).click();
    await page
      .getByTestId("output-status")
      .filter({ hasText: /Wrote the add-in's self-test to 'BTU self-test \(2\)'!A1:/ })
      .waitFor();
    await page.getByRole("button", { name: button }).click();
    await page
      .getByTestId("output-status")
      .filter({ hasText: /'BTU self-test \(3\)'!A1:.*B1 says PASS/ })
      .waitFor();
    const writes = await excelWrites(page);
    expect(writes.filter((w) => w.op === "addSheet").map((w) => w.sheet)).toEqual([
      "BTU self-test (2)",
      "BTU self-test (3)",
    ]);
    // Nothing written on the user's sheets.
    expect(writes.filter((w) => w.sheet === "Sheet1" || w.sheet === "BTU self-test")).toEqual([]);
    const cells = await page.evaluate(() =>
      (window as unknown as { __excelCells: (s: string) => unknown }).__excelCells("BTU self-test")
    );
    expect(JSON.stringify(cells)).toContain("also mine");
  });

  test("the sheet as written: the module's formulas, and PASS in every row when evaluated", async () => {
    const pane = await shared.open({ excel: {} });
    panes.push(pane);
    const { page } = pane;
    await page.getByRole("button", { name: button }).click();
    await page
      .getByTestId("output-status")
      .filter({ hasText: /Wrote the add-in's self-test/ })
      .waitFor();
    const writes: FakeWrite[] = await excelWrites(page);
    const block = writes.find((w) => w.op === "formulas" && w.sheet === "BTU self-test");
    expect(block?.address).toMatch(/^A1:/);
    const grid = block?.data as Grid;
    expect(grid).toEqual(selfTestCells({ row: 0, col: 0 }).map((r) => r.map((c) => c.value)));
    // Read back as written: the same sheet evaluated.
    const { sheet } = evaluateWithCli(grid);
    for (let r = 5; r <= 16; r++) expect([r, sheet.value(`D${r}`)]).toEqual([r, "PASS"]);
    expect(sheet.value("B1")).toBe("PASS: all 12 checks");
    // Money and dates formatted as such.
    const formats = writes.find((w) => w.op === "numberFormat" && w.sheet === "BTU self-test")
      ?.data as string[][];
    expect(formats[4].slice(1, 3)).toEqual(["#,##0.00", "#,##0.00"]);
    expect(formats[8].slice(1, 3)).toEqual(["yyyy-mm-dd", "yyyy-mm-dd"]);
  });
});
