/**
 * Options, through OPTION_DEADLINE, for every scenario, termination date its
 * clause allows, vesting date (before, on or after the termination date) and
 * the option-window, vesting-on-termination and notice-window readings:
 * - a deadline is never before the termination date;
 * - a tranche is forfeited (#N/A "forfeited") only under 4(a) and 4(c), and
 *   there exactly when it is unvested on the termination date (3(c)(iv)(A)(iii));
 * - nothing else is ever refused for a date the clause allows.
 */
import fc from "fast-check";
import { parseScenario, SCENARIOS, widestWindow, withChoices } from "../../src/core";
import { loadRegistered } from "../helpers/registered";
import { show } from "../hardening/calls";
import { D, dateIn } from "./arbitraries";
import { reportCalls, runs } from "./budget";
import { callBy } from "./calling";

reportCalls(__filename);
const reg = loadRegistered();

const FORFEITING = new Set(["4a", "4c-i", "4c-ii"]);

const input = fc
  .record({
    code: fc.constantFrom(...SCENARIOS.map((s) => s.code)),
    optionWindow: fc.constantFrom("exclusive", "inclusive"),
    vesting: fc.constantFrom("vested", "unvested"),
    noticeWindow: fc.constantFrom("notice-from", "effective-from"),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .chain((x) => {
    const w = widestWindow(parseScenario(x.code), withChoices([["notice-window", x.noticeWindow]]));
    const T = w.from + Math.floor(x.at * (w.to - w.from + 1 - 1e-9));
    // Vesting dates around T, T itself included.
    const vestings = fc.array(
      fc.oneof(dateIn(D("2000-01-01"), D("2012-12-31")), dateIn(T - 400, T + 400), fc.constant(T)),
      { minLength: 1, maxLength: 10 }
    );
    return vestings.map((vs) => ({ ...x, T, vs }));
  });

describe("option deadlines", () => {
  test("never before the termination date; forfeited only under 4(a) and 4(c), exactly when unvested on it", () => {
    fc.assert(
      fc.property(input, ({ code, optionWindow, vesting, noticeWindow, T, vs }) => {
        const choices = `option-window=${optionWindow}; vesting-on-termination=${vesting}; notice-window=${noticeWindow}`;
        for (const V of vs) {
          const o = callBy(reg, "OPTION_DEADLINE", {
            scenario: code,
            terminationDate: T,
            vestingDate: V,
            choices,
          });
          const unvested = vesting === "vested" ? V > T : V >= T;
          const forfeited = FORFEITING.has(code) && unvested;
          if (forfeited) {
            if (o.kind !== "error" || o.code !== "#N/A" || !o.message.startsWith("forfeited: "))
              throw new Error(
                `${code} T=${T} V=${V} ${choices}: expected #N/A forfeited, got ${show(o)}`
              );
          } else {
            if (o.kind !== "value")
              throw new Error(
                `${code} T=${T} V=${V} ${choices}: expected a deadline, got ${show(o)}`
              );
            if (typeof o.value !== "number" || !Number.isInteger(o.value) || o.value < T)
              throw new Error(
                `${code} T=${T} V=${V} ${choices}: deadline ${String(o.value)} is before the termination date`
              );
          }
        }
      }),
      runs("options", 5)
    );
  });
});
