/**
 * 4(e) UPON A CHANGE OF CONTROL.
 *
 * > If a Change of Control, as defined in Paragraph 7(b) hereof, occurs during
 * > the Chairmanship Period or the Consulting Period, then, in lieu of any
 * > other payments due you under this Agreement, the Company shall provide
 * > you, immediately prior to the Change of Control, the following benefits:
 * > (i) the Company shall pay you one lump sum in an amount representing the
 * > remainder of the Consulting Fees and Chairman Fees through June 30, 2007;
 * > and (ii) all of the outstanding Options described in Paragraph 3(c)(iv)
 * > hereof shall vest and become exercisable.
 *
 * Register `change-of-control-in-lieu`: whether fees earned before the event
 * are still paid. Register `later-event-after-earlier-end`: after the
 * Consulting Period ended under another clause, the Change of Control ends
 * the Chairmanship Period alone and its lump sum is the Chairman remainder;
 * what the earlier termination fixed is not part of this payout.
 */
import { describeChoices } from "../agreement/interpretations";
import { iso, Serial } from "../dates";
import { ClauseContext, earnedUnpaid, lumpSum } from "./p4-components";

const BEFORE_CHANGE = (T: Serial): string =>
  `lump sum immediately prior to the Change of Control on ${iso(T)}`;

/** 4(e): the remainders "in lieu of any other payments" (the fees earned but unpaid per register change-of-control-in-lieu). */
export function changeOfControlPayout(ctx: ClauseContext): void {
  const { stop, T, choices, out } = ctx;
  const included = choices.changeOfControlInLieu === "earned-included";
  if (included) for (const f of ctx.fees) earnedUnpaid(out, f, stop, "4(e)", choices);
  out.trace?.add(
    included
      ? "Fees earned before the Change of Control are still paid"
      : "Fees earned but unpaid are replaced by the lump sum ('in lieu of any other payments')",
    "4(e); register change-of-control-in-lieu",
    "",
    describeChoices(choices, ["changeOfControlInLieu"]),
    null
  );
  for (const f of ctx.fees) lumpSum(out, f, stop, T, "4(e)(i)", choices, BEFORE_CHANGE);
  out.consequences?.push(
    {
      what: "Options on a merger the Company does not survive",
      clause: "3(c)(iv)(B)",
      detail:
        "If requested, the Company seeks an equivalent replacement award from the survivor; failing that, all outstanding Options vest immediately prior to the merger",
    },
    {
      what: "In lieu of any other payments",
      clause: "4(e)",
      detail: included
        ? "The lump sum replaces every other payment under the agreement except fees already earned (register change-of-control-in-lieu=earned-included)"
        : "The lump sum replaces every other payment under the agreement, including fees earned but unpaid (register change-of-control-in-lieu=earned-excluded)",
    }
  );
}
