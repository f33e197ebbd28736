/**
 * Issue 20 item 2(c): the `delay` argument's text form ("fact=value; ...",
 * 4(c)(i)) has one home in the core: delayText writes it, splitDelayText
 * reads it, and PAYOUT reads what delayText writes back to the same delay.
 */
import "../../src/cli/runtime-shim";
import * as Functions from "../../src/functions/functions";
import { asExcel } from "../helpers/as-excel";
import { Dec, delayFactsOf, delayText, DuressDelay, splitDelayText } from "../../src/core";
import { D } from "../helpers/core";

const F = asExcel(Functions);
const _ = null as any;

const b: DuressDelay = {
  notification: D("2004-07-15"),
  election: "B",
  electionDate: D("2004-07-30"),
  portion: new Dec("0.4"),
  fairMarketValue: new Dec("7"),
};

describe("the delay argument's text (4(c)(i)): one writer, one reader, in the core", () => {
  test("delayText writes the facts in DELAY_FACTS order, dates YYYY-MM-DD, the portion in percent", () =>
    expect(delayText(b)).toBe(
      "notification=2004-07-15; election=B; electionDate=2004-07-30; portion=40%; fairMarketValue=7"
    ));
  test("delayFactsOf: the facts given, nothing for the ones not given", () =>
    expect(
      delayFactsOf({ notification: D("2004-07-15"), duressEnd: D("2005-06-01") }).map(
        (f) => f.fact.key
      )
    ).toEqual(["notification", "duressEnd"]));
  test("splitDelayText: semicolons, commas and new lines separate; empty parts are skipped", () =>
    expect(splitDelayText("notification=2004-07-15;, election=A\nduressEnd=2005-06-01;")).toEqual([
      ["notification", "2004-07-15"],
      [" election", "A"],
      ["duressEnd", "2005-06-01"],
    ]));
  test("splitDelayText: a part without '=' is refused, naming the argument", () =>
    expect(() => splitDelayText("notification")).toThrow(/delay: expected fact=value/));
  test("PAYOUT reads delayText's text as the same delay as the (fact, value) range", () => {
    const range = delayFactsOf(b).map(({ fact, value }) => [
      fact.key,
      fact.kind === "date" ? (value as number) : value.toString(),
    ]);
    // Under (B) the shares and the cash balance pay the whole Consulting Lump Sum Payment
    // (4(c)(i)(B)): PAYOUT is the figure without a delay, whichever form the delay takes.
    const plain = F.payoutTotal("4c-i", "2004-10-01");
    expect(F.payoutTotal("4c-i", "2004-10-01", _, _, _, _, _, delayText(b))).toBe(plain);
    expect(F.payoutTotal("4c-i", "2004-10-01", _, _, _, _, _, range)).toBe(plain);
  });
});
