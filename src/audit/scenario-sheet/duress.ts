/** The scenario sheet's duress checks and delayed plan (4(c)(i)). */
import {
  Dec,
  duressSharesFor,
  electionDeadlineFor,
  Payout,
  payoutPart,
  shareTransferDeadlineFor,
  TERMS,
  payCalendar,
} from "../../core";
import { FeeBlock } from "../fee-block";
import { CheckHandle, CheckTable, DATE_FMT, MONEY_FMT, SheetLayout } from "../sheet-writer";
import { DuressInputs, ScenarioCase, holidaysOf } from "./inputs";
import { LUMP_SUM_KINDS } from "./layout";

/** The native cells of the duress checks later formulas use. */
export interface DuressCells {
  readonly electionDeadline?: CheckHandle;
  readonly cashBalance?: CheckHandle;
}

/** 4(c)(i) election and 4(c)(i)(B) transfer deadlines (WORKDAY), shares and cash balance. */
export function writeDuressChecks(
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
export function writeDelayedPlan(
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
