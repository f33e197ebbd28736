/** The duress bodies: shares, cash balance and the balance schedule (4(c)(i)). */
import { Dec, duressScheduleFor, duressSharesFor, iso, Trace } from "../../core";
import {
  Arg,
  choicesArg,
  dateArg,
  headersArg,
  moneyArg,
  numberArg,
  optionalDateArg,
} from "../adapter";
import { AT_TERMINATION, inputs, money, table } from "./arguments";
import { Body } from "./types";

function sharesOf(
  fn: string,
  [amount, fairMarketValue, portion, choices]: readonly Arg[],
  trace?: Trace
) {
  const c = choicesArg(choices);
  const a = moneyArg(amount, "amount", {
    min: 0,
    what: "the Consulting Lump Sum Payment in dollars",
  });
  const fmv = moneyArg(fairMarketValue, "fairMarketValue", {
    min: 0,
    minInclusive: false,
    what: "the price per share on the election date",
  });
  const p = new Dec(
    numberArg(portion, "portion", {
      fallback: 1,
      min: 0,
      minInclusive: false,
      max: 1,
      what: "the share of the value taken in stock, e.g. 0.5 or 50%",
    })
  );
  if (trace)
    inputs(
      trace,
      fn,
      { amount: a.toFixed(2), fairMarketValue: fmv.toString(), portion: p.toString() },
      c,
      ["duress"]
    );
  return duressSharesFor(a, fmv, p, c, trace);
}

export const DURESS_BODIES: Record<string, Body> = {
  DURESS_SHARES: (args, trace) =>
    money(sharesOf("DURESS_SHARES", args, trace).shares, "DURESS_SHARES"),
  DURESS_BALANCE: (args, trace) =>
    money(sharesOf("DURESS_BALANCE", args, trace).cashBalance, "DURESS_BALANCE"),

  DURESS_SCHEDULE: ([terminationDate_, balance, duressEndDate, headers, choices], trace) => {
    const c = choicesArg(choices);
    const T = dateArg(terminationDate_, "terminationDate");
    const b = moneyArg(balance, "balance", { min: 0, what: "dollars still owed" });
    const end = optionalDateArg(duressEndDate, "duressEndDate");
    const show = headersArg(headers);
    if (trace)
      inputs(
        trace,
        "DURESS_SCHEDULE",
        {
          terminationDate: iso(T),
          balance: b.toFixed(2),
          duressEndDate: end === undefined ? undefined : iso(end),
        },
        c,
        AT_TERMINATION
      );
    const rs = duressScheduleFor(T, b, end, c, trace);
    return table(
      ["Pay date", "Amount", "Balance after"],
      rs.map((r) => [r.payDate, r.amount.toNumber(), r.balanceAfter.toNumber()]),
      show,
      ["", 0, 0]
    );
  },
};
