/**
 * 4(b) BY THE COMPANY OTHER THAN FOR CAUSE.
 *
 * 4(b)(i) > Beginning on July 1, 2004, the Board may elect to terminate the
 * > Consulting Period at any time upon three months' prior written notice. In
 * > the event of such termination, in addition to any Consulting Fees that
 * > were earned but unpaid prior to the termination date, the Company shall
 * > pay you one lump sum in an amount representing the remainder of the
 * > Consulting Fees that would have been due had the Consulting Period
 * > continued through June 30, 2007.
 *
 * 4(b)(ii) > Beginning on July 1, 2005, the Board may elect to terminate the
 * > Chairmanship Period ... provided that the Board may not terminate the
 * > Chairmanship Period if it has not simultaneously or previously terminated
 * > the Consulting Period. ... in addition to any Chairman Fees that were
 * > earned but unpaid prior to the termination date, the Company shall pay
 * > you one lump sum in an amount representing the remainder of the Chairman
 * > Fees ... through June 30, 2007. ... you will have the option of remaining
 * > on the Board as a Member with the title of Chairman Emeritus until June
 * > 30, 2007, without any additional compensation.
 */
import { iso } from "../dates";
import { FEE_END, FeeName } from "./p3a-fees";
import { ClauseContext, earnedUnpaid, lumpSum, lumpSumWhen } from "./p4-components";

const CLAUSE: Record<FeeName, string> = { consulting: "4(b)(i)", chairman: "4(b)(ii)" };

/** 4(b)(i) and 4(b)(ii): for each period ended, its fees earned but unpaid and the lump sum of its remainder. */
export function boardPayout(ctx: ClauseContext): void {
  const { stop, T, choices, out } = ctx;
  for (const f of ctx.fees) {
    earnedUnpaid(out, f, stop, CLAUSE[f], choices);
    lumpSum(out, f, stop, T, CLAUSE[f], choices, lumpSumWhen);
  }
  if (ctx.fees.includes("chairman"))
    out.consequences?.push({
      what: "Chairman Emeritus",
      clause: "4(b)(ii)",
      detail: `Option to remain on the Board as a Member with the title of Chairman Emeritus until ${iso(FEE_END)}, without additional compensation`,
    });
}
