/**
 * A Board's delay under 4(c)(i): the shares and cash balance of (B), the
 * bi-weekly payments of (A), and the facts the `delay` argument states.
 */
import Decimal from "decimal.js";
import { Choices } from "../agreement/interpretations";
import { iso, Serial } from "../dates";
import { Trace } from "../trace";
import { echo, valueError } from "../errors";
import { checkNotNegative } from "../money";
import { FeeLedger, stopDayFor } from "../rules/p3a-fees";
import {
  checkDuressEnd,
  DuressDelay,
  DuressPayment,
  duressSchedule,
  duressShares,
  DuressShares,
} from "../rules/p4c-i-duress";
import { checkTermination, parseScenario } from "../rules/p4-scenarios";

/** DURESS_SHARES / DURESS_BALANCE: shares for `portion` of `amount` at `fmv`, and the cash balance. */
export function duressSharesFor(
  amount: Decimal,
  fmv: Decimal,
  portion: Decimal,
  choices: Choices,
  trace?: Trace
): DuressShares {
  return duressShares(amount, fmv, portion, choices, trace);
}

/**
 * DURESS_SCHEDULE: bi-weekly Consulting Fee payments toward a delayed
 * balance after a 4(c)(i) termination on T, the rest on the end of the duress.
 */
export function duressScheduleFor(
  T: Serial,
  balance: Decimal,
  duressEnd: Serial | undefined,
  choices: Choices,
  trace?: Trace
): DuressPayment[] {
  checkTermination(parseScenario("4c-i"), "consulting", T, choices);
  checkNotNegative(balance, "balance");
  if (duressEnd !== undefined) checkDuressEnd(duressEnd, T, "duressEndDate");
  const rows = duressSchedule(
    FeeLedger.of("consulting", choices),
    stopDayFor(T, choices),
    balance,
    duressEnd
  );
  trace?.add(
    "Bi-weekly payments of the Consulting Fee (3(a)) until the balance is paid; on the end of the duress, the rest at once",
    "4(c)(i)(A), 4(c)(i)(B)",
    `payments=${rows.length}`,
    [],
    rows.length ? rows[rows.length - 1].payDate : null
  );
  return rows;
}

/* ------------------------------------------------ 4(c)(i) delay facts */

/** One fact of a Board's delay, as the `delay` argument names it. */
export interface DelayFact {
  readonly key:
    "notification" | "election" | "electionDate" | "portion" | "fairMarketValue" | "duressEnd";
  readonly kind: "date" | "choice" | "portion" | "price";
  readonly help: string;
  readonly clause: string;
}

/** The facts the `delay` argument of PAYOUT, PAYOUT_DETAIL and PAYOUT_SCHEDULE takes ("key=value; ..." or a two-column range). */
export const DELAY_FACTS: readonly DelayFact[] = [
  {
    key: "notification",
    kind: "date",
    help: "the day the Board notified its delay (required)",
    clause: "4(c)(i)",
  },
  {
    key: "election",
    kind: "choice",
    help: 'the choice made: "A" or "B"; empty when none was made in time ((A) applies)',
    clause: "4(c)(i)",
  },
  {
    key: "electionDate",
    kind: "date",
    help: "the day the choice was given to the Board (required for B)",
    clause: "4(c)(i)",
  },
  {
    key: "portion",
    kind: "portion",
    help: "(B): the share of the value taken in stock, e.g. 40%; default 100%",
    clause: "4(c)(i)(B)",
  },
  {
    key: "fairMarketValue",
    kind: "price",
    help: "(B): the price of one share on the election date",
    clause: "4(c)(i)(B)",
  },
  {
    key: "duressEnd",
    kind: "date",
    help: "(A): the day the Board found the duress ended, if it has",
    clause: "4(c)(i)(A)",
  },
];

const DELAY_KEYS = new Map<string, DelayFact>(DELAY_FACTS.map((f) => [f.key.toLowerCase(), f]));

/** The delay fact named by `key` (case-insensitive), or a #VALUE! error listing the facts. */
export function delayFact(key: string): DelayFact {
  const f = DELAY_KEYS.get(key.trim().toLowerCase());
  if (!f)
    throw valueError({
      argument: "delay",
      allowed: `facts among ${DELAY_FACTS.map((x) => x.key).join(", ")}`,
      given: key,
      message: `delay: unknown fact ${echo(key)}; the facts are ${DELAY_FACTS.map((x) => x.key).join(", ")}`,
    });
  return f;
}

/**
 * The `delay` argument's text form, "fact=value; ..." (PAYOUT, PAYOUT_DETAIL,
 * PAYOUT_SCHEDULE, SENSITIVITY; 4(c)(i)), split into (fact, value) texts:
 * parts separated like choices, by semicolons, commas or new lines; empty
 * parts skipped. The one reader of the form: the functions read each value
 * by its fact's kind ({@link delayFact}), {@link delayText} writes it.
 */
export function splitDelayText(text: string, name = "delay"): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const part of text.split(/[;,\n]/)) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    if (eq < 0)
      throw valueError({
        argument: name,
        allowed: '"fact=value" pairs separated by ";"',
        given: part,
        message: `${name}: expected fact=value, got ${echo(part)}`,
      });
    pairs.push([part.slice(0, eq), part.slice(eq + 1)]);
  }
  return pairs;
}

/** The facts a delay states, in the order of {@link DELAY_FACTS}, each with its value (a date serial, "A"/"B", a portion or a price). */
export function delayFactsOf(
  d: DuressDelay
): Array<{ readonly fact: DelayFact; readonly value: Serial | Decimal | string }> {
  const values: Partial<Record<DelayFact["key"], Serial | Decimal | string>> = {
    notification: d.notification,
    election: d.election,
    electionDate: d.electionDate,
    portion: d.portion,
    fairMarketValue: d.fairMarketValue,
    duressEnd: d.duressEnd,
  };
  return DELAY_FACTS.filter((f) => values[f.key] !== undefined).map((fact) => ({
    fact,
    value: values[fact.key] as Serial | Decimal | string,
  }));
}

/**
 * A delay as the `delay` argument's text, which {@link splitDelayText} and
 * the functions read back to the same delay: "notification=2004-11-15;
 * election=B; electionDate=2004-11-30; portion=40%; fairMarketValue=7"
 * (dates YYYY-MM-DD, the portion in percent).
 */
export function delayText(d: DuressDelay): string {
  return delayFactsOf(d)
    .map(({ fact, value }) => {
      const v =
        fact.kind === "date"
          ? iso(value as Serial)
          : fact.kind === "portion"
            ? `${(value as Decimal).times(100).toFixed()}%`
            : value.toString();
      return `${fact.key}=${v}`;
    })
    .join("; ");
}

/** Builds a delay from facts already read by kind; the notification is required. */
export function delayOf(
  facts: Partial<Record<DelayFact["key"], Serial | Decimal | string>>
): DuressDelay {
  if (facts.notification === undefined)
    throw valueError({
      argument: "notification",
      allowed: "the day the Board notified its delay (4(c)(i)); it is required",
      given: "",
      clause: "4(c)(i)",
      message: "delay: notification is required (the day the Board notified its delay, 4(c)(i))",
    });
  const election =
    facts.election === undefined ? undefined : String(facts.election).trim().toUpperCase();
  if (election !== undefined && election !== "A" && election !== "B")
    throw valueError({
      argument: "election",
      allowed: '"A" or "B" (4(c)(i))',
      given: String(facts.election),
      clause: "4(c)(i)",
      message: `delay: election must be "A" or "B" (4(c)(i)), got ${echo(String(facts.election))}`,
    });
  return {
    notification: facts.notification as Serial,
    election: election as "A" | "B" | undefined,
    electionDate: facts.electionDate as Serial | undefined,
    portion: facts.portion as Decimal | undefined,
    fairMarketValue: facts.fairMarketValue as Decimal | undefined,
    duressEnd: facts.duressEnd as Serial | undefined,
  };
}
