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
import { iso, Serial } from "../dates";
import { baseSalary, ClauseContext, earnedUnpaid, lumpSum, lumpSumWhen } from "./p4-components";

const BEFORE = (T: Serial): string => `before ${iso(T)}`;

/** 4(f): fees earned but unpaid, base salary (with its facts) and the remainders. */
export function notElectedPayout(ctx: ClauseContext): void {
  const { stop, T, choices, req, out } = ctx;
  for (const f of ctx.fees) earnedUnpaid(out, f, stop, "4(f)", choices);
  baseSalary(out, req, "4(f)", BEFORE, stop);
  for (const f of ctx.fees) lumpSum(out, f, stop, T, "4(f)", choices, lumpSumWhen);
}
