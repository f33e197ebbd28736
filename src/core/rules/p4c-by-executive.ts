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
import { FEE_END, FeeLedger, FeeName } from "./p3a-fees";
import {
  ClauseContext,
  ClauseResult,
  Consequence,
  earnedUnpaid,
  earnedUnpaidTotal,
  FEE_LABEL,
  PayoutComponent,
  TotalContext,
} from "./p4-components";
import { discountedCents, discountedRemainder, rateOrDefault } from "./p4c-discount";
import { duressPlan } from "./p4c-i-duress";

const CLAUSE: Record<FeeName, string> = { consulting: "4(c)(i)", chairman: "4(c)(ii)" };
const NAME: Record<FeeName, string> = {
  consulting: "Consulting Lump Sum Payment",
  chairman: "Chairmanship Lump Sum Payment",
};

/** The 4(c) lump sum of a fee: its remainder less 3% a year, due on the termination date (register lump-sum-timing). */
function discountedLumpSum(fee: FeeName, ctx: ClauseContext): PayoutComponent {
  const { stop, T, choices, trace } = ctx;
  const clause = CLAUSE[fee];
  const rate = rateOrDefault(ctx.req.rate);
  const amount = discountedRemainder(
    FeeLedger.of(fee, choices),
    stop,
    T,
    rate,
    choices.discountMethod,
    clause,
    trace
  );
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

/** 4(c)(i) and 4(c)(ii): for each period ended, its fees earned but unpaid and its discounted lump sum (or the delay's flows). */
export function executivePayout(ctx: ClauseContext): ClauseResult {
  const { stop, T, choices, trace, req } = ctx;
  const components: PayoutComponent[] = [];
  const consequences: Consequence[] = [];
  let duress: ClauseResult["duress"];
  for (const fee of ctx.fees) {
    components.push(earnedUnpaid(fee, stop, CLAUSE[fee], choices, trace));
    const lump = discountedLumpSum(fee, ctx);
    if (fee === "consulting" && req.delay) {
      const plan = duressPlan(lump.amount as Decimal, T, stop, req.delay, choices, trace);
      duress = plan;
      components.push(...plan.components);
      consequences.push(...plan.consequences);
    } else {
      components.push(lump);
      if (fee === "consulting") consequences.push(...DURESS_ALTERNATIVES);
    }
  }
  if (ctx.fees.includes("chairman"))
    consequences.push({
      what: "Chairman Emeritus",
      clause: "4(c)(ii)",
      detail: `Option to remain on the Board as a Member with the title of Chairman Emeritus until ${iso(FEE_END)}, without additional compensation`,
    });
  return { components, consequences, duress };
}

/** 4(c)'s total in whole cents (no delay): for each period ended, its fees earned but unpaid and its discounted lump sum. */
export function executiveTotal(ctx: TotalContext): number {
  const { stop, T, choices } = ctx;
  const rate = rateOrDefault(ctx.rate);
  let c = 0;
  for (const f of ctx.fees)
    c +=
      earnedUnpaidTotal(f, stop, choices) +
      discountedCents(FeeLedger.of(f, choices), stop, T, rate, choices.discountMethod);
  return c;
}
