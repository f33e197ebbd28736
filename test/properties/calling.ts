/** Counted calls of the registered functions for the property suites. */
import Decimal from "decimal.js";
import type { Registered } from "../helpers/registered";
import { argList, metaOf, Outcome, outcomeOf, show } from "../hardening/calls";
import { count } from "./budget";

/** Calls BTU.id with arguments by parameter name; the outcome, counted. */
export function callBy(reg: Registered, id: string, values: Record<string, unknown>): Outcome {
  count();
  return outcomeOf(reg, id, argList(metaOf(reg, id), values));
}

/** The value of a call that must work; a failure names the call and what came back. */
export function valueOf<T = unknown>(
  reg: Registered,
  id: string,
  values: Record<string, unknown>
): T {
  const o = callBy(reg, id, values);
  if (o.kind !== "value") throw new Error(`BTU.${id}(${JSON.stringify(values)}) gave ${show(o)}`);
  return o.value as T;
}

/** A cell's number as an exact decimal (the shortest decimal that reads back as the same double). */
export const dec = (n: unknown): Decimal => {
  if (typeof n !== "number" || !Number.isFinite(n))
    throw new Error(`not a finite number: ${String(n)}`);
  return new Decimal(String(n));
};

/** Whole cents: at most two decimals. */
export const isCents = (n: unknown): boolean =>
  typeof n === "number" && dec(n).decimalPlaces() <= 2;
