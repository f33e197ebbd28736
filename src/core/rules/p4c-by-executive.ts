/**
 * 4(c) BY YOU OTHER THAN FOR GOOD REASON.
 *
 * 4(c)(i) > Beginning on July 1, 2004, you may elect to terminate the
 * > Consulting Period at any time upon three months' prior written notice. In
 * > the event of such termination, in addition to any Consulting Fees that
 * > were earned but unpaid prior to the termination date, the Company shall
 * > pay you one lump sum in an amount representing the remainder of the
 * > Consulting Fees that would have been due had the Consulting Period
 * > continued through June 30, 2007, less a discount equal to three percent
 * > (3%) per year for each year (and at the same rate for any partial year)
 * > of such remaining payments (the "Consulting Lump Sum Payment"); provided
 * > that if ... the Company is in a state of financial duress ... the Board
 * > may choose to delay the Consulting Lump Sum Payment ...
 *
 * 4(c)(ii) > Beginning on July 1, 2005, you may elect to terminate the
 * > Chairmanship Period ... in addition to any Chairman Fees that were earned
 * > but unpaid prior to the termination date, the Company shall pay you one
 * > lump sum ... less a discount equal to three percent (3%) per year ...
 * > (the "Chairmanship Lump Sum Payment").
 *
 * The discount: p4c-discount.ts (register `discount-method`); the Board's
 * delay for financial duress: p4c-i-duress.ts.
 */
import Decimal from "decimal.js";
import { iso } from "../dates";
import { centsToDecimal } from "../money";
import { FEE_END, FeeLedger, FeeName } from "./p3a-fees";
import {
  ClauseContext,
  Consequence,
  earnedUnpaid,
  Evaluation,
  FEE_LABEL,
  PayoutComponent,
} from "./p4-components";
import { discountedCents, rateOrDefault } from "./p4c-discount";
import { duressPlan } from "./p4c-i-duress";

const CLAUSE: Record<FeeName, string> = { consulting: "4(c)(i)", chairman: "4(c)(ii)" };
const NAME: Record<FeeName, string> = {
  consulting: "Consulting Lump Sum Payment",
  chairman: "Chairmanship Lump Sum Payment",
};

/** The 4(c) lump sum's component: due on the termination date (register lump-sum-timing). */
function lumpSumPlan(amount: Decimal, fee: FeeName, ctx: ClauseContext): PayoutComponent {
  const { T, choices } = ctx;
  const clause = CLAUSE[fee];
  const rate = rateOrDefault(ctx.req.rate);
  const what = `${NAME[fee]}: remainder of the ${FEE_LABEL[fee]} less ${rate.times(100).toString()}% a year (${choices.discountMethod})`;
  return {
    what,
    clause,
    amount,
    when: `lump sum on ${iso(T)}, the termination date (register lump-sum-timing)`,
    kind: "discounted-lump-sum",
    fee,
    flows: amount.gt(0) ? [{ date: T, amount, what: NAME[fee], clause, asset: "cash" }] : [],
  };
}

/** What 4(c)(i) says may happen to the Consulting Lump Sum Payment when no delay is entered. */
const DURESS_ALTERNATIVES: readonly Consequence[] = [
  {
    what: "Financial duress: Board may delay the Consulting Lump Sum Payment",
    clause: "4(c)(i)",
    detail:
      "If at the time of notice the Company is in financial duress (Board, in good faith after consultation), the Board may delay the lump sum",
  },
  {
    what: "Financial duress alternative (A)",
    clause: "4(c)(i)(A)",
    detail:
      "Bi-weekly payments of the Consulting Fee (3(a)) until the Board finds the duress ended, then the remaining balance of the lump sum (DURESS_SCHEDULE)",
  },
  {
    what: "Financial duress alternative (B)",
    clause: "4(c)(i)(B)",
    detail:
      "All or a designated portion of the lump sum's value in unrestricted shares at fair market value on the election date, transferred within 10 business days; any balance bi-weekly (DURESS_SHARES, DURESS_BALANCE)",
  },
  {
    what: "Financial duress: election deadline",
    clause: "4(c)(i)",
    detail:
      "Choose (A) or (B) in writing within 21 business days of the Board's notification (ELECTION_DEADLINE); without a timely choice, (A) applies",
  },
];

/**
 * 4(c)(i) and 4(c)(ii): for each period ended, its fees earned but unpaid
 * and its discounted lump sum or, under a Board's delay (4(c)(i), a plan
 * only), the delay's flows paying that lump sum.
 */
export function executivePayout(ctx: ClauseContext): void {
  const { stop, choices, req, out } = ctx;
  for (const fee of ctx.fees) {
    earnedUnpaid(out, fee, stop, CLAUSE[fee], choices);
    // 4(c): the remainder less 3% a year, in whole cents (p4c-discount.ts; the trace records its steps)
    const cents = discountedCents(
      FeeLedger.of(fee, choices),
      stop,
      ctx.T,
      rateOrDefault(req.rate),
      choices.discountMethod,
      out.trace,
      CLAUSE[fee]
    );
    if (fee === "consulting" && req.delay) delayed(out, centsToDecimal(cents), ctx);
    else {
      out.add(cents, out.components && lumpSumPlan(centsToDecimal(cents), fee, ctx));
      if (fee === "consulting") out.consequences?.push(...DURESS_ALTERNATIVES);
    }
  }
  if (ctx.fees.includes("chairman"))
    out.consequences?.push({
      what: "Chairman Emeritus",
      clause: "4(c)(ii)",
      detail: `Option to remain on the Board as a Member with the title of Chairman Emeritus until ${iso(FEE_END)}, without additional compensation`,
    });
}

/** 4(c)(i): the Board's delay pays the Consulting Lump Sum Payment `lump` as bi-weekly payments or shares (p4c-i-duress.ts). */
function delayed(out: Evaluation, lump: Decimal, ctx: ClauseContext): void {
  const { T, stop, choices, req } = ctx;
  if (out.components === undefined || out.consequences === undefined || req.delay === undefined)
    throw new Error("a Board's delay (4(c)(i)) is evaluated with its plan (payout())");
  const plan = duressPlan(lump, T, stop, req.delay, choices, out.trace);
  out.duress = plan;
  out.cents += lump.times(100).toNumber();
  out.components.push(...plan.components);
  out.consequences.push(...plan.consequences);
}
