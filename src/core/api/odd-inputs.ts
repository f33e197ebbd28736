/**
 * Inputs the core accepts but a controller should look at twice (3(a), 2(b)).
 */
import { Choices } from "../agreement/interpretations";
import { iso, serial, Serial } from "../dates";
import { PAY_PERIOD_DAYS } from "../rules/p3a-fees";

/* ------------------------------------------------- legal but odd inputs */

/** The day the December 17, 2002 Options were granted (2(b)). */
export const OPTION_GRANT_DATE: Serial = serial(2002, 12, 17);

/**
 * Inputs the core accepts but a controller should look at twice: a pay
 * calendar anchored outside the fee period's years (3(a), 2003-2007), a
 * vesting date before the December 17, 2002 grant (2(b)). Keyed by the
 * input ("pay-anchor", "vesting:<i>").
 */
export function oddInputs(
  choices: Choices,
  vestingDates: ReadonlyArray<Serial | undefined>
): Record<string, string> {
  const out: Record<string, string> = {};
  const anchor = choices.payAnchor;
  if (anchor < serial(2003, 1, 1) || anchor > serial(2007, 12, 31))
    out["pay-anchor"] =
      `${iso(anchor)} is outside the fee years 2003 to 2007 (3(a)); the pay calendar is counted in ${PAY_PERIOD_DAYS}-day steps from it, so check the date.`;
  vestingDates.forEach((v, i) => {
    if (v !== undefined && v < OPTION_GRANT_DATE)
      out[`vesting:${i}`] =
        `${iso(v)} is before the options were granted on ${iso(OPTION_GRANT_DATE)} (2(b)); check the date.`;
  });
  return out;
}
