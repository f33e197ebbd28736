/**
 * A payout's request in force, its shares due early (4(c)(i)(B)) and its parts
 * by fee and kind (PAYOUT_DETAIL).
 */
import Decimal from "decimal.js";
import { Serial } from "../dates";
import { sum } from "../money";
import { Payout, PayoutRequest } from "../rules/p4-payout";
import type { ComponentKind } from "../rules/p4-components";
import { FeeName } from "../rules/p3a-fees";
import { DuressDelay } from "../rules/p4c-i-duress";

/**
 * The request a payout's figures rest on, with only the inputs in force
 * (what exports, the audit workbook and the Excel blocks state as its
 * inputs): a Board's delay only when it makes a plan (4(c)(i)); under (B)
 * elected in time, the election, its date, the portion and the fair market
 * value, never an end of the duress (4(c)(i)(B)'s balance is paid until the
 * whole value is received); under (A), including a (B) election made too
 * late, the end of the duress and never the (B) facts (portion, fair market
 * value), the late election's date kept as the fact that made (A) apply.
 */
export function requestInForce(p: Payout): PayoutRequest {
  const req = p.request;
  const d = req.delay;
  if (!d) return req;
  if (!p.duress) return { ...req, delay: undefined };
  const delay: DuressDelay =
    p.duress.applies === "B"
      ? {
          notification: d.notification,
          election: "B",
          electionDate: d.electionDate,
          portion: d.portion,
          fairMarketValue: d.fairMarketValue,
        }
      : {
          notification: d.notification,
          election: d.election,
          electionDate: d.election === "B" ? d.electionDate : undefined,
          duressEnd: d.duressEnd,
        };
  return { ...req, delay };
}

/**
 * Shares of a (B) election due before the termination date (4(c)(i)(B):
 * transferred within ten business days of an election that may be made
 * during the three months' notice): the transfer deadline, or undefined when
 * the shares are not due before it (or there are none).
 */
export function sharesDueBeforeTermination(p: Payout): Serial | undefined {
  const s = p.shares;
  return s && s.transferDeadline < p.request.T ? s.transferDeadline : undefined;
}

/**
 * What the components of a payout of one fee and of the given kinds come to
 * (PAYOUT_DETAIL's amounts added; a component without an amount counts 0):
 * a fee's earned but unpaid part (4(a)-4(h)), its lump sum (4(b), 4(d)-4(g)),
 * the 4(h) continuation, or under a Board's delay (4(c)(i)) the parts that
 * replace the discounted lump sum (bi-weekly payments, shares at their value).
 */
export function payoutPart(p: Payout, fee: FeeName, kinds: readonly ComponentKind[]): Decimal {
  return sum(
    p.components
      .filter((c) => c.fee === fee && kinds.includes(c.kind))
      .map((c) => c.amount ?? new Decimal(0))
  );
}
