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
import { numError, valueError } from "../errors";
import { checkNotNegative, Dec, formatMoney, roundCents, ZERO } from "../money";
import { Trace } from "../trace";
import { checkInAgreementSpan } from "./p4-scenarios";
import { FEE_END, FeeLedger } from "./p3a-fees";
import { remainingPayments } from "./p4c-discount";
import type { Consequence, PayoutComponent, PlannedFlow } from "./p4-components";

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
export function electionDeadline(
  notification: Serial,
  holidays: readonly Serial[],
  choices: Choices,
  trace?: Trace
): Serial {
  const out = workday(
    notification,
    TERMS.duressElectionBusinessDays.value,
    holidaySet(holidays, notification, choices)
  );
  trace?.add(
    "21 business days after the Board's notification of delay (WORKDAY)",
    "4(c)(i)",
    `notificationDate=${iso(notification)}; holidays given=${holidays.length}`,
    [`business-days=${choices.businessDays}`],
    iso(out)
  );
  return out;
}

/** Last day to transfer the shares under (B): 10 business days after the election (WORKDAY). */
export function shareTransferDeadline(
  election: Serial,
  holidays: readonly Serial[],
  choices: Choices,
  trace?: Trace
): Serial {
  const out = workday(
    election,
    TERMS.duressShareTransferBusinessDays.value,
    holidaySet(holidays, election, choices)
  );
  trace?.add(
    "10 business days after the election of 4(c)(i)(B) (WORKDAY)",
    "4(c)(i)(B)",
    `electionDate=${iso(election)}; holidays given=${holidays.length}`,
    [`business-days=${choices.businessDays}`],
    iso(out)
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
export function duressShares(
  amount: Decimal,
  fmv: Decimal,
  portion: Decimal,
  choices: Choices,
  trace?: Trace
): DuressShares {
  checkNotNegative(amount, "amount");
  if (!fmv.isPositive() || fmv.isZero())
    throw numError({
      argument: "fairMarketValue",
      allowed: "a price per share above 0",
      given: fmv.toString(),
      limits: { low: 0, lowIncluded: false },
    });
  if (portion.lte(0) || portion.gt(1))
    throw numError({
      argument: "portion",
      allowed: "above 0 and at most 1 (100%)",
      given: portion.toString(),
      limits: { low: 0, lowIncluded: false, high: 1, highIncluded: true, unit: "fraction" },
      clause: "4(c)(i)(B)",
    });
  const designated = amount.times(portion);
  const raw = designated.div(fmv);
  // A cell holds numbers up to about 1.8E+308; a price this small against the amount would overflow it.
  if (raw.gt(Number.MAX_VALUE))
    throw numError({
      argument: "fairMarketValue",
      allowed:
        "large enough that amount x portion / fairMarketValue fits in a cell (at most about 1.8E+308 shares)",
      given: fmv.toString(),
    });
  // Never more shares than the whole Consulting Lump Sum Payment buys: the cash balance is never negative.
  const most = amount.div(fmv).floor();
  const shares =
    choices.duressWholeShares === "round-down"
      ? raw.floor()
      : choices.duressWholeShares === "round-nearest"
        ? Decimal.min(raw.toDecimalPlaces(0, Decimal.ROUND_HALF_UP), most)
        : raw.toDecimalPlaces(6, Decimal.ROUND_DOWN);
  const cashBalance = roundCents(amount.minus(shares.times(fmv)));
  if (trace) {
    trace.add(
      "Value designated for shares: amount x portion",
      "4(c)(i)(B)",
      `amount=${amount.toFixed(2)}; portion=${portion.toString()}`,
      [],
      roundCents(designated)
    );
    trace.add(
      "Shares at the fair market value on the election date",
      "4(c)(i)(B); register duress-whole-shares",
      `fairMarketValue=${fmv.toString()}; exact=${raw.toSignificantDigits(12).toString()}`,
      [`duress-whole-shares=${choices.duressWholeShares}`],
      shares.toNumber()
    );
    trace.add(
      "Cash balance paid bi-weekly: amount - shares x fair market value",
      "4(c)(i)(B)",
      `shares=${shares.toString()}`,
      [`duress-whole-shares=${choices.duressWholeShares}`],
      cashBalance
    );
  }
  return { shares, cashBalance };
}

export interface DuressPayment {
  readonly payDate: Serial;
  readonly amount: Decimal;
  readonly balanceAfter: Decimal;
  /** The rest of the balance, paid on the day the duress ends (4(c)(i)(A)), not a bi-weekly payment. */
  readonly atEnd?: boolean;
}

/**
 * Bi-weekly payments of the Consulting Fee "as described in Paragraph 3(a)"
 * from the first day not earned (`from`) until `balance` is paid; if the
 * duress ends (`duressEnd`), the rest of the balance is paid on that day.
 */
export function duressSchedule(
  ledger: FeeLedger,
  from: Serial,
  balance: Decimal,
  duressEnd?: Serial
): DuressPayment[] {
  checkNotNegative(balance, "balance");
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
      const shown = (x: Decimal) =>
        x.abs().lt(1e15) ? x.toFixed(2) : x.toSignificantDigits(6).toString();
      const payable = out.reduce((a, r) => a.plus(r.amount), ZERO);
      throw numError({
        argument: "balance",
        allowed: `at most ${shown(payable)}, the Consulting Fees payable bi-weekly from ${iso(from)} through ${iso(ledger.periods[ledger.periods.length - 1].payDate)}, unless the duress ends earlier (give its date)`,
        given: shown(balance),
        clause: "4(c)(i)(A)",
        message: `balance must be at most ${shown(payable)}, the Consulting Fees payable bi-weekly from ${iso(from)} through ${iso(ledger.periods[ledger.periods.length - 1].payDate)}, unless the duress ends earlier (give its date); got ${shown(balance)}`,
      });
    }
    out.push({ payDate: duressEnd, amount: left, balanceAfter: ZERO, atEnd: true });
  }
  return out;
}

/* ----------------------------------------------------------- the delay as cash flows */

/**
 * The facts of a Board's delay of the Consulting Lump Sum Payment (4(c)(i)):
 * its notification, the executive's election and, for (B), the portion in
 * shares and their fair market value on the election date; the end of the
 * duress if the Board has found it.
 */
export interface DuressDelay {
  /** The day the Board notifies the executive that it delays the payment. */
  readonly notification: Serial;
  /** The executive's choice; undefined when none was made (then (A) applies). */
  readonly election?: "A" | "B";
  /** The day the executive informed the Board of the choice (required for (B): the shares are valued on it). */
  readonly electionDate?: Serial;
  /** (B): the portion of the value taken in shares, above 0 and at most 1. */
  readonly portion?: Decimal;
  /** (B): the fair market value of one share on the election date. */
  readonly fairMarketValue?: Decimal;
  /** (A): the day the Board finds the duress ended, if it has. */
  readonly duressEnd?: Serial;
  /** Holidays to skip in the business-day counts, beyond the `business-days` choice. */
  readonly holidays?: readonly Serial[];
}

/** How a delay plays out: the option that applies, its deadlines, and the components replacing the lump sum. */
export interface DuressOutcome {
  readonly electionDeadline: Serial;
  /** The option that applies: (B) only when elected in time, else (A) (4(c)(i), last sentence). */
  readonly applies: "A" | "B";
  /** Whether the election was made by the deadline (undefined when no election date was given). */
  readonly timely?: boolean;
  readonly shares?: DuressShares;
  readonly transferDeadline?: Serial;
  /** The Consulting Lump Sum Payment being delayed (4(c)(i)): what the components below pay in all. */
  readonly lumpSum: Decimal;
  /**
   * The bi-weekly cash payments of the plan with the balance left after each
   * (DURESS_SCHEDULE's rows): (A) toward the whole lump sum, (B) toward the
   * cash balance after the shares (none when the shares take it all).
   */
  readonly payments: readonly DuressPayment[];
  readonly components: readonly PayoutComponent[];
  readonly consequences: readonly Consequence[];
}

/**
 * The end of the duress (4(c)(i)(A)): on or after the termination date, and
 * on or before June 30, 2007. 4(c)(i)(A) pays "bi-weekly payments of the
 * Consulting Fee, as described in Paragraph 3(a)", the payments of the
 * Consulting Period, which ends June 30, 2007; a duress found ended later
 * cannot stretch them, nor lift the cap on the balance (an end in 2030 used
 * to pay any balance, 1e308 included). DURESS_SCHEDULE's `duressEndDate`
 * and the `duressEnd` fact of PAYOUT's `delay` are both checked here.
 */
export function checkDuressEnd(duressEnd: Serial, T: Serial, argument: string): void {
  if (duressEnd < T)
    throw valueError({
      argument,
      allowed: `on or after the termination date ${iso(T)} (4(c)(i)(A))`,
      given: iso(duressEnd),
      clause: "4(c)(i)(A)",
      message: `${argument} ${iso(duressEnd)} is before the termination date ${iso(T)} (4(c)(i)(A))`,
    });
  // 4(c)(i)(A) pays "the Consulting Fee, as described in Paragraph 3(a)": the bi-weekly payments of the
  // Consulting Period, which ends June 30, 2007. A duress found ended later cannot stretch them, nor lift
  // the cap on the balance.
  if (duressEnd > FEE_END)
    throw valueError({
      argument,
      allowed: `on or before ${iso(FEE_END)}, the end of the Consulting Period whose bi-weekly Consulting Fee payments 4(c)(i)(A) continues`,
      given: iso(duressEnd),
      clause: "4(c)(i)(A)",
      message: `${argument} must be on or before ${iso(FEE_END)}, the end of the Consulting Period whose bi-weekly Consulting Fee payments 4(c)(i)(A) continues; got ${iso(duressEnd)}`,
    });
}

/** Checks the delay's facts against the agreement; each message names the fact. */
export function checkDelay(delay: DuressDelay, T: Serial): void {
  checkInAgreementSpan(delay.notification, "delay notification");
  if (delay.electionDate !== undefined) {
    checkInAgreementSpan(delay.electionDate, "delay electionDate");
    if (delay.electionDate < delay.notification)
      throw valueError({
        argument: "delay electionDate",
        allowed: `on or after the Board's notification of ${iso(delay.notification)} (4(c)(i))`,
        given: iso(delay.electionDate),
        clause: "4(c)(i)",
        message: `delay electionDate ${iso(delay.electionDate)} is before the Board's notification of ${iso(delay.notification)} (4(c)(i))`,
      });
  }
  if (delay.duressEnd !== undefined) checkDuressEnd(delay.duressEnd, T, "delay duressEnd");
  if (delay.election === "B") {
    if (delay.electionDate === undefined)
      throw valueError({
        argument: "delay electionDate",
        rule: "required with election B: the shares are valued on the election date (4(c)(i)(B))",
        given: "",
        clause: "4(c)(i)(B)",
        message:
          "delay electionDate is required with election B: the shares are valued on the election date (4(c)(i)(B))",
      });
    if (delay.fairMarketValue === undefined)
      throw valueError({
        argument: "delay fairMarketValue",
        rule: "required with election B: the price of one share on the election date (4(c)(i)(B))",
        given: "",
        clause: "4(c)(i)(B)",
        message:
          "delay fairMarketValue is required with election B: the price of one share on the election date (4(c)(i)(B))",
      });
  }
}

const duressFlow = (p: DuressPayment, what: string, clause: string): PlannedFlow => ({
  date: p.payDate,
  amount: p.amount,
  what: p.atEnd
    ? "Remaining balance of the Consulting Lump Sum Payment, on the end of the duress"
    : what,
  clause,
  asset: "cash",
});

/**
 * The delayed Consulting Lump Sum Payment as dated flows. (A): the Consulting
 * Fee's bi-weekly payments from the first unearned day until the duress ends,
 * then the remaining balance that day. (B): the shares on their transfer
 * deadline (valued at the fair market value on the election date) and the cash
 * balance in bi-weekly payments until the whole value is received.
 */
export function duressPlan(
  lumpSum: Decimal,
  T: Serial,
  stop: Serial,
  delay: DuressDelay,
  choices: Choices,
  trace?: Trace
): DuressOutcome {
  checkDelay(delay, T);
  const holidays = delay.holidays ?? [];
  const deadline = electionDeadline(delay.notification, holidays, choices, trace);
  const timely = delay.electionDate === undefined ? undefined : delay.electionDate <= deadline;
  const applies = delay.election === "B" && timely ? "B" : "A";
  const ledger = FeeLedger.of("consulting", choices);
  const consequences: Consequence[] = [
    {
      what: "Financial duress: the Board delays the Consulting Lump Sum Payment",
      clause: "4(c)(i)",
      detail: `Notified ${iso(delay.notification)}; the choice of (A) or (B) was due within 21 business days, by ${iso(deadline)}${
        delay.election === undefined ? "; no choice was made, so (A) applies" : ""
      }`,
    },
  ];
  if (delay.election === "B" && !timely)
    consequences.push({
      what: "Late election: (A) applies",
      clause: "4(c)(i)",
      detail: `(B) was elected on ${iso(delay.electionDate as Serial)}, after the deadline ${iso(deadline)}: without a timely choice the executive receives bi-weekly payments under 4(c)(i)(A)`,
    });
  trace?.add(
    applies === "A"
      ? "Financial duress: alternative (A) applies"
      : "Financial duress: alternative (B) elected in time",
    "4(c)(i); register duress-delay",
    `election=${delay.election ?? "none"}; electionDate=${delay.electionDate === undefined ? "none" : iso(delay.electionDate)}; deadline=${iso(deadline)}`,
    [`business-days=${choices.businessDays}`],
    applies
  );
  if (applies === "A") {
    const payments = duressSchedule(ledger, stop, lumpSum, delay.duressEnd);
    const what = "Duress payment: bi-weekly Consulting Fee toward the delayed lump sum";
    const last = payments[payments.length - 1];
    trace?.add(
      "Bi-weekly payments of the Consulting Fee (3(a)) toward the delayed lump sum; the rest when the duress ends",
      "4(c)(i)(A)",
      `payments=${payments.length}; duressEnd=${delay.duressEnd === undefined ? "not yet found" : iso(delay.duressEnd)}`,
      [],
      last ? iso(last.payDate) : null
    );
    return {
      electionDeadline: deadline,
      applies,
      timely,
      lumpSum,
      payments,
      consequences,
      components: [
        {
          what: `Consulting Lump Sum Payment delayed for financial duress: bi-weekly Consulting Fee payments${delay.duressEnd === undefined ? " until it is paid" : `, the rest on ${iso(delay.duressEnd)} when the duress ends`}`,
          clause: "4(c)(i)(A)",
          amount: lumpSum,
          when: payments.length
            ? `${payments.length} payments, ${iso(payments[0].payDate)} to ${iso(last.payDate)}`
            : "nothing to pay",
          kind: "duress-payments",
          fee: "consulting",
          flows: payments.map((p) => duressFlow(p, what, "4(c)(i)(A)")),
        },
      ],
    };
  }
  const election = delay.electionDate as Serial;
  const fmv = delay.fairMarketValue as Decimal;
  const shares = duressShares(lumpSum, fmv, delay.portion ?? new Dec(1), choices, trace);
  const transfer = shareTransferDeadline(election, holidays, choices, trace);
  // The value delivered in shares, to the cent: what the cash balance does not pay.
  const value = lumpSum.minus(shares.cashBalance);
  const balance = shares.cashBalance.gt(0) ? duressSchedule(ledger, stop, shares.cashBalance) : [];
  const sharesText = shares.shares.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const components: PayoutComponent[] = [
    {
      what: `Shares in place of ${formatMoney(roundCents(value))} of the Consulting Lump Sum Payment: ${sharesText} shares at $${fmv.toString()}`,
      clause: "4(c)(i)(B)",
      amount: value,
      when: `transferred within 10 business days of the election on ${iso(election)}, by ${iso(transfer)}; valued at the fair market value on the election date`,
      kind: "duress-shares",
      fee: "consulting",
      flows: value.gt(0)
        ? [
            {
              date: transfer,
              amount: value,
              what: `${sharesText} shares at $${fmv.toString()} (value)`,
              clause: "4(c)(i)(B)",
              asset: "shares",
              shares: shares.shares,
            },
          ]
        : [],
    },
  ];
  if (shares.cashBalance.gt(0))
    components.push({
      what: "Cash balance of the Consulting Lump Sum Payment, paid bi-weekly",
      clause: "4(c)(i)(B)",
      amount: shares.cashBalance,
      when: `${balance.length} bi-weekly payments, ${iso(balance[0].payDate)} to ${iso(balance[balance.length - 1].payDate)}`,
      kind: "duress-payments",
      fee: "consulting",
      flows: balance.map((p) =>
        duressFlow(p, "Duress payment: bi-weekly cash balance after the shares", "4(c)(i)(B)")
      ),
    });
  return {
    electionDeadline: deadline,
    applies,
    timely,
    shares,
    transferDeadline: transfer,
    lumpSum,
    payments: balance,
    consequences,
    components,
  };
}
