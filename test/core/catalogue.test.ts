/**
 * The core's catalogue of each function's answer (RESULT_SHAPES): what the
 * CLI's `--dates iso` reads to know which cells are dates. Checked against
 * the functions Excel registers (the @customfunction tags of
 * src/functions/functions.ts, read as text) and against what each function
 * actually returns for a sample call: a date is a whole serial in the
 * agreement's years, money a number to the cent, text text, and a table has
 * the catalogue's columns, in order.
 */
import "../../src/cli/runtime-shim";
import * as fs from "fs";
import * as path from "path";
import * as Functions from "../../src/functions/functions";
import { CellKind, dateCells, parseIso, RESULT_SHAPES, resultShape } from "../../src/core";
import { asExcel } from "../helpers/as-excel";

const F = asExcel(Functions);

const _ = null as any;
const D = (t: string) => parseIso(t) as number;
// EXPLAIN's repeated arguments come as 2-D arrays.
const args = (...xs: unknown[]) => xs.map((x) => (x === null ? null : [[x]])) as never;

/** One sample call of every function, with the arguments Excel would pass. */
const SAMPLES: Record<string, () => unknown> = {
  CONSULT_LUMPSUM: () => F.consultLumpSum(D("2004-10-01"), _),
  CHAIR_LUMPSUM: () => F.chairLumpSum(D("2005-10-01"), _),
  CONSULT_DISCOUNTED: () => F.consultDiscounted(D("2004-10-01"), _, _, _),
  CHAIR_DISCOUNTED: () => F.chairDiscounted(D("2005-10-01"), _, _, _),
  EARNED_UNPAID: () => F.earnedUnpaid("consulting", D("2004-10-01"), _),
  FEE_SCHEDULE: () => F.feeSchedule("chairman", D("2007-01-01"), _, _, _),
  PAYOUT: () => F.payoutTotal("4c-i", D("2004-10-01")),
  PAYOUT_DETAIL: () => F.payoutDetail("4c-i", D("2004-10-01")),
  PAYOUT_SCHEDULE: () => F.payoutSchedule("4h", D("2005-03-15")),
  PAYOUT_BY_YEAR: () => F.payoutByYear("4h", D("2005-03-15")),
  SENSITIVITY: () => F.sensitivityTable("4c-i", D("2004-10-01")),
  OUTSTANDING: () => F.outstandingAt("4h", D("2005-03-15"), D("2005-12-31")),
  ROLLFORWARD: () => F.rollForwardTable("4h", D("2005-03-15")),
  TERMINATION_DATE: () => F.terminationDateOf("4b-i", D("2004-07-01"), _),
  OPTION_DEADLINE: () => F.optionDeadlineOf("4b-i", D("2004-10-01"), D("2005-03-01"), _),
  CURE_PERIOD_END: () => F.curePeriodEnd("4a", D("2004-10-01")),
  ELECTION_DEADLINE: () => F.electionDeadlineOf(D("2006-10-25"), _, _),
  SHARE_TRANSFER_DEADLINE: () => F.shareTransferDeadlineOf(D("2004-11-30"), _, _),
  DURESS_SHARES: () => F.duressSharesOf(473808.3, 3.25, 0.4, _),
  DURESS_BALANCE: () => F.duressBalanceOf(473808.3, 3.25, 0.4, _),
  DURESS_SCHEDULE: () => F.duressScheduleOf(D("2005-02-01"), 284287.8, _, _, _),
  DISABILITY_NOTICE_FROM: () => F.disabilityNoticeFromOf(D("2005-01-03"), _),
  SPLITDOLLAR_INTEREST: () => F.splitDollarInterest(400000, 500000, _, _),
  SPLITDOLLAR_BUYOUT: () => F.splitDollarBuyoutOf(290000, 21.8, _, _),
  LIFE_EXPECTANCY: () => F.lifeExpectancyOf(D("1940-06-01"), D("2005-01-01"), [[64, 21.8]], _),
  TERMS: () => F.terms(),
  INTERPRETATIONS: () => F.interpretations(_),
  EXPLAIN: () => F.explain("TERMINATION_DATE", args("4b-i", D("2004-07-01"))),
};

/** Whether a cell holds what its kind says. A date: a whole serial from 2003 to 2008 (the agreement's span plus a year of option exercise). */
function fits(kind: CellKind, v: unknown): boolean {
  switch (kind) {
    case "date":
      return (
        typeof v === "number" && Number.isInteger(v) && v >= D("2003-01-01") && v <= D("2008-12-31")
      );
    case "money":
      return (
        typeof v === "number" &&
        Number.isFinite(v) &&
        Math.abs(Math.round(v * 100) - v * 100) < 1e-6
      );
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "text":
      return typeof v === "string";
    case "mixed":
      return v !== undefined;
  }
}

describe("RESULT_SHAPES: each BTU function's answer, a fact of the core", () => {
  const source = fs.readFileSync(path.join(__dirname, "../../src/functions/functions.ts"), "utf8");
  const registered = [...source.matchAll(/@customfunction\s+([A-Z_]+)/g)].map((m) => m[1]);

  test("one entry for every function Excel registers, and none besides", () => {
    expect(registered.length).toBeGreaterThan(20);
    expect(Object.keys(RESULT_SHAPES).sort()).toEqual([...registered].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...registered].sort());
  });

  test.each(Object.keys(RESULT_SHAPES))("%s returns what the catalogue says", (id) => {
    const shape = RESULT_SHAPES[id];
    const out = SAMPLES[id]();
    if (shape.kind === "value") {
      expect(Array.isArray(out)).toBe(false);
      expect([id, fits(shape.cell, out)]).toEqual([id, true]);
      return;
    }
    expect(Array.isArray(out)).toBe(true);
    const rows = out as unknown[][];
    // Shown by default: the header row is text, one label a column.
    expect(rows[0].every((h) => typeof h === "string")).toBe(true);
    for (const row of rows) expect(row).toHaveLength(shape.columns.length);
    const body = rows.slice(1);
    expect(body.length).toBeGreaterThan(0);
    shape.columns.forEach((kind, j) => {
      // PAYOUT_DETAIL leaves the amount of a non-cash row empty; SENSITIVITY shows a reading's error as text.
      const cells = body
        .map((r) => r[j])
        .filter((c) => !(kind === "money" && typeof c === "string"));
      if (kind === "money") expect(cells.length).toBeGreaterThan(0);
      const misfits = cells.filter((c) => !fits(kind, c));
      expect([id, j, kind, misfits]).toEqual([id, j, kind, []]);
    });
  });

  test("by hand: TERMINATION_DATE(4b-i, notice 2004-07-01) is three months on, 2004-10-01 (4(b)(i)); FEE_SCHEDULE's date columns are Pay date, Period start, Period end (3(a))", () => {
    expect(F.terminationDateOf("4b-i", D("2004-07-01"), _)).toBe(D("2004-10-01"));
    expect(dateCells("TERMINATION_DATE")).toEqual({ value: true, columns: [] });
    const header = (F.feeSchedule("chairman", _, _, _, _) as unknown[][])[0];
    const cols = dateCells("FEE_SCHEDULE").columns;
    expect(header.filter((_h, j) => cols[j])).toEqual(["Pay date", "Period start", "Period end"]);
    // Issue 21: the Tax treatment column (paragraph 5, 3(a)) is text, added last.
    expect(dateCells("btu.payout_schedule").columns).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(dateCells("DURESS_SCHEDULE").columns).toEqual([true, false, false]);
  });

  test("cross-check with the headers: a table's date columns are exactly those whose header names a date or a period's start or end", () => {
    for (const [id, shape] of Object.entries(RESULT_SHAPES)) {
      if (shape.kind !== "table") continue;
      const header = (SAMPLES[id]() as unknown[][])[0] as string[];
      const byHeader = header.map((h) => /\bdate\b|^period (start|end)$/i.test(h));
      expect([id, shape.columns.map((c) => c === "date")]).toEqual([id, byHeader]);
    }
  });

  test("money is never a date; an unknown or inherited name has no shape", () => {
    for (const id of ["PAYOUT", "CONSULT_DISCOUNTED", "DURESS_BALANCE", "SPLITDOLLAR_BUYOUT"])
      expect(dateCells(id).value).toBe(false);
    expect(resultShape("NOPE")).toBeUndefined();
    expect(resultShape("constructor")).toBeUndefined();
    expect(resultShape("__proto__")).toBeUndefined();
    expect(dateCells("toString")).toEqual({ value: false, columns: [] });
  });
});
