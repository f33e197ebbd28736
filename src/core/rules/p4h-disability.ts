/**
 * Paragraph 4(h): the Company may end the Consulting Period on notice once
 * the executive has been unable to perform substantially all duties for 120
 * consecutive calendar days within any 365 consecutive calendar days; during
 * disability the Consulting Fees continue; afterwards 60% of the Consulting
 * Fees continue through June 30, 2007 (register `disability-continuation`).
 */
import { TERMS } from "../agreement/terms";
import { iso, Serial } from "../dates";
import { valueError } from "../errors";
import { Trace } from "../trace";

/** First day the Company may give 4(h) notice: the day after the 120th consecutive day (register `disability-qualifying`). */
export function disabilityNoticeFrom(firstDay: Serial, trace?: Trace): Serial {
  const out = firstDay + TERMS.disabilityDays.value;
  trace?.add(
    "120 consecutive calendar days of disability (the first day is day 1); notice from the next day",
    "4(h); register disability-qualifying",
    `firstDayOfDisability=${iso(firstDay)}; 120th day=${iso(firstDay + 119)}`,
    [],
    iso(out),
  );
  return out;
}

/**
 * Checks that a disability running from `firstDay` (through `lastDay`, if it
 * ended) qualifies a 4(h) termination on T.
 */
export function checkDisability(firstDay: Serial, T: Serial, lastDay?: Serial): void {
  if (lastDay !== undefined && lastDay < firstDay)
    throw valueError(`lastDayOfDisability ${iso(lastDay)} is before firstDayOfDisability ${iso(firstDay)}; it must be on or after it`);
  if (lastDay !== undefined && lastDay - firstDay + 1 < TERMS.disabilityDays.value)
    throw valueError(
      `lastDayOfDisability must be on or after ${iso(firstDay + TERMS.disabilityDays.value - 1)}: 4(h) needs 120 consecutive calendar days of disability from firstDayOfDisability ${iso(firstDay)}; got ${iso(lastDay)}`,
    );
  const days = (lastDay ?? T - 1) - firstDay + 1;
  if (days < TERMS.disabilityDays.value || T < disabilityNoticeFrom(firstDay))
    throw valueError(
      `4(h) needs 120 consecutive calendar days of disability before notice: from ${iso(firstDay)} notice may be given from ${iso(disabilityNoticeFrom(firstDay))}${lastDay !== undefined ? `, and the disability must last through ${iso(firstDay + 119)}` : ""}`,
    );
  if (lastDay !== undefined && T - firstDay + 1 > TERMS.disabilityWindowDays.value && T - lastDay > TERMS.disabilityWindowDays.value)
    throw valueError(`4(h): the qualifying 120 days must fall within 365 consecutive days before notice; the disability ended ${iso(lastDay)}`);
}
