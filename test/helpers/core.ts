/** Small helpers for the clause tests: ISO in, figures out as fixed-point text. */
import Decimal from "decimal.js";
import {
  BtuError,
  Choices,
  DEFAULT_CHOICES,
  parseChoicesText,
  parseIso,
  withChoices,
} from "../../src/core";

/** A date constant for a test: "2004-10-01" -> serial. */
export function D(text: string): number {
  const s = parseIso(text);
  if (s === undefined) throw new Error(`bad test date ${text}`);
  return s;
}

/** Choices from "id=value; ..." text. */
export function C(text = ""): Choices {
  return text ? withChoices(parseChoicesText(text)) : DEFAULT_CHOICES;
}

/** An amount as "1234.56". */
export const $ = (x: Decimal): string => x.toFixed(2);

/** Runs fn and returns the BtuError it throws (fails the test if none). */
export function errorOf(fn: () => unknown): BtuError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BtuError) return e;
    throw e;
  }
  throw new Error("expected a BtuError, got none");
}
