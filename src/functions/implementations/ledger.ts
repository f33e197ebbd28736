/**
 * The ledger bodies (issue 21 item 3): OUTSTANDING, what the Company owes and
 * has not paid at the end of a day, and ROLLFORWARD, its month-end
 * roll-forward; both read PAYOUT's arguments and call one core operation
 * (when amounts arise: register amounts-arise).
 */
import { outstanding, rollForward } from "../../core";
import { dateArg, headersArg, optionalDateArg } from "../adapter";
import { money, table } from "./arguments";
import { ownAndPayoutArgs, payoutRequestOf } from "./payouts";
import { Body, Cell } from "./types";

export const LEDGER_BODIES: Record<string, Body> = {
  OUTSTANDING: (args, trace) => {
    // PAYOUT's arguments with asOfDate after terminationDate.
    const [[asOfDate], payoutArgs] = ownAndPayoutArgs(args, 2, 1);
    const req = payoutRequestOf("OUTSTANDING", payoutArgs, trace);
    const asOf = dateArg(asOfDate, "asOfDate");
    return money(outstanding(req, asOf, trace), "OUTSTANDING");
  },

  ROLLFORWARD: (args, trace) => {
    // PAYOUT's arguments with headers, fromMonth and toMonth after consultingEndDate.
    const [[headers, fromMonth, toMonth], payoutArgs] = ownAndPayoutArgs(args, 4, 3);
    const show = headersArg(headers);
    const req = payoutRequestOf("ROLLFORWARD", payoutArgs, trace);
    const from = optionalDateArg(fromMonth, "fromMonth");
    const to = optionalDateArg(toMonth, "toMonth");
    const rows = rollForward(req, { fromMonth: from, toMonth: to }, trace);
    const body = rows.map(
      (r) =>
        [
          r.monthEnd,
          r.opening.toNumber(),
          r.arising.toNumber(),
          r.paid.toNumber(),
          r.closing.toNumber(),
        ] as Cell[]
    );
    return table(["Month-end date", "Opening", "Arising", "Paid", "Closing"], body, show, [
      "",
      0,
      0,
      0,
      0,
    ]);
  },
};
