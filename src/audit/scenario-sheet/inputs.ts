/** The scenario sheet's Inputs and terms table, block by block (each row cites its clause). */
import Decimal from "decimal.js";
import {
  ACCRUAL_DAYS_PER_YEAR,
  BASE_SALARY_DAYS_PER_YEAR,
  CONTRACT_YEAR_STARTS,
  Dec,
  DEFAULT_RATE,
  describeChoices,
  DISCOUNT_DAYS_PER_YEAR,
  fieldsBearingOn,
  PayoutRequest,
  Serial,
  TERMS,
  terminationDayEarnedUnder,
  holidaysInForce,
  scenarioInputs,
} from "../../core";
import { DATE_FMT, MONEY_FMT, RATE_FMT, SheetLayout } from "../sheet-writer";

export interface DuressInputs {
  /** Date the Board notifies the delay (for the 21-business-day election). */
  readonly notification?: Serial;
  /** Date the executive elects 4(c)(i)(B) (for the 10-business-day transfer). */
  readonly election?: Serial;
  readonly fairMarketValue?: Decimal;
  readonly portion?: Decimal;
  readonly holidays?: readonly Serial[];
}

/** A scenario to audit: a PAYOUT request (with its `delay` under 4(c)(i), the plan rebuilt natively) plus the facts its dates depend on. */
export interface ScenarioCase extends PayoutRequest {
  readonly kind: "scenario";
  /** The notice the termination date follows from (checks TERMINATION_DATE). */
  readonly notice?: Serial;
  /** Vesting dates of option tranches (checks OPTION_DEADLINE). */
  readonly vesting?: readonly Serial[];
  readonly duress?: DuressInputs;
  /** Notice opening a 4(a)(i)/4(d)(i) cure period. */
  readonly cureNotice?: Serial;
  readonly title?: string;
}

/** The duress facts of a case: those given, else the delay's (4(c)(i)). */
export function duressOf(c: ScenarioCase): DuressInputs | undefined {
  if (c.duress) return c.duress;
  const d = c.delay;
  return (
    d && {
      notification: d.notification,
      election: d.electionDate,
      fairMarketValue: d.fairMarketValue,
      portion: d.portion,
      holidays: d.holidays,
    }
  );
}

/** The holidays the business-day deadlines skip, as the core counts them (register business-days), written as inputs. */
export function holidaysOf(c: ScenarioCase, d: DuressInputs): Serial[] {
  return holidaysInForce(d.holidays ?? [], d.notification ?? d.election ?? c.T, c.choices);
}

/** Inputs: the scenario, T, the choices in force, the 4(c) discount, the first day not earned and the Separation Date. */
function writeScenarioInputs(L: SheetLayout, c: ScenarioCase): void {
  const code = c.scenario.code;
  // The termination date earned or not (4(a): register cause-notice-day; else earned-unpaid): the core's fact.
  const through = terminationDayEarnedUnder(code, c.choices);
  L.input("scenario", "Scenario", code, undefined, `${c.scenario.clause} ${c.scenario.label}`);
  const T = L.input(
    "T",
    "Termination date (T)",
    c.T,
    DATE_FMT,
    `${c.scenario.clause}: the termination date${c.scenario.effect === "notice+3m" ? ", three months after the notice" : ""}`
  );
  L.input("periods", "Periods ended", c.periods, undefined, "paragraph 4");
  L.input(
    "choices",
    "Interpretation choices in force",
    describeChoices(
      c.choices,
      fieldsBearingOn(["fees", "termination", c.scenario.code, "options", "duress"])
    ).join("; "),
    undefined,
    "register (BTU.INTERPRETATIONS)"
  );
  L.input(
    "rate",
    c.rate ? "Discount rate, 4(c) (given)" : "Discount rate, 4(c) (three percent per year)",
    c.rate ? c.rate.toNumber() : DEFAULT_RATE, // 4(c)'s three percent, the core's fact
    RATE_FMT,
    TERMS.lumpSumDiscountRate.clause
  );
  L.input(
    "discountDays",
    "Days per year of the 4(c) discount (XNPV's actual / 365)",
    DISCOUNT_DAYS_PER_YEAR,
    undefined,
    "4(c) 'for any partial year'; register discount-method"
  );
  L.derived(
    "stop",
    "First day not earned (stop)",
    through ? `${T}+1` : T,
    DATE_FMT,
    code === "4a"
      ? "4(a) 'through the date of notice'; register cause-notice-day"
      : "register earned-unpaid"
  );
  L.input(
    "separation",
    TERMS.separationDate.label,
    TERMS.separationDate.value,
    DATE_FMT,
    TERMS.separationDate.clause
  );
}

/** Inputs: the fee days, contract years (3(b)) and the pay calendar (3(a) "payable bi-weekly"). */
function writePayCalendarInputs(L: SheetLayout, c: ScenarioCase): void {
  L.input("feeStart", TERMS.feeStart.label, TERMS.feeStart.value, DATE_FMT, TERMS.feeStart.clause);
  L.input("feeEnd", TERMS.periodEnd.label, TERMS.periodEnd.value, DATE_FMT, TERMS.periodEnd.clause);
  L.list(
    "yearStarts",
    "Contract-year starts (July 1)",
    [...CONTRACT_YEAR_STARTS],
    DATE_FMT,
    TERMS.contractYearStartMonth.clause
  );
  L.input(
    "dayBasis",
    "Days per year for actual-365 / biweekly-26",
    // Unused under contract-year (each contract year its own length): the actual-365 figure stands in.
    ACCRUAL_DAYS_PER_YEAR[c.choices.accrualBasis === "biweekly-26" ? "biweekly-26" : "actual-365"],
    undefined,
    "register accrual-basis"
  );
  const period = L.input(
    "payPeriod",
    "Pay period, days (3(a) 'payable bi-weekly')",
    TERMS.payPeriodDays.value,
    undefined,
    TERMS.payPeriodDays.clause
  );
  const anchor = L.input(
    "anchor",
    "Pay anchor (first pay period starts)",
    c.choices.payAnchor,
    DATE_FMT,
    "register pay-anchor"
  );
  L.input(
    "lag",
    "Pay lag (days after period end)",
    c.choices.payLag,
    undefined,
    "register pay-lag"
  );
  L.derived(
    "k0",
    "k0 = INT((fee start - anchor) / pay period)",
    `INT((${L.ref("feeStart")}-${anchor})/${period})`,
    undefined,
    "3(a)"
  );
}

/** Inputs: the clause's own choices (4(g), 4(e)) and the end of the Consulting Period (4(b)(ii)). */
function writeClauseInputs(L: SheetLayout, c: ScenarioCase): void {
  const code = c.scenario.code;
  if (code === "4g")
    L.input(
      "choice",
      "Death on the Separation Date counts as",
      c.choices.deathOnSeparationDate,
      undefined,
      "4(g); register death-on-separation-date"
    );
  if (code === "4e")
    L.input(
      "choice",
      "Fees earned before the Change of Control",
      c.choices.changeOfControlInLieu,
      undefined,
      "4(e) 'in lieu of any other payments'; register change-of-control-in-lieu"
    );
  if (c.consultingEnd !== undefined)
    L.input(
      "consultingEnd",
      "Consulting Period ended on",
      c.consultingEnd,
      DATE_FMT,
      "4(b)(ii) 'simultaneously or previously'; paragraph 4"
    );
}

/** Inputs: the notice window and three months' notice (4(b), 4(c)). */
function writeNoticeInputs(L: SheetLayout, c: ScenarioCase): void {
  const code = c.scenario.code;
  if (c.scenario.effect === "notice+3m") {
    const consulting = code === "4b-i" || code === "4c-i";
    const from = consulting ? TERMS.consultingNoticeFrom : TERMS.chairmanNoticeFrom;
    L.input("noticeFrom", from.label, from.value, DATE_FMT, from.clause);
    L.input(
      "noticeMonths",
      TERMS.noticeMonths.label + ", months",
      TERMS.noticeMonths.value,
      undefined,
      TERMS.noticeMonths.clause
    );
    if (c.notice !== undefined)
      L.input("notice", "Notice date", c.notice, DATE_FMT, c.scenario.clause);
  }
}

/** Inputs: the paragraph 1 base salary facts, when the scenario reads them. */
function writeBaseSalaryInputs(L: SheetLayout, c: ScenarioCase): void {
  // Which inputs matter is the core's scenario fact (base salary: 4(a), 4(d), 4(f); 4(g) before the Separation Date).
  if (c.baseSalary && scenarioInputs(c.scenario, c.periods, c.T, c.choices).baseSalary) {
    L.input(
      "baseAnnual",
      "Annual base salary",
      c.baseSalary.annual.toNumber(),
      MONEY_FMT,
      "1(a) 'your current base rate of pay'"
    );
    L.input(
      "basePaidThrough",
      "Base salary paid through",
      c.baseSalary.paidThrough,
      DATE_FMT,
      "1(a); register base-salary"
    );
    L.input(
      "salaryDays",
      "Days per year of the base salary (annual / 365 a day)",
      BASE_SALARY_DAYS_PER_YEAR,
      undefined,
      "register base-salary=daily-365"
    );
  }
}

/** Inputs: the option vesting dates and windows (3(c)(iv)(A)). */
function writeOptionInputs(L: SheetLayout, c: ScenarioCase): void {
  if (c.vesting?.length) {
    L.list("vesting", "Option vesting dates", [...c.vesting], DATE_FMT, "3(c)(iv)");
    const o = c.scenario.options;
    if (o !== "forfeit") {
      const m = o === "accelerate" ? TERMS.optionAcceleratedMonths : TERMS.optionVestedMonths;
      L.input("optionMonths", `${m.label} (one year), months`, m.value, undefined, m.clause);
    }
    if (o !== "accelerate") {
      const d = o === "continue" ? TERMS.optionUnvestedDays : TERMS.optionCauseDays;
      L.input("optionDays", `${d.label}, days`, d.value, undefined, d.clause);
    }
  }
}

/** Inputs: the cure notice and cure period (4(a)(i), 4(d)(i)). */
function writeCureInputs(L: SheetLayout, c: ScenarioCase): void {
  const code = c.scenario.code;
  if (c.cureNotice !== undefined && (code === "4a" || code === "4d")) {
    const t = code === "4a" ? TERMS.causeCureDays : TERMS.goodReasonCureDays;
    L.input(
      "cureNotice",
      code === "4a" ? "Cure notice (by the Company)" : "Cure notice (received by the Company)",
      c.cureNotice,
      DATE_FMT,
      t.clause
    );
    L.input("cureDays", `${t.label}, days`, t.value, undefined, t.clause);
  }
}

/** Inputs: the holidays, the Board's delay and the election facts (4(c)(i), 4(c)(i)(B)). */
function writeDuressInputs(L: SheetLayout, c: ScenarioCase): void {
  const code = c.scenario.code;
  const duress = duressOf(c);
  if (duress && code === "4c-i") {
    const d = duress;
    const holidays = holidaysOf(c, d);
    L.list(
      "holidays",
      "Holidays (business-days)",
      holidays,
      DATE_FMT,
      `register business-days=${c.choices.businessDays}`
    );
    if (d.notification !== undefined) {
      L.input(
        "notification",
        "Board notification of the delay",
        d.notification,
        DATE_FMT,
        TERMS.duressElectionBusinessDays.clause
      );
      L.input(
        "electionDays",
        `${TERMS.duressElectionBusinessDays.label}, business days`,
        TERMS.duressElectionBusinessDays.value,
        undefined,
        TERMS.duressElectionBusinessDays.clause
      );
    }
    if (d.election !== undefined) {
      L.input(
        "election",
        "Election of 4(c)(i)(B)",
        d.election,
        DATE_FMT,
        TERMS.duressShareTransferBusinessDays.clause
      );
      L.input(
        "transferDays",
        `${TERMS.duressShareTransferBusinessDays.label}, business days`,
        TERMS.duressShareTransferBusinessDays.value,
        undefined,
        TERMS.duressShareTransferBusinessDays.clause
      );
    }
    if (d.fairMarketValue !== undefined) {
      L.input(
        "fmv",
        "Fair market value per share on the election date",
        d.fairMarketValue.toNumber(),
        undefined,
        "4(c)(i)(B)"
      );
      L.input(
        "portion",
        "Portion of the lump sum taken in shares",
        (d.portion ?? new Dec(1)).toNumber(),
        RATE_FMT,
        "4(c)(i)(B) 'or a portion of such value to be designated by you'"
      );
    }
    if (c.delay) {
      L.input(
        "delayOption",
        "Alternative elected (A, B or none)",
        c.delay.election ?? "none",
        undefined,
        "4(c)(i) 'you shall have the right to choose'"
      );
      if (c.delay.duressEnd !== undefined)
        L.input(
          "duressEnd",
          "End of the duress (as the Board finds it)",
          c.delay.duressEnd,
          DATE_FMT,
          "4(c)(i)(A)"
        );
    }
  }
}

/** Writes the Inputs and terms table; every later formula refers to these names. */
export function writeInputs(L: SheetLayout, c: ScenarioCase): void {
  writeScenarioInputs(L, c);
  writePayCalendarInputs(L, c);
  writeClauseInputs(L, c);
  writeNoticeInputs(L, c);
  writeBaseSalaryInputs(L, c);
  writeOptionInputs(L, c);
  writeCureInputs(L, c);
  writeDuressInputs(L, c);
}
