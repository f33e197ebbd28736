/**
 * Two small guarantees of "Hardening, second round": CSV text fields cannot
 * be read as formulas, and EXPLAIN's table of arities is the registered one.
 */
import Decimal from "decimal.js";
import { loadRegistered } from "../helpers/registered";
import { ARITY } from "../../src/functions/implementations";
import { neutralise, toCsv } from "../../src/taskpane/download/csv";
import type { ScheduleTable } from "../../src/taskpane/model/schedules";

describe("CSV: a leading =, +, -, @ in a text field is neutralised (OWASP CSV injection)", () => {
  test.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["Lump sum, 4(c)(i)", "Lump sum, 4(c)(i)"],
  ])("%j -> %j", (text, shown) => expect(neutralise(text)).toBe(shown));

  test("in a written file: text neutralised and quoted, amounts and dates left as they are", () => {
    const t = {
      columns: [
        { header: "Date", format: "date" },
        { header: "Amount", format: "money" },
        { header: "What", format: "text" },
      ],
      rows: [
        [38261, new Decimal("-12.5"), '=cmd|" /C calc"!A0'],
        [38262, new Decimal("3"), "@x, y"],
      ],
      amountColumn: 1,
      total: new Decimal("-9.5"),
    } as unknown as ScheduleTable;
    // The last row is the total (-12.50 + 3.00), a number: never neutralised.
    expect(toCsv(t)).toBe(
      'Date,Amount,What\r\n2004-10-01,-12.50,"\'=cmd|"" /C calc""!A0"\r\n2004-10-02,3.00,"\'@x, y"\r\nTotal,-9.50,\r\n'
    );
  });
});

test("EXPLAIN's arities are the parameters each function registers (dist/functions.json)", () => {
  const reg = loadRegistered();
  const registered = Object.fromEntries(
    reg.metadata.functions.filter((f) => f.id !== "EXPLAIN").map((f) => [f.id, f.parameters.length])
  );
  expect(ARITY).toEqual(registered);
});
