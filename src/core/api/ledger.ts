/**
 * The controller's ledger of a payout: its payments by tax treatment
 * (paragraph 5, 3(a); the treatments are rules/p5-tax-treatment.ts) and by
 * year, calendar or contract (3(b): "per contract year (July 1 through June
 * 30)"). PAYOUT_DETAIL's totals by treatment and PAYOUT_BY_YEAR read them;
 * both tie to PAYOUT to the cent (each is a sum of PAYOUT_SCHEDULE's rows).
 * The add-in classifies; it computes no tax.
 */
import Decimal from "decimal.js";
import { TERMS } from "../agreement/terms";
import { serial, Serial, ymd } from "../dates";
import { echo, valueError } from "../errors";
import { sum } from "../money";
import { Trace } from "../trace";
import { DatedPayment, Payout, payoutFlows } from "../rules/p4-payout";
import { TAX_TREATMENTS, TaxTreatment } from "../rules/p5-tax-treatment";
import { YEAR_BASES, YearBasis } from "../rules/argument-lists";

/** What a payout's payments come to under one tax treatment. */
export interface TreatmentTotal {
  readonly treatment: TaxTreatment;
  /** Cash plus shares at their value. */
  readonly amount: Decimal;
  readonly cash: Decimal;
  /** Shares at their value (4(c)(i)(B)). */
  readonly shares: Decimal;
}

/**
 * A payout's payments by tax treatment (PAYOUT_DETAIL's totals): one total
 * for each treatment that has a payment, in the treatments' order; they add
 * up to PAYOUT to the cent (each payment has exactly one treatment).
 */
export function payoutByTreatment(p: Payout, flows = payoutFlows(p)): TreatmentTotal[] {
  return TAX_TREATMENTS.flatMap((treatment) => {
    const mine = flows.filter((f) => f.treatment.id === treatment.id);
    if (mine.length === 0) return [];
    const shares = sum(mine.map((f) => f.shareValue));
    const amount = sum(mine.map((f) => f.amount));
    return [{ treatment, amount, cash: amount.minus(shares), shares }];
  });
}

/** Reads a year basis (case-insensitive, trimmed; none: "calendar"); #VALUE! naming the allowed values otherwise. */
export function parseYearBasis(text?: string): YearBasis {
  if (text === undefined) return YEAR_BASES[0];
  const t = text.trim().toLowerCase();
  const hit = YEAR_BASES.find((b: YearBasis) => b === t);
  if (hit) return hit;
  throw valueError({
    argument: "yearBasis",
    allowed: `one of ${YEAR_BASES.join(", ")}`,
    given: text,
    clause: "3(b)",
    message: `yearBasis must be "calendar" or "contract" (July 1 - June 30, 3(b)), got ${echo(text)}`,
  });
}

/** One year of a payout (PAYOUT_BY_YEAR's row). */
export interface PayoutYear {
  /** "2004" (calendar), or "2004-05" for the contract year July 1, 2004 - June 30, 2005 (3(b)). */
  readonly year: string;
  readonly from: Serial;
  readonly to: Serial;
  readonly cash: Decimal;
  /** Shares at their value (4(c)(i)(B)). */
  readonly shares: Decimal;
  /** By treatment, in TAX_TREATMENTS' order (0 where none). */
  readonly byTreatment: readonly Decimal[];
  /** Cash plus shares: the sum of the year's PAYOUT_SCHEDULE rows. */
  readonly total: Decimal;
}

/** The first month of a contract year: July (3(b)). */
const CONTRACT_START_MONTH = TERMS.contractYearStartMonth.value;

/** The year a payment date falls in: its calendar year, or the calendar year its contract year starts in. */
function startYearOf(date: Serial, basis: YearBasis): number {
  const { year, month } = ymd(date);
  return basis === "contract" && month < CONTRACT_START_MONTH ? year - 1 : year;
}

function yearSpan(y: number, basis: YearBasis): { year: string; from: Serial; to: Serial } {
  if (basis === "calendar")
    return { year: String(y), from: serial(y, 1, 1), to: serial(y, 12, 31) };
  return {
    year: `${y}-${String((y + 1) % 100).padStart(2, "0")}`,
    from: serial(y, CONTRACT_START_MONTH, 1),
    to: serial(y + 1, CONTRACT_START_MONTH, 1) - 1,
  };
}

/**
 * PAYOUT_BY_YEAR: a payout's payments (PAYOUT_SCHEDULE's rows) by calendar
 * year or by contract year (July 1 - June 30, 3(b); a payment before July 1,
 * 2003 falls in 2002-03), every year from the first payment's to the last's
 * (a year without payment shows zeros), each with its cash, its shares at
 * their value, its amount under each tax treatment and its total. The
 * years add up to PAYOUT to the cent.
 */
export function payoutByYear(p: Payout, basis: YearBasis, trace?: Trace): PayoutYear[] {
  const flows = payoutFlows(p);
  if (flows.length === 0) return [];
  const first = startYearOf(flows[0].date, basis);
  const last = startYearOf(flows[flows.length - 1].date, basis);
  const byYear = new Map<number, DatedPayment[]>();
  for (const f of flows) {
    const y = startYearOf(f.date, basis);
    const list = byYear.get(y);
    if (list) list.push(f);
    else byYear.set(y, [f]);
  }
  const out: PayoutYear[] = [];
  for (let y = first; y <= last; y++) {
    const mine = byYear.get(y) ?? [];
    const shares = sum(mine.map((f) => f.shareValue));
    const total = sum(mine.map((f) => f.amount));
    out.push({
      ...yearSpan(y, basis),
      cash: total.minus(shares),
      shares,
      byTreatment: TAX_TREATMENTS.map((t) =>
        sum(mine.filter((f) => f.treatment.id === t.id).map((f) => f.amount))
      ),
      total,
    });
  }
  trace?.add(
    `PAYOUT_SCHEDULE's payments by ${basis} year, by tax treatment (classified; no tax computed)`,
    "3(b); 5; 3(a)",
    out.map((r) => `${r.year}: ${r.total.toFixed(2)}`).join("; "),
    [],
    sum(out.map((r) => r.total))
  );
  return out;
}
