/** The scenario sheet's fee blocks and fee checks (3(a), paragraph 4, 1(a)). */
import { remainderAt, FeeName, iso, Payout, TERMS } from "../../core";
import { BlockId, FeeBlock, writeFeeBlock } from "../fee-block";
import { CheckHandle, CheckTable, SheetLayout } from "../sheet-writer";
import { ScenarioCase } from "./inputs";
import { CHECK_ROWS, FEE_LABEL, LUMP_SUM_KINDS, amountOf } from "./layout";

/** The fee blocks below the checks, one per fee the clause ends (3(a)); 4(h) adds the 60% stream. */
export function writeFeeBlocks(
  L: SheetLayout,
  checks: CheckTable,
  c: ScenarioCase
): { fees: FeeName[]; blocks: Map<BlockId, FeeBlock>; top: number } {
  const code = c.scenario.code;
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
  return { fees, blocks, top };
}

/** 4(g): whether death came before the Separation Date, natively (empty for any other clause). */
export function preDeathOf(L: SheetLayout, c: ScenarioCase): string {
  const code = c.scenario.code;
  const ref = (k: string) => L.ref(k);
  const T = ref("T");
  // Which components the clause makes due, decided natively from the inputs where the clause depends on dates.
  const preDeath =
    code === "4g"
      ? `OR(${T}<${ref("separation")},AND(${T}=${ref("separation")},${ref("choice")}="pre-separation"))`
      : "";
  return preDeath;
}

/** Per fee: earned but unpaid, and the lump sum (4(b)-(g)) or the lump sum less the discount (4(c)); the Consulting lump sum's check. */
export function writeFeeChecks(
  L: SheetLayout,
  checks: CheckTable,
  c: ScenarioCase,
  p: Payout,
  fees: FeeName[],
  block: (id: BlockId) => FeeBlock,
  preDeath: string
): CheckHandle | undefined {
  const code = c.scenario.code;
  const ref = (k: string) => L.ref(k);
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
  return consultingLumpSum;
}

/** Paragraph 1 base salary earned but unpaid, when its facts are inputs. */
export function writeBaseSalaryCheck(
  L: SheetLayout,
  checks: CheckTable,
  c: ScenarioCase,
  p: Payout,
  preDeath: string
): void {
  const code = c.scenario.code;
  const ref = (k: string) => L.ref(k);
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
}
