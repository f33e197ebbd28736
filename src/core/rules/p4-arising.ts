/**
 * When what a termination pays becomes owed: the controller's ledger of a
 * payout (OUTSTANDING, ROLLFORWARD), register entry `amounts-arise`.
 *
 * 3(a): "the Company shall pay you a consulting fee of Two Hundred Four
 * Thousand Dollars ($204,000) per year during the Consulting Period, payable
 * bi-weekly", and paragraph 1's base salary: compensation for days served,
 * owed as each day passes, paid on the pay date.
 *
 * 4(b)(i) (and 4(c), 4(d), 4(f), 4(g) alike): "In the event of such
 * termination, in addition to any Consulting Fees that were earned but unpaid
 * prior to the termination date, the Company shall pay you one lump sum";
 * 4(h): "In the event of such termination ... the Company shall continue to
 * pay you sixty percent (60%) of the Consulting Fees through June 30, 2007":
 * what the termination makes due is owed from the termination date (or, under
 * the reading `notice`, from the notice that fixes it).
 *
 * 4(c)(i)(B): "the number of shares to be calculated using the fair market
 * value of such shares on the date you choose to exercise the option": shares
 * elected before the termination date are owed from the election.
 *
 * Every flow of the payout (its components' flows, never merged by date) is
 * one ledger entry: what of it has arisen by the end of a day, and the day it
 * is paid. What is owed at the end of a day is what has arisen by then less
 * what was paid on or before it: a payment dated a day is paid that day.
 */
import Decimal from "decimal.js";
import { Choices } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { edate, iso, serial, Serial, ymd } from "../dates";
import { valueError } from "../errors";
import { roundCents, sum, ZERO } from "../money";
import { Trace } from "../trace";
import { BASE_SALARY_DAYS_PER_YEAR } from "./p1-base-salary";
import { FEE_END, FeeLedger, unpaidFromAt } from "./p3a-fees";
import { PayoutComponent, PlannedFlow } from "./p4-components";
import { firstUnearnedDay, Payout } from "./p4-payout";
import { Scenario } from "./p4-scenarios";

const SEPARATION = TERMS.separationDate.value;

/** The first day a ledger answers for: the date of the letter (paragraph 1's base salary can be owed from it). */
export const LEDGER_FIRST_DAY: Serial = TERMS.agreementDate.value;
/**
 * The last day a ledger answers for: December 31 of the year the fees end
 * (3(a): June 30, 2007), BTU's fiscal year end; every payment of a
 * termination, a pay lag included, falls by then.
 */
export const LEDGER_LAST_DAY: Serial = serial(ymd(FEE_END).year, 12, 31);

/** One flow of a payout in the ledger: what of it has arisen by the end of a day, and when it is paid. */
export interface LedgerEntry {
  readonly flow: PlannedFlow;
  readonly component: PayoutComponent;
  /** The first day any of it arises. */
  readonly arisesFrom: Serial;
  /** The day by whose end all of it has arisen. */
  readonly arisenBy: Serial;
  /** What of it has arisen by the end of `day` (0 before {@link arisesFrom}, the whole amount from {@link arisenBy}). */
  arisenThrough(day: Serial): Decimal;
}

/**
 * When the termination is fixed (register `amounts-arise`): the termination
 * date, or under `notice` the notice for 4(b) and 4(c), three months before
 * the termination date (EDATE(T, -3): the earliest notice giving T), the
 * termination date for the clauses that take effect upon notice or the event.
 */
export function fixedOn(scenario: Scenario, T: Serial, choices: Choices): Serial {
  if (choices.amountsArise === "notice" && scenario.effect === "notice+3m")
    return edate(T, -TERMS.noticeMonths.value);
  return T;
}

/** An amount that arises whole on one day. */
function atOnce(flow: PlannedFlow, component: PayoutComponent, day: Serial): LedgerEntry {
  return {
    flow,
    component,
    arisesFrom: day,
    arisenBy: day,
    arisenThrough: (x) => (x >= day ? flow.amount : ZERO),
  };
}

/**
 * 3(a): the fees earned but unpaid arise day by day over the days of the
 * pay period the flow pays (those before the first unearned day and not
 * paid on schedule before the termination), at the fee ledger's own
 * amounts (cumulative rounding: what arose through a day ties to the flow).
 */
function earnedDaily(
  flow: PlannedFlow,
  component: PayoutComponent,
  p: Payout,
  stop: Serial
): LedgerEntry {
  const fee = component.fee ?? "consulting";
  const ledger = FeeLedger.of(fee, p.request.choices);
  const from = unpaidFromAt(ledger, stop);
  const period = ledger.periods.find(
    (q) => q.payDate === flow.date && q.start <= stop - 1 && q.end >= from
  );
  if (!period) return atOnce(flow, component, flow.date);
  const lo = Math.max(period.start, from);
  const hi = Math.min(period.end, stop - 1);
  return {
    flow,
    component,
    arisesFrom: lo,
    arisenBy: hi,
    arisenThrough: (x) => (x < lo ? ZERO : x >= hi ? flow.amount : ledger.amount(lo, x)),
  };
}

/**
 * Paragraph 1: base salary earned but unpaid arises day by day from the day
 * after it was paid through, at the annual rate / 365, rounded once over the
 * days so far (the whole amount on its last day, as PAYOUT rounds it).
 */
function salaryDaily(
  flow: PlannedFlow,
  component: PayoutComponent,
  p: Payout,
  stop: Serial
): LedgerEntry {
  const facts = p.request.baseSalary;
  if (!facts) return atOnce(flow, component, flow.date);
  const lo = facts.paidThrough + 1;
  const hi = Math.min(stop - 1, SEPARATION);
  return {
    flow,
    component,
    arisesFrom: lo,
    arisenBy: hi,
    arisenThrough: (x) =>
      x < lo
        ? ZERO
        : x >= hi
          ? flow.amount
          : roundCents(facts.annual.times(x - facts.paidThrough).div(BASE_SALARY_DAYS_PER_YEAR)),
  };
}

/** The ledger of a payout: one entry a flow, in the components' order (register `amounts-arise`). */
export function ledgerEntries(p: Payout): LedgerEntry[] {
  const { scenario, T, choices } = p.request;
  const stop = firstUnearnedDay(scenario.code, T, choices);
  const fixed = fixedOn(scenario, T, choices);
  const election = p.request.delay?.electionDate;
  const out: LedgerEntry[] = [];
  for (const c of p.components)
    for (const f of c.flows) {
      switch (c.kind) {
        case "earned-unpaid":
          out.push(earnedDaily(f, c, p, stop));
          break;
        case "base-salary":
          out.push(salaryDaily(f, c, p, stop));
          break;
        case "duress-shares":
          // 4(c)(i)(B): valued and fixed on the election date; owed from then when it precedes the termination.
          out.push(
            atOnce(
              f,
              c,
              choices.amountsArise === "termination" && election !== undefined
                ? Math.min(election, T)
                : fixed
            )
          );
          break;
        default:
          // Lump sums, the discounted lump sum and its delayed payments, the 4(h) continuation.
          out.push(atOnce(f, c, fixed));
      }
    }
  return out;
}

/** Checks a ledger date: from the date of the letter to the fiscal year end after the fees end. */
export function checkLedgerDay(s: Serial, argument: string): void {
  if (s < LEDGER_FIRST_DAY || s > LEDGER_LAST_DAY) {
    const allowed = `${iso(LEDGER_FIRST_DAY)} (the date of the letter) to ${iso(LEDGER_LAST_DAY)} (the year end after the fees end, 3(a))`;
    throw valueError({
      argument,
      allowed,
      given: iso(s),
      message: `${argument} ${iso(s)} is outside ${allowed}`,
    });
  }
}

/** What has arisen by the end of `day` and what was paid on or before it. */
function balances(
  entries: readonly LedgerEntry[],
  day: Serial
): { arisen: Decimal; paid: Decimal } {
  return {
    arisen: sum(entries.map((e) => e.arisenThrough(day))),
    paid: sum(entries.filter((e) => e.flow.date <= day).map((e) => e.flow.amount)),
  };
}

/**
 * What the Company owes and has not paid at the end of `asOf` under the
 * payout (register `amounts-arise`): what has arisen by then less what was
 * paid on or before it (a payment dated `asOf` is paid that day).
 */
export function outstandingOf(p: Payout, asOf: Serial, trace?: Trace): Decimal {
  checkLedgerDay(asOf, "asOfDate");
  const { arisen, paid } = balances(ledgerEntries(p), asOf);
  const owed = arisen.minus(paid);
  trace?.add(
    `Owed at the end of ${iso(asOf)}: arisen less paid on or before it`,
    `${p.request.scenario.clause}; register amounts-arise`,
    `arisen=${arisen.toFixed(2)}; paid=${paid.toFixed(2)}`,
    [`amounts-arise=${p.request.choices.amountsArise}`],
    owed
  );
  return owed;
}

/**
 * {@link outstandingOf} from a payout's ledger entries already built (the
 * same entries, the same sums): for a column of as-of dates against one
 * termination, whose entries are kept between calls.
 */
export function outstandingFrom(entries: readonly LedgerEntry[], asOf: Serial): Decimal {
  checkLedgerDay(asOf, "asOfDate");
  const { arisen, paid } = balances(entries, asOf);
  return arisen.minus(paid);
}

/** One month of the roll-forward: opening + arising - paid = closing, closing being what is owed at the month end. */
export interface RollForwardRow {
  /** The month's last day. */
  readonly monthEnd: Serial;
  readonly opening: Decimal;
  readonly arising: Decimal;
  readonly paid: Decimal;
  readonly closing: Decimal;
}

/** The last day of the month of `s`. */
export function monthEndOf(s: Serial): Serial {
  const { year, month } = ymd(s);
  return serial(year, month + 1, 1) - 1;
}

/**
 * The month-end roll-forward of a payout's ledger from the month of `from`
 * to the month of `to` (each defaulting to the month of the first arising or
 * payment, and of the last payment): a row a month with the balance owed at
 * the end of the month before (opening), what arose in the month, what was
 * paid in it (the schedule's payments dated in the month) and the balance owed
 * at its end (closing). Opening is the previous closing; every row ties to
 * the cent, as all are Decimal sums of the same entries.
 */
export function rollForwardOf(
  p: Payout,
  from?: Serial,
  to?: Serial,
  trace?: Trace
): RollForwardRow[] {
  if (from !== undefined) checkLedgerDay(from, "fromMonth");
  if (to !== undefined) checkLedgerDay(to, "toMonth");
  const entries = ledgerEntries(p);
  if (entries.length === 0 && (from === undefined || to === undefined)) return [];
  // Defaults: the month of the first arising or payment, the month of the last; a month given alone moves its default no further than itself.
  let first = from ?? Math.min(...entries.map((e) => Math.min(e.arisesFrom, e.flow.date)));
  let last = to ?? Math.max(...entries.map((e) => Math.max(e.arisenBy, e.flow.date)));
  if (from === undefined && to !== undefined) first = Math.min(first, to);
  if (to === undefined && from !== undefined) last = Math.max(last, from);
  if (monthEndOf(last) < monthEndOf(first))
    throw valueError({
      argument: "toMonth",
      given: iso(last),
      message: `toMonth ${iso(last).slice(0, 7)} is before fromMonth ${iso(first).slice(0, 7)}: give the months in order`,
    });
  const rows: RollForwardRow[] = [];
  let prevEnd = monthEndOf(first) - ymd(monthEndOf(first)).day;
  let prev = balances(entries, prevEnd);
  for (let end = monthEndOf(first); end <= monthEndOf(last); end = monthEndOf(end + 1)) {
    const now = balances(entries, end);
    rows.push({
      monthEnd: end,
      opening: prev.arisen.minus(prev.paid),
      arising: now.arisen.minus(prev.arisen),
      paid: now.paid.minus(prev.paid),
      closing: now.arisen.minus(now.paid),
    });
    prev = now;
    prevEnd = end;
  }
  trace?.add(
    `Month ends ${rows.length ? iso(rows[0].monthEnd) : ""} to ${iso(prevEnd)}: opening + arising - paid = closing`,
    `${p.request.scenario.clause}; register amounts-arise`,
    `months=${rows.length}`,
    [`amounts-arise=${p.request.choices.amountsArise}`],
    rows.length ? rows[rows.length - 1].closing : ZERO
  );
  return rows;
}
