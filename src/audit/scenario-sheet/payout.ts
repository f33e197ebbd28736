/** The scenario sheet's PAYOUT block: the total and the schedules against the add-in. */
import { feeTotal, FeeName, iso, Payout, TERMS, formatMoney } from "../../core";
import { BlockId, cumFormula, FeeBlock } from "../fee-block";
import { CheckHandle, CheckTable, SheetLayout, SheetWriter } from "../sheet-writer";
import { ScenarioCase } from "./inputs";
import { SHORT, amountOf } from "./layout";

/**
 * 4(h)'s 60% stream, the PAYOUT total (with shares under 4(c)(i)(B)), and
 * each block's schedule against the add-in's. Returns the PAYOUT total's
 * row (the ledger block ties the payment rows to its native figure).
 */
export function writePayoutChecks(
  w: SheetWriter,
  L: SheetLayout,
  checks: CheckTable,
  c: ScenarioCase,
  p: Payout,
  fees: FeeName[],
  blocks: Map<BlockId, FeeBlock>
): CheckHandle {
  const code = c.scenario.code;
  const ref = (k: string) => L.ref(k);
  const block = (id: BlockId) => blocks.get(id) as FeeBlock;
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
  return total;
}
