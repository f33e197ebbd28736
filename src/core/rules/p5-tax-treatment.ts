/**
 * Paragraph 5 TAXATION, with 3(a), paragraph 1 and 4(g): who withholds, and
 * on which form each payment is reported.
 *
 * > 5. TAXATION. Except as otherwise provided herein, all payments by the
 * > Company under this Agreement shall be reduced by all taxes and other
 * > amounts which the Company is legally required to withhold and all other
 * > deductions authorized by you.
 *
 * > 3(a) ... Because you will be an independent contractor and not an
 * > employee after the Separation Date, the Consulting Fee and the Chairman
 * > Fee are not subject to withholding for Social Security, unemployment,
 * > Medicare, federal, state or local income or other taxes, and all taxes
 * > and other legally required payments shall be your sole responsibility.
 *
 * > 1. ... During the Transition Period, the Company (a) will continue to pay
 * > you your base salary, at your current base rate of pay ...
 *
 * > 4(g) ... the Company shall pay to your designated beneficiary or, if no
 * > beneficiary has been designated, to your estate ...
 *
 * > 4(c)(i)(B) ... in shares of the Company's unrestricted common stock, the
 * > number of shares to be calculated using the fair market value of such
 * > shares on the date you choose to exercise the option ...
 *
 * The rule: base salary (paragraph 1) is an employee's wages, reduced by the
 * withholding paragraph 5 requires and reported on Form W-2; the fees, the
 * lump sums "representing the remainder of" them, the 4(h) continuation and
 * the delayed Consulting Lump Sum Payment's bi-weekly payments (4(c)(i)) are
 * paid to "an independent contractor and not an employee": 3(a)'s exception
 * to paragraph 5, no withholding, Form 1099. Open points are register
 * entries, each switchable: a lump sum paid while he is still an employee
 * (`lump-sum-in-transition`), payments to a beneficiary or estate under 4(g)
 * (`payments-to-beneficiary`), and 4(c)(i)(B)'s shares and the value they
 * carry (`duress-shares-tax`).
 *
 * The add-in classifies; it computes no tax amount (no rate, no withholding
 * figure): those are for the Company's payroll and its tax advisers.
 */
import { Choices } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { Serial } from "../dates";
import type { ComponentKind } from "./p4-components";
import type { ScenarioCode } from "./p4-scenarios";

/** The treatments, in the order PAYOUT_BY_YEAR's columns and the totals list them. */
export type TaxTreatmentId =
  "wages" | "nonemployee" | "decedent-wages" | "beneficiary" | "shares-at-transfer";

export interface TaxTreatment {
  readonly id: TaxTreatmentId;
  /** What a schedule row's "Tax treatment" cell says: who withholds (with its clause) and the form. */
  readonly label: string;
  /** A column header or a total's label. */
  readonly short: string;
  /** The clauses the treatment rests on. */
  readonly clause: string;
}

/** What the user is told wherever a treatment is shown: the add-in classifies, it computes no tax. */
export const TAX_NOTE =
  "The add-in classifies each payment (who withholds, which form); it computes no tax (paragraph 5)";

/** Every treatment, in column order. */
export const TAX_TREATMENTS: readonly TaxTreatment[] = [
  {
    id: "wages",
    label: "Wages: withholding (paragraph 5), Form W-2",
    short: "Wages (Form W-2)",
    clause: "1; 5",
  },
  {
    id: "nonemployee",
    label: "Non-employee compensation: no withholding (3(a)), Form 1099",
    short: "Non-employee compensation (Form 1099)",
    clause: "3(a)",
  },
  {
    id: "decedent-wages",
    label:
      "Wages paid after death (4(g)): Social Security and Medicare withheld (paragraph 5), Forms W-2 and 1099",
    short: "Wages paid after death (Forms W-2, 1099)",
    clause: "1; 4(g); 5",
  },
  {
    id: "beneficiary",
    label: "Paid to the beneficiary or estate (4(g)): no withholding (paragraph 5), Form 1099",
    short: "Beneficiary or estate (Form 1099)",
    clause: "4(g); 5",
  },
  {
    id: "shares-at-transfer",
    label:
      "Shares (4(c)(i)(B)): no withholding (3(a)), Form 1099 at their value on the transfer day",
    short: "Shares at transfer value (Form 1099)",
    clause: "4(c)(i)(B); 3(a)",
  },
];

const BY_ID = new Map(TAX_TREATMENTS.map((t) => [t.id, t]));

/** A treatment by id. */
export function taxTreatmentById(id: TaxTreatmentId): TaxTreatment {
  return BY_ID.get(id) as TaxTreatment;
}

const SEPARATION = TERMS.separationDate.value;

const LUMP_SUMS: readonly ComponentKind[] = ["lump-sum", "discounted-lump-sum"];

/**
 * The treatment of a component of a payout paid on `paidOn` under
 * `scenario`: paragraph 1's base salary is wages (paragraph 5); under 4(g)
 * the payee is the beneficiary or estate (register payments-to-beneficiary);
 * 4(c)(i)(B)'s shares per register duress-shares-tax; a lump sum paid on or
 * before the Separation Date, while he is still an employee, per register
 * lump-sum-in-transition; everything else is 3(a)'s non-employee
 * compensation.
 */
export function taxTreatmentOf(
  kind: ComponentKind,
  paidOn: Serial,
  scenario: ScenarioCode,
  choices: Choices
): TaxTreatment {
  const toBeneficiary = scenario === "4g" && choices.paymentsToBeneficiary === "beneficiary";
  if (kind === "base-salary") return taxTreatmentById(toBeneficiary ? "decedent-wages" : "wages");
  if (toBeneficiary) return taxTreatmentById("beneficiary");
  if (kind === "duress-shares")
    return taxTreatmentById(
      choices.duressSharesTax === "transfer-date-value" ? "shares-at-transfer" : "nonemployee"
    );
  if (LUMP_SUMS.includes(kind) && paidOn <= SEPARATION && choices.lumpSumInTransition === "wages")
    return taxTreatmentById("wages");
  return taxTreatmentById("nonemployee");
}
