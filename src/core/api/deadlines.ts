/**
 * Dates the agreement sets: the options' last exercise day (3(c)(iv)(A)), the
 * cure periods (4(a)(i), 4(d)(i)), the business-day deadlines of a Board's
 * delay (4(c)(i)) and the first day of 4(h) notice.
 */
import { Choices, withChoices } from "../agreement/interpretations";
import { iso, Serial } from "../dates";
import { Trace } from "../trace";
import { valueError } from "../errors";
import { optionDeadline } from "../rules/p3c-iv-options";
import { CurePeriod, curePeriod, CureClause } from "../rules/p4a-4d-cure";
import { holidaySet, electionDeadline, shareTransferDeadline } from "../rules/p4c-i-duress";
import { checkDisability, disabilityNoticeFrom } from "../rules/p4h-disability";
import { checkInAgreementSpan, Scenario, widestWindow } from "../rules/p4-scenarios";

/* ----------------------------------------------------------- 3(c)(iv)(A) */

/**
 * OPTION_DEADLINE: the last day a tranche vesting on `vesting` may be
 * exercised after `scenario` terminates on T (#N/A when forfeited). T must be
 * in the scenario's widest window.
 */
export function optionDeadlineAt(
  scenario: Scenario,
  T: Serial,
  vesting: Serial,
  choices: Choices,
  trace?: Trace
): Serial {
  checkInAgreementSpan(T, "terminationDate");
  const w = widestWindow(scenario, choices);
  if (T < w.from || T > w.to)
    throw valueError({
      argument: "terminationDate",
      allowed: `from ${iso(w.from)} to ${iso(w.to)}, ${scenario.clause}'s window`,
      rule: w.why,
      given: iso(T),
      clause: scenario.clause,
      message: `terminationDate ${iso(T)} is outside ${scenario.clause}'s window ${iso(w.from)} to ${iso(w.to)}: ${w.why}`,
    });
  return optionDeadline(scenario, T, vesting, choices, trace);
}

/* ---------------------------------------------------------- 4(a)(i), 4(d)(i) */

/** CURE_PERIOD_END: the last day to cure after a notice within the agreement's span. */
export function cureDeadline(clause: CureClause, notice: Serial, trace?: Trace): CurePeriod {
  checkInAgreementSpan(notice, "noticeDate");
  return curePeriod(clause, notice, trace);
}

/* -------------------------------------------------------------- 4(c)(i) */

/** Holidays as the `holidays` argument gives them: dates, and/or the built-in calendar. */
export interface HolidayInput {
  readonly dates: readonly Serial[];
  /** "us-ma": the built-in calendar (register business-days). */
  readonly builtIn: boolean;
}

function holidayChoices(h: HolidayInput, choices: Choices): Choices {
  return h.builtIn ? withChoices([["business-days", "us-ma"]], choices) : choices;
}

/** ELECTION_DEADLINE: 21 business days after the Board's notification of a delay. */
export function electionDeadlineFor(
  notification: Serial,
  holidays: HolidayInput,
  choices: Choices,
  trace?: Trace
): Serial {
  checkInAgreementSpan(notification, "notificationDate");
  return electionDeadline(notification, holidays.dates, holidayChoices(holidays, choices), trace);
}

/** SHARE_TRANSFER_DEADLINE: 10 business days after the election of 4(c)(i)(B). */
export function shareTransferDeadlineFor(
  election: Serial,
  holidays: HolidayInput,
  choices: Choices,
  trace?: Trace
): Serial {
  checkInAgreementSpan(election, "electionDate");
  return shareTransferDeadline(election, holidays.dates, holidayChoices(holidays, choices), trace);
}

/** The holidays the business-day counts skip from `from` on: those given, plus the Massachusetts legal holidays under `business-days=us-ma` (sorted). */
export function holidaysInForce(
  given: readonly Serial[],
  from: Serial,
  choices: Choices
): Serial[] {
  return [...holidaySet(given, from, choices)].sort((a, b) => a - b);
}

/** The business-day choice in force once the holidays argument is read (for traces). */
export function businessDayChoices(holidays: HolidayInput, choices: Choices): Choices {
  return holidayChoices(holidays, choices);
}

/* ------------------------------------------------------------------ 4(h) */

/** DISABILITY_NOTICE_FROM: the first day 4(h) notice may be given, checking a disability that has ended. */
export function disabilityNoticeDate(
  first: Serial,
  last: Serial | undefined,
  trace?: Trace
): Serial {
  checkInAgreementSpan(first, "firstDayOfDisability");
  const from = disabilityNoticeFrom(first, trace);
  if (last !== undefined) checkDisability(first, from, last);
  return from;
}
