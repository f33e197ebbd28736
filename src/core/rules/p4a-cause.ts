/**
 * 4(a) BY THE COMPANY FOR CAUSE.
 *
 * > Upon the giving of notice of termination for Cause, the Company shall
 * > have no further obligation to you, other than for any base salary,
 * > Chairman Fees or Consulting Fees that were earned but not paid through the
 * > date of notice, or as expressly set forth in this Agreement.
 *
 * Fees stop at the date of notice (register `cause-notice-day`: the notice
 * day itself is earned by default, "through" being inclusive). The
 * Transition Period ends too when notice comes on or before June 30, 2003.
 */
import { Choices, describeChoices } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { iso, Serial } from "../dates";
import { baseSalary, ClauseContext, earnedUnpaid } from "./p4-components";

/** Whether the date of notice for Cause is earned ("through the date of notice", register `cause-notice-day`). */
export function noticeDayEarned(choices: Choices): boolean {
  return choices.causeNoticeDay === "earned";
}

/** The first day not earned after notice for Cause on T. */
export function causeStop(ctx: ClauseContext): number {
  return noticeDayEarned(ctx.choices) ? ctx.T + 1 : ctx.T;
}

const THROUGH_NOTICE = (T: Serial): string => `through the date of notice, ${iso(T)}`;

/** 4(a): the fees (and base salary) earned but not paid through the date of notice. */
export function causePayout(ctx: ClauseContext): void {
  const { T, choices, req, out } = ctx;
  const stop = causeStop(ctx);
  out.trace?.add(
    "Fees stop on the date of notice of termination for Cause",
    "4(a); register cause-notice-day",
    `noticeDate=${iso(T)}`,
    describeChoices(choices, ["causeNoticeDay"]),
    iso(stop - 1)
  );
  for (const f of ctx.fees) earnedUnpaid(out, f, stop, "4(a)", choices);
  out.transition = T <= TERMS.separationDate.value;
  baseSalary(out, req, "4(a)", THROUGH_NOTICE, stop);
  out.consequences?.push({
    what: "No further obligation",
    clause: "4(a)",
    detail:
      "Other than fees (and base salary) earned but not paid through the date of notice, or as expressly set forth in the agreement, the Company has no further obligation",
  });
}
