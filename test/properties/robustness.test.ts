/**
 * Anything typed into any argument of any registered function (the table's
 * values, dates around the agreement, numbers, booleans, empty cells, ranges
 * of any shape, NaN, Infinity, 300-character text, error values): the cell
 * shows a value Excel can display or a CustomFunctions.Error with a BTU code
 * and a clean message naming an argument of the function. Never an uncaught
 * exception, NaN, Infinity, a ragged spill or stack text.
 *
 * And results never depend on what was calculated before: the same calls in
 * two fresh copies of the bundle, in opposite orders, give the same results
 * (the core memoises ledgers, discount tables and parsed arguments).
 */
import fc from "fast-check";
import { loadRegistered } from "../helpers/registered";
import { outcomeOf, problems, show } from "../hardening/calls";
import { callArb } from "./arbitraries";
import { count, reportCalls, runs } from "./budget";
import { ERROR_VALUE } from "../hardening/bad-input";

reportCalls(__filename);
const reg = loadRegistered();
const calls = callArb(reg.metadata.functions);

/** Outcomes that are answers, not complaints about an argument. */
const ANSWERS = [/^forfeited: /];

/** Excel's error value marker becomes an error object, as in the bad-input test. */
const excelArgs = (r: typeof reg, args: readonly unknown[]) =>
  args.map((a) => (a === ERROR_VALUE ? new r.ErrorClass("#N/A", "") : a));

describe("robustness", () => {
  test("any input to any function: a displayable value or a clean Excel error naming an argument", () => {
    fc.assert(
      fc.property(calls, ({ id, args }) => {
        count();
        const o = outcomeOf(reg, id, excelArgs(reg, args));
        const p = problems(o);
        if (o.kind === "error" && !ANSWERS.some((a) => a.test(o.message))) {
          const params =
            reg.metadata.functions.find((f) => f.id === id)?.parameters.map((x) => x.name) ?? [];
          if (!params.some((n) => o.message.includes(n)))
            p.push(`the message names none of ${params.join(", ")}`);
        }
        if (p.length)
          throw new Error(`BTU.${id}(${JSON.stringify(args)}) -> ${show(o)}: ${p.join("; ")}`);
      }),
      runs("robustness", 0.95)
    );
  });

  test("results do not depend on the order of calculation (two fresh bundles, opposite orders)", () => {
    const a = loadRegistered();
    const b = loadRegistered();
    fc.assert(
      fc.property(fc.array(calls, { minLength: 2, maxLength: 40, size: "max" }), (batch) => {
        count(2 * batch.length);
        const forward = batch.map((c) => outcomeOf(a, c.id, excelArgs(a, c.args)));
        const backward = [...batch]
          .reverse()
          .map((c) => outcomeOf(b, c.id, excelArgs(b, c.args)))
          .reverse();
        batch.forEach((c, i) => {
          if (show(forward[i]) !== show(backward[i]))
            throw new Error(
              `BTU.${c.id}(${JSON.stringify(c.args)}) gave ${show(forward[i])} after the calls before it, ${show(backward[i])} after the calls after it`
            );
        });
      }),
      runs("callOrder", 40)
    );
  });
});
