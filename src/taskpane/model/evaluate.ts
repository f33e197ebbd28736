/**
 * From what the user typed to what the pane shows: each input is validated
 * by the calculation core (the same functions the BTU.* custom functions
 * call), each failure is kept as a message for the field it concerns, and
 * figures are computed only from inputs that passed. Nothing here computes
 * an amount or a date itself; it only composes the core.
 */
import Decimal from "decimal.js";
import {
  BaseSalaryFacts,
  baselineFlows,
  cashTimeline,
  duressSharesFor,
  oddInputs,
  TimelineFlow,
  BtuError,
  CashFlow,
  checkBaseSalary,
  checkDisability,
  checkInAgreementSpan,
  checkTermination,
  Choices,
  compareScenarios,
  DatedPayment,
  Dec,
  DEFAULT_CHOICES,
  COMPARISON_RATE,
  disabilityNoticeFrom,
  DuressDelay,
  DuressPayment,
  optionOutcome,
  OptionOutcome,
  echo,
  parseScenario,
  readDate,
  readingOf,
  readNumber,
  payout,
  Payout,
  payoutFlows,
  Periods,
  Scenario,
  scenarioInputs,
  ScenarioInputs,
  SCENARIOS,
  ScenarioValue,
  Serial,
  terminationDate,
  terminationWindow,
  Window,
} from "../../core";
import { PaneSettings, periodsFor } from "../state/settings";
import { choiceLabel, choicesFromText, choicesText, overrides } from "./choices";
import { DATE_FORMAT, paneMessage } from "./words";

/** Field ids: "date", "periods", "consultingEnd", "disabilityFirst", "disabilityLast", "choice:<id>", "tranche:<i>:vesting", "duress:fmv", ... */
export type FieldErrors = Readonly<Record<string, string>>;

/** The discount rate of the scenario comparison: the core's (the agreement's 3%, 4(c)). */
export { COMPARISON_RATE };

export interface TrancheResult {
  readonly vesting: Serial;
  readonly shares: number;
  readonly outcome: OptionOutcome;
}

export interface DuressA {
  readonly end?: Serial;
  readonly payments: readonly DuressPayment[];
}

export interface DuressB {
  readonly portion: Decimal;
  readonly fmv: Decimal;
  readonly shares: Decimal;
  readonly cashBalance: Decimal;
  readonly election?: Serial;
  readonly transferDeadline?: Serial;
  /** Whether the election was made by the election deadline (undefined when either date is missing). */
  readonly timely?: boolean;
  readonly balancePayments: readonly DuressPayment[];
}

export interface DuressResult {
  /** The Consulting Lump Sum Payment being delayed (the payout's discounted lump sum). */
  readonly lumpSum: Decimal;
  readonly notification?: Serial;
  readonly electionDeadline?: Serial;
  readonly a?: DuressA;
  readonly b?: DuressB;
  /** (B) was chosen but after the 21-business-day deadline, so (A) applies (4(c)(i)). */
  readonly lateElection?: boolean;
}

export interface Unavailable {
  readonly scenario: Scenario;
  readonly window: Window;
}

export interface ScenarioResult {
  /** The date entered: the notice (4(a)-4(d), 4(h)) or the event (4(e)-4(g)). */
  readonly date: Serial;
  readonly T: Serial;
  readonly payout: Payout;
  /** One row a date (payoutFlows): cash and, under 4(c)(i)(B), the shares at their value (shareValue). */
  readonly flows: readonly DatedPayment[];
  /** 4(h): the disability the termination relies on. */
  readonly disability?: { readonly first: Serial; readonly last?: Serial };
  /** One entry per tranche row; undefined where the row is invalid. */
  readonly tranches: ReadonlyArray<TrancheResult | undefined>;
  readonly duress?: DuressResult;
}

/**
 * The charts' figures, computed apart from the headline (chartFigures): the charts render from the
 * lazily loaded "later" chunk, after the first figures (issue 19 item 9), and every scenario's
 * payout for the comparison is the costliest part of an evaluation.
 */
export interface ChartFigures {
  /** Cash to the executive by date under this termination (cashTimeline): fees paid before, continuing fees, the payout. */
  readonly timeline: readonly TimelineFlow[];
  readonly baseline: readonly CashFlow[];
  /** Every scenario at T (compareScenarios), the chosen plan with its Board's delay standing for its scenario. */
  readonly comparison: readonly ScenarioValue[];
  /** Scenarios the comparison leaves out because T is outside their window. */
  readonly unavailable: readonly Unavailable[];
}

/** The charts' figures of an evaluation's result (see ChartFigures), from the core. */
export function chartFigures(result: ScenarioResult, choices: Choices): ChartFigures {
  // The chosen plan stands for its scenario in the comparison, the Board's delay included (issue 18).
  const comparison = compareScenarios(
    result.T,
    choices,
    COMPARISON_RATE,
    result.duress ? result.payout : undefined
  );
  const compared = new Set(comparison.map((v) => v.scenario.code));
  return {
    timeline: cashTimeline(result.payout),
    baseline: baselineFlows(choices),
    comparison,
    unavailable: SCENARIOS.filter((x) => !compared.has(x.code)).map((x) => ({
      scenario: x,
      window: terminationWindow(x, x.defaultPeriods, choices),
    })),
  };
}

export interface Evaluation {
  readonly scenario: Scenario;
  readonly periods: Periods;
  /** What the date field holds for this scenario ("Notice date", "Date of death", ...). */
  readonly dateLabel: string;
  readonly errors: FieldErrors;
  /** What each typed field was read as ("Read as $3.25"), by field id: shown beside the field. */
  readonly readings: FieldErrors;
  /** The non-default choices as `choices` text ("" for all defaults). */
  readonly choicesText: string;
  /** Undefined when a choice is invalid. */
  readonly choices?: Choices;
  /** The termination date, once the date field is valid. */
  readonly T?: Serial;
  /** The dates the scenario can terminate the chosen periods on (once the choices are valid). */
  readonly window?: Window;
  /** Which inputs matter for this scenario at this date (the core's scenario facts): the form asks for these only. */
  readonly inputs: ScenarioInputs;
  /** 4(h): first day notice may be given, once the first day of disability is valid. */
  readonly disabilityNoticeFrom?: Serial;
  /** Inputs that are legal but odd (the core's oddInputs), by field id: warnings, not errors. */
  readonly warnings: FieldErrors;
  /** Present only when every input that shapes the payout is valid. */
  readonly result?: ScenarioResult;
}

/** The label of the date a scenario turns on: the notice, or the event itself. */
export function dateLabelOf(s: Scenario): string {
  if (s.effect !== "event") return "Notice date";
  const what = s.dateMeaning.replace(/^the /, "");
  return what.charAt(0).toUpperCase() + what.slice(1);
}

const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

export class Collector {
  readonly errors: Record<string, string> = {};
  /** The label of each field, for the core's messages in the pane's words. */
  readonly labels: Record<string, string> = {};
  has(field: string): boolean {
    return field in this.errors;
  }
  /**
   * Runs a core call; a BtuError becomes the field's message in the pane's
   * words, made from its fields (the first one stays; `entered` is the pane's
   * reading of what was typed, where the refusal's own would differ). Other
   * errors are defects and propagate.
   */
  run<T>(field: string, fn: () => T, entered?: string): T | undefined {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof BtuError)) throw e;
      if (!this.has(field)) this.errors[field] = paneMessage(e, this.labels[field], entered);
      return undefined;
    }
  }
  ok(field: string, fn: () => void): boolean {
    this.run(field, fn);
    return !this.has(field);
  }
  /** What each field's text was read as ("read as $3.25"), by field id: the echo beside the field. */
  readonly readings: Record<string, string> = {};
  /**
   * A date field, read by the core's readDate (the functions' reader of text
   * dates): YYYY-MM-DD, or M/D/YYYY where it cannot be read day first.
   */
  date(field: string, text: string, what: string, required: boolean): Serial | undefined {
    const t = text.trim();
    const What = what.charAt(0).toUpperCase() + what.slice(1);
    if (t === "") {
      if (required) this.errors[field] = `Enter ${what} as ${DATE_FORMAT}, e.g. 2004-07-01.`;
      return undefined;
    }
    const r = readDate(t);
    if (!r.ok) {
      const typed = echo(t);
      this.errors[field] = /^\d{4}-\d{2}-\d{2}$/.test(t)
        ? `${What}: ${t} is not a day of the calendar; check the month and the day (${DATE_FORMAT}).`
        : r.read === undefined
          ? `${What} must be written ${DATE_FORMAT}, e.g. 2004-07-01; you entered ${typed} (M/D/YYYY is read where the day is above 12).`
          : `${What} must be written ${DATE_FORMAT}, e.g. 2004-07-01; you entered ${typed}, which ${r.problem}.`;
      return undefined;
    }
    if (r.read !== t) this.readings[field] = `Read as ${r.read}`;
    return r.value;
  }
  /** Money or a price, read by the core's readNumber as an amount ("$3.25", "1,234.56"); 0 or more. */
  decimal(field: string, text: string, what: string): Decimal | undefined {
    const t = text.trim();
    const What = what.charAt(0).toUpperCase() + what.slice(1);
    if (t === "") {
      this.errors[field] = `Enter ${what}, e.g. $3.25.`;
      return undefined;
    }
    const r = readNumber(t, "amount");
    if (!r.ok) {
      this.errors[field] =
        r.read === undefined
          ? `${What} must be an amount in dollars such as 3.25 or $1,250.50; you entered ${echo(t)}.`
          : `${What}: ${r.why}.`;
      return undefined;
    }
    this.readings[field] = `Read as ${r.read}`;
    if (r.value.isNegative()) {
      this.errors[field] = `${What} must be 0 or more; you entered ${echo(t)}.`;
      return undefined;
    }
    return r.value;
  }
  /**
   * A portion of a whole, read by the core's readNumber as DURESS_SHARES reads
   * its `portion`: 0.4 and 40% are forty percent; a plain 40 is 4000%.
   */
  portion(field: string, text: string, what: string): Decimal | undefined {
    const r = readNumber(text, "portion");
    const What = what.charAt(0).toUpperCase() + what.slice(1);
    if (!r.ok) {
      this.errors[field] =
        r.read === undefined
          ? `${What} must be a percentage such as 40% or a fraction such as 0.4; you entered ${echo(text)}.`
          : `${What}: ${r.why}.`;
      return undefined;
    }
    this.readings[field] = `Read as ${r.read}${r.note ? `: ${r.note}` : ""}`;
    return r.value;
  }
  /** A number of shares ("12,500"), read by the core's readNumber as a whole count; above 0 and below `below`. */
  count(field: string, text: string, what: string, below: number): number | undefined {
    const r = readNumber(text, "count");
    const ok = r.ok && r.value.gt(0) && r.value.lt(below);
    if (!ok) {
      this.errors[field] =
        `${what}: enter the number of shares as a whole number above 0, e.g. 12,500${r.ok || text.trim() === "" ? "" : `; ${r.why}`}.`;
      return undefined;
    }
    if (r.read !== text.trim()) this.readings[field] = `Read as ${r.read}`;
    return r.value.toNumber();
  }
}

/** The fields that shape the payout itself; an error in any of them means no figures at all. */
const MAIN_FIELDS = [
  "date",
  "consultingEnd",
  "disabilityFirst",
  "disabilityLast",
  "baseSalary",
  "salaryPaidThrough",
];

/**
 * Validates the settings and computes the headline figures from the inputs
 * that passed (the charts' figures apart: chartFigures).
 */
export function evaluate(s: PaneSettings): Evaluation {
  const c = new Collector();
  const scenario = parseScenario(s.scenario);
  const periods = periodsFor(s.scenario, s.periods);
  const text = choicesText(s.choices);
  const dateLabel = dateLabelOf(scenario);
  const what = `the ${lowerFirst(dateLabel)}`;
  Object.assign(c.labels, FIXED_LABELS, { date: dateLabel });
  for (const [id] of overrides(s.choices)) c.labels[`choice:${id}`] = choiceLabel(id);

  // Each switched choice on its own, so a bad value is reported at its control; then all together, as a cell reads them.
  const choiceOk = overrides(s.choices).every(([id, v]) =>
    c.ok(`choice:${id}`, () => choicesFromText(`${id}=${v}`))
  );
  const choices = choiceOk ? choicesFromText(text) : undefined;

  const date = c.date("date", s.date, what, true);
  let T: Serial | undefined;
  if (choices && date !== undefined) {
    const arg = what.charAt(0).toUpperCase() + what.slice(1);
    T = c.run("date", () => terminationDate(scenario, date, choices, arg));
    const tArg = scenario.effect === "notice+3m" ? "The termination date" : arg;
    if (
      T !== undefined &&
      !c.ok("date", () => checkTermination(scenario, periods, T as Serial, choices, tArg))
    )
      T = undefined;
  }

  let noticeFrom: Serial | undefined;
  let disability: ScenarioResult["disability"];
  if (scenario.code === "4h") {
    const first = c.date("disabilityFirst", s.disabilityFirst, "the first day of disability", true);
    const last = c.date("disabilityLast", s.disabilityLast, "the last day of disability", false);
    if (
      first !== undefined &&
      c.ok("disabilityFirst", () => checkInAgreementSpan(first, "The first day of disability"))
    ) {
      noticeFrom = disabilityNoticeFrom(first);
      const t = T;
      if (t !== undefined && c.ok("date", () => checkDisability(first, t)) && last !== undefined)
        c.run("disabilityLast", () => checkDisability(first, t, last));
      disability = { first, last };
    }
  }

  // The core says which inputs matter for this scenario, periods and date; the form shows those only.
  const inputs = scenarioInputs(scenario, periods, T, choices ?? DEFAULT_CHOICES);
  // Required or not, an empty date is left to the core: its message cites the clause (e.g. 4(b)(ii)'s "simultaneously or before").
  const consultingEnd =
    inputs.consultingEnd !== "none"
      ? c.date("consultingEnd", s.consultingEnd, "the date the Consulting Period ended", false)
      : undefined;

  const vestings: Array<Serial | undefined> = [];
  const trancheInputs = s.tranches.map((t, i) => {
    const vesting = c.date(
      `tranche:${i}:vesting`,
      t.vesting,
      `the vesting date of tranche ${i + 1}`,
      true
    );
    vestings.push(vesting);
    const shares = c.count(`tranche:${i}:shares`, t.shares, `Shares ${i + 1}`, 1e9);
    return vesting !== undefined && shares !== undefined ? { vesting, shares } : undefined;
  });

  // Paragraph 1: both the annual base rate and the paid-through day, or neither (then base salary is listed without an amount).
  let baseSalary: BaseSalaryFacts | undefined;
  if (inputs.baseSalary) {
    const rateText = s.baseSalary.trim();
    const annual =
      rateText === "" ? undefined : c.decimal("baseSalary", rateText, "the annual base salary");
    const paidThrough = c.date(
      "salaryPaidThrough",
      s.salaryPaidThrough,
      "the day salary was paid through",
      false
    );
    if (annual !== undefined && paidThrough === undefined && !c.has("salaryPaidThrough"))
      c.errors.salaryPaidThrough =
        "Give the last day base salary was paid through, or clear the base salary (paragraph 1).";
    if (annual === undefined && paidThrough !== undefined && !c.has("baseSalary"))
      c.errors.baseSalary =
        "Give the annual base salary, or clear the paid-through date (paragraph 1).";
    if (
      annual !== undefined &&
      paidThrough !== undefined &&
      c.ok("salaryPaidThrough", () => checkBaseSalary({ annual, paidThrough }))
    )
      baseSalary = { annual, paidThrough };
  }

  if (c.has("date")) T = undefined; // e.g. a 4(h) notice before the disability qualifies
  // Legal but odd (the core's oddInputs): shown as warnings, the figures still computed.
  const warnings = choices
    ? Object.fromEntries(
        Object.entries(oddInputs(choices, vestings)).map(([k, v]) => [
          k === "pay-anchor"
            ? "choice:pay-anchor"
            : k.replace(/^vesting:(\d+)$/, "tranche:$1:vesting"),
          v,
        ])
      )
    : {};
  const window = choices && terminationWindow(scenario, periods, choices);
  const base = {
    scenario,
    periods,
    dateLabel,
    choicesText: text,
    choices,
    T,
    window,
    inputs,
    disabilityNoticeFrom: noticeFrom,
    warnings,
  };
  const mainValid = choices !== undefined && T !== undefined && MAIN_FIELDS.every((f) => !c.has(f));
  const withoutFigures = (): Evaluation => {
    if (inputs.delay && s.duress.delayed) duressInputs(c, s); // still report typing errors in the duress fields
    return { ...base, errors: c.errors, readings: c.readings };
  };
  if (!mainValid) return withoutFigures();
  const ch = choices as Choices;
  const t = T as Serial;
  const p0 = c.run(
    consultingEnd !== undefined || inputs.consultingEnd === "required" ? "consultingEnd" : "date",
    () => payout({ scenario, T: t, periods, choices: ch, consultingEnd, baseSalary })
  );
  if (!p0) return withoutFigures();
  // A Board's delay (4(c)(i)) is part of the plan: the headline, timeline and downloads read the delayed payout.
  const delayed =
    inputs.delay && s.duress.delayed
      ? duress(c, s, t, (delay) =>
          payout({ scenario, T: t, periods, choices: ch, consultingEnd, baseSalary, delay })
        )
      : undefined;
  const p = delayed?.payout ?? p0;

  const result: ScenarioResult = {
    date: date as Serial,
    T: t,
    payout: p,
    flows: payoutFlows(p),
    disability,
    tranches: trancheInputs.map(
      (x) => x && { ...x, outcome: optionOutcome(scenario, t, x.vesting, ch) }
    ),
    duress: delayed?.result,
  };
  return { ...base, errors: c.errors, readings: c.readings, result };
}

interface DuressInputs {
  notification?: Serial;
  end?: Serial;
  election?: Serial;
  fmv?: Decimal;
  portion?: Decimal;
}

function duressInputs(c: Collector, s: PaneSettings): DuressInputs {
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

const FIXED_LABELS: Readonly<Record<string, string>> = {
  consultingEnd: "Date the Consulting Period ended",
  disabilityFirst: "First day of disability",
  disabilityLast: "Last day of disability",
  baseSalary: "Annual base salary",
  salaryPaidThrough: "Base salary paid through",
  "duress:notification": "Date of the Board's notification",
  "duress:end": "Date the Board found the duress ended",
  "duress:portion": "Percentage of the lump sum taken in shares",
  "duress:fmv": "Fair market value per share",
  "duress:election": "Election date",
};

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
function duress(
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
