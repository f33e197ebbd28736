/**
 * A Board's delay of the Consulting Lump Sum Payment (4(c)(i)) as the pane
 * states it outside the form: the `delay` argument of BTU.PAYOUT,
 * PAYOUT_DETAIL and PAYOUT_SCHEDULE ("notification=2004-11-15; election=B;
 * ..."), the line that states its facts in notes, and the headline's split of
 * the total into cash and shares. Everything is read from the core's plan.
 */
import Decimal from "decimal.js";
import { delayText, formatMoney, iso, Payout, PayoutComponent, requestInForce } from "../../core";
import { formatPercent, formatShares } from "../components/format";

/** The delay as the functions' `delay` text argument: the core's one form of it (delayText). */
export const delayArgText = delayText;

/** One sentence with the delay's facts and what they make due, or undefined without a delay. */
export function delayNote(p: Payout): string | undefined {
  const d = requestInForce(p).delay; // the facts in force only (no end of the duress under (B))
  if (!d) return undefined;
  const facts = [`the Board notified its delay on ${iso(d.notification)}`];
  if (p.duress) facts.push(`the election deadline is ${iso(p.duress.electionDeadline)}`);
  if (d.election === "B") {
    facts.push(
      `(B) was elected${d.electionDate !== undefined ? ` on ${iso(d.electionDate)}` : ""}${d.portion ? ` for ${formatPercent(d.portion)} in shares` : ""}${d.fairMarketValue ? ` at $${d.fairMarketValue.toFixed()} a share` : ""}`
    );
  } else if (d.election === "A") facts.push("(A) was elected");
  else facts.push("no election was made");
  if (d.duressEnd !== undefined) facts.push(`the duress ended on ${iso(d.duressEnd)}`);
  const applies =
    p.duress?.applies === "B" && p.shares
      ? `(B) applies: ${formatShares(p.shares.count)} shares worth ${formatMoney(p.shares.value)} due by ${iso(p.shares.transferDeadline)}, and ${formatMoney(p.cashTotal)} in cash`
      : `(A) applies${d.election === "B" ? " (the election of (B) was not timely)" : ""}: the lump sum is paid in bi-weekly Consulting Fee payments${d.duressEnd !== undefined ? ", the balance on the end of the duress" : " while the duress lasts"}`;
  return `Board's delay for financial duress (4(c)(i)): ${facts.join("; ")}. ${applies}. The total counts the shares at their fair market value on the election date.`;
}

const KIND_LABEL: Record<PayoutComponent["kind"], string> = {
  "earned-unpaid": "earned but unpaid",
  "lump-sum": "lump sum",
  "discounted-lump-sum": "discounted lump sum",
  continuation: "continuation",
  "base-salary": "base salary",
  "duress-payments": "balance",
  "duress-shares": "shares",
};

export interface CashPart {
  readonly amount: Decimal;
  readonly text: string;
  readonly clause: string;
}

/** The cash components of a payout, each with a short description (for the headline under a delay). */
export function cashParts(p: Payout): CashPart[] {
  return p.components
    .filter((c) => c.kind !== "duress-shares" && c.amount)
    .map((c) => {
      const cash = c.flows.filter((f) => f.asset === "cash");
      let text = KIND_LABEL[c.kind];
      if (c.kind === "duress-payments") {
        const ends = requestInForce(p).delay?.duressEnd;
        text =
          cash.length === 0
            ? "balance (nothing left to pay)"
            : ends !== undefined && cash[cash.length - 1].date === ends
              ? `balance paid in ${cash.length} payment${cash.length > 1 ? "s" : ""}, the last on the end of the duress ${iso(ends)}`
              : `balance paid bi-weekly in ${cash.length} payment${cash.length > 1 ? "s" : ""}, ${iso(cash[0].date)} to ${iso(cash[cash.length - 1].date)}`;
      }
      return { amount: c.amount as Decimal, text, clause: c.clause };
    });
}
