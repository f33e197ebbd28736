/**
 * Paid + earned-but-unpaid + remainder = the whole-period fee, to the cent,
 * for every fee, termination date and ledger choice, through the registered
 * functions:
 * - paid and earned-but-unpaid read off FEE_SCHEDULE up to the day before the
 *   first unearned day (rows paid before it, rows paid on or after it);
 * - EARNED_UNPAID equals the rows paid on or after that day, under every choice;
 * - the remainder is CONSULT_LUMPSUM / CHAIR_LUMPSUM;
 * - the whole-period fee is FEE_SCHEDULE's last cumulative figure, and
 *   exactly $816,000.00 / $400,000.00 under the contract-year accrual with
 *   cumulative rounding.
 *
 * Rounding (register entry `rounding`): under `cumulative` (the default) the
 * three parts tie out exactly. Under `per-period` each part of the pay period
 * that the termination date splits is rounded on its own, so they tie out
 * within one cent, and exactly when the first unearned day starts a pay
 * period; that is the documented price of that choice, not a defect.
 */
import fc from "fast-check";
import Decimal from "decimal.js";
import { loadRegistered } from "../helpers/registered";
import {
  AGREEMENT_START,
  choicesText,
  datesIn,
  FEE_END,
  FEE_START,
  ledgerChoices,
  LedgerChoices,
} from "./arbitraries";
import { reportCalls, runs } from "./budget";
import { dec, valueOf } from "./calling";

reportCalls(__filename);
const reg = loadRegistered();

type Row = [number, number, number, number, number, number];

function check(c: LedgerChoices, fee: "consulting" | "chairman", dates: number[]): void {
  const choices = choicesText(c);
  const full = valueOf<Row[]>(reg, "FEE_SCHEDULE", { fee, headers: 0, choices });
  const total = dec(full[full.length - 1][5]);
  // Each contract year accrues exactly the annual fee; per-period rounding may move the total by cents (register `rounding`).
  if (c.accrualBasis === "contract-year" && c.rounding === "cumulative")
    expect(total.toFixed(2)).toBe(fee === "consulting" ? "816000.00" : "400000.00");
  const periodStarts = new Set(full.map((r) => r[1]));
  for (const T of dates) {
    const stop = c.earnedUnpaid === "through-termination" ? T + 1 : T;
    let paid = new Decimal(0);
    let unpaidRows = new Decimal(0);
    if (stop - 1 >= FEE_START) {
      for (const r of valueOf<Row[]>(reg, "FEE_SCHEDULE", {
        fee,
        toDate: Math.min(stop - 1, FEE_END),
        headers: 0,
        choices,
      })) {
        if (r[0] < stop) paid = paid.plus(dec(r[4]));
        else unpaidRows = unpaidRows.plus(dec(r[4]));
      }
    }
    const earnedUnpaid = dec(valueOf(reg, "EARNED_UNPAID", { fee, terminationDate: T, choices }));
    const remainder = dec(
      valueOf(reg, fee === "consulting" ? "CONSULT_LUMPSUM" : "CHAIR_LUMPSUM", {
        terminationDate: T,
        choices,
      })
    );
    for (const x of [paid, earnedUnpaid, remainder]) expect(x.isNegative()).toBe(false);
    expect(earnedUnpaid.toFixed(2)).toBe(unpaidRows.toFixed(2));
    const diff = paid.plus(earnedUnpaid).plus(remainder).minus(total);
    if (
      c.rounding === "cumulative" ||
      stop <= FEE_START ||
      stop > FEE_END ||
      periodStarts.has(stop)
    )
      expect(diff.toFixed(2)).toBe("0.00");
    else expect(diff.abs().lte("0.01")).toBe(true);
  }
}

describe("paid + earned-unpaid + remainder = the whole-period fee", () => {
  test("to the cent under cumulative rounding, for every fee, date and ledger choice", () => {
    fc.assert(
      fc.property(
        ledgerChoices(fc.constant("cumulative")),
        fc.constantFrom("consulting" as const, "chairman" as const),
        datesIn(AGREEMENT_START, FEE_END),
        (c, fee, dates) => check(c, fee, dates)
      ),
      runs("tieOut", 18, 0.6)
    );
  });
  test("within a cent under per-period rounding, and exactly when the first unearned day starts a pay period", () => {
    fc.assert(
      fc.property(
        ledgerChoices(fc.constant("per-period")),
        fc.constantFrom("consulting" as const, "chairman" as const),
        datesIn(AGREEMENT_START, FEE_END),
        (c, fee, dates) => check(c, fee, dates)
      ),
      runs("tieOut", 18, 0.4)
    );
  });
});
