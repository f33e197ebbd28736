/**
 * The scenario sheet of the audit workbook: one termination under
 * paragraph 4 rebuilt with native formulas beside the add-in's PAYOUT and
 * date functions.
 *
 * Inputs and terms (each row cites its clause; the agreement's numbers come
 * from TERMS, never from literals in the formulas): the scenario, the
 * termination date T, the interpretation choices, the first unearned day,
 * the Separation Date (Preamble), the fee days (3(a), 3), the contract-year
 * starts (3(b)), the 14-day pay period (3(a) "payable bi-weekly"), the pay
 * anchor and lag, the 4(c) discount rate and its 365-day year, the
 * three months' notice (4(b), 4(c)), the option windows of 3(c)(iv)(A)
 * (one year = 12 months, 90 days), the cure periods 4(a)(i) (30 days) and
 * 4(d)(i) (10 days), the 21 and 10 business days of 4(c)(i) and
 * 4(c)(i)(B), and the paragraph 1 base salary facts when given.
 *
 * Checks, in order:
 *   - per fee the clause ends: earned but unpaid (4(a)-(h); 3(a)); the lump
 *     sum of the remainder through June 30, 2007 (4(b), 4(d), 4(e)(i), 4(f),
 *     4(g) before the Separation Date) or, under 4(c)(i)/4(c)(ii), the lump
 *     sum "less a discount equal to three percent (3%) per year";
 *   - 1(a) base salary earned but unpaid (4(a), 4(d), 4(f) whatever the
 *     termination date; 4(g) before the Separation Date) when the rate and
 *     paid-through day are given: days after it through min(stop - 1,
 *     June 30, 2003) at annual / 365, rounded once;
 *   - 4(h) 60% of the Consulting Fees, bi-weekly; the PAYOUT total;
 *   - each block's schedule against FEE_SCHEDULE (3(a) "payable bi-weekly");
 *   - dates: the notice window and EDATE(notice, 3) (4(b), 4(c)), the option
 *     deadlines and the forfeited tranches (3(c)(iv)(A)), the 4(c)(i)
 *     election and 4(c)(i)(B) transfer deadlines (WORKDAY), the 4(c)(i)(B)
 *     shares (never worth more than the Consulting Lump Sum Payment) and cash
 *     balance, the cure periods;
 *   - under a Board's delay (the request's `delay`, 4(c)(i)): the alternative
 *     that applies ((B) only when elected by the deadline) and the delayed
 *     plan rebuilt natively in its own block: the Consulting Fee's bi-weekly
 *     payments (3(a)) from the first unearned day toward the balance (the
 *     lump sum under (A), the cash balance after the shares under (B)), none
 *     on or after the end of the duress, the rest on that day; each payment
 *     beside the add-in's, their count, last date, the rest and the total.
 * With periods "chairman" and the day the Consulting Period ended
 * (consultingEnd, from the Separation Date to T), only the Chairman Fee
 * items of the clause are due (4(b)(ii) "simultaneously or previously").
 */
import ExcelJS from "exceljs";
import Decimal from "decimal.js";
import {
  ACCRUAL_DAYS_PER_YEAR,
  BASE_SALARY_DAYS_PER_YEAR,
  ComponentKind,
  CONTRACT_YEAR_STARTS,
  cureDeadline,
  Dec,
  DEFAULT_RATE,
  describeChoices,
  DISCOUNT_DAYS_PER_YEAR,
  duressSharesFor,
  electionDeadlineFor,
  feeTotal,
  remainderAt,
  FeeName,
  iso,
  fieldsBearingOn,
  optionOutcome,
  payout,
  Payout,
  payoutPart,
  PayoutRequest,
  Serial,
  shareTransferDeadlineFor,
  TERMS,
  terminationDate,
  terminationDayEarnedUnder,
  terminationWindow,
  holidaysInForce,
  payCalendar,
  scenarioInputs,
  formatMoney,
} from "../core";
import { BlockId, cumFormula, FeeBlock, writeFeeBlock } from "./fee-block";
import {
  CaseLayout,
  CheckHandle,
  CheckTable,
  DATE_FMT,
  wrapLongText,
  MONEY_FMT,
  RATE_FMT,
  SheetLayout,
  SheetWriter,
} from "./sheet-writer";

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

/** Rows reserved for the checks table; the fee blocks start below them. */
const CHECK_ROWS = 40;

const FEE_LABEL: Record<FeeName, string> = {
  consulting: "Consulting Fees",
  chairman: "Chairman Fees",
};
const SHORT: Record<BlockId, string> = {
  consulting: "Consulting",
  chairman: "Chairman",
  continuation: "60% stream",
};

/** The discounted lump sum, or under a Board's delay the parts replacing it (bi-weekly payments, shares at their value). */
const LUMP_SUM_KINDS: readonly ComponentKind[] = [
  "discounted-lump-sum",
  "duress-payments",
  "duress-shares",
];

/** The add-in's figure for a part of the payout: the core's payoutPart, as the number a cell holds. */
const amountOf = (p: Payout, fee: FeeName, kinds: readonly ComponentKind[]) =>
  payoutPart(p, fee, kinds).toNumber();

/** The duress facts of a case: those given, else the delay's (4(c)(i)). */
function duressOf(c: ScenarioCase): DuressInputs | undefined {
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
function holidaysOf(c: ScenarioCase, d: DuressInputs): Serial[] {
  return holidaysInForce(d.holidays ?? [], d.notification ?? d.election ?? c.T, c.choices);
}

/** Writes the Inputs and terms table; every later formula refers to these names. */
function writeInputs(L: SheetLayout, c: ScenarioCase): void {
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

/** The add-in's PAYOUT for column D: the core's, or a stand-in (tests of native figures the core does not accept yet). */
export type PayoutSource = (req: PayoutRequest) => Payout;

export function scenarioSheet(
  wb: ExcelJS.Workbook,
  name: string,
  c: ScenarioCase,
  definedNames = true,
  addin: PayoutSource = payout
): CaseLayout {
  const ws = wb.addWorksheet(name);
  ws.columns = [
    { width: 48 },
    { width: 28 },
    { width: 16 },
    { width: 16 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 16 },
    { width: 14 },
    { width: 14 },
    // The fee blocks' columns past K (dates, amounts): wide enough for their values, never ### (issue 18).
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
    { width: 14 },
  ];
  const w = new SheetWriter(ws);
  const p = addin(c);
  const code = c.scenario.code;
  w.put(
    "A1",
    c.title ??
      `Audit: BTU.PAYOUT("${code}", ${iso(c.T)}${c.periods !== c.scenario.defaultPeriods ? `, "${c.periods}"` : ""})`,
    undefined,
    true
  );
  w.put(
    "A2",
    "Native Excel formulas only; column D holds the add-in's own figure; column E the difference. Recalculates without the add-in."
  );
  w.put(
    "A3",
    "Inputs and terms (label, clause, value; each value is a named cell)",
    undefined,
    true
  );
  const L = new SheetLayout(w, wb, 4, definedNames);
  writeInputs(L, c);
  L.skip();
  const checks = new CheckTable(w, L.row, CHECK_ROWS);
  const ref = (k: string) => L.ref(k);
  const T = ref("T");

  // Fee blocks below the checks: the fees the clause ends (3(a)); 4(h) adds the 60% stream.
  const fees: FeeName[] = [
    ...(c.periods !== "chairman" ? ["consulting" as const] : []),
    ...(c.periods !== "consulting" ? ["chairman" as const] : []),
  ];
  let top = checks.headerRow + CHECK_ROWS + 2;
  const blocks = new Map<BlockId, FeeBlock>();
  for (const id of [...fees, ...(code === "4h" ? ["continuation" as const] : [])]) {
    const b = writeFeeBlock(L, top, id, c.choices);
    blocks.set(id, b);
    top = b.last + 3;
  }
  const block = (id: BlockId) => blocks.get(id) as FeeBlock;

  // Which components the clause makes due, decided natively from the inputs where the clause depends on dates.
  const preDeath =
    code === "4g"
      ? `OR(${T}<${ref("separation")},AND(${T}=${ref("separation")},${ref("choice")}="pre-separation"))`
      : "";
  let consultingLumpSum: CheckHandle | undefined;
  for (const fee of fees) {
    const b = block(fee);
    const label = FEE_LABEL[fee];
    let earned = b.sum("E");
    if (code === "4g") earned = `IF(${preDeath},0,${earned})`;
    if (code === "4e") earned = `IF(${ref("choice")}="earned-included",${earned},0)`;
    checks.money(
      `${label} earned but unpaid`,
      `${c.scenario.clause}; 3(a)`,
      earned,
      amountOf(p, fee, ["earned-unpaid"]),
      true
    );
    if (code === "4a" || code === "4h") continue;
    if (code === "4c-i" || code === "4c-ii") {
      const method = c.choices.discountMethod;
      const rate = ref("rate");
      const native =
        method === "xnpv"
          ? `ROUND(XNPV(${rate},${b.range("H", true)},${b.range("G", true)}),2)`
          : method === "simple"
            ? `ROUND(${b.sum("K")},2)`
            : `ROUND(${b.sum("F")}*(1-${rate}*(${ref("feeEnd")}+1-${ref("stop")})/${ref("discountDays")}),2)`;
      const h = checks.money(
        `${label}: lump sum less 3% a year (${method})`,
        fee === "consulting" ? "4(c)(i)" : "4(c)(ii)",
        native,
        amountOf(p, fee, LUMP_SUM_KINDS),
        true
      );
      if (fee === "consulting") consultingLumpSum = h;
      if (method === "xnpv")
        checks.money(
          `${label}: the same as a sum of present values (SUMPRODUCT form)`,
          "4(c); register discount-method",
          `ROUND(SUMPRODUCT(${b.range("H")},${b.range("I")}),2)`,
          amountOf(p, fee, LUMP_SUM_KINDS)
        );
      checks.money(
        `${label}: undiscounted remainder`,
        "4(c); 3(a)",
        b.sum("F"),
        remainderAt(fee, c.T, c.choices).toNumber()
      );
    } else {
      const native = code === "4g" ? `IF(${preDeath},${b.sum("F")},0)` : b.sum("F");
      checks.money(
        `${label}: lump sum of the remainder through ${iso(TERMS.periodEnd.value)}`,
        c.scenario.clause,
        native,
        amountOf(p, fee, ["lump-sum"]),
        true
      );
    }
  }
  if (L.has("baseAnnual")) {
    // Paragraph 1: base salary earned but unpaid (4(a), 4(d), 4(f) whatever T; 4(g) before the Separation Date).
    const days = `MAX(0,MIN(${ref("stop")}-1,${ref("separation")})-${ref("basePaidThrough")})`;
    const amount = `ROUND(${ref("baseAnnual")}*${days}/${ref("salaryDays")},2)`;
    const component = p.components.find((x) => x.kind === "base-salary");
    checks.money(
      "Base salary earned but unpaid",
      `${c.scenario.clause}; 1(a); register base-salary`,
      code === "4g" ? `IF(${preDeath},${amount},0)` : amount,
      component?.amount?.toNumber() ?? 0,
      true
    );
  }
  if (code === "4h")
    checks.money(
      `60% of the Consulting Fees through ${iso(TERMS.periodEnd.value)}, bi-weekly`,
      TERMS.disabilityShare.clause,
      block("continuation").sum("F"),
      amountOf(p, "consulting", ["continuation"]),
      true
    );
  const total = checks.money(
    p.shares
      ? "Total value due (cash plus shares at their value) (PAYOUT)"
      : "Total cash due (PAYOUT)",
    c.scenario.clause,
    `SUM(${checks
      .components()
      .map((h) => h.cell)
      .join(",")})`,
    p.total.toNumber()
  );
  // 4(c)(i)(B): PAYOUT counts the shares at their value; cash and shares beside it.
  if (p.shares)
    w.put(
      `G${total.row}`,
      `of which cash ${formatMoney(p.cashTotal)}; shares ${formatMoney(p.shares.value)} at their value (4(c)(i)(B))`
    );
  for (const [id, b] of blocks)
    checks.number(
      `${SHORT[id]} schedule: periods whose native amount differs from the add-in's`,
      "3(a) 'payable bi-weekly'",
      `SUMPRODUCT(--(ABS(${b.range("N")})>=0.005))`,
      0
    );
  if (c.choices.rounding === "cumulative")
    for (const fee of fees)
      checks.money(
        `${SHORT[fee]} Fees: whole period (paid + earned-unpaid + remainder)`,
        "3(a)",
        `ROUND(${cumFormula(L, ref("feeEnd"), block(fee).annual, c.choices)},2)`,
        feeTotal(fee, c.choices).toNumber()
      );

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
  const duress = duressOf(c);
  const duressCells =
    duress && code === "4c-i"
      ? writeDuressChecks(L, checks, c, duress, p, consultingLumpSum)
      : undefined;
  if (c.delay && code === "4c-i" && blocks.has("consulting"))
    writeDelayedPlan(L, checks, c, p, block("consulting"), top, consultingLumpSum, duressCells);
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
  wrapLongText(ws);
  return { sheet: name, checks: checks.rows() };
}

/** The native cells of the duress checks later formulas use. */
interface DuressCells {
  readonly electionDeadline?: CheckHandle;
  readonly cashBalance?: CheckHandle;
}

/** 4(c)(i) election and 4(c)(i)(B) transfer deadlines (WORKDAY), shares and cash balance. */
function writeDuressChecks(
  L: SheetLayout,
  checks: CheckTable,
  c: ScenarioCase,
  d: DuressInputs,
  p: Payout,
  lumpSum: CheckHandle | undefined
): DuressCells {
  const out: { electionDeadline?: CheckHandle; cashBalance?: CheckHandle } = {};
  const hol = holidaysOf(c, d).length ? `,${L.ref("holidays")}` : "";
  if (d.notification !== undefined)
    out.electionDeadline = checks.date(
      "Election deadline: WORKDAY(notification, 21, holidays) (ELECTION_DEADLINE)",
      TERMS.duressElectionBusinessDays.clause,
      `WORKDAY(${L.ref("notification")},${L.ref("electionDays")}${hol})`,
      electionDeadlineFor(d.notification, { dates: d.holidays ?? [], builtIn: false }, c.choices)
    );
  if (d.election !== undefined)
    checks.date(
      "Share transfer deadline: WORKDAY(election, 10, holidays)",
      TERMS.duressShareTransferBusinessDays.clause,
      `WORKDAY(${L.ref("election")},${L.ref("transferDays")}${hol})`,
      shareTransferDeadlineFor(d.election, { dates: d.holidays ?? [], builtIn: false }, c.choices)
    );
  if (d.fairMarketValue !== undefined) {
    if (!lumpSum)
      throw new Error(
        "audit: the 4(c)(i)(B) shares need the Consulting Lump Sum Payment's check row"
      );
    const lump = lumpSum.cell;
    const fmv = L.ref("fmv");
    const raw = `${lump}*${L.ref("portion")}/${fmv}`;
    // Round-nearest never rounds up past the lump sum's value: the cash balance is never negative.
    const sharesNative =
      c.choices.duressWholeShares === "round-down"
        ? `ROUNDDOWN(${raw},0)`
        : c.choices.duressWholeShares === "round-nearest"
          ? `MIN(ROUND(${raw},0),ROUNDDOWN(${lump}/${fmv},0))`
          : // Six decimals rounded down. Not ROUNDDOWN(x,6): LibreOffice 7.4 rounds x to 12
            // significant digits first (ROUNDDOWN(169463.6088328,6) = 169463.608833 there); the
            // ROUND to 1/100 of a micro-share only absorbs binary noise before INT.
            `INT(ROUND(${raw}/0.000001,2))*0.000001`;
    const amount = payoutPart(p, "consulting", LUMP_SUM_KINDS);
    const s = duressSharesFor(amount, d.fairMarketValue, d.portion ?? new Dec(1), c.choices);
    const shares = checks.number(
      "Shares under 4(c)(i)(B) (DURESS_SHARES)",
      "4(c)(i)(B); register duress-whole-shares",
      sharesNative,
      s.shares.toNumber()
    );
    out.cashBalance = checks.money(
      "Cash balance after the shares, paid bi-weekly (DURESS_BALANCE)",
      "4(c)(i)(B)",
      `ROUND(${lump}-${shares.cell}*${fmv},2)`,
      s.cashBalance.toNumber()
    );
  }
  return out;
}

/**
 * The delayed plan of 4(c)(i), natively: which alternative applies, and the
 * Consulting Fee's bi-weekly payments (3(a), the consulting block's pay dates
 * and remaining amounts) toward the balance, the rest on the end of the
 * duress; each payment beside the add-in's, in a block below the fee blocks.
 */
function writeDelayedPlan(
  L: SheetLayout,
  checks: CheckTable,
  c: ScenarioCase,
  p: Payout,
  fees: FeeBlock,
  top: number,
  lumpSum: CheckHandle | undefined,
  cells: DuressCells | undefined
): void {
  const delay = c.delay as NonNullable<ScenarioCase["delay"]>;
  if (!lumpSum)
    throw new Error("audit: the delayed plan needs the Consulting Lump Sum Payment's check row");
  const w = L.w;
  const ref = (k: string) => L.ref(k);
  // (B) applies only when elected by the 21-business-day deadline (4(c)(i), last sentence).
  const deadline = cells?.electionDeadline?.cell;
  const appliesB =
    deadline && L.has("election")
      ? `IF(AND(${ref("delayOption")}="B",${ref("election")}<=${deadline}),1,0)`
      : `IF(${ref("delayOption")}="B",1,0)`;
  const applies = checks.number(
    "Alternative that applies (1 = (B), elected by the deadline; 0 = (A))",
    "4(c)(i)",
    appliesB,
    p.duress?.applies === "B" ? 1 : 0
  );
  const balance = cells?.cashBalance
    ? `IF(${applies.cell}=1,${cells.cashBalance.cell},${lumpSum.cell})`
    : lumpSum.cell;

  const plan = p.components.find((x) => x.kind === "duress-payments");
  const flows = plan?.flows.filter((f) => f.asset === "cash") ?? [];
  const end = delay.duressEnd;
  const atEnd = end !== undefined ? flows.find((f) => f.date === end) : undefined;
  const biweekly = new Map(flows.filter((f) => f !== atEnd).map((f) => [f.date, f.amount]));

  w.put(
    `A${top}`,
    "Delayed Consulting Lump Sum Payment: bi-weekly Consulting Fee payments toward the balance (4(c)(i)(A), 4(c)(i)(B); 3(a))",
    undefined,
    true
  );
  w.put(`A${top + 1}`, "Balance paid bi-weekly ((A): the lump sum; (B): the cash balance)");
  w.formula(`D${top + 1}`, balance, MONEY_FMT);
  const bal = L.name("delayBalance", `$D$${top + 1}`);
  [
    "k",
    "Pay date",
    "Remaining amount of the period",
    "Native payment",
    "Add-in payment",
    "Difference",
  ].forEach((h, i) => w.put(`${String.fromCharCode(65 + i)}${top + 2}`, h, undefined, true));
  const opening = top + 3;
  w.put(`A${opening}`, 0);
  w.put(`B${opening}`, "opening");
  w.put(`D${opening}`, 0, MONEY_FMT);
  const first = opening + 1;
  const n = fees.last - fees.first + 1;
  const last = first + n - 1;
  // (A) only: no bi-weekly payment on or after the end of the duress (4(c)(i)(A)); (B) pays its cash balance out.
  const endCut = end !== undefined ? `,AND(${applies.cell}=0,B{r}>=${ref("duressEnd")})` : "";
  for (let k = 0; k < n; k++) {
    const r = first + k;
    const rb = fees.first + k;
    w.formula(`A${r}`, `A${rb}`);
    w.formula(`B${r}`, `D${rb}`, DATE_FMT);
    w.formula(`C${r}`, `F${rb}`, MONEY_FMT);
    w.formula(
      `D${r}`,
      `IF(OR(C${r}<=0${endCut.replace("{r}", String(r))}),0,ROUND(MIN(C${r},MAX(0,${bal}-SUM(D$${opening}:D${r - 1}))),2))`,
      MONEY_FMT
    );
    w.put(`E${r}`, 0, MONEY_FMT);
    w.formula(`F${r}`, `ROUND(D${r}-E${r},2)`, MONEY_FMT);
  }
  // The add-in's payments sit on the rows of their pay dates (the consulting block's calendar, as the core's).
  const calendar = payCalendar("consulting", c.choices, "full");
  calendar.forEach((period, k) => {
    const amount = biweekly.get(period.payDate);
    if (amount !== undefined) w.put(`E${first + k}`, amount.toNumber(), MONEY_FMT);
  });
  const D = `D${first}:D${last}`;
  checks.number(
    "Delayed plan: bi-weekly payments whose native amount differs from the add-in's",
    "4(c)(i)(A), 4(c)(i)(B); 3(a)",
    `SUMPRODUCT(--(ABS(F${first}:F${last})>=0.005))`,
    0
  );
  checks.number(
    "Delayed plan: number of bi-weekly payments",
    "4(c)(i)(A), 4(c)(i)(B)",
    `COUNTIF(${D},">0")`,
    biweekly.size
  );
  if (biweekly.size)
    checks.date(
      "Delayed plan: last bi-weekly payment date",
      "4(c)(i)(A), 4(c)(i)(B)",
      `SUMPRODUCT(MAX((${D}>0)*B${first}:B${last}))`,
      Math.max(...biweekly.keys())
    );
  const rest =
    end !== undefined
      ? checks.money(
          "Delayed plan: the rest, paid on the end of the duress",
          "4(c)(i)(A)",
          `IF(${applies.cell}=1,0,ROUND(${bal}-SUM(${D}),2))`,
          atEnd?.amount.toNumber() ?? 0
        )
      : undefined;
  checks.money(
    "Delayed plan: total paid toward the balance",
    "4(c)(i)(A), 4(c)(i)(B)",
    `ROUND(SUM(${D})${rest ? `+${rest.cell}` : ""},2)`,
    plan?.amount?.toNumber() ?? 0
  );
}
