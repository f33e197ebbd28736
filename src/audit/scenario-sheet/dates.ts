/** The scenario sheet's date checks: notice, options, cure periods (4(a)-(d), 3(c)(iv)(A)). */
import {
  cureDeadline,
  iso,
  optionOutcome,
  Serial,
  terminationDate,
  terminationWindow,
} from "../../core";
import { CheckTable, SheetLayout } from "../sheet-writer";
import { ScenarioCase } from "./inputs";

/** Dates: the notice window and EDATE(notice, 3) (4(b), 4(c)), the option deadlines and forfeited tranches (3(c)(iv)(A)). */
export function writeNoticeAndOptionChecks(
  L: SheetLayout,
  checks: CheckTable,
  c: ScenarioCase
): void {
  const ref = (k: string) => L.ref(k);
  const T = ref("T");
  // Dates.
  const date = (item: string, clause: string, native: string, addin: number) =>
    checks.date(item, clause, native, addin);
  if (c.scenario.effect === "notice+3m") {
    const w0 = terminationWindow(c.scenario, c.periods, c.choices);
    date(
      "Earliest termination date under the clause",
      `${c.scenario.clause}; register notice-window`,
      c.choices.noticeWindow === "notice-from"
        ? `EDATE(${ref("noticeFrom")},${ref("noticeMonths")})`
        : `${ref("noticeFrom")}+0`,
      w0.from
    );
    if (c.notice !== undefined)
      date(
        "Termination date = EDATE(notice, 3) (TERMINATION_DATE)",
        c.scenario.clause,
        `EDATE(${ref("notice")},${ref("noticeMonths")})`,
        terminationDate(c.scenario, c.notice, c.choices)
      );
  }
  c.vesting?.forEach((v, i) => {
    const o = optionOutcome(c.scenario, c.T, v, c.choices);
    const cell = L.item("vesting", i);
    const incl = c.choices.optionWindow === "inclusive" ? "-1" : "";
    const vested = c.choices.vestingOnTermination === "vested" ? `${cell}<=${T}` : `${cell}<${T}`;
    if (o.lastExercise === null) {
      checks.number(
        `Option tranche vesting ${iso(v)}: forfeited, unvested on T (1 = forfeited; OPTION_DEADLINE is #N/A)`,
        `${o.clause}; register vesting-on-termination`,
        `IF(${vested},0,1)`,
        1
      );
      return;
    }
    const native =
      c.scenario.options === "accelerate"
        ? `EDATE(${T},${ref("optionMonths")})${incl}`
        : c.scenario.options === "continue"
          ? `IF(${vested},EDATE(${T},${ref("optionMonths")})${incl},${cell}+${ref("optionDays")}${incl})`
          : `IF(${vested},${T}+${ref("optionDays")}${incl},NA())`;
    date(
      `Option tranche vesting ${iso(v)}: last exercise date (OPTION_DEADLINE)`,
      o.clause,
      native,
      o.lastExercise
    );
  });
}

/** Dates: the last day to cure (4(a)(i), 4(d)(i)); the Consulting Period's end within the Separation Date to T (4(b)(ii)). */
export function writeCureAndPeriodChecks(
  L: SheetLayout,
  checks: CheckTable,
  c: ScenarioCase
): void {
  const code = c.scenario.code;
  const ref = (k: string) => L.ref(k);
  const T = ref("T");
  const date = (item: string, clause: string, native: string, addin: number) =>
    checks.date(item, clause, native, addin);
  if (L.has("cureNotice") && (code === "4a" || code === "4d")) {
    const cp = cureDeadline(code, c.cureNotice as Serial);
    date(
      `Last day to cure (${cp.clause})`,
      `${cp.clause}; register cure-period`,
      `${ref("cureNotice")}+${ref("cureDays")}`,
      cp.lastCureDay
    );
  }
  if (c.consultingEnd !== undefined)
    checks.number(
      "Consulting Period ended from the Separation Date to T (1 = yes; the add-in accepted the case)",
      "4(b)(ii) 'simultaneously or previously'",
      `IF(AND(${ref("consultingEnd")}>=${ref("separation")},${ref("consultingEnd")}<=${T}),1,0)`,
      1
    );
}
