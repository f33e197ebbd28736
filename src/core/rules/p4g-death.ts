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
import {
  baseSalary,
  ClauseContext,
  ClauseResult,
  Consequence,
  earnedUnpaid,
  earnedUnpaidTotal,
  lumpSum,
  lumpSumTotal,
  TotalContext,
} from "./p4-components";

const SEPARATION = TERMS.separationDate.value;

/** Whether a death on T falls in 4(g)'s first branch ("prior to June 30, 2003"). */
export function deathBeforeSeparation(T: Serial, choices: Choices): boolean {
  return T < SEPARATION || (T === SEPARATION && choices.deathOnSeparationDate === "pre-separation");
}

export function deathPayout(ctx: ClauseContext): ClauseResult {
  const { stop, T, choices, trace, req } = ctx;
  const pre = deathBeforeSeparation(T, choices);
  trace?.add(
    pre
      ? "Death before the Separation Date: lump sum of all remaining fees"
      : "Death after the Separation Date: fees earned but unpaid only",
    "4(g); register death-on-separation-date",
    `dateOfDeath=${iso(T)}; Separation Date=${iso(SEPARATION)}`,
    describeChoices(choices, ["deathOnSeparationDate"]),
    null
  );
  const beneficiary: Consequence = {
    what: "Paid to the designated beneficiary",
    clause: "4(g)",
    detail:
      "Payments go to the designated beneficiary or, if none has been designated, to the estate",
  };
  if (!pre)
    return {
      components: ctx.fees.map((f) => earnedUnpaid(f, stop, "4(g)", choices, trace)),
      consequences: [beneficiary],
    };
  const when = `lump sum to the designated beneficiary or estate on ${iso(T)}, funded through the Key Man Policy (3(c)(vi))`;
  return {
    transition: true,
    components: [
      ...baseSalary(req, "4(g)", `before ${iso(T)}`, stop, trace),
      ...ctx.fees.map((f) => lumpSum(f, stop, T, "4(g)", choices, when, trace)),
    ],
    consequences: [
      {
        what: "Key Man Policy funds the lump sum",
        clause: "4(g); 3(c)(vi)",
        detail:
          "First Colony Life Policy 2692639; the Company pays its premiums through June 30, 2003",
      },
      beneficiary,
    ],
  };
}

/** 4(g)'s total in whole cents: before the Separation Date the remainders, after it the fees earned but unpaid. */
export function deathTotal(ctx: TotalContext): number {
  const pre = deathBeforeSeparation(ctx.T, ctx.choices);
  let c = 0;
  for (const f of ctx.fees)
    c += pre ? lumpSumTotal(f, ctx.stop, ctx.choices) : earnedUnpaidTotal(f, ctx.stop, ctx.choices);
  return c;
}
