/**
 * 4(h) DISABILITY.
 *
 * > The Company may terminate the Consulting Period upon notice to you, in
 * > the event that you become disabled ... and, as a result, are unable to
 * > perform substantially all of your duties and responsibilities hereunder
 * > for one hundred twenty (120) consecutive calendar days during any period
 * > of three hundred and sixty-five (365) consecutive calendar days. During
 * > any period of your disability, you shall continue to receive the
 * > Consulting Fees until termination of the Consulting Period pursuant to
 * > this Paragraph 4(h). In the event of such termination, in addition to any
 * > Consulting Fees that were earned but unpaid prior to the termination
 * > date, the Company shall continue to pay you sixty percent (60%) of the
 * > Consulting Fees through June 30, 2007.
 *
 * The 60% continuation is a ledger of its own (60% of each day's accrual,
 * rounded cumulatively) paid on the bi-weekly pay dates (register
 * `disability-continuation`); the qualifying days: register
 * `disability-qualifying`.
 */
import { TERMS } from "../agreement/terms";
import { iso, Serial } from "../dates";
import { valueError } from "../errors";
import { Trace } from "../trace";
import { FEE_END, FeeLedger } from "./p3a-fees";
import Decimal from "decimal.js";
import { centsToDecimal } from "../money";
import { ClauseContext, earnedUnpaid, Evaluation, PayoutComponent } from "./p4-components";
import { remainingPayments } from "./p4c-discount";

/** 4(h): "sixty percent (60%) of the Consulting Fees", the share of the continuation ledger (terms.ts disabilityShare). */
export const DISABILITY_SHARE: string = String(TERMS.disabilityShare.value);

/** 4(h): "one hundred twenty (120) consecutive calendar days" (terms.ts disabilityDays); the first day is day 1. */
export const DISABILITY_DAYS: number = TERMS.disabilityDays.value;

/** The last of the 120 consecutive days of a disability from `firstDay` (day 1). */
export const lastQualifyingDay = (firstDay: Serial): Serial => firstDay + DISABILITY_DAYS - 1;

/** 4(h)'s continuation stream: the Consulting Fee ledger at the 60% share (register disability-continuation). */
export function disabilityLedger(choices: ClauseContext["choices"]): FeeLedger {
  return FeeLedger.of("consulting", choices, DISABILITY_SHARE);
}

/**
 * 4(h): "sixty percent (60%) of the Consulting Fees through June 30, 2007",
 * the 60% ledger's remainder from the first unearned day, continued
 * bi-weekly on its pay dates.
 */
export function disabilityContinuation(
  out: Evaluation,
  stop: Serial,
  choices: ClauseContext["choices"]
): void {
  const ledger = disabilityLedger(choices);
  const cents = ledger.amountCents(stop, FEE_END);
  out.add(cents, out.components && continuationPlan(centsToDecimal(cents), ledger, stop, out));
}

/** {@link disabilityContinuation}'s component: its bi-weekly payments, its trace step. */
function continuationPlan(
  amount: Decimal,
  ledger: FeeLedger,
  stop: Serial,
  out: Evaluation
): PayoutComponent {
  const share = TERMS.disabilityShare.value;
  const payments = remainingPayments(ledger, stop);
  const pct = `${share * 100}%`;
  const what = `${pct} of the Consulting Fees through ${iso(FEE_END)}, continued bi-weekly`;
  out.trace?.add(
    `${pct} of the Consulting Fees ${iso(Math.min(stop, FEE_END))} through ${iso(FEE_END)}, on the bi-weekly schedule`,
    "4(h); register disability-continuation",
    `share=${share}; payments=${payments.length}; first pay date=${payments.length ? iso(payments[0].payDate) : "none"}`,
    ledger.describe(),
    amount
  );
  return {
    what,
    clause: "4(h)",
    amount,
    when: payments.length
      ? `${payments.length} bi-weekly payments, ${iso(payments[0].payDate)} to ${iso(payments[payments.length - 1].payDate)}`
      : "none: the period has ended",
    kind: "continuation",
    fee: "consulting",
    flows: payments.map((p) => ({
      date: p.payDate,
      amount: p.amount,
      what: `${pct} Consulting Fee continuation`,
      clause: "4(h)",
      asset: "cash" as const,
    })),
  };
}

/** 4(h): the Consulting Fees earned but unpaid and the 60% continuation. */
export function disabilityPayout(ctx: ClauseContext): void {
  const { stop, choices, out } = ctx;
  earnedUnpaid(out, "consulting", stop, "4(h)", choices);
  disabilityContinuation(out, stop, choices);
  out.consequences?.push({
    what: "Fees during the disability",
    clause: "4(h)",
    detail: "Until the termination, the Consulting Fees continued in full during the disability",
  });
}

/** First day the Company may give 4(h) notice: the day after the 120th consecutive day (register `disability-qualifying`). */
export function disabilityNoticeFrom(firstDay: Serial, trace?: Trace): Serial {
  const out = firstDay + DISABILITY_DAYS;
  if (out > FEE_END)
    throw valueError({
      argument: "firstDayOfDisability",
      allowed: `on or before ${iso(FEE_END - DISABILITY_DAYS)}, the last first day that allows a 4(h) termination`,
      rule: `its 120 consecutive days end on ${iso(out - 1)}, so 4(h) notice could be given only from ${iso(out)}, after the Consulting Period ends on ${iso(FEE_END)}`,
      given: iso(firstDay),
      clause: "4(h)",
      message: `firstDayOfDisability ${iso(firstDay)} is too late: its 120 consecutive days end on ${iso(out - 1)}, so 4(h) notice could be given only from ${iso(out)}, after the Consulting Period ends on ${iso(FEE_END)}; the last first day that allows a 4(h) termination is ${iso(FEE_END - DISABILITY_DAYS)}`,
    });
  trace?.add(
    "120 consecutive calendar days of disability (the first day is day 1); notice from the next day",
    "4(h); register disability-qualifying",
    `firstDayOfDisability=${iso(firstDay)}; 120th day=${iso(lastQualifyingDay(firstDay))}`,
    [],
    iso(out)
  );
  return out;
}

/**
 * Checks that a disability running from `firstDay` (through `lastDay`, if it
 * ended) qualifies a 4(h) termination on T.
 */
export function checkDisability(firstDay: Serial, T: Serial, lastDay?: Serial): void {
  if (lastDay !== undefined && lastDay < firstDay)
    throw valueError({
      argument: "lastDayOfDisability",
      allowed: `on or after the first day of disability, ${iso(firstDay)}`,
      given: iso(lastDay),
      clause: "4(h)",
      message: `lastDayOfDisability ${iso(lastDay)} is before firstDayOfDisability ${iso(firstDay)}; it must be on or after it`,
    });
  if (lastDay !== undefined && lastDay - firstDay + 1 < DISABILITY_DAYS)
    throw valueError({
      argument: "lastDayOfDisability",
      allowed: `on or after ${iso(lastQualifyingDay(firstDay))}`,
      rule: `4(h) needs 120 consecutive calendar days of disability from the first day, ${iso(firstDay)}`,
      given: iso(lastDay),
      clause: "4(h)",
      message: `lastDayOfDisability must be on or after ${iso(lastQualifyingDay(firstDay))}: 4(h) needs 120 consecutive calendar days of disability from firstDayOfDisability ${iso(firstDay)}; got ${iso(lastDay)}`,
    });
  const days = (lastDay ?? T - 1) - firstDay + 1;
  if (days < DISABILITY_DAYS || T < disabilityNoticeFrom(firstDay))
    throw valueError({
      argument: "terminationDate",
      allowed: `on or after ${iso(disabilityNoticeFrom(firstDay))}`,
      rule: `4(h) needs 120 consecutive calendar days of disability before notice: from ${iso(firstDay)} notice may be given from ${iso(disabilityNoticeFrom(firstDay))}${lastDay !== undefined ? `, and the disability must last through ${iso(lastQualifyingDay(firstDay))}` : ""}`,
      given: iso(T),
      clause: "4(h)",
      message: `4(h) needs 120 consecutive calendar days of disability before notice: from ${iso(firstDay)} notice may be given from ${iso(disabilityNoticeFrom(firstDay))}${lastDay !== undefined ? `, and the disability must last through ${iso(lastQualifyingDay(firstDay))}` : ""}`,
    });
  if (
    lastDay !== undefined &&
    T - firstDay + 1 > TERMS.disabilityWindowDays.value &&
    T - lastDay > TERMS.disabilityWindowDays.value
  )
    throw valueError({
      argument: "lastDayOfDisability",
      rule: "the qualifying 120 days must fall within 365 consecutive days before notice (4(h))",
      given: iso(lastDay),
      clause: "4(h)",
      message: `4(h): the qualifying 120 days must fall within 365 consecutive days before notice; the disability ended ${iso(lastDay)}`,
    });
}
