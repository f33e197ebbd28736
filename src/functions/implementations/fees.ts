/** The fee bodies: lump sums, discounted lump sums, earned-unpaid fees and the fee schedule (3(a), 4(c)). */
import {
  checkRate,
  CENTS,
  centsToNumber,
  DEFAULT_RATE,
  DISCOUNT_METHODS,
  discountedLumpSum,
  earnedUnpaidAt,
  FEE_END,
  FEE_START,
  iso,
  lumpSumRemainder,
  scheduleFor,
} from "../../core";
import { choiceArg, choicesArg, dateArg, headersArg, numberArg } from "../adapter";
import { AT_TERMINATION, feeOf, inputs, money, table } from "./arguments";
import { Body, Cell } from "./types";

/* -------------------------------------------------------------- 3(a), 4(c) */

function lumpSum(fn: string, fee: "consulting" | "chairman"): Body {
  return ([terminationDate, choices], trace) => {
    const c = choicesArg(choices);
    const T = dateArg(terminationDate, "terminationDate");
    if (!trace) return centsToNumber(lumpSumRemainder(fee, T, c, CENTS));
    inputs(trace, fn, { terminationDate: iso(T) }, c, AT_TERMINATION);
    return money(lumpSumRemainder(fee, T, c, trace), fn);
  };
}

function discounted(fn: string, fee: "consulting" | "chairman"): Body {
  return ([terminationDate, rate, method, choices], trace) => {
    const c = choicesArg(choices);
    const T = dateArg(terminationDate, "terminationDate");
    const r = checkRate(
      numberArg(rate, "rate", { fallback: DEFAULT_RATE, what: "a yearly rate such as 0.03 or 3%" })
    );
    const m = choiceArg(method, "method", DISCOUNT_METHODS, c.discountMethod);
    if (!trace) return centsToNumber(discountedLumpSum(fee, T, r, m, c, CENTS));
    if (trace)
      inputs(trace, fn, { terminationDate: iso(T), rate: r.toString(), method: m }, c, [
        ...AT_TERMINATION,
        fee === "consulting" ? "4c-i" : "4c-ii",
      ]);
    return money(discountedLumpSum(fee, T, r, m, c, trace), fn);
  };
}

const SCHEDULE_HEADER: Cell[] = [
  "Pay date",
  "Period start",
  "Period end",
  "Days",
  "Amount",
  "Cumulative",
];
const SCHEDULE_EMPTY: Cell[] = ["", "", "", 0, 0, 0];

export const FEE_BODIES: Record<string, Body> = {
  CONSULT_LUMPSUM: lumpSum("CONSULT_LUMPSUM", "consulting"),
  CHAIR_LUMPSUM: lumpSum("CHAIR_LUMPSUM", "chairman"),
  CONSULT_DISCOUNTED: discounted("CONSULT_DISCOUNTED", "consulting"),
  CHAIR_DISCOUNTED: discounted("CHAIR_DISCOUNTED", "chairman"),

  EARNED_UNPAID: ([fee, terminationDate, choices], trace) => {
    const c = choicesArg(choices);
    const f = feeOf(fee);
    const T = dateArg(terminationDate, "terminationDate");
    if (!trace) return centsToNumber(earnedUnpaidAt(f, T, c, CENTS));
    if (trace)
      inputs(trace, "EARNED_UNPAID", { fee: f, terminationDate: iso(T) }, c, AT_TERMINATION);
    return money(earnedUnpaidAt(f, T, c, trace), "EARNED_UNPAID");
  },

  FEE_SCHEDULE: ([fee, fromDate, toDate, headers, choices], trace) => {
    const c = choicesArg(choices);
    const f = feeOf(fee);
    const from = dateArg(fromDate, "fromDate", FEE_START);
    const to = dateArg(toDate, "toDate", FEE_END);
    const show = headersArg(headers);
    if (!trace)
      return table(
        SCHEDULE_HEADER,
        scheduleFor(f, from, to, c, CENTS).map((r) => [
          r.payDate,
          r.start,
          r.end,
          r.days,
          centsToNumber(r.amount),
          centsToNumber(r.cumulative),
        ]),
        show,
        SCHEDULE_EMPTY
      );
    if (trace)
      inputs(
        trace,
        "FEE_SCHEDULE",
        { fee: f, fromDate: iso(from), toDate: iso(to), headers: show ? 1 : 0 },
        c,
        ["fees"]
      );
    const body = scheduleFor(f, from, to, c, trace).map((r) => [
      r.payDate,
      r.start,
      r.end,
      r.days,
      r.amount.toNumber(),
      r.cumulative.toNumber(),
    ]);
    return table(SCHEDULE_HEADER, body, show, SCHEDULE_EMPTY);
  },
};
