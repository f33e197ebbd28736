/**
 * The ledger bodies (issue 21 item 3): OUTSTANDING, what the Company owes and
 * has not paid at the end of a day, and ROLLFORWARD, its month-end
 * roll-forward; both read PAYOUT's arguments and call one core operation
 * (when amounts arise: register amounts-arise).
 */
import { outstanding, rollForward } from "../../core";
import { Arg, dateArg, headersArg, optionalDateArg } from "../adapter";
import { money, table } from "./arguments";
import { payoutRequestOf } from "./payouts";
import { Body, Cell } from "./types";

export const LEDGER_BODIES: Record<string, Body> = {
  OUTSTANDING: (
    [
      scenario,
      terminationDate,
      asOfDate,
      periods,
      consultingEndDate,
      choices,
      annualBaseSalary,
      salaryPaidThrough,
      delay,
    ],
    trace
  ) => {
    const req = payoutRequestOf(
      "OUTSTANDING",
      [
        scenario,
        terminationDate,
        periods,
        consultingEndDate,
        choices,
        annualBaseSalary,
        salaryPaidThrough,
        delay,
      ],
      trace
    );
    const asOf = dateArg(asOfDate, "asOfDate");
    return money(outstanding(req, asOf, trace), "OUTSTANDING");
  },

  ROLLFORWARD: (
    [
      scenario,
      terminationDate,
      periods,
      consultingEndDate,
      headers,
      fromMonth,
      toMonth,
      choices,
      annualBaseSalary,
      salaryPaidThrough,
      delay,
    ]: readonly Arg[],
    trace
  ) => {
    const show = headersArg(headers);
    const req = payoutRequestOf(
      "ROLLFORWARD",
      [
        scenario,
        terminationDate,
        periods,
        consultingEndDate,
        choices,
        annualBaseSalary,
        salaryPaidThrough,
        delay,
      ],
      trace
    );
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
