/**
 * Paragraph 4: the termination paths, who may use them, when, and which
 * periods they end.
 *
 * Scenario codes: 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g, 4h. Each
 * scenario is data (label, clause, how the termination date follows from the
 * notice or event, the periods it may end) plus one window rule, so the
 * custom functions, the task pane and the command line all validate a date
 * the same way and cite the same clause.
 */
import { Choices } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { edate, iso, Serial } from "../dates";
import { echo, valueError } from "../errors";
import { Trace } from "../trace";
import { AGREEMENT_START, FEE_END } from "./p3a-fees";

export type ScenarioCode =
  "4a" | "4b-i" | "4b-ii" | "4c-i" | "4c-ii" | "4d" | "4e" | "4f" | "4g" | "4h";
export type Periods = "consulting" | "chairman" | "both";

/** How the termination date follows from the date given to TERMINATION_DATE. */
export type Effect = "notice+3m" | "upon-notice" | "event";

/** Options treatment under 3(c)(iv)(A): (i) accelerate, (ii) continue, (iii) forfeit unvested. */
export type OptionTreatment = "accelerate" | "continue" | "forfeit";

export interface Scenario {
  readonly code: ScenarioCode;
  readonly clause: string;
  readonly label: string;
  readonly by: "Company" | "Executive" | "Event";
  readonly effect: Effect;
  /** What the date passed to TERMINATION_DATE is. */
  readonly dateMeaning: string;
  readonly periodsAllowed: readonly Periods[];
  readonly defaultPeriods: Periods;
  readonly options: OptionTreatment;
  readonly optionsClause: string;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    code: "4a",
    clause: "4(a)",
    label: "By the Company for Cause",
    by: "Company",
    effect: "upon-notice",
    dateMeaning: "the date notice of termination for Cause is given",
    periodsAllowed: ["both", "consulting", "chairman"],
    defaultPeriods: "both",
    options: "forfeit",
    optionsClause: "3(c)(iv)(A)(iii)",
  },
  {
    code: "4b-i",
    clause: "4(b)(i)",
    label: "By the Board, Consulting Period, other than for Cause",
    by: "Company",
    effect: "notice+3m",
    dateMeaning: "the date the Board gives three months' written notice",
    periodsAllowed: ["consulting"],
    defaultPeriods: "consulting",
    options: "continue",
    optionsClause: "3(c)(iv)(A)(ii)",
  },
  {
    code: "4b-ii",
    clause: "4(b)(ii)",
    label: "By the Board, Chairmanship Period, other than for Cause",
    by: "Company",
    effect: "notice+3m",
    dateMeaning: "the date the Board gives three months' written notice",
    periodsAllowed: ["both", "chairman"],
    defaultPeriods: "both",
    options: "continue",
    optionsClause: "3(c)(iv)(A)(ii)",
  },
  {
    code: "4c-i",
    clause: "4(c)(i)",
    label: "By the executive, Consulting Period, other than for Good Reason",
    by: "Executive",
    effect: "notice+3m",
    dateMeaning: "the date the executive gives three months' written notice",
    periodsAllowed: ["consulting"],
    defaultPeriods: "consulting",
    options: "forfeit",
    optionsClause: "3(c)(iv)(A)(iii)",
  },
  {
    code: "4c-ii",
    clause: "4(c)(ii)",
    label: "By the executive, Chairmanship Period, other than for Good Reason",
    by: "Executive",
    effect: "notice+3m",
    dateMeaning: "the date the executive gives three months' written notice",
    periodsAllowed: ["chairman", "both"],
    defaultPeriods: "chairman",
    options: "forfeit",
    optionsClause: "3(c)(iv)(A)(iii)",
  },
  {
    code: "4d",
    clause: "4(d)",
    label: "By the executive for Good Reason",
    by: "Executive",
    effect: "upon-notice",
    dateMeaning: "the date the executive gives notice setting forth the Good Reason",
    periodsAllowed: ["both", "consulting", "chairman"],
    defaultPeriods: "both",
    options: "accelerate",
    optionsClause: "3(c)(iv)(A)(i)",
  },
  {
    code: "4e",
    clause: "4(e)",
    label: "Upon a Change of Control",
    by: "Event",
    effect: "event",
    dateMeaning: "the date of the Change of Control",
    periodsAllowed: ["both", "chairman"],
    defaultPeriods: "both",
    options: "accelerate",
    optionsClause: "3(c)(iv)(A)(i); 4(e)(ii)",
  },
  {
    code: "4f",
    clause: "4(f)",
    label: "Upon failure to be elected to the Board",
    by: "Event",
    effect: "event",
    dateMeaning: "the date the shareholders fail to elect the executive",
    periodsAllowed: ["both", "chairman"],
    defaultPeriods: "both",
    options: "continue",
    optionsClause: "3(c)(iv)(A)(ii)",
  },
  {
    code: "4g",
    clause: "4(g)",
    label: "Death",
    by: "Event",
    effect: "event",
    dateMeaning: "the date of death",
    periodsAllowed: ["both", "chairman"],
    defaultPeriods: "both",
    options: "continue",
    optionsClause: "3(c)(iv)(A)(ii)",
  },
  {
    code: "4h",
    clause: "4(h)",
    label: "Disability (by the Company)",
    by: "Company",
    effect: "upon-notice",
    dateMeaning: "the date the Company gives notice of termination for disability",
    periodsAllowed: ["consulting"],
    defaultPeriods: "consulting",
    options: "continue",
    optionsClause: "3(c)(iv)(A)(ii)",
  },
];

const BY_CODE = new Map<string, Scenario>(SCENARIOS.map((s) => [s.code, s]));
export const SCENARIO_CODES: readonly ScenarioCode[] = SCENARIOS.map((s) => s.code);

const PARSED = new Map<string, Scenario>();

/** Looks up a scenario code, case-insensitively and ignoring spaces, "(", ")" ("4(b)(i)" works). */
export function parseScenario(text: string, argument = "scenario"): Scenario {
  const cached = PARSED.get(text);
  if (cached) return cached;
  const key = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/\((i{1,2})\)/g, "-$1")
    .replace(/[()]/g, "");
  const s = BY_CODE.get(key);
  if (s && PARSED.size < 1024) PARSED.set(text, s);
  if (!s)
    throw valueError({
      argument,
      allowed: `one of ${SCENARIO_CODES.join(", ")}`,
      given: text,
      message: `${argument} must be one of ${SCENARIO_CODES.join(", ")}, got ${echo(text)}`,
    });
  return s;
}

export function parsePeriods(
  text: string | undefined,
  scenario: Scenario,
  argument = "periods"
): Periods {
  if (text === undefined || text.trim() === "") return scenario.defaultPeriods;
  const v = text.trim().toLowerCase();
  if (v !== "consulting" && v !== "chairman" && v !== "both")
    throw valueError({
      argument,
      allowed: "consulting, chairman or both",
      given: text,
      message: `${argument} must be consulting, chairman or both, got ${echo(text)}`,
    });
  if (!scenario.periodsAllowed.includes(v))
    throw valueError({
      argument,
      allowed: scenario.periodsAllowed.join(" or "),
      given: v,
      clause: scenario.clause,
      message: `${argument}: ${scenario.clause} ends ${scenario.periodsAllowed.map((p) => (p === "both" ? "both periods" : `the ${p === "consulting" ? "Consulting" : "Chairmanship"} Period`)).join(" or ")}, not ${echo(v)}`,
    });
  return v;
}

/** An inclusive date window with the clause that sets it. */
export interface Window {
  readonly from: Serial;
  readonly to: Serial;
  readonly why: string;
}

/** Earliest termination date under the 4(b)/4(c) notice rules (register `notice-window`). */
export function earliestNoticeTermination(noticeFrom: Serial, choices: Choices): Serial {
  return choices.noticeWindow === "notice-from"
    ? edate(noticeFrom, TERMS.noticeMonths.value)
    : noticeFrom;
}

const WINDOWS = new Map<string, Window>();
/** Fast path: windows by the identity of the choices object (choices are immutable), then scenario and periods. */
const WINDOWS_BY_CHOICES = new WeakMap<Choices, Map<Scenario, Partial<Record<Periods, Window>>>>();

/** The dates on which `scenario` can terminate `periods` (memoised: windows depend only on the notice-window and change-of-control-window choices). */
export function terminationWindow(scenario: Scenario, periods: Periods, choices: Choices): Window {
  let mine = WINDOWS_BY_CHOICES.get(choices);
  if (mine === undefined) {
    mine = new Map();
    WINDOWS_BY_CHOICES.set(choices, mine);
  }
  let byPeriods = mine.get(scenario);
  if (byPeriods === undefined) {
    byPeriods = {};
    mine.set(scenario, byPeriods);
  }
  const hit = byPeriods[periods];
  if (hit !== undefined) return hit;
  const key = `${scenario.code}|${periods}|${choices.noticeWindow}|${choices.changeOfControlWindow}`;
  let w = WINDOWS.get(key);
  if (!w) {
    w = computeWindow(scenario, periods, choices);
    WINDOWS.set(key, w);
  }
  byPeriods[periods] = w;
  return w;
}

function computeWindow(scenario: Scenario, periods: Periods, choices: Choices): Window {
  const consultingFrom = earliestNoticeTermination(TERMS.consultingNoticeFrom.value, choices);
  const chairmanFrom = earliestNoticeTermination(TERMS.chairmanNoticeFrom.value, choices);
  const noticeWhy = (from: Serial, clause: string, noticeFrom: Serial) =>
    choices.noticeWindow === "notice-from"
      ? `${clause}: notice may be given from ${iso(noticeFrom)} and takes effect three months later, so the termination date is on or after ${iso(from)}`
      : `${clause}: the termination may take effect from ${iso(from)} (register notice-window=effective-from)`;
  switch (scenario.code) {
    case "4a":
      return {
        from: AGREEMENT_START,
        to: FEE_END,
        why: `4(a): Cause may be found at any time from the agreement date through ${iso(FEE_END)}`,
      };
    case "4b-i":
      return {
        from: consultingFrom,
        to: FEE_END,
        why: noticeWhy(consultingFrom, "4(b)(i)", TERMS.consultingNoticeFrom.value),
      };
    case "4c-i":
      return {
        from: consultingFrom,
        to: FEE_END,
        why: noticeWhy(consultingFrom, "4(c)(i)", TERMS.consultingNoticeFrom.value),
      };
    case "4b-ii":
      return {
        from: chairmanFrom,
        to: FEE_END,
        why: noticeWhy(chairmanFrom, "4(b)(ii)", TERMS.chairmanNoticeFrom.value),
      };
    case "4c-ii":
      return {
        from: chairmanFrom,
        to: FEE_END,
        why: noticeWhy(chairmanFrom, "4(c)(ii)", TERMS.chairmanNoticeFrom.value),
      };
    case "4d": {
      const before =
        periods === "chairman"
          ? TERMS.goodReasonChairmanBefore.value
          : TERMS.goodReasonConsultingBefore.value;
      const consultingTo = iso(TERMS.goodReasonConsultingBefore.value - 1);
      const chairmanTo = iso(TERMS.goodReasonChairmanBefore.value - 1);
      const which =
        periods === "chairman"
          ? `the Chairmanship Period alone until ${chairmanTo}`
          : `${periods === "consulting" ? "the Consulting Period" : "both periods"} until ${consultingTo}; the Chairmanship Period alone may end until ${chairmanTo} (periods "chairman")`;
      return { from: AGREEMENT_START, to: before - 1, why: `4(d): Good Reason may end ${which}` };
    }
    case "4e": {
      const from =
        choices.changeOfControlWindow === "agreement-date"
          ? AGREEMENT_START
          : TERMS.separationDate.value;
      return {
        from,
        to: FEE_END,
        why: `4(e): the Change of Control must occur during the Chairmanship or Consulting Period (${iso(from)} through ${iso(FEE_END)}; register change-of-control-window=${choices.changeOfControlWindow})`,
      };
    }
    case "4f":
      return {
        from: AGREEMENT_START,
        to: TERMS.notElectedBefore.value - 1,
        why: `4(f): a failure to be elected counts if it happens before ${iso(TERMS.notElectedBefore.value)}`,
      };
    case "4g":
      return {
        from: AGREEMENT_START,
        to: FEE_END,
        why: `4(g): death from the agreement date through ${iso(FEE_END)}`,
      };
    case "4h":
      return {
        from: TERMS.separationDate.value,
        to: FEE_END,
        why: `4(h): the Company may end the Consulting Period (${iso(TERMS.separationDate.value)} through ${iso(FEE_END)})`,
      };
  }
}

/** The widest window of a scenario over the periods it may end. */
export function widestWindow(scenario: Scenario, choices: Choices): Window {
  const ws = scenario.periodsAllowed.map((p) => terminationWindow(scenario, p, choices));
  return ws.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
}

/** Rejects a date outside the agreement's span (#VALUE! with its message: Excel shows none for #NUM!). */
export function checkInAgreementSpan(T: Serial, argument: string): void {
  if (T < AGREEMENT_START || T > FEE_END)
    throw valueError({
      argument,
      allowed: `between ${iso(AGREEMENT_START)} and ${iso(FEE_END)} (the agreement's span)`,
      given: iso(T),
    });
}

/** Validates a termination date for a scenario and periods; throws with the clause's window. */
export function checkTermination(
  scenario: Scenario,
  periods: Periods,
  T: Serial,
  choices: Choices,
  argument = "terminationDate"
): void {
  checkInAgreementSpan(T, argument);
  const w = terminationWindow(scenario, periods, choices);
  if (T < w.from || T > w.to)
    throw valueError({
      argument,
      allowed: `from ${iso(w.from)} to ${iso(w.to)}, ${scenario.clause}'s window`,
      rule: w.why,
      given: iso(T),
      clause: scenario.clause,
      message: `${argument} ${iso(T)} is outside ${scenario.clause}'s window ${iso(w.from)} to ${iso(w.to)}: ${w.why}`,
    });
}

/**
 * The termination date that follows from a notice (or event) date:
 * 4(b)/4(c) take effect three months after notice (EDATE(notice, 3)); 4(a),
 * 4(d) and 4(h) take effect upon notice; 4(e), 4(f), 4(g) on the event.
 */
export function terminationDate(
  scenario: Scenario,
  notice: Serial,
  choices: Choices,
  argument = "noticeDate",
  trace?: Trace
): Serial {
  checkInAgreementSpan(notice, argument);
  if (scenario.effect !== "notice+3m") {
    checkTermination(
      scenario,
      scenario.code === "4d" ? "chairman" : scenario.defaultPeriods,
      notice,
      choices,
      argument
    );
    trace?.add(
      scenario.effect === "upon-notice"
        ? `${scenario.clause} takes effect upon notice: the termination date is the notice date`
        : `${scenario.clause} takes effect on the event: the termination date is the event's date`,
      scenario.clause,
      `${argument}=${iso(notice)} (${scenario.dateMeaning})`,
      [],
      iso(notice)
    );
    return notice;
  }
  const consulting = scenario.code === "4b-i" || scenario.code === "4c-i";
  const noticeFrom = consulting ? TERMS.consultingNoticeFrom.value : TERMS.chairmanNoticeFrom.value;
  const T = edate(notice, TERMS.noticeMonths.value);
  const earliestNotice =
    choices.noticeWindow === "notice-from"
      ? noticeFrom
      : edate(noticeFrom, -TERMS.noticeMonths.value);
  if (notice < earliestNotice)
    throw valueError({
      argument,
      allowed: `on or after ${iso(earliestNotice)}, when ${scenario.clause} notice may first be given${choices.noticeWindow === "notice-from" ? "" : " (register notice-window=effective-from)"}`,
      given: iso(notice),
      clause: scenario.clause,
      message: `${argument} ${iso(notice)} is too early: ${scenario.clause} notice may be given from ${iso(earliestNotice)}${choices.noticeWindow === "notice-from" ? "" : " (register notice-window=effective-from)"}`,
    });
  if (T > FEE_END)
    throw valueError({
      argument,
      allowed: `early enough that three months' notice ends the period by ${iso(FEE_END)}, when it expires (${scenario.clause})`,
      rule: `three months' notice would end the period on ${iso(T)}`,
      given: iso(notice),
      clause: scenario.clause,
      message: `${argument} ${iso(notice)} is too late: three months' notice would end the period on ${iso(T)}, after it expires on ${iso(FEE_END)} (${scenario.clause})`,
    });
  trace?.add(
    `Three months' prior written notice: EDATE(notice, 3); notice allowed from ${iso(earliestNotice)}`,
    `${scenario.clause}; register notice-window`,
    `${argument}=${iso(notice)}; months=${TERMS.noticeMonths.value}`,
    [`notice-window=${choices.noticeWindow}`],
    iso(T)
  );
  return T;
}
