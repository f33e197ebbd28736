/**
 * Issue 20 item 5: SENSITIVITY covers every switchable entry bearing on the
 * figure, the free ones too: pay-anchor and pay-lag (3(a) "payable
 * bi-weekly") at the readings the register compares. The alternative figures
 * are worked here from the agreement alone, by a small calculation written
 * for this test (not the add-in's ledger): contract-year accrual (3(a), 3(b):
 * $204,000 a year, each contract year July 1 - June 30 its own length),
 * cumulative rounding, 14-day periods from the anchor paid `lag` days after
 * they end, fees earned but unpaid before T (4(c)(i)), and the remaining
 * payments less 3% x days after T / 365 each (register discount-method
 * simple), rounded once.
 */
import Decimal from "decimal.js";
import "../../src/cli/runtime-shim";
import * as Functions from "../../src/functions/functions";
import { asExcel } from "../helpers/as-excel";

const F = asExcel(Functions);

const DAY = 86_400_000;
const day = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const START = day("2003-07-01");
const END = day("2007-06-30");
const YEARS = ["2003-07-01", "2004-07-01", "2005-07-01", "2006-07-01", "2007-07-01"].map(day);
const ANNUAL = new Decimal(204000);
const cents = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** The exact accrual from July 1, 2003 through day d, each contract year paying $204,000. */
function cum(d: number): Decimal {
  if (d < START) return new Decimal(0);
  const y = YEARS.findIndex((s, i) => d >= s && d < YEARS[i + 1]);
  return ANNUAL.times(y).plus(ANNUAL.times(d - YEARS[y] + 1).div(YEARS[y + 1] - YEARS[y]));
}
const amount = (a: number, b: number) => cents(cum(b)).minus(cents(cum(a - 1)));

/** PAYOUT("4c-i", T): Consulting Fees earned but unpaid before T + the discounted lump sum. */
function payout4ci(T: string, anchor: string, lag: number): string {
  const t = day(T);
  const a = day(anchor);
  const periods: Array<{ start: number; end: number; pay: number }> = [];
  for (let k = Math.floor((START - a) / 14); ; k++) {
    const start = Math.max(START, a + 14 * k);
    const end = Math.min(END, a + 14 * k + 13);
    if (start > END) break;
    periods.push({ start, end, pay: end + lag });
  }
  // Earned but unpaid: the days before T whose pay date is on or after T.
  const unpaid = periods.filter((p) => p.start < t && p.pay >= t);
  const unpaidFrom = unpaid.length ? unpaid[0].start : t;
  const earnedUnpaid = amount(unpaidFrom, t - 1);
  // The remaining payments from T, each less 3% x its days after T / 365.
  let lump = new Decimal(0);
  for (const p of periods.filter((q) => q.end >= t)) {
    const P = amount(Math.max(p.start, t), p.end);
    lump = lump.plus(P.times(new Decimal(1).minus(new Decimal(0.03).times(p.pay - t).div(365))));
  }
  return earnedUnpaid.plus(cents(lump)).toFixed(2);
}

describe('SENSITIVITY("4c-i", "2004-10-01"): pay-anchor and pay-lag rows (3(a)), worked independently', () => {
  const table = F.sensitivityTable("4c-i", "2004-10-01") as unknown[][];
  const row = (id: string, value: string) => table.find((r) => r[0] === id && r[2] === value);
  const inForce = payout4ci("2004-10-01", "2003-07-01", 0);

  test("the calculation here gives the figure in force, 5,589.04 + 537,199.64 = 542,788.68", () =>
    expect(inForce).toBe("542788.68"));

  for (const [id, value, anchor, lag] of [
    ["pay-anchor", "2003-07-01", "2003-07-01", 0],
    ["pay-lag", "0", "2003-07-01", 0],
    ["pay-anchor", "2003-06-28", "2003-06-28", 0],
    ["pay-lag", "3", "2003-07-01", 3],
  ] as const) {
    const figure = payout4ci("2004-10-01", anchor, lag);
    test(`${id}=${value}: PAYOUT ${figure}, difference ${new Decimal(figure).minus(inForce).toFixed(2)}`, () => {
      const r = row(id, value);
      expect(r).toBeDefined();
      expect((r![4] as number).toFixed(2)).toBe(figure);
      expect((r![5] as number).toFixed(2)).toBe(new Decimal(figure).minus(inForce).toFixed(2));
      expect(r![3]).toBe(lag === 0 && anchor === "2003-07-01" ? "in force" : "");
    });
  }
});
