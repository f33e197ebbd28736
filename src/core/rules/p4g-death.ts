/**
 * 4(g) DEATH.
 *
 * > In the event of your death prior to June 30, 2003: (A) the Chairmanship
 * > Period and the Transition Period shall immediately terminate, and (B) in
 * > addition to any base salary that was earned but unpaid prior to the
 * > termination date, the Company shall pay to your designated beneficiary
 * > or, if no beneficiary has been designated, to your estate, one lump sum
 * > in an amount representing the remainder of the Consulting Fees and
 * > Chairman Fees through June 30, 2007, such lump sum to be funded through
 * > the Key Man Policy referenced in Paragraph 3(c)(vi) above. In the event of
 * > your death subsequent to June 30, 2003, the Chairmanship Period and the
 * > Consulting Period shall immediately terminate, and the Company shall pay
 * > ... any Consulting Fees and Chairman Fees that were earned but unpaid
 * > prior to the termination date.
 *
 * A death on June 30, 2003 itself: register `death-on-separation-date`.
 */
import { Choices, describeChoices } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { iso, Serial } from "../dates";
import { baseSalary, ClauseContext, Consequence, earnedUnpaid, lumpSum } from "./p4-components";

const SEPARATION = TERMS.separationDate.value;

/** Whether a death on T falls in 4(g)'s first branch ("prior to June 30, 2003"). */
export function deathBeforeSeparation(T: Serial, choices: Choices): boolean {
  return T < SEPARATION || (T === SEPARATION && choices.deathOnSeparationDate === "pre-separation");
}

const BEFORE = (T: Serial): string => `before ${iso(T)}`;
const TO_BENEFICIARY = (T: Serial): string =>
  `lump sum to the designated beneficiary or estate on ${iso(T)}, funded through the Key Man Policy (3(c)(vi))`;

const BENEFICIARY: Consequence = {
  what: "Paid to the designated beneficiary",
  clause: "4(g)",
  detail:
    "Payments go to the designated beneficiary or, if none has been designated, to the estate",
};

const KEY_MAN: Consequence = {
  what: "Key Man Policy funds the lump sum",
  clause: "4(g); 3(c)(vi)",
  detail: "First Colony Life Policy 2692639; the Company pays its premiums through June 30, 2003",
};

/** 4(g): before the Separation Date base salary (with its facts) and the remainders; after it the fees earned but unpaid. */
export function deathPayout(ctx: ClauseContext): void {
  const { stop, T, choices, req, out } = ctx;
  const pre = deathBeforeSeparation(T, choices);
  out.trace?.add(
    pre
      ? "Death before the Separation Date: lump sum of all remaining fees"
      : "Death after the Separation Date: fees earned but unpaid only",
    "4(g); register death-on-separation-date",
    `dateOfDeath=${iso(T)}; Separation Date=${iso(SEPARATION)}`,
    describeChoices(choices, ["deathOnSeparationDate"]),
    null
  );
  if (!pre) {
    for (const f of ctx.fees) earnedUnpaid(out, f, stop, "4(g)", choices);
    out.consequences?.push(BENEFICIARY);
    return;
  }
  out.transition = true;
  baseSalary(out, req, "4(g)", BEFORE, stop);
  for (const f of ctx.fees) lumpSum(out, f, stop, T, "4(g)", choices, TO_BENEFICIARY);
  out.consequences?.push(KEY_MAN, BENEFICIARY);
}
