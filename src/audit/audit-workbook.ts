/**
 * The audit workbook: a scenario reconstructed with native Excel formulas only
 * (DATE arithmetic, MATCH/INDEX, ROUND, EDATE, WORKDAY, XNPV, SUM), next to
 * the add-in's own figure and a difference cell, so an auditor can verify the
 * add-in without the add-in. LibreOffice recomputes these workbooks headless
 * in CI (test/oracle) and every native figure must equal the add-in's to the
 * cent.
 *
 * Each case is one sheet:
 *   - Inputs: the scenario, dates and the interpretation choices in force, and
 *     the agreement's terms the formulas use (with their clauses);
 *   - Checks: one row per figure: item, clause, native formula, add-in value,
 *     difference, OK/CHECK;
 *   - one block per fee stream: the bi-weekly pay calendar rebuilt from the
 *     pay anchor and lag, the exact accrual through each day (contract-year
 *     basis or the chosen alternative), the earned-but-unpaid and remaining
 *     amounts per period, XNPV discount factors and present values.
 * Native formulas are written without cached results, so Excel and
 * LibreOffice compute them on opening (fullCalcOnLoad).
 */
import ExcelJS from "exceljs";
import Decimal from "decimal.js";
import {
  Choices,
  cureDeadline,
  DEFAULT_RATE,
  Dec,
  describeChoices,
  duressSharesFor,
  electionDeadlineFor,
  FEE_END,
  FEE_START,
  FeeName,
  iso,
  optionOutcome,
  payout,
  Payout,
  PayoutRequest,
  Scenario,
  shareTransferDeadlineFor,
  TERMS,
  terminationDate,
  terminationWindow,
  CONTRACT_YEAR_STARTS,
  columnName,
  splitDollarInterest,
  splitDollarBuyoutPrice,
  lifeExpectancyFrom,
  payCalendar,
  remainderAt,
  feeTotal,
  Serial,
  usMaHolidays,
  ymd,
  fieldsBearingOn,
} from "../core";

export interface DuressInputs {
  /** Date the Board notifies the delay (for the 21-business-day election). */
  readonly notification?: Serial;
  /** Date the executive elects 4(c)(i)(B) (for the 10-business-day transfer). */
  readonly election?: Serial;
  readonly fairMarketValue?: Decimal;
  readonly portion?: Decimal;
  readonly holidays?: readonly Serial[];
}

/** A scenario to audit: a PAYOUT request plus the facts its dates depend on. */
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

export interface SplitDollarCase {
  readonly kind: "split-dollar";
  readonly cashValueJan2003: Decimal;
  readonly cashValue: Decimal;
  readonly insuredOnlyIncrease: Decimal;
  readonly birth: Serial;
  readonly asOf: Serial;
  readonly table: ReadonlyArray<readonly [number, number]>;
  readonly choices: Choices;
  readonly title?: string;
}

export type AuditCase = ScenarioCase | SplitDollarCase;

export type CheckKind = "money" | "date" | "number";

/** Where a check row is, for readers of the recomputed workbook (CSV rows are 1-based like sheet rows). */
export interface CheckRow {
  readonly row: number;
  readonly item: string;
  readonly kind: CheckKind;
  /** The add-in's value written in column D (a number; dates as serials). */
  readonly addin: number;
}

export interface CaseLayout {
  readonly sheet: string;
  readonly checks: readonly CheckRow[];
}

const DATE_FMT = "yyyy-mm-dd";
const MONEY_FMT = "#,##0.00";
const CHECK_HEADER_ROW = 24;

/* ---------------------------------------------------------------- sheet helpers */

class SheetWriter {
  constructor(readonly ws: ExcelJS.Worksheet) {}

  put(addr: string, value: ExcelJS.CellValue, fmt?: string, bold = false): ExcelJS.Cell {
    const c = this.ws.getCell(addr);
    c.value = value;
    if (fmt) c.numFmt = fmt;
    if (bold) c.font = { bold: true };
    return c;
  }

  formula(addr: string, formula: string, fmt?: string): ExcelJS.Cell {
    return this.put(addr, { formula } as ExcelJS.CellFormulaValue, fmt);
  }
}

/** Column letters of a 1-based column number (1 -> A). */
const col = (n: number): string => columnName(n - 1);

/** Cell refs of the Inputs block (fixed layout, column B). */
const IN = {
  scenario: "$B$4",
  T: "$B$5",
  periods: "$B$6",
  choices: "$B$7",
  rate: "$B$8",
  stop: "$B$9",
  separation: "$B$10",
  feeStart: "$B$11",
  feeEnd: "$B$12",
  yearStarts: "$B$13:$F$13",
  anchor: "$B$14",
  lag: "$B$15",
  k0: "$B$16",
  notice: "$B$17",
  choiceCell: "$B$18",
  dayBasis: "$B$19",
};

/**
 * Native formula for the exact accrual through day `x` (a formula
 * expression) of a stream whose annual amount is in cell `annual`, under the
 * `accrual-basis` choice (3(a), 3(b)).
 */
function cumFormula(x: string, annual: string, choices: Choices): string {
  const xx = `MIN(${x},${IN.feeEnd})`;
  if (choices.accrualBasis === "contract-year") {
    const m = `MATCH(${xx},${IN.yearStarts},1)`;
    return `IF(${x}<${IN.feeStart},0,${annual}*(${m}-1)+${annual}*(${xx}-INDEX(${IN.yearStarts},${m})+1)/(INDEX(${IN.yearStarts},${m}+1)-INDEX(${IN.yearStarts},${m})))`;
  }
  return `IF(${x}<${IN.feeStart},0,${annual}*(${xx}-${IN.feeStart}+1)/${IN.dayBasis})`;
}

/** Native formula for the amount of days a..b (register `rounding`). */
function amountFormula(a: string, b: string, annual: string, choices: Choices): string {
  if (choices.rounding === "cumulative") return `ROUND(${cumFormula(b, annual, choices)},2)-ROUND(${cumFormula(`(${a})-1`, annual, choices)},2)`;
  return `ROUND(${cumFormula(b, annual, choices)}-${cumFormula(`(${a})-1`, annual, choices)},2)`;
}

interface FeeBlock {
  readonly fee: FeeName;
  readonly share: string;
  readonly first: number;
  readonly last: number;
  /** The row of the XNPV anchor (T, 0) just above the first period row. */
  readonly xnpvRow: number;
  /** The cell holding annual fee x share. */
  readonly annual: string;
}

const FEE_ANNUAL: Record<FeeName, number> = { consulting: TERMS.consultingFee.value, chairman: TERMS.chairmanFee.value };

/** Writes one fee stream's pay calendar and per-period amounts; returns its rows. */
function writeFeeBlock(w: SheetWriter, top: number, fee: FeeName, share: string, choices: Choices): FeeBlock {
  const periods = payCalendar(fee, choices, share === "1" ? "full" : "disability-continuation");
  const label = `${fee === "consulting" ? "Consulting Fee" : "Chairman Fee"}${share === "1" ? "" : ` x ${share} (4(h))`}`;
  w.put(`A${top}`, `${label}: bi-weekly pay calendar and amounts (3(a), 3(b))`, undefined, true);
  w.put(`A${top + 1}`, "Annual amount");
  w.put(`B${top + 1}`, FEE_ANNUAL[fee], MONEY_FMT);
  w.put(`C${top + 1}`, "Share");
  w.put(`D${top + 1}`, Number(share));
  w.put(`E${top + 1}`, "Annual x share");
  w.formula(`F${top + 1}`, `B${top + 1}*D${top + 1}`, MONEY_FMT);
  const annual = `$F$${top + 1}`;
  const headers = [
    "k", "Period start", "Period end", "Pay date", "Earned but unpaid part", "Remaining amount", "XNPV date", "XNPV value",
    "Discount factor (1+r)^(-days/365)", "Present value", "Simple-discount value", "Scheduled amount", "Add-in (FEE_SCHEDULE)", "Difference",
  ];
  headers.forEach((h, i) => w.put(`${col(i + 1)}${top + 2}`, h, undefined, true));
  const xnpvRow = top + 3;
  w.put(`A${xnpvRow}`, 0);
  w.put(`B${xnpvRow}`, "T (XNPV start)");
  w.formula(`G${xnpvRow}`, IN.T, DATE_FMT);
  w.put(`H${xnpvRow}`, 0, MONEY_FMT);
  const first = xnpvRow + 1;
  const n = periods.length;
  for (let k = 1; k <= n; k++) {
    const r = first + k - 1;
    w.put(`A${r}`, k);
    w.formula(`B${r}`, `MAX(${IN.feeStart},${IN.anchor}+14*(${IN.k0}+A${r}-1))`, DATE_FMT);
    w.formula(`C${r}`, `MIN(${IN.feeEnd},${IN.anchor}+14*(${IN.k0}+A${r})-1)`, DATE_FMT);
    w.formula(`D${r}`, `C${r}+${IN.lag}`, DATE_FMT);
    w.formula(`E${r}`, `IF(AND(D${r}>=${IN.stop},B${r}<=${IN.stop}-1),${amountFormula(`B${r}`, `MIN(C${r},${IN.stop}-1)`, annual, choices)},0)`, MONEY_FMT);
    w.formula(`F${r}`, `IF(C${r}>=${IN.stop},${amountFormula(`MAX(B${r},${IN.stop})`, `C${r}`, annual, choices)},0)`, MONEY_FMT);
    w.formula(`G${r}`, `MAX(D${r},${IN.T})`, DATE_FMT);
    w.formula(`H${r}`, `F${r}`, MONEY_FMT);
    w.formula(`I${r}`, `(1+${IN.rate})^(-(G${r}-${IN.T})/365)`, "0.000000000");
    w.formula(`J${r}`, `H${r}*I${r}`, MONEY_FMT);
    w.formula(`K${r}`, `H${r}*(1-${IN.rate}*(G${r}-${IN.T})/365)`, MONEY_FMT);
    const period = periods[k - 1];
    w.formula(`L${r}`, amountFormula(`B${r}`, `C${r}`, annual, choices), MONEY_FMT);
    w.put(`M${r}`, period.amount.toNumber(), MONEY_FMT);
    w.formula(`N${r}`, `ROUND(L${r}-M${r},2)`, MONEY_FMT);
  }
  return { fee, share, first, last: first + n - 1, xnpvRow, annual };
}

/* ------------------------------------------------------------------ the cases */

interface CheckSpec {
  /** A component of PAYOUT (summed into the total row). */
  readonly component?: boolean;
  readonly item: string;
  readonly clause: string;
  readonly native: string;
  readonly addin: number;
  readonly kind: CheckKind;
}

function writeInputs(w: SheetWriter, c: ScenarioCase, title: string, stopFormula: string): void {
  w.put("A1", title, undefined, true);
  w.put("A2", "Native Excel formulas only; column D holds the add-in's own figure; column E the difference. Recalculates without the add-in.");
  w.put("A3", "Inputs and terms", undefined, true);
  const rows: Array<[string, ExcelJS.CellValue, string?, string?]> = [
    ["Scenario", c.scenario.code, undefined, `${c.scenario.clause} ${c.scenario.label}`],
    ["Termination date (T)", c.T, DATE_FMT, c.scenario.dateMeaning],
    ["Periods ended", c.periods, undefined, "paragraph 4"],
    ["Interpretation choices in force", describeChoices(c.choices, fieldsBearingOn(["fees", "termination", c.scenario.code, "options", "duress"])).join("; "), undefined, "register (BTU.INTERPRETATIONS)"],
    ["Discount rate, 4(c)", (c.rate ?? new Dec(DEFAULT_RATE)).toNumber(), "0.00%", "4(c)(i), 4(c)(ii)"],
  ];
  rows.forEach(([label, value, fmt, note], i) => {
    w.put(`A${4 + i}`, label);
    w.put(`B${4 + i}`, value, fmt);
    if (note) w.put(`H${4 + i}`, note);
  });
  w.put("A9", "First day not earned (stop)");
  w.formula("B9", stopFormula, DATE_FMT);
  w.put("H9", "register earned-unpaid / cause-notice-day");
  w.put("A10", "Separation Date");
  w.put("B10", TERMS.separationDate.value, DATE_FMT);
  w.put("H10", "Preamble");
  w.put("A11", "Fees accrue from");
  w.put("B11", FEE_START, DATE_FMT);
  w.put("H11", "3(a)");
  w.put("A12", "Periods end on");
  w.put("B12", FEE_END, DATE_FMT);
  w.put("H12", "3");
  w.put("A13", "Contract-year starts (July 1)");
  CONTRACT_YEAR_STARTS.forEach((s, i) => w.put(`${col(2 + i)}13`, s, DATE_FMT));
  w.put("H13", "3(b)");
  w.put("A14", "Pay anchor (first 14-day period starts)");
  w.put("B14", c.choices.payAnchor, DATE_FMT);
  w.put("H14", "register pay-anchor");
  w.put("A15", "Pay lag (days after period end)");
  w.put("B15", c.choices.payLag);
  w.put("H15", "register pay-lag");
  w.put("A16", "k0 = INT((fee start - anchor)/14)");
  w.formula("B16", `INT((${IN.feeStart}-${IN.anchor})/14)`);
  w.put("A17", "Notice date");
  if (c.notice !== undefined) w.put("B17", c.notice, DATE_FMT);
  w.put("A18", "Scenario-specific choice");
  w.put("A19", "Days per year for actual-365 / biweekly-26");
  w.put("B19", c.choices.accrualBasis === "biweekly-26" ? 364 : 365);
  w.put("H19", "register accrual-basis");
}

function writeChecks(w: SheetWriter, specs: readonly CheckSpec[]): CheckRow[] {
  const header = ["Item", "Clause", "Native formula", "Add-in", "Difference", "Check"];
  header.forEach((h, i) => w.put(`${col(i + 1)}${CHECK_HEADER_ROW}`, h, undefined, true));
  return specs.map((s, i) => {
    const r = CHECK_HEADER_ROW + 1 + i;
    const fmt = s.kind === "money" ? MONEY_FMT : s.kind === "date" ? DATE_FMT : "0.########";
    w.put(`A${r}`, s.item);
    w.put(`B${r}`, s.clause);
    w.formula(`C${r}`, s.native, fmt);
    w.put(`D${r}`, s.addin, fmt);
    w.formula(`E${r}`, s.kind === "money" ? `ROUND(C${r}-D${r},2)` : `C${r}-D${r}`, s.kind === "money" ? MONEY_FMT : "0.########");
    w.formula(`F${r}`, s.kind === "money" ? `IF(ABS(E${r})<0.005,"OK","CHECK")` : `IF(ABS(E${r})<0.000001,"OK","CHECK")`);
    return { row: r, item: s.item, kind: s.kind, addin: s.addin };
  });
}

const sumOf = (b: FeeBlock, column: string) => `SUM(${column}${b.first}:${column}${b.last})`;
const amountOf = (p: Payout, fee: FeeName, kinds: readonly string[]) =>
  p.components.filter((c) => c.fee === fee && kinds.includes(c.kind)).reduce((s, c) => s.plus(c.amount ?? 0), new Dec(0)).toNumber();

function scenarioSheet(wb: ExcelJS.Workbook, name: string, c: ScenarioCase): CaseLayout {
  const ws = wb.addWorksheet(name);
  ws.columns = [{ width: 44 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 16 }, { width: 14 }, { width: 14 }];
  const w = new SheetWriter(ws);
  const p = payout(c);
  const code = c.scenario.code;
  const title = c.title ?? `Audit: BTU.PAYOUT("${code}", ${iso(c.T)}${c.periods !== c.scenario.defaultPeriods ? `, "${c.periods}"` : ""})`;
  const stopFormula =
    code === "4a"
      ? c.choices.causeNoticeDay === "earned" ? `${IN.T}+1` : IN.T
      : c.choices.earnedUnpaid === "through-termination" ? `${IN.T}+1` : IN.T;
  writeInputs(w, c, title, stopFormula);

  // Fee blocks below the checks.
  const fees: FeeName[] = [];
  if (p.ends.consulting) fees.push("consulting");
  if (p.ends.chairman) fees.push("chairman");
  let top = CHECK_HEADER_ROW + 40;
  const blocks = new Map<string, FeeBlock>();
  for (const fee of fees) {
    const b = writeFeeBlock(w, top, fee, "1", c.choices);
    blocks.set(fee, b);
    top = b.last + 3;
  }
  if (code === "4h") blocks.set("continuation", writeFeeBlock(w, top, "consulting", String(TERMS.disabilityShare.value), c.choices));

  const specs: CheckSpec[] = [];
  const money = (item: string, clause: string, native: string, addin: number, component = false) => specs.push({ item, clause, native, addin, kind: "money", component });
  const date = (item: string, clause: string, native: string, addin: number) => specs.push({ item, clause, native, addin, kind: "date" });

  // Which components the clause makes due, decided natively from the inputs where the clause depends on dates.
  const preDeath = `OR(${IN.T}<${IN.separation},AND(${IN.T}=${IN.separation},${IN.choiceCell}="pre-separation"))`;
  if (code === "4g") w.put("B18", c.choices.deathOnSeparationDate);
  if (code === "4e") w.put("B18", c.choices.changeOfControlInLieu);
  for (const fee of fees) {
    const b = blocks.get(fee) as FeeBlock;
    const name = fee === "consulting" ? "Consulting Fees" : "Chairman Fees";
    let earnedNative = sumOf(b, "E");
    if (code === "4g") earnedNative = `IF(${preDeath},0,${earnedNative})`;
    if (code === "4e") earnedNative = `IF(${IN.choiceCell}="earned-included",${earnedNative},0)`;
    money(`${name} earned but unpaid`, `${c.scenario.clause}; 3(a)`, earnedNative, amountOf(p, fee, ["earned-unpaid"]), true);
    if (code === "4a" || code === "4h") continue;
    const isDiscounted = code === "4c-i" || code === "4c-ii";
    if (isDiscounted) {
      const native =
        c.choices.discountMethod === "xnpv"
          ? `ROUND(XNPV(${IN.rate},H${b.xnpvRow}:H${b.last},G${b.xnpvRow}:G${b.last}),2)`
          : c.choices.discountMethod === "simple"
            ? `ROUND(${sumOf(b, "K")},2)`
            : `ROUND(${sumOf(b, "F")}*(1-${IN.rate}*(${IN.feeEnd}+1-${IN.stop})/365),2)`;
      money(`${name}: lump sum less 3% a year (${c.choices.discountMethod})`, fee === "consulting" ? "4(c)(i)" : "4(c)(ii)", native, amountOf(p, fee, ["discounted-lump-sum"]), true);
      if (c.choices.discountMethod === "xnpv")
        money(`${name}: the same as a sum of present values (SUMPRODUCT form)`, "4(c); register discount-method", `ROUND(SUMPRODUCT(H${b.first}:H${b.last},I${b.first}:I${b.last}),2)`, amountOf(p, fee, ["discounted-lump-sum"]));
      money(`${name}: undiscounted remainder`, "4(c); 3(a)", sumOf(b, "F"), remainderAt(fee, c.T, c.choices).toNumber());
    } else {
      const native = code === "4g" ? `IF(${preDeath},${sumOf(b, "F")},0)` : sumOf(b, "F");
      money(`${name}: lump sum of the remainder through ${iso(FEE_END)}`, c.scenario.clause, native, amountOf(p, fee, ["lump-sum"]), true);
    }
  }
  if (c.baseSalary && ["4a", "4d", "4f", "4g"].includes(code)) {
    // Paragraph 1: base salary earned but unpaid, when the user gave the base rate and the paid-through day.
    w.put("A20", "Annual base salary (paragraph 1)");
    w.put("B20", c.baseSalary.annual.toNumber(), MONEY_FMT);
    w.put("A21", "Base salary paid through");
    w.put("B21", c.baseSalary.paidThrough, DATE_FMT);
    const applies =
      code === "4g" ? preDeath : code === "4d" ? `${IN.T}<${IN.separation}` : `${IN.T}<=${IN.separation}`;
    const component = p.components.find((x) => x.kind === "base-salary");
    money(
      "Base salary earned but unpaid",
      `${c.scenario.clause}; 1(a); register base-salary`,
      `IF(${applies},ROUND($B$20*MAX(0,MIN(${IN.stop}-1,${IN.separation})-$B$21)/365,2),0)`,
      component?.amount?.toNumber() ?? 0,
      true,
    );
  }
  if (code === "4h") {
    const b = blocks.get("continuation") as FeeBlock;
    money("60% of the Consulting Fees through 2007-06-30, bi-weekly", "4(h)", sumOf(b, "F"), amountOf(p, "consulting", ["continuation"]), true);
  }
  const componentCells = specs.flatMap((s, i) => (s.component ? [`C${CHECK_HEADER_ROW + 1 + i}`] : []));
  money("Total cash due (PAYOUT)", c.scenario.clause, `SUM(${componentCells.join(",")})`, p.total.toNumber());
  for (const [key, b] of blocks)
    specs.push({
      item: `${key === "continuation" ? "60% stream" : key === "consulting" ? "Consulting" : "Chairman"} schedule: periods whose native amount differs from the add-in's`,
      clause: "3(a) 'payable bi-weekly'",
      native: `SUMPRODUCT(--(ABS(N${b.first}:N${b.last})>=0.005))`,
      addin: 0,
      kind: "number",
    });
  if (c.choices.rounding === "cumulative")
    for (const fee of fees) {
      const b = blocks.get(fee) as FeeBlock;
      money(`${fee === "consulting" ? "Consulting" : "Chairman"} Fees: whole period (paid + earned-unpaid + remainder)`, "3(a)", `ROUND(${cumFormula(IN.feeEnd, b.annual, c.choices)},2)`, feeTotal(fee, c.choices).toNumber());
    }

  // Dates.
  const w0 = terminationWindow(c.scenario, c.periods, c.choices);
  const noticeFrom = c.scenario.code === "4b-i" || c.scenario.code === "4c-i" ? TERMS.consultingNoticeFrom.value : TERMS.chairmanNoticeFrom.value;
  if (c.scenario.effect === "notice+3m") {
    date("Earliest termination date under the clause", `${c.scenario.clause}; register notice-window`, c.choices.noticeWindow === "notice-from" ? `EDATE(${noticeFrom},3)` : `${noticeFrom}+0`, w0.from);
    if (c.notice !== undefined) date("Termination date = EDATE(notice, 3) (TERMINATION_DATE)", c.scenario.clause, `EDATE(${IN.notice},3)`, terminationDate(c.scenario, c.notice, c.choices));
  }
  if (c.vesting?.length) {
    w.put("H20", "Option vesting dates:");
    c.vesting.forEach((v, i) => {
      const cell = `${col(9 + i)}20`;
      w.put(cell, v, DATE_FMT);
      const o = optionOutcome(c.scenario, c.T, v, c.choices);
      if (o.lastExercise === null) return;
      const incl = c.choices.optionWindow === "inclusive" ? "-1" : "";
      const vested = c.choices.vestingOnTermination === "vested" ? `${cell}<=${IN.T}` : `${cell}<${IN.T}`;
      const native =
        c.scenario.options === "accelerate"
          ? `EDATE(${IN.T},12)${incl}`
          : c.scenario.options === "continue"
            ? `IF(${vested},EDATE(${IN.T},12)${incl},${cell}+90${incl})`
            : `IF(${vested},${IN.T}+90${incl},NA())`;
      date(`Option tranche vesting ${iso(v)}: last exercise date (OPTION_DEADLINE)`, o.clause, native, o.lastExercise);
    });
  }
  if (c.duress && code === "4c-i") writeDuress(w, c, p, date, money, specs);
  if (c.cureNotice !== undefined && (code === "4a" || code === "4d")) {
    w.put("H21", "Cure notice:");
    w.put("I21", c.cureNotice, DATE_FMT);
    const cp = cureDeadline(code, c.cureNotice);
    date(`Last day to cure (${cp.clause})`, `${cp.clause}; register cure-period`, `$I$21+${code === "4a" ? 30 : 10}`, cp.lastCureDay);
  }
  return { sheet: name, checks: writeChecks(w, specs) };
}

function stopOf(c: ScenarioCase): Serial {
  return c.choices.earnedUnpaid === "through-termination" ? c.T + 1 : c.T;
}

function writeDuress(
  w: SheetWriter,
  c: ScenarioCase,
  p: Payout,
  date: (item: string, clause: string, native: string, addin: number) => void,
  money: (item: string, clause: string, native: string, addin: number) => void,
  specs: CheckSpec[],
): void {
  const d = c.duress as DuressInputs;
  const holidays = [...(d.holidays ?? [])];
  if (c.choices.businessDays === "us-ma") {
    const from = d.notification ?? d.election ?? c.T;
    const y = ymd(from).year;
    for (let year = y - 1; year <= y + 2; year++) holidays.push(...usMaHolidays(year));
  }
  w.put("A22", "Holidays (business-days)");
  const hol = holidays.length ? holidays : [0];
  hol.forEach((h, i) => w.put(`${col(2 + i)}22`, h || "", h ? DATE_FMT : undefined));
  const holRange = `$B$22:$${col(1 + hol.length)}$22`;
  if (d.notification !== undefined) {
    w.put("H21", "Board notification:");
    w.put("I21", d.notification, DATE_FMT);
    date("Election deadline: WORKDAY(notification, 21, holidays) (ELECTION_DEADLINE)", "4(c)(i)", holidays.length ? `WORKDAY($I$21,21,${holRange})` : "WORKDAY($I$21,21)", electionDeadlineFor(d.notification, { dates: d.holidays ?? [], builtIn: false }, c.choices));
  }
  if (d.election !== undefined) {
    w.put("J21", "Election:");
    w.put("K21", d.election, DATE_FMT);
    date("Share transfer deadline: WORKDAY(election, 10, holidays)", "4(c)(i)(B)", holidays.length ? `WORKDAY($K$21,10,${holRange})` : "WORKDAY($K$21,10)", shareTransferDeadlineFor(d.election, { dates: d.holidays ?? [], builtIn: false }, c.choices));
  }
  if (d.fairMarketValue !== undefined) {
    const lumpRow = specs.findIndex((s) => s.item.includes("lump sum less 3%"));
    const lumpCell = `$C$${CHECK_HEADER_ROW + 1 + lumpRow}`;
    const portion = d.portion ?? new Dec(1);
    w.put("A23", "Fair market value / portion in shares");
    w.put("B23", d.fairMarketValue.toNumber());
    w.put("C23", portion.toNumber(), "0.00%");
    const raw = `${lumpCell}*$C$23/$B$23`;
    const sharesNative =
      c.choices.duressWholeShares === "round-down" ? `ROUNDDOWN(${raw},0)` : c.choices.duressWholeShares === "round-nearest" ? `ROUND(${raw},0)` : `ROUNDDOWN(${raw},6)`;
    const lump = p.components.find((x) => x.kind === "discounted-lump-sum")?.amount ?? new Dec(0);
    const s = duressSharesFor(lump, d.fairMarketValue, portion, c.choices);
    specs.push({ item: "Shares under 4(c)(i)(B) (DURESS_SHARES)", clause: "4(c)(i)(B); register duress-whole-shares", native: sharesNative, addin: s.shares.toNumber(), kind: "number" });
    money("Cash balance after the shares, paid bi-weekly (DURESS_BALANCE)", "4(c)(i)(B)", `ROUND(${lumpCell}-(${sharesNative})*$B$23,2)`, s.cashBalance.toNumber());
  }
}

function splitDollarSheet(wb: ExcelJS.Workbook, name: string, c: SplitDollarCase): CaseLayout {
  const ws = wb.addWorksheet(name);
  ws.columns = [{ width: 44 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 14 }, { width: 14 }];
  const w = new SheetWriter(ws);
  w.put("A1", c.title ?? "Audit: split-dollar Company Interest, life expectancy and buy-out (3(c)(iii))", undefined, true);
  w.put("A2", "Native Excel formulas only; column D holds the add-in's own figure.");
  const inputs: Array<[string, number, string?]> = [
    ["Cash value on 2003-01-01", c.cashValueJan2003.toNumber(), MONEY_FMT],
    ["Cash value at the buy-out", c.cashValue.toNumber(), MONEY_FMT],
    ["Increase attributable solely to the insured's payments", c.insuredOnlyIncrease.toNumber(), MONEY_FMT],
    ["Company Interest on 2003-01-01", TERMS.companyInterestJan2003.value, MONEY_FMT],
    ["Birth date", c.birth, DATE_FMT],
    ["Buy-out date", c.asOf, DATE_FMT],
    ["Rate", TERMS.splitDollarDiscountRate.value, "0.00%"],
  ];
  inputs.forEach(([label, v, fmt], i) => {
    w.put(`A${4 + i}`, label);
    w.put(`B${4 + i}`, v, fmt);
  });
  w.put("A12", "Life table (age, remaining years)", undefined, true);
  c.table.forEach(([age, years], i) => {
    w.put(`A${13 + i}`, age);
    w.put(`B${13 + i}`, years);
  });
  const tr = `$A$13:$A$${12 + c.table.length}`;
  const ty = `$B$13:$B$${12 + c.table.length}`;
  const ci = splitDollarInterest(c.cashValueJan2003, c.cashValue, c.insuredOnlyIncrease, undefined);
  const le = lifeExpectancyFrom(c.birth, c.asOf, c.table, c.choices.lifeExpectancyAge);
  const buy = splitDollarBuyoutPrice(ci, le, new Dec(TERMS.splitDollarDiscountRate.value), c.choices.splitDollarDiscount);
  const age = "DATEDIF($B$8,$B$9,\"y\")";
  const lookup = (a: string) => `INDEX(${ty},MATCH(${a},${tr},0))`;
  const leNative =
    c.choices.lifeExpectancyAge === "last-birthday"
      ? lookup(age)
      : c.choices.lifeExpectancyAge === "nearest-birthday"
        ? lookup(`${age}+IF($B$9>=EDATE($B$8,12*${age}+6),1,0)`)
        : `${lookup(age)}+(${lookup(`${age}+1`)}-${lookup(age)})*($B$9-EDATE($B$8,12*${age}))/(EDATE($B$8,12*(${age}+1))-EDATE($B$8,12*${age}))`;
  const specs: CheckSpec[] = [
    { item: "Company Interest (SPLITDOLLAR_INTEREST)", clause: "3(c)(iii)(A)", native: "ROUND(($B$5-$B$6)*$B$7/$B$4,2)", addin: ci.toNumber(), kind: "money" },
    { item: "Remaining years of life expectancy (LIFE_EXPECTANCY)", clause: "3(c)(iii)(B); register life-expectancy-age", native: leNative, addin: le.toNumber(), kind: "number" },
    {
      item: "Buy-out price (SPLITDOLLAR_BUYOUT)",
      clause: "3(c)(iii)(B); register split-dollar-discount",
      native: c.choices.splitDollarDiscount === "compound" ? `ROUND(C${CHECK_HEADER_ROW + 1}/(1+$B$10)^C${CHECK_HEADER_ROW + 2},2)` : `ROUND(C${CHECK_HEADER_ROW + 1}*(1-$B$10*C${CHECK_HEADER_ROW + 2}),2)`,
      addin: buy.toNumber(),
      kind: "money",
    },
  ];
  return { sheet: name, checks: writeChecks(w, specs) };
}

/** Builds the audit workbook for the cases, one sheet each (named "Case 1", "Case 2", ...). */
export function buildAuditWorkbook(cases: readonly AuditCase[]): { workbook: ExcelJS.Workbook; layouts: CaseLayout[] } {
  const wb = new ExcelJS.Workbook();
  wb.creator = "BTU separation agreement add-in";
  wb.calcProperties.fullCalcOnLoad = true;
  const layouts = cases.map((c, i) => (c.kind === "scenario" ? scenarioSheet(wb, `Case ${i + 1}`, c) : splitDollarSheet(wb, `Case ${i + 1}`, c)));
  const about = wb.addWorksheet("About");
  about.getCell("A1").value = "How to read this workbook";
  about.getCell("A1").font = { bold: true };
  [
    "Each Case sheet rebuilds one figure set of the BTU separation agreement (February 7, 2003) with native Excel formulas only.",
    "Column C (Native formula) is computed by Excel or LibreOffice from the inputs and terms at the top of the sheet and the pay-calendar blocks below;",
    "column D is the figure the add-in returned; column E is the difference and column F says OK when they agree to the cent (dates: to the day).",
    "Change an input (e.g. the termination date) and the native figures recompute; the add-in figures in column D stay as generated.",
    "Clause references follow the agreement; interpretation ids follow the add-in's register (=BTU.INTERPRETATIONS()).",
  ].forEach((t, i) => (about.getCell(`A${3 + i}`).value = t));
  about.getColumn(1).width = 140;
  return { workbook: wb, layouts };
}

