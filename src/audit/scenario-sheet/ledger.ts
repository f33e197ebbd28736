/**
 * The scenario sheet's ledger block (issue 21 item 5): the payout's payment
 * rows (PAYOUT_SCHEDULE: one row per component and date, each with its tax
 * treatment, paragraph 5 and 3(a)) written out, and from them, with native
 * formulas only, beside the add-in's figures and a difference per line:
 *   - the rows' SUM against the native PAYOUT total above (the rows are the
 *     add-in's; this ties them to the native rebuild);
 *   - each calendar year's and each contract year's payments (3(b): "per
 *     contract year (July 1 through June 30)"), SUMIFS over the rows' dates
 *     between the year's first and last day (cells G and H), against
 *     PAYOUT_BY_YEAR;
 *   - each tax treatment's payments (SUMPRODUCT over the rows' treatment
 *     text, exact match) against PAYOUT_DETAIL's totals by treatment;
 *   - what is still owed at the end of the termination date and at every
 *     month end from its month to the last payment's (EOMONTH chained from
 *     T in column G): the payments dated after that day (SUMIFS), against
 *     OUTSTANDING and ROLLFORWARD's closing (register amounts-arise: on and
 *     after the termination date everything has arisen, so what is owed is
 *     what is still scheduled).
 * The year bounds are the core's (column G, H); no year, month or day of
 * the agreement is a literal in a formula.
 */
import {
  iso,
  outstanding,
  Payout,
  payoutByTreatment,
  payoutByYear,
  payoutFlows,
  rollForward,
  toExcelNumber,
  YearBasis,
} from "../../core";
import {
  CheckHandle,
  CheckRow,
  CheckTable,
  DATE_FMT,
  MONEY_FMT,
  SheetLayout,
  SheetWriter,
} from "../sheet-writer";

const BASIS_LABEL: Record<YearBasis, string> = {
  calendar: "Calendar year",
  contract: "Contract year",
};
const BASIS_CLAUSE: Record<YearBasis, string> = {
  calendar: "PAYOUT_BY_YEAR (calendar)",
  contract: "3(b); PAYOUT_BY_YEAR (contract)",
};

/**
 * Writes the ledger block two rows below the sheet's last used row and
 * returns its check rows (columns C-F as the checks table above).
 */
export function writeLedger(
  w: SheetWriter,
  L: SheetLayout,
  p: Payout,
  nativeTotal: CheckHandle
): CheckRow[] {
  const ws = w.ws;
  const req = p.request;
  const flows = payoutFlows(p);
  const years = (["calendar", "contract"] as const).map(
    (basis) => [basis, payoutByYear(p, basis)] as const
  );
  const treatments = payoutByTreatment(p, flows);
  const lastPaid = flows.length ? flows[flows.length - 1].date : req.T;
  const months = flows.length
    ? rollForward(req, { fromMonth: req.T, toMonth: Math.max(lastPaid, req.T) })
    : [];
  const lines =
    2 + years.reduce((n, [, ys]) => n + ys.length, 0) + treatments.length + 1 + months.length;

  let top = ws.rowCount + 2;
  w.put(
    `A${top}`,
    "Ledger (issue 21): the payment rows below (PAYOUT_SCHEDULE), by year, by tax treatment and what is still owed, rebuilt with SUMIFS",
    undefined,
    true
  );
  w.put(
    `A${top + 1}`,
    "Each line sums the payment rows natively (column C) beside the add-in's PAYOUT_BY_YEAR, PAYOUT_DETAIL totals by treatment, OUTSTANDING and ROLLFORWARD (column D)."
  );
  top += 2;
  const checks = new CheckTable(w, top, lines);
  w.put(`G${top}`, "From or at", undefined, true);
  w.put(`H${top}`, "To", undefined, true);

  // The payment rows, below the lines: A what, B clause, C date, D amount, E paid in, F tax treatment.
  const head = top + lines + 2;
  w.put(`A${head - 1}`, "Payment rows (PAYOUT_SCHEDULE, the add-in's)", undefined, true);
  ["What", "Clause", "Date", "Amount", "Paid in", "Tax treatment"].forEach((h, i) =>
    w.put(`${String.fromCharCode(65 + i)}${head}`, h, undefined, true)
  );
  flows.forEach((f, i) => {
    const r = head + 1 + i;
    w.put(`A${r}`, f.what);
    w.put(`B${r}`, f.clause);
    w.put(`C${r}`, f.date, DATE_FMT);
    w.put(`D${r}`, toExcelNumber(f.amount), MONEY_FMT);
    w.put(`E${r}`, f.asset);
    w.put(`F${r}`, f.treatment.label);
  });
  const last = head + Math.max(flows.length, 1);
  const dates = L.name("payDates", `$C$${head + 1}:$C$${last}`);
  const amounts = L.name("payAmounts", `$D$${head + 1}:$D$${last}`);
  const treatmentsOf = L.name("payTreatments", `$F$${head + 1}:$F$${last}`);

  const clause = req.scenario.clause;
  checks.money(
    "Payment rows below: their SUM (PAYOUT_SCHEDULE ties to PAYOUT)",
    clause,
    `SUM(${amounts})`,
    toExcelNumber(p.total)
  );
  checks.money(
    "Native PAYOUT above less the payment rows' SUM",
    clause,
    `ROUND(${nativeTotal.cell}-SUM(${amounts}),2)`,
    0
  );
  for (const [basis, ys] of years)
    for (const y of ys) {
      const r = checks.headerRow + 1 + checks.rows().length;
      w.put(`G${r}`, y.from, DATE_FMT);
      w.put(`H${r}`, y.to, DATE_FMT);
      checks.money(
        `${BASIS_LABEL[basis]} ${y.year}: payments dated ${iso(y.from)} to ${iso(y.to)}`,
        BASIS_CLAUSE[basis],
        `SUMIFS(${amounts},${dates},">="&G${r},${dates},"<="&H${r})`,
        toExcelNumber(y.total)
      );
    }
  for (const t of treatments) {
    const r = checks.headerRow + 1 + checks.rows().length;
    w.put(`G${r}`, t.treatment.label);
    checks.money(
      `${t.treatment.short}: the payments so treated (PAYOUT_DETAIL's total; classified, no tax computed)`,
      t.treatment.clause,
      `SUMPRODUCT((${treatmentsOf}=G${r})*${amounts})`,
      toExcelNumber(t.amount)
    );
  }
  const atT = checks.headerRow + 1 + checks.rows().length;
  w.formula(`G${atT}`, L.ref("T"), DATE_FMT);
  checks.money(
    `Still owed at the end of the termination date ${iso(req.T)}: the payments dated after it (OUTSTANDING)`,
    "register amounts-arise",
    `SUMIFS(${amounts},${dates},">"&G${atT})`,
    toExcelNumber(outstanding(req, req.T))
  );
  months.forEach((m, k) => {
    const r = checks.headerRow + 1 + checks.rows().length;
    w.formula(`G${r}`, k === 0 ? `EOMONTH(${L.ref("T")},0)` : `EOMONTH(G${r - 1},1)`, DATE_FMT);
    checks.money(
      `Still owed at the month end ${iso(m.monthEnd)}: the payments dated after it (ROLLFORWARD's closing)`,
      "register amounts-arise",
      `SUMIFS(${amounts},${dates},">"&G${r})`,
      toExcelNumber(m.closing)
    );
  });
  return checks.rows();
}
