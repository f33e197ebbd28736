/** The duress inputs of the pane (4(c)(i)): read, checked, and the delayed plan from the core. */
import Decimal from "decimal.js";
import {
  duressSharesFor,
  BtuError,
  checkInAgreementSpan,
  Dec,
  DEFAULT_CHOICES,
  DuressDelay,
  readingOf,
  Payout,
  Serial,
} from "../../core";
import { PaneSettings } from "../state/settings";
import { paneMessage } from "./words";
import { DuressResult } from "./evaluation-results";
import { Collector } from "./field-errors";

interface DuressInputs {
  notification?: Serial;
  end?: Serial;
  election?: Serial;
  fmv?: Decimal;
  portion?: Decimal;
}

export function duressInputs(c: Collector, s: PaneSettings): DuressInputs {
  const d = s.duress;
  const notification = c.date(
    "duress:notification",
    d.notification,
    "the date of the Board's notification",
    true
  );
  if (notification !== undefined)
    c.run("duress:notification", () => checkInAgreementSpan(notification, "notificationDate"));
  const end = c.date("duress:end", d.duressEnd, "the date the duress ended", false);
  if (d.option === "A") return { notification, end };
  // Each fact on its own through the core's own checks, so every error of the form shows at once.
  const portionText = d.portion.trim();
  let portion: Decimal | undefined;
  if (portionText === "")
    portion = new Dec(1); // empty: the default, 100%
  else {
    portion = c.portion(
      "duress:portion",
      portionText,
      "the portion of the lump sum taken in shares"
    );
    const p = portion;
    if (p !== undefined)
      c.run(
        "duress:portion",
        () => duressSharesFor(new Dec(1), new Dec(1), p, DEFAULT_CHOICES),
        readingOf(p, "portion")
      );
  }
  const fmv = c.decimal("duress:fmv", d.fmv, "the fair market value per share");
  if (fmv !== undefined)
    c.run("duress:fmv", () => duressSharesFor(new Dec(1), fmv, new Dec(1), DEFAULT_CHOICES));
  const election = c.date("duress:election", d.election, "the election date", true);
  if (election !== undefined)
    c.run("duress:election", () => checkInAgreementSpan(election, "electionDate"));
  return {
    notification,
    end,
    election,
    fmv: c.has("duress:fmv") ? undefined : fmv,
    portion: c.has("duress:portion") ? undefined : portion,
  };
}

/** The field of the duress form each argument of the core's delay refusals is (by the refusal's argument field, issue 20 item 4); any other is the notification's. */
const DELAY_FIELDS: Readonly<Record<string, string>> = {
  "delay electionDate": "duress:election",
  electionDate: "duress:election",
  election: "duress:election",
  "delay duressEnd": "duress:end",
  duressEnd: "duress:end",
  duressEndDate: "duress:end",
  balance: "duress:end",
  fairMarketValue: "duress:fmv",
  "delay fairMarketValue": "duress:fmv",
  portion: "duress:portion",
};

/** The field a core refusal about the delay belongs to: its argument's. */
function delayField(e: BtuError): string {
  return (e.argument !== undefined && DELAY_FIELDS[e.argument]) || "duress:notification";
}

/**
 * 4(c)(i) financial duress: the delay's facts as typed, the core's payout plan
 * under them, and the pane's summary of it (read from the plan, never
 * recomputed here).
 */
export function duress(
  c: Collector,
  s: PaneSettings,
  T: Serial,
  plan: (delay: DuressDelay) => Payout
): { payout: Payout; result: DuressResult } | undefined {
  const input = duressInputs(c, s);
  if (
    input.notification === undefined ||
    Object.keys(c.errors).some((k) => k.startsWith("duress:"))
  )
    return undefined;
  const b = s.duress.option === "B";
  if (b && (input.fmv === undefined || input.portion === undefined || input.election === undefined))
    return undefined;
  const delay: DuressDelay = {
    notification: input.notification,
    election: s.duress.option,
    electionDate: b ? input.election : undefined,
    portion: b ? input.portion : undefined,
    fairMarketValue: b ? input.fmv : undefined,
    duressEnd: input.end,
  };
  let p: Payout | undefined;
  try {
    p = plan(delay);
  } catch (e) {
    if (!(e instanceof BtuError)) throw e;
    const field = delayField(e);
    c.errors[field] = paneMessage(
      e,
      c.labels[field],
      field === "duress:portion" && input.portion ? readingOf(input.portion, "portion") : undefined
    );
    return undefined;
  }
  // The delayed lump sum and its bi-weekly payments with the balance after each: the core's plan (DURESS_SCHEDULE's rows).
  const d = p.duress;
  const payments = d?.payments ?? [];
  const out: DuressResult = {
    lumpSum: d?.lumpSum ?? new Dec(0),
    notification: input.notification,
    electionDeadline: d?.electionDeadline,
    lateElection: b && d?.applies === "A",
  };
  if (d?.applies === "A")
    return {
      payout: p,
      result: { ...out, a: { end: input.end, payments } },
    };
  const shares = p.shares;
  if (!shares) return { payout: p, result: out };
  return {
    payout: p,
    result: {
      ...out,
      b: {
        portion: input.portion as Decimal,
        fmv: input.fmv as Decimal,
        shares: shares.count,
        cashBalance: shares.detail.cashBalance,
        election: input.election,
        transferDeadline: shares.transferDeadline,
        timely: d?.timely,
        balancePayments: payments,
      },
    },
  };
}
