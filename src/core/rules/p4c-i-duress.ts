/**
 * Paragraph 4(c)(i), financial duress: the Board may delay the Consulting
 * Lump Sum Payment; the executive then chooses within 21 business days
 * (A) bi-weekly payments of the Consulting Fee until the duress ends, then the
 *     balance of the lump sum, or
 * (B) all or a designated portion of the lump sum's value in unrestricted
 *     shares at their fair market value on the election date, transferred
 *     within 10 business days, any balance paid bi-weekly.
 * Without a timely choice, (A) applies.
 */
import Decimal from "decimal.js";
import { Choices } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { iso, Serial, usMaHolidays, workday, ymd } from "../dates";
import { numError } from "../errors";
import { Dec, roundCents, ZERO } from "../money";
import { Trace } from "../trace";
import { FeeLedger } from "./p3a-fees";
import { remainingPayments } from "./p4c-discount";

/** The holidays in force (register `business-days`): the ones given, plus U.S./Massachusetts ones for `us-ma`. */
export function holidaySet(given: readonly Serial[], from: Serial, choices: Choices): Set<Serial> {
  const set = new Set(given);
  if (choices.businessDays === "us-ma") {
    const y = ymd(from).year;
    for (let year = y - 1; year <= y + 2; year++) for (const h of usMaHolidays(year)) set.add(h);
  }
  return set;
}

/** Last day to choose (A) or (B): 21 business days after the Board's notification (WORKDAY). */
export function electionDeadline(notification: Serial, holidays: readonly Serial[], choices: Choices, trace?: Trace): Serial {
  const out = workday(notification, TERMS.duressElectionBusinessDays.value, holidaySet(holidays, notification, choices));
  trace?.add(
    "21 business days after the Board's notification of delay (WORKDAY)",
    "4(c)(i)",
    `notificationDate=${iso(notification)}; holidays given=${holidays.length}`,
    [`business-days=${choices.businessDays}`],
    iso(out),
  );
  return out;
}

/** Last day to transfer the shares under (B): 10 business days after the election (WORKDAY). */
export function shareTransferDeadline(election: Serial, holidays: readonly Serial[], choices: Choices, trace?: Trace): Serial {
  const out = workday(election, TERMS.duressShareTransferBusinessDays.value, holidaySet(holidays, election, choices));
  trace?.add(
    "10 business days after the election of 4(c)(i)(B) (WORKDAY)",
    "4(c)(i)(B)",
    `electionDate=${iso(election)}; holidays given=${holidays.length}`,
    [`business-days=${choices.businessDays}`],
    iso(out),
  );
  return out;
}

export interface DuressShares {
  readonly shares: Decimal;
  /** Cash still owed after the shares: amount - shares x FMV, in cents (paid bi-weekly). */
  readonly cashBalance: Decimal;
}

/**
 * Shares under 4(c)(i)(B) for `portion` of `amount` at `fmv` per share
 * (register `duress-whole-shares`).
 */
export function duressShares(amount: Decimal, fmv: Decimal, portion: Decimal, choices: Choices, trace?: Trace): DuressShares {
  if (amount.isNegative()) throw numError(`amount must not be negative, got ${amount.toString()}`);
  if (!fmv.isPositive() || fmv.isZero()) throw numError(`fairMarketValue must be a price per share above 0, got ${fmv.toString()}`);
  if (portion.lte(0) || portion.gt(1)) throw numError(`portion must be above 0 and at most 1 (100%), got ${portion.toString()}`);
  const designated = amount.times(portion);
  const raw = designated.div(fmv);
  // A cell holds numbers up to about 1.8E+308; a price this small against the amount would overflow it.
  if (raw.gt(Number.MAX_VALUE))
    throw numError(`fairMarketValue must be large enough that amount x portion / fairMarketValue fits in a cell (at most about 1.8E+308 shares), got ${fmv.toString()}`);
  const shares =
    choices.duressWholeShares === "round-down"
      ? raw.floor()
      : choices.duressWholeShares === "round-nearest"
        ? raw.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
        : raw.toDecimalPlaces(6, Decimal.ROUND_DOWN);
  const cashBalance = roundCents(amount.minus(shares.times(fmv)));
  if (trace) {
    trace.add("Value designated for shares: amount x portion", "4(c)(i)(B)", `amount=${amount.toFixed(2)}; portion=${portion.toString()}`, [], roundCents(designated));
    trace.add("Shares at the fair market value on the election date", "4(c)(i)(B); register duress-whole-shares", `fairMarketValue=${fmv.toString()}; exact=${raw.toSignificantDigits(12).toString()}`, [`duress-whole-shares=${choices.duressWholeShares}`], shares.toNumber());
    trace.add("Cash balance paid bi-weekly: amount - shares x fair market value", "4(c)(i)(B)", `shares=${shares.toString()}`, [`duress-whole-shares=${choices.duressWholeShares}`], cashBalance);
  }
  return { shares, cashBalance };
}

export interface DuressPayment {
  readonly payDate: Serial;
  readonly amount: Decimal;
  readonly balanceAfter: Decimal;
}

/**
 * Bi-weekly payments of the Consulting Fee "as described in Paragraph 3(a)"
 * from the first day not earned (`from`) until `balance` is paid; if the
 * duress ends (`duressEnd`), the rest of the balance is paid on that day.
 */
export function duressSchedule(ledger: FeeLedger, from: Serial, balance: Decimal, duressEnd?: Serial): DuressPayment[] {
  if (balance.isNegative()) throw numError(`balance must not be negative, got ${balance.toString()}`);
  const out: DuressPayment[] = [];
  let left = roundCents(balance);
  for (const p of remainingPayments(ledger, from)) {
    if (left.lte(ZERO)) break;
    if (duressEnd !== undefined && p.payDate >= duressEnd) break;
    const pay = Dec.min(p.amount, left);
    left = left.minus(pay);
    out.push({ payDate: p.payDate, amount: pay, balanceAfter: left });
  }
  if (left.gt(ZERO)) {
    if (duressEnd === undefined) {
      // Dollars for a message: cents when readable, else 6 significant digits (1e+308, not 309 digits).
      const shown = (x: Decimal) => (x.abs().lt(1e15) ? x.toFixed(2) : x.toSignificantDigits(6).toString());
      const payable = out.reduce((a, r) => a.plus(r.amount), ZERO);
      throw numError(
        `balance must be at most ${shown(payable)}, the Consulting Fees payable bi-weekly from ${iso(from)} through ${iso(ledger.periods[ledger.periods.length - 1].payDate)}, unless the duress ends earlier (give its date); got ${shown(balance)}`,
      );
    }
    out.push({ payDate: duressEnd, amount: left, balanceAfter: ZERO });
  }
  return out;
}

