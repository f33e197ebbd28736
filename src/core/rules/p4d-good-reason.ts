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
import { iso } from "../dates";
import {
  baseSalary,
  ClauseContext,
  ClauseResult,
  earnedUnpaid,
  earnedUnpaidTotal,
  lumpSum,
  lumpSumTotal,
  lumpSumWhen,
  TotalContext,
} from "./p4-components";

export function goodReasonPayout(ctx: ClauseContext): ClauseResult {
  const { stop, T, choices, trace, req } = ctx;
  const transition = T < TERMS.goodReasonTransitionBefore.value;
  return {
    transition,
    components: [
      ...ctx.fees.map((f) => earnedUnpaid(f, stop, "4(d)", choices, trace)),
      ...baseSalary(
        req,
        "4(d)",
        transition ? `before ${iso(T)} (the Transition Period also ends)` : `before ${iso(T)}`,
        stop,
        trace
      ),
      ...ctx.fees.map((f) => lumpSum(f, stop, T, "4(d)", choices, lumpSumWhen(T), trace)),
    ],
    consequences: [],
  };
}

/** 4(d)'s total in whole cents: fees earned but unpaid and the remainders (base salary only with its facts, in payout()). */
export function goodReasonTotal(ctx: TotalContext): number {
  let c = 0;
  for (const f of ctx.fees)
    c += earnedUnpaidTotal(f, ctx.stop, ctx.choices) + lumpSumTotal(f, ctx.stop, ctx.choices);
  return c;
}
