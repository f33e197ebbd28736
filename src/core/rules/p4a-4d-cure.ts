/**
 * Cure periods before a termination for Cause (4(a)(i)) or for Good Reason
 * (4(d)(i)).
 *
 * 4(a)(i): a curable material breach is Cause only if it "remains uncured for
 * thirty (30) days after written notice from the Company".
 * 4(d)(i): a material failure to provide compensation and benefits is Good
 * Reason only if it "is not cured within ten (10) days after the Company
 * receives written notice from you".
 *
 * Register entry `cure-period`: the days run from the day after the notice
 * (or its receipt); the last day to cure is notice + 30 (or receipt + 10), and
 * the termination may follow from the next day.
 */
import { TERMS } from "../agreement/terms";
import { iso, Serial } from "../dates";
import { echo, valueError } from "../errors";
import { Trace } from "../trace";

export type CureClause = "4a" | "4d";

export interface CurePeriod {
  readonly clause: string;
  /** Last day the breach or failure may be cured. */
  readonly lastCureDay: Serial;
  /** First day notice of termination may rely on it. */
  readonly terminationFrom: Serial;
}

export function curePeriod(clause: CureClause, notice: Serial, trace?: Trace): CurePeriod {
  const days = clause === "4a" ? TERMS.causeCureDays.value : TERMS.goodReasonCureDays.value;
  const out = {
    clause: clause === "4a" ? "4(a)(i)" : "4(d)(i)",
    lastCureDay: notice + days,
    terminationFrom: notice + days + 1,
  };
  trace?.add(
    `Cure period: ${days} days after the notice; the termination may rely on the uncured ${clause === "4a" ? "breach" : "failure"} from ${iso(out.terminationFrom)}`,
    `${out.clause}; register cure-period`,
    `noticeDate=${iso(notice)}; days=${days}`,
    [],
    iso(out.lastCureDay)
  );
  return out;
}

export function parseCureClause(text: string, argument = "clause"): CureClause {
  const v = text
    .trim()
    .toLowerCase()
    .replace(/[()\s]/g, "");
  if (v === "4a" || v === "4ai") return "4a";
  if (v === "4d" || v === "4di") return "4d";
  throw valueError({
    argument,
    allowed:
      '"4a" (30-day cure of a breach, 4(a)(i)) or "4d" (10-day cure of a compensation failure, 4(d)(i))',
    given: text,
    message: `${argument} must be "4a" (30-day cure of a breach, 4(a)(i)) or "4d" (10-day cure of a compensation failure, 4(d)(i)), got ${echo(text)}`,
  });
}
