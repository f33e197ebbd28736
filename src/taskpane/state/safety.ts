/**
 * Whether stored settings are safe to put on screen: the pane evaluates them
 * as it would when they are restored or opened. Settings restored at load
 * that make the evaluation fail (a defect, not a field message) are not
 * restored, so the pane cannot reopen into the same failure on every
 * reload; they stay stored (store.ts keepUnread). A saved scenario whose
 * settings give no payout is marked, never dropped.
 */
import { evaluate } from "../model/evaluate";
import { evaluateSplitDollar } from "../model/splitDollar";
import { PaneSettings } from "./settings";

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/** Why settings must not be restored (their evaluation fails), or undefined when they are safe. */
export function restoreProblem(s: PaneSettings): string | undefined {
  try {
    const e = evaluate(s, "figures");
    evaluateSplitDollar(s.splitDollar, e.choices);
    return undefined;
  } catch (e) {
    return `evaluating them failed (${messageOf(e)})`;
  }
}

const problems = new WeakMap<PaneSettings, string | null>();

/** Why a saved scenario cannot be evaluated (no payout, or its evaluation fails), or undefined when it gives a payout. */
export function scenarioProblem(s: PaneSettings): string | undefined {
  const known = problems.get(s);
  if (known !== undefined) return known ?? undefined;
  let why: string | undefined;
  try {
    if (!evaluate(s, "figures").result) why = "its fields give no payout";
  } catch (e) {
    why = `evaluating it failed (${messageOf(e)})`;
  }
  problems.set(s, why ?? null);
  return why;
}
