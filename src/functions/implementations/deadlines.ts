/** The date bodies: termination date, option deadline, cure period, 4(c)(i) deadlines and disability notice. */
import {
  businessDayChoices,
  Choices,
  cureDeadline,
  disabilityNoticeDate,
  electionDeadlineFor,
  iso,
  optionDeadlineAt,
  parseCureClause,
  parseScenario,
  Serial,
  shareTransferDeadlineFor,
  terminationDate,
} from "../../core";
import { Arg, choicesArg, dateArg, holidaysArg, optionalDateArg, textArg } from "../adapter";
import { CLAUSE_WHAT, SCENARIO_WHAT, inputs } from "./arguments";
import { Body } from "./types";

function businessDays(
  holidays: Arg,
  choices: Arg
): { dates: Serial[]; builtIn: boolean; choices: Choices } {
  const c = choicesArg(choices);
  const h = holidaysArg(holidays);
  return { dates: h.dates, builtIn: h.usMa, choices: c };
}

/** A deadline some business days after a date (4(c)(i): 21 after the Board's notification, 10 after the election). */
function businessDayDeadline(
  fn: string,
  argument: string,
  deadline: typeof electionDeadlineFor
): Body {
  return ([date, holidays, choices], trace) => {
    const b = businessDays(holidays, choices);
    const d = dateArg(date, argument);
    if (trace)
      inputs(
        trace,
        fn,
        { [argument]: iso(d), holidays: b.dates.map(iso).join(", ") || "none" },
        businessDayChoices(b, b.choices),
        ["duress"]
      );
    return deadline(d, b, b.choices, trace);
  };
}

export const DEADLINE_BODIES: Record<string, Body> = {
  TERMINATION_DATE: ([scenario, noticeDate, choices], trace) => {
    const c = choicesArg(choices);
    const s = parseScenario(textArg(scenario, "scenario", undefined, SCENARIO_WHAT));
    const n = dateArg(noticeDate, "noticeDate");
    if (trace)
      inputs(trace, "TERMINATION_DATE", { scenario: s.code, noticeDate: iso(n) }, c, [s.code]);
    return terminationDate(s, n, c, "noticeDate", trace);
  },

  OPTION_DEADLINE: ([scenario, terminationDate_, vestingDate, choices], trace) => {
    const c = choicesArg(choices);
    const s = parseScenario(textArg(scenario, "scenario", undefined, SCENARIO_WHAT));
    const T = dateArg(terminationDate_, "terminationDate");
    const v = dateArg(vestingDate, "vestingDate");
    if (trace)
      inputs(
        trace,
        "OPTION_DEADLINE",
        { scenario: s.code, terminationDate: iso(T), vestingDate: iso(v) },
        c,
        ["options"]
      );
    return optionDeadlineAt(s, T, v, c, trace);
  },

  CURE_PERIOD_END: ([clause, noticeDate], trace) => {
    const k = parseCureClause(textArg(clause, "clause", undefined, CLAUSE_WHAT));
    const n = dateArg(noticeDate, "noticeDate");
    if (trace) inputs(trace, "CURE_PERIOD_END", { clause: k, noticeDate: iso(n) });
    return cureDeadline(k, n, trace).lastCureDay;
  },

  ELECTION_DEADLINE: businessDayDeadline(
    "ELECTION_DEADLINE",
    "notificationDate",
    electionDeadlineFor
  ),
  SHARE_TRANSFER_DEADLINE: businessDayDeadline(
    "SHARE_TRANSFER_DEADLINE",
    "electionDate",
    shareTransferDeadlineFor
  ),
};

export const DISABILITY_BODIES: Record<string, Body> = {
  DISABILITY_NOTICE_FROM: ([firstDayOfDisability, lastDayOfDisability], trace) => {
    const first = dateArg(firstDayOfDisability, "firstDayOfDisability");
    const last = optionalDateArg(lastDayOfDisability, "lastDayOfDisability");
    if (trace)
      inputs(trace, "DISABILITY_NOTICE_FROM", {
        firstDayOfDisability: iso(first),
        lastDayOfDisability: last === undefined ? undefined : iso(last),
      });
    return disabilityNoticeDate(first, last, trace);
  },
};
