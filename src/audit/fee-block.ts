/**
 * One fee stream's block of the audit sheet: the pay calendar and the amount
 * of every period, rebuilt with native formulas.
 *
 * 3(a) "payable bi-weekly": period k runs from pay anchor + 14 x (k0 + k - 1)
 *   (the pay period's days are the input `payPeriod`, TERMS.payPeriodDays),
 *   clipped to the fee days July 1, 2003 through June 30, 2007, and is paid
 *   `lag` days after it ends (register pay-anchor, pay-lag).
 * 3(a), 3(b) the accrual: the annual fee (x the 4(h) share of 60% for the
 *   disability continuation) accrues day by day over the contract year
 *   (July 1 - June 30), or the chosen alternative (register accrual-basis);
 *   amounts are rounded half-up to cents (register rounding).
 * Per period: the part earned before the first unearned day but paid on or
 *   after it (earned but unpaid, 4(a)-(h)), the remaining amount (the lump
 *   sums of 4(b)-(g), the 60% continuation of 4(h)), the XNPV date and value,
 *   the discount factor (1 + r)^(-days / 365) and the simple-discount value
 *   (4(c)(i), 4(c)(ii) "less a discount equal to three percent (3%) per
 *   year"), and the scheduled amount beside the add-in's FEE_SCHEDULE.
 */
import { Choices, FeeName, payCalendar, TERMS } from "../core";
import { col, DATE_FMT, MONEY_FMT, SheetLayout } from "./sheet-writer";

/** A block's id: a fee, or the 4(h) continuation (Consulting Fee x 60%). */
export type BlockId = FeeName | "continuation";

export interface FeeBlock {
  readonly id: BlockId;
  readonly fee: FeeName;
  readonly share: string;
  /** First and last period rows. */
  readonly first: number;
  readonly last: number;
  /** The row of the XNPV anchor (T, 0) just above the first period row. */
  readonly xnpvRow: number;
  /** The reference of the cell holding annual fee x share. */
  readonly annual: string;
  /** SUM of a column over the period rows ("E": earned but unpaid, "F": remaining, "K": simple-discount values). */
  sum(column: BlockColumn): string;
  /** A column's period rows as a range ("H20:H120"); `fromAnchor` starts at the XNPV anchor row. */
  range(column: BlockColumn, fromAnchor?: boolean): string;
}

/** The block's columns: k, start, end, pay date, earned-unpaid, remaining, XNPV date, XNPV value, factor, PV, simple, scheduled, add-in, difference. */
export type BlockColumn =
  "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N";

const FEE_ANNUAL: Record<FeeName, { value: number; clause: string }> = {
  consulting: { value: TERMS.consultingFee.value, clause: TERMS.consultingFee.clause },
  chairman: { value: TERMS.chairmanFee.value, clause: TERMS.chairmanFee.clause },
};

/**
 * Native formula for the exact accrual through day `x` (a formula
 * expression) of a stream whose annual amount is in `annual`, under the
 * `accrual-basis` choice (3(a), 3(b)).
 */
export function cumFormula(L: SheetLayout, x: string, annual: string, choices: Choices): string {
  const feeStart = L.ref("feeStart");
  const xx = `MIN(${x},${L.ref("feeEnd")})`;
  if (choices.accrualBasis === "contract-year") {
    const ys = L.ref("yearStarts");
    const m = `MATCH(${xx},${ys},1)`;
    return `IF(${x}<${feeStart},0,${annual}*(${m}-1)+${annual}*(${xx}-INDEX(${ys},${m})+1)/(INDEX(${ys},${m}+1)-INDEX(${ys},${m})))`;
  }
  return `IF(${x}<${feeStart},0,${annual}*(${xx}-${feeStart}+1)/${L.ref("dayBasis")})`;
}

/** Native formula for the amount of days a..b (register `rounding`). */
export function amountFormula(
  L: SheetLayout,
  a: string,
  b: string,
  annual: string,
  choices: Choices
): string {
  if (choices.rounding === "cumulative")
    return `ROUND(${cumFormula(L, b, annual, choices)},2)-ROUND(${cumFormula(L, `(${a})-1`, annual, choices)},2)`;
  return `ROUND(${cumFormula(L, b, annual, choices)}-${cumFormula(L, `(${a})-1`, annual, choices)},2)`;
}

/**
 * Writes one fee stream's pay calendar and per-period amounts from row `top`
 * down; its annual amount and share are named `<id>Annual`, `<id>Share` and
 * `<id>AnnualShare`.
 */
export function writeFeeBlock(
  L: SheetLayout,
  top: number,
  id: BlockId,
  choices: Choices
): FeeBlock {
  const w = L.w;
  const fee: FeeName = id === "chairman" ? "chairman" : "consulting";
  const share = id === "continuation" ? String(TERMS.disabilityShare.value) : "1";
  const periods = payCalendar(fee, choices, share === "1" ? "full" : "disability-continuation");
  const label = `${fee === "consulting" ? "Consulting Fee" : "Chairman Fee"}${id === "continuation" ? ` x ${share} (4(h))` : ""}`;
  w.put(
    `A${top}`,
    `${label}: bi-weekly pay calendar and amounts (3(a) "payable bi-weekly", 3(b))`,
    undefined,
    true
  );
  w.put(`A${top + 1}`, `Annual amount (${FEE_ANNUAL[fee].clause})`);
  w.put(`B${top + 1}`, FEE_ANNUAL[fee].value, MONEY_FMT);
  const annualRef = L.name(`${id}Annual`, `$B$${top + 1}`);
  w.put(`C${top + 1}`, id === "continuation" ? `Share (${TERMS.disabilityShare.clause})` : "Share");
  w.put(`D${top + 1}`, Number(share));
  const shareRef = L.name(`${id}Share`, `$D$${top + 1}`);
  w.put(`E${top + 1}`, "Annual x share");
  w.formula(`F${top + 1}`, `${annualRef}*${shareRef}`, MONEY_FMT);
  const annual = L.name(`${id}AnnualShare`, `$F$${top + 1}`);
  const headers = [
    "k",
    "Period start",
    "Period end",
    "Pay date",
    "Earned but unpaid part",
    "Remaining amount",
    "XNPV date",
    "XNPV value",
    "Discount factor (1+r)^(-days/365)",
    "Present value",
    "Simple-discount value",
    "Scheduled amount",
    "Add-in (FEE_SCHEDULE)",
    "Difference",
  ];
  headers.forEach((h, i) => w.put(`${col(i + 1)}${top + 2}`, h, undefined, true));
  const [T, feeStart, feeEnd, anchor, k0, lag, period, stop, rate, days] = [
    "T",
    "feeStart",
    "feeEnd",
    "anchor",
    "k0",
    "lag",
    "payPeriod",
    "stop",
    "rate",
    "discountDays",
  ].map((k) => L.ref(k));
  const xnpvRow = top + 3;
  w.put(`A${xnpvRow}`, 0);
  w.put(`B${xnpvRow}`, "T (XNPV start)");
  w.formula(`G${xnpvRow}`, T, DATE_FMT);
  w.put(`H${xnpvRow}`, 0, MONEY_FMT);
  const first = xnpvRow + 1;
  const n = periods.length;
  const amount = (a: string, b: string) => amountFormula(L, a, b, annual, choices);
  for (let k = 1; k <= n; k++) {
    const r = first + k - 1;
    w.put(`A${r}`, k);
    w.formula(`B${r}`, `MAX(${feeStart},${anchor}+${period}*(${k0}+A${r}-1))`, DATE_FMT);
    w.formula(`C${r}`, `MIN(${feeEnd},${anchor}+${period}*(${k0}+A${r})-1)`, DATE_FMT);
    w.formula(`D${r}`, `C${r}+${lag}`, DATE_FMT);
    w.formula(
      `E${r}`,
      `IF(AND(D${r}>=${stop},B${r}<=${stop}-1),${amount(`B${r}`, `MIN(C${r},${stop}-1)`)},0)`,
      MONEY_FMT
    );
    w.formula(`F${r}`, `IF(C${r}>=${stop},${amount(`MAX(B${r},${stop})`, `C${r}`)},0)`, MONEY_FMT);
    w.formula(`G${r}`, `MAX(D${r},${T})`, DATE_FMT);
    w.formula(`H${r}`, `F${r}`, MONEY_FMT);
    w.formula(`I${r}`, `(1+${rate})^(-(G${r}-${T})/${days})`, "0.000000000");
    w.formula(`J${r}`, `H${r}*I${r}`, MONEY_FMT);
    w.formula(`K${r}`, `H${r}*(1-${rate}*(G${r}-${T})/${days})`, MONEY_FMT);
    const p = periods[k - 1];
    w.formula(`L${r}`, amount(`B${r}`, `C${r}`), MONEY_FMT);
    w.put(`M${r}`, p.amount.toNumber(), MONEY_FMT);
    w.formula(`N${r}`, `ROUND(L${r}-M${r},2)`, MONEY_FMT);
  }
  const last = first + n - 1;
  return {
    id,
    fee,
    share,
    first,
    last,
    xnpvRow,
    annual,
    sum: (c) => `SUM(${c}${first}:${c}${last})`,
    range: (c, fromAnchor = false) => `${c}${fromAnchor ? xnpvRow : first}:${c}${last}`,
  };
}
