/**
 * Whether a saved scenario can be evaluated: one whose settings give no
 * payout, or whose evaluation fails, is marked in the list ("cannot be
 * evaluated: open, fix or delete"), never dropped. (Settings restored at
 * load that fail are taken off screen by usePaneSettings failedToShow.)
 */
import { evaluate } from "../model/evaluate";
import { PaneSettings } from "./settings";

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

const problems = new WeakMap<PaneSettings, string | null>();

/** Why a saved scenario cannot be evaluated (no payout, or its evaluation fails), or undefined when it gives a payout. */
export function scenarioProblem(s: PaneSettings): string | undefined {
  const known = problems.get(s);
  if (known !== undefined) return known ?? undefined;
  let why: string | undefined;
  try {
    if (!evaluate(s).result) why = "its fields give no payout";
  } catch (e) {
    why = `evaluating it failed (${messageOf(e)})`;
  }
  problems.set(s, why ?? null);
  return why;
}
