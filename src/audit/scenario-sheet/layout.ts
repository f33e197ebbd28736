/** The scenario sheet's layout: column widths, title, labels and the add-in figure per part. */
import ExcelJS from "exceljs";
import { ComponentKind, FeeName, iso, Payout, payoutPart } from "../../core";
import { BlockId } from "../fee-block";
import { auditColumns, SheetWriter } from "../sheet-writer";
import { ScenarioCase } from "./inputs";

/** Rows reserved for the checks table; the fee blocks start below them. */
export const CHECK_ROWS = 40;

export const FEE_LABEL: Record<FeeName, string> = {
  consulting: "Consulting Fees",
  chairman: "Chairman Fees",
};
export const SHORT: Record<BlockId, string> = {
  consulting: "Consulting",
  chairman: "Chairman",
  continuation: "60% stream",
};

/** The discounted lump sum, or under a Board's delay the parts replacing it (bi-weekly payments, shares at their value). */
export const LUMP_SUM_KINDS: readonly ComponentKind[] = [
  "discounted-lump-sum",
  "duress-payments",
  "duress-shares",
];

/** The add-in's figure for a part of the payout: the core's payoutPart, as the number a cell holds. */
export const amountOf = (p: Payout, fee: FeeName, kinds: readonly ComponentKind[]) =>
  payoutPart(p, fee, kinds).toNumber();

/** Adds the scenario sheet with its column widths. */
export function addScenarioWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = auditColumns();
  return ws;
}

/** The title and the two lines above the inputs (A1:A3). */
export function writeTitle(w: SheetWriter, c: ScenarioCase): void {
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
}
