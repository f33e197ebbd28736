/**
 * Issue 21 item 4: the pane's ledger of the scenario on screen (model/ledger.ts), from the pane's
 * settings as a user types them. Every figure is worked by hand from the agreement:
 *
 * - the fees accrue the annual fee / the days of the contract year (3(a), 3(b): 366 in 2003-04,
 *   365 after; register accrual-basis), rounded cumulatively, paid bi-weekly on the last day of
 *   14-day periods from 2003-07-01 (period starts 2003-07-01 + 14k: 2005-01-25, 2005-06-14,
 *   2005-12-13, 2006-06-27, ...);
 * - paragraph 1's base salary accrues the annual rate / 365 (register base-salary);
 * - an amount arises when register amounts-arise (default "termination") says: fees and salary
 *   day by day, what the termination makes due on the termination date, shares elected before
 *   it on the election date; a payment dated a day is paid that day.
 */
import Decimal from "decimal.js";
import { iso } from "../../src/core";
import { evaluate, ScenarioResult } from "../../src/taskpane/model/evaluate";
import {
  defaultAsOfText,
  owedAt,
  rollForwardRows,
  TAX_NOTE,
  treatmentTotals,
  yearBasisOptions,
  yearTable,
} from "../../src/taskpane/model/ledger";
import { DEFAULT_SETTINGS, PaneSettings } from "../../src/taskpane/state/settings";

const $ = (x: Decimal | undefined) => x?.toFixed(2);

function resultOf(s: Partial<PaneSettings>): ScenarioResult {
  const e = evaluate({ ...DEFAULT_SETTINGS, ...s });
  expect(e.errors).toEqual({});
  return e.result!;
}

/*
 * 4(f) on 2003-07-05 (the shareholders fail to elect him), base salary 300,000 a year paid through
 * 2003-06-15:
 *   base salary earned but unpaid (1; 4(f)): 2003-06-16..06-30, 15 days x 300,000 / 365 = 12,328.767
 *     -> 12,328.77, paid on the termination date 2003-07-05;
 *   fees earned but unpaid (3(a)): 2003-07-01..07-04, 4 days of 2003-04 (366 days): Consulting
 *     204,000 x 4 / 366 = 2,229.508 -> 2,229.51, Chairman 100,000 x 4 / 366 = 1,092.896 -> 1,092.90,
 *     paid on the period's pay date 2003-07-14 (period 07-01..07-14);
 *   the lump sum "representing the remainder of the Consulting Fees and Chairman Fees through June
 *     30, 2007" (4(f)): 4 x 204,000 - 2,229.51 = 813,770.49 and 4 x 100,000 - 1,092.90 = 398,907.10,
 *     on 2003-07-05.
 */
const F: Partial<PaneSettings> = {
  scenario: "4f",
  date: "2003-07-05",
  periods: "both",
  baseSalary: "300,000",
  salaryPaidThrough: "2003-06-15",
};

describe("the ledger's owed figure, 4(f) on 2003-07-05 with base salary 300,000 paid through 2003-06-15 (paragraph 1, 3(a), 4(f))", () => {
  const r = resultOf(F);
  test("the as-of date starts at the termination date, 2003-07-05 (4(f): the event)", () =>
    expect(defaultAsOfText(r)).toBe("2003-07-05"));
  test("at the end of 2003-07-05: salary and lump sums arose and were paid that day; the fees 2,229.51 + 1,092.90 = 3,322.41 wait for 2003-07-14", () => {
    const o = owedAt(r, "2003-07-05");
    expect([iso(o.asOf!), $(o.amount), o.error]).toEqual(["2003-07-05", "3322.41", undefined]);
  });
  test("paragraph 1: at the Separation Date 2003-06-30, the 15 days of salary 12,328.77", () =>
    expect($(owedAt(r, "2003-06-30").amount)).toBe("12328.77"));
  test("3(a): typed 7/14/2003 (M/D/YYYY, the day above 12) is read as 2003-07-14, the pay date: nothing owed", () => {
    const o = owedAt(r, "7/14/2003");
    expect([$(o.amount), o.reading]).toEqual(["0.00", "Read as 2003-07-14"]);
  });
  test("bad input: the pane's date messages (empty, not a day, not a date), no figure", () => {
    expect(owedAt(r, "").error).toBe("Enter the as-of date as YYYY-MM-DD, e.g. 2004-07-01.");
    expect(owedAt(r, "2003-02-30").error).toMatch(/^The as-of date: 2003-02-30 is not a day/);
    expect(owedAt(r, "soon").error).toMatch(/^The as-of date must be written YYYY-MM-DD/);
    expect(owedAt(r, "soon").amount).toBeUndefined();
  });
  test("a day outside the ledger (before the letter of 2003-02-07, after 2007-12-31) is the core's refusal, worded for the field", () => {
    const o = owedAt(r, "2008-01-01");
    expect(o.amount).toBeUndefined();
    expect(o.error).toMatch(
      /^The as-of date must be 2003-02-07 .* to 2007-12-31 .*; you entered 2008-01-01\.$/
    );
  });
  test("the roll-forward by hand: June 2003 salary arises (12,328.77), July the fees and lump sums (3,322.41 + 1,212,677.59 = 1,216,000.00) and everything is paid (1,228,328.77)", () => {
    expect(
      rollForwardRows(r).map((x) => [
        iso(x.monthEnd),
        $(x.opening),
        $(x.arising),
        $(x.paid),
        $(x.closing),
      ])
    ).toEqual([
      ["2003-06-30", "0.00", "12328.77", "0.00", "12328.77"],
      ["2003-07-31", "12328.77", "1216000.00", "1228328.77", "0.00"],
    ]);
  });
});

/*
 * 4(h): notice 2006-07-01 after a disability from 2006-01-02 (120 days reached 2006-05-01). T's pay
 * period is 2006-06-27..07-10 (2003-07-01 + 78 x 14).
 *   Fees earned but unpaid (4(h), 3(a)): 2006-06-27..06-30, 4 days x 204,000 / 365 = 2,235.616 -> 2,235.62,
 *     paid 2006-07-10;
 *   the continuation, "sixty percent (60%) of the Consulting Fees through June 30, 2007": the contract
 *     year 2006-07, 0.6 x 204,000 = 122,400.00, arising whole on the termination date, paid bi-weekly;
 *     the first payment 2006-07-10 for 07-01..07-10: 122,400 x 10 / 365 = 3,353.42.
 */
const H: Partial<PaneSettings> = {
  scenario: "4h",
  date: "2006-07-01",
  periods: "consulting",
  disabilityFirst: "2006-01-02",
};

describe("the ledger's owed figure and roll-forward, a 4(h) continuation from 2006-07-01 (4(h), 3(a))", () => {
  const r = resultOf(H);
  test("owed at the termination date 2006-07-01: 2,235.62 + 122,400.00 = 124,635.62", () =>
    expect($(owedAt(r, defaultAsOfText(r)).amount)).toBe("124635.62"));
  test("owed at the first pay date 2006-07-10: 122,400.00 - 3,353.42 = 119,046.58", () =>
    expect($(owedAt(r, "2006-07-10").amount)).toBe("119046.58"));
  test("roll-forward: June 2006 closes at the 4 days earned, 2,235.62; July opens there, the whole continuation 122,400.00 arises; every month opening + arising - paid = closing", () => {
    const rows = rollForwardRows(r);
    expect([iso(rows[0].monthEnd), $(rows[0].closing)]).toEqual(["2006-06-30", "2235.62"]);
    expect([$(rows[1].opening), $(rows[1].arising)]).toEqual(["2235.62", "122400.00"]);
    for (const x of rows) expect($(x.opening.plus(x.arising).minus(x.paid))).toBe($(x.closing));
    expect($(rows[rows.length - 1].closing)).toBe("0.00");
  });
});

/* ------------------------------------------------ tax treatment and years */

/** A by-year table as [year, cash, shares, ...each treatment shown, total], with the treatments' short names. */
function years(r: ScenarioResult, basis: "calendar" | "contract") {
  const t = yearTable(r, basis);
  return {
    treatments: t.treatments.map((x) => x.id),
    rows: t.rows.map((y) => [
      y.year,
      $(y.cash),
      $(y.shares),
      ...t.treatments.map((_, i) => $(t.byTreatment(y, i))),
      $(y.total),
    ]),
    total: [$(t.total.cash), $(t.total.shares), ...t.total.treatments.map($), $(t.total.total)],
  };
}

const tie = (r: ScenarioResult, basis: "calendar" | "contract") => {
  const t = yearTable(r, basis);
  const sum = t.rows.reduce((a, y) => a.plus(y.total), new Decimal(0));
  expect($(sum)).toBe($(r.payout.total));
  t.treatments.forEach((_, i) =>
    expect($(t.rows.reduce((a, y) => a.plus(t.byTreatment(y, i)), new Decimal(0)))).toBe(
      t.total.treatments[i].toFixed(2)
    )
  );
};

describe("the year switch: the core's bases, its default first (PAYOUT_BY_YEAR's yearBasis, 3(b))", () => {
  test("calendar (the default) and contract years July 1 - June 30 (3(b): 'per contract year (July 1 through June 30)')", () => {
    // The switch starts at the core's default (PAYOUT_BY_YEAR's yearBasis omitted), as the settings keep it.
    expect(DEFAULT_SETTINGS.ledger.basis).toBe("calendar");
    const o = yearBasisOptions();
    expect(o.map((x) => x.value)).toEqual(["calendar", "contract"]);
    expect(o[1].text).toMatch(/^Contract years, July 1 - June 30 \(3\(b\)\)$/);
    expect(o[0].text).toMatch(/^Calendar years/);
  });
});

describe("tax treatment and years, 4(f) on 2003-07-05 with base salary (paragraph 5, 3(a), paragraph 1)", () => {
  const r = resultOf(F);
  test("the salary 12,328.77 is wages with withholding on Form W-2 (paragraph 5); the fees and lump sums 3,322.41 + 1,212,677.59 = 1,216,000.00 are non-employee compensation, no withholding, Form 1099 (3(a))", () => {
    const t = treatmentTotals(r);
    expect(t.map((x) => [x.treatment.label, x.treatment.clause, $(x.amount)])).toEqual([
      ["Wages: withholding (paragraph 5), Form W-2", "1; 5", "12328.77"],
      ["Non-employee compensation: no withholding (3(a)), Form 1099", "3(a)", "1216000.00"],
    ]);
    expect(TAX_NOTE).toMatch(/classifies.*computes no tax/);
  });
  test("every payment in July 2003: one calendar year 2003 and one contract year 2003-04, 1,228,328.77", () => {
    const hand = {
      treatments: ["wages", "nonemployee"],
      total: ["1228328.77", "0.00", "12328.77", "1216000.00", "1228328.77"],
    };
    expect(years(r, "calendar")).toEqual({
      ...hand,
      rows: [["2003", "1228328.77", "0.00", "12328.77", "1216000.00", "1228328.77"]],
    });
    expect(years(r, "contract")).toEqual({
      ...hand,
      rows: [["2003-04", "1228328.77", "0.00", "12328.77", "1216000.00", "1228328.77"]],
    });
  });
});

/*
 * A (B) plan across 2004-2006 (4(c)(i), 4(c)(i)(B)): notice 2004-11-01 (T = 2005-02-01), the Board's
 * notification 2004-11-15, (B) 40% at $3.25 elected 2004-11-30.
 *   The Consulting Lump Sum Payment 473,808.30 (4(c): the remainder of the Consulting Fees discounted at
 *     3%, worked by hand in test/core/p4c-i-duress.test.ts); 40% = 189,523.32 / 3.25 = 58,314.87 -> 58,314
 *     whole shares x 3.25 = 189,520.50, transferred by 2004-12-14; the cash balance 473,808.30 - 189,520.50
 *     = 284,287.80 in bi-weekly Consulting Fee payments from the pay date 2005-02-07.
 *   Fees earned but unpaid (3(a)): 2005-01-25..01-31, cum(2005-01-31) = 204,000 + 204,000 x 215/365
 *     = 324,164.38 less cum(2005-01-24) = 204,000 + 204,000 x 208/365 = 320,252.05: 3,912.33, paid 2005-02-07.
 *   Balance payments in calendar 2005: through the pay date 2005-12-26 (period 12-13..12-26):
 *     cum(2005-12-26) = 408,000 + 204,000 x 179/365 = 508,043.84; less cum(2005-01-31): 183,879.46.
 *     Calendar 2004: the shares 189,520.50; 2005: 3,912.33 + 183,879.46 = 187,791.79; 2006: the rest of
 *     the balance 284,287.80 - 183,879.46 = 100,408.34. Sum 477,720.63 = PAYOUT.
 *   Contract years (3(b)): through the pay date 2005-06-27 (period 06-14..06-27): cum(2005-06-27) =
 *     204,000 + 204,000 x 362/365 = 406,323.29, less 324,164.38: 82,158.91. 2004-05: 189,520.50 + 3,912.33 +
 *     82,158.91 = 275,591.74 (cash 86,071.24); 2005-06: 284,287.80 - 82,158.91 = 202,128.89 (the last
 *     payment 2006-06-26).
 *   Tax: every payment 3(a)'s non-employee compensation; the shares too, under register
 *     duress-shares-tax's default (valued at the election date as the lump sum they replace).
 */
const B: Partial<PaneSettings> = {
  scenario: "4c-i",
  date: "2004-11-01",
  periods: "consulting",
  duress: {
    ...DEFAULT_SETTINGS.duress,
    delayed: true,
    notification: "2004-11-15",
    option: "B",
    portion: "40%",
    fmv: "3.25",
    election: "2004-11-30",
  },
};

describe("a (B) plan across 2004-2006 by calendar and contract year (4(c)(i)(B), 3(b))", () => {
  const r = resultOf(B);
  test("PAYOUT 189,520.50 + 3,912.33 + 284,287.80 = 477,720.63, all non-employee compensation (3(a))", () => {
    expect($(r.payout.total)).toBe("477720.63");
    expect(treatmentTotals(r).map((x) => [x.treatment.id, $(x.amount), $(x.shares)])).toEqual([
      ["nonemployee", "477720.63", "189520.50"],
    ]);
  });
  test("calendar years 2004, 2005, 2006: 189,520.50 in shares, 187,791.79 and 100,408.34 in cash", () =>
    expect(years(r, "calendar")).toEqual({
      treatments: ["nonemployee"],
      rows: [
        ["2004", "0.00", "189520.50", "189520.50", "189520.50"],
        ["2005", "187791.79", "0.00", "187791.79", "187791.79"],
        ["2006", "100408.34", "0.00", "100408.34", "100408.34"],
      ],
      total: ["288200.13", "189520.50", "477720.63", "477720.63"],
    }));
  test("contract years 2004-05 and 2005-06: 275,591.74 (of which shares 189,520.50) and 202,128.89", () =>
    expect(years(r, "contract").rows).toEqual([
      ["2004-05", "86071.24", "189520.50", "275591.74", "275591.74"],
      ["2005-06", "202128.89", "0.00", "202128.89", "202128.89"],
    ]));
  test("both bases tie to PAYOUT, and each treatment's years to its total", () => {
    tie(r, "calendar");
    tie(r, "contract");
  });
  test("owed at the termination date 2005-02-01: 3,912.33 + 284,287.80 = 288,200.13 (the shares were delivered 2004-12-14)", () =>
    expect($(owedAt(r, defaultAsOfText(r)).amount)).toBe("288200.13"));
});

describe("a 4(h) continuation by year (4(h), 3(a), 3(b))", () => {
  const r = resultOf(H);
  // Calendar 2006: the fees 2,235.62 and the continuation paid through 2006-12-25 (07-01..12-25, 178 days:
  // 122,400 x 178 / 365 = 59,690.96): 61,926.58; 2007: 122,400.00 - 59,690.96 = 62,709.04.
  // Contract years (3(b)): every payment falls in 2006-07: the pay calendar's last period is cut where the
  // fees end, 2007-06-26..06-30 (3(a): "through June 30, 2007"), and paid that day: 2,235.62 + 122,400.00
  // = 124,635.62.
  test("calendar 2006 61,926.58 and 2007 62,709.04; one contract year 2006-07, 124,635.62; all 3(a)'s 1099", () => {
    expect(years(r, "calendar").treatments).toEqual(["nonemployee"]);
    expect(years(r, "calendar").rows).toEqual([
      ["2006", "61926.58", "0.00", "61926.58", "61926.58"],
      ["2007", "62709.04", "0.00", "62709.04", "62709.04"],
    ]);
    expect(years(r, "contract").rows).toEqual([
      ["2006-07", "124635.62", "0.00", "124635.62", "124635.62"],
    ]);
    tie(r, "calendar");
    tie(r, "contract");
  });
});
