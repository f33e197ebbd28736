/**
 * 4(d) BY YOU FOR GOOD REASON.
 *
 * > You may terminate the Transition Period (at any time before June 30,
 * > 2003), the Consulting Period (at any time before July 1, 2004) and/or the
 * > Chairmanship Period (at any time before July 1, 2005), for Good Reason
 * > ... In the event of termination of the Transition Period, Consulting
 * > Period and/or Chairmanship Period pursuant to this Paragraph 4(d), in
 * > addition to any amounts earned but unpaid prior to the termination date,
 * > the Company shall pay you a lump sum in the amount representing the
 * > remainder of the Consulting Fees and/or Chairman Fees, as applicable,
 * > through June 30, 2007.
 *
 * "Any amounts earned but unpaid" covers base salary (paragraph 1) as well
 * as fees. The cure period of 4(d)(i) is in p4a-4d-cure.ts.
 */
import { TERMS } from "../agreement/terms";
import { iso, Serial } from "../dates";
import { baseSalary, ClauseContext, earnedUnpaid, lumpSum, lumpSumWhen } from "./p4-components";

const BEFORE = (T: Serial): string => `before ${iso(T)}`;
const BEFORE_WITH_TRANSITION = (T: Serial): string =>
  `before ${iso(T)} (the Transition Period also ends)`;

/** 4(d): fees earned but unpaid, base salary (with its facts) and the remainders. */
export function goodReasonPayout(ctx: ClauseContext): void {
  const { stop, T, choices, req, out } = ctx;
  const transition = T < TERMS.goodReasonTransitionBefore.value;
  out.transition = transition;
  for (const f of ctx.fees) earnedUnpaid(out, f, stop, "4(d)", choices);
  baseSalary(out, req, "4(d)", transition ? BEFORE_WITH_TRANSITION : BEFORE, stop);
  for (const f of ctx.fees) lumpSum(out, f, stop, T, "4(d)", choices, lumpSumWhen);
}
