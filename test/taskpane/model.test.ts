/**
 * The task pane's model only composes the core (one door): the figures it
 * shows for a Board's delay (4(c)(i)), the Cumulative column of this
 * termination's payments (PAYOUT_SCHEDULE) and the split-dollar buy-out under
 * each reading (3(c)(iii)(B)) are the core's, and they are the figures worked
 * by hand from the agreement.
 */
import Decimal from "decimal.js";
import { Dec, iso, parseIso } from "../../src/core";
import { evaluate } from "../../src/taskpane/model/evaluate";
import { payoutScheduleTable } from "../../src/taskpane/model/schedules";
import { evaluateSplitDollar } from "../../src/taskpane/model/splitDollar";
import { DEFAULT_SETTINGS, PaneSettings } from "../../src/taskpane/state/settings";

const D = (t: string) => parseIso(t) as number;
const $ = (x: Decimal) => x.toFixed(2);

/** 4(c)(i): notice 2004-11-01, so the Consulting Period ends 2005-02-01; the Board notifies its delay 2004-11-15. */
const delayed = (duress: Partial<PaneSettings["duress"]>): PaneSettings => ({
  ...DEFAULT_SETTINGS,
  scenario: "4c-i",
  date: "2004-11-01",
  periods: "consulting",
  duress: { ...DEFAULT_SETTINGS.duress, delayed: true, notification: "2004-11-15", ...duress },
});

/** Each "balance after" is the one before less the payment, from `start`. */
function chained(start: string, rows: ReadonlyArray<{ amount: Decimal; balanceAfter: Decimal }>) {
  let left = new Dec(start);
  return rows.map((r) => {
    left = left.minus(r.amount);
    return left.eq(r.balanceAfter);
  });
}

describe("4(c)(i) a Board's delay in the pane: the core's plan", () => {
  test("(A), duress ended 2005-06-01: the 473,808.30 lump sum paid bi-weekly, each balance the one before less the payment, 0.00 on 2005-06-01", () => {
    const ev = evaluate(delayed({ option: "A", duressEnd: "2005-06-01" }));
    expect(ev.errors).toEqual({});
    const d = ev.result!.duress!;
    expect($(d.lumpSum)).toBe("473808.30");
    const pays = d.a!.payments;
    expect(pays.length).toBeGreaterThan(5);
    expect(chained("473808.30", pays).every(Boolean)).toBe(true);
    const last = pays[pays.length - 1];
    expect([iso(last.payDate), $(last.balanceAfter)]).toEqual(["2005-06-01", "0.00"]);
  });
  test("(B) 40% at $3.25 elected 2004-11-30: 58,314 shares (189,520.50), the cash balance 473,808.30 - 189,520.50 = 284,287.80 in 37 payments down to 0.00", () => {
    const ev = evaluate(
      delayed({ option: "B", portion: "40%", fmv: "3.25", election: "2004-11-30" })
    );
    expect(ev.errors).toEqual({});
    const d = ev.result!.duress!;
    expect($(d.lumpSum)).toBe("473808.30");
    const b = d.b!;
    expect(b.shares.toString()).toBe("58314");
    expect($(b.cashBalance)).toBe("284287.80");
    expect(b.balancePayments).toHaveLength(37);
    expect(chained("284287.80", b.balancePayments).every(Boolean)).toBe(true);
    expect($(b.balancePayments[36].balanceAfter)).toBe("0.00");
  });
});

describe("PAYOUT_SCHEDULE in the pane: the Cumulative column", () => {
  test("4(c)(i), notice 2004-07-01 (T 2004-10-01): each Cumulative is the Amounts through that row, ending at PAYOUT 542,788.68", () => {
    const ev = evaluate({ ...DEFAULT_SETTINGS, scenario: "4c-i", date: "2004-07-01" });
    const t = payoutScheduleTable(ev, ev.result!);
    expect(t.columns.map((c) => c.header).slice(0, 3)).toEqual(["Date", "Amount", "Cumulative"]);
    let sum = new Dec(0);
    for (const row of t.rows) {
      sum = sum.plus(row[1] as Decimal);
      expect($(row[2] as Decimal)).toBe($(sum));
    }
    expect($(sum)).toBe("542788.68");
    expect($(t.total)).toBe("542788.68");
    expect(t.rows[0][0]).toBe(D("2004-10-01"));
  });
});

describe("3(c)(iii)(B) the split-dollar buy-out under each reading, in the pane", () => {
  // Company Interest (3(c)(iii)(A)): 500,000 x 232,000 / 400,000 = 290,000.00. Age 64 on 2005-01-01 (born 1940-06-01), 21.8 years left.
  const sd = (choices: string) =>
    evaluateSplitDollar(
      {
        ...DEFAULT_SETTINGS.splitDollar,
        cashValueJan2003: "400,000",
        cashValue: "500000",
        birth: "1940-06-01",
        buyout: "2005-01-01",
        table: "own",
        ownRows: "64 21.8",
      },
      evaluate({
        ...DEFAULT_SETTINGS,
        choices: choices ? { "split-dollar-discount": choices } : {},
      }).choices
    );
  test("compound in force: 290,000 / 1.03^21.8 = 152,246.21; simple 290,000 x (1 - 0.654) = 100,340.00, 51,906.21 less", () => {
    const ev = sd("");
    expect(ev.errors).toEqual({});
    expect($(ev.interest!)).toBe("290000.00");
    expect(ev.life!.years.toString()).toBe("21.8");
    expect((290000 / Math.pow(1.03, 21.8)).toFixed(2)).toBe("152246.21");
    expect(ev.buyouts!.map((b) => [b.method, b.inForce, $(b.price!), $(b.difference!)])).toEqual([
      ["compound", true, "152246.21", "0.00"],
      ["simple", false, "100340.00", "-51906.21"],
    ]);
  });
  test("simple in force: compound 51,906.21 more", () => {
    const ev = sd("simple");
    expect(ev.buyouts!.map((b) => [b.method, b.inForce, $(b.difference!)])).toEqual([
      ["compound", false, "51906.21"],
      ["simple", true, "0.00"],
    ]);
  });
});
