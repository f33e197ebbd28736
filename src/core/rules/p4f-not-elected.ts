/**
 * 4(f) UPON FAILURE TO BE ELECTED TO THE BOARD.
 *
 * > In the event that, at any time before June 30, 2007, the shareholders of
 * > the Company fail to elect you to the Board, the Chairmanship Period and
 * > the Consulting Period shall immediately terminate. In the event of such
 * > termination, in addition to any base salary, Consulting Fees and Chairman
 * > Fees that were earned but unpaid prior to the termination date, the
 * > Company shall pay you one lump sum in an amount representing the
 * > remainder of the Consulting Fees and Chairman Fees through June 30, 2007.
 *
 * After the Consulting Period has ended under another clause, the event can
 * end only the Chairmanship Period (periods "chairman" with the date the
 * Consulting Period ended): its clause pays the Chairman items alone.
 */
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

export function notElectedPayout(ctx: ClauseContext): ClauseResult {
  const { stop, T, choices, trace, req } = ctx;
  return {
    components: [
      ...ctx.fees.map((f) => earnedUnpaid(f, stop, "4(f)", choices, trace)),
      ...baseSalary(req, "4(f)", `before ${iso(T)}`, stop, trace),
      ...ctx.fees.map((f) => lumpSum(f, stop, T, "4(f)", choices, lumpSumWhen(T), trace)),
    ],
    consequences: [],
  };
}

/** 4(f)'s total in whole cents: fees earned but unpaid and the remainders (base salary only with its facts, in payout()). */
export function notElectedTotal(ctx: TotalContext): number {
  let c = 0;
  for (const f of ctx.fees)
    c += earnedUnpaidTotal(f, ctx.stop, ctx.choices) + lumpSumTotal(f, ctx.stop, ctx.choices);
  return c;
}
