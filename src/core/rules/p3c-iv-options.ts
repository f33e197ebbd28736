/**
 * Paragraph 3(c)(iv)(A): what happens to the Options on termination.
 *
 * (i) after 4(d) or 4(e): all outstanding Options vest at once and remain
 *     exercisable for one year from the date of termination;
 * (ii) after 4(b), 4(f), 4(g) or 4(h): Options vested on the date of
 *     termination remain exercisable for one year from it; unvested Options
 *     keep vesting and are each exercisable for ninety days from their
 *     vesting date;
 * (iii) after 4(a) or 4(c): vested Options are exercisable for ninety days;
 *     unvested Options are forfeited.
 *
 * Register entries: `option-window` (is the first day counted) and
 * `vesting-on-termination` (does a tranche vesting on T count as vested).
 * Each deadline is also subject to the option's own expiry under the Equity
 * Incentive Plan and its certificate (3(c)(iv), 8), which the agreement does
 * not state.
 */
import { Choices, describeChoices } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { edate, iso, Serial } from "../dates";
import { naError } from "../errors";
import { Trace } from "../trace";
import { Scenario } from "./p4-scenarios";

export interface OptionOutcome {
  /** Last day the tranche may be exercised, or null when forfeited. */
  readonly lastExercise: Serial | null;
  readonly vestedOnTermination: boolean;
  readonly clause: string;
  readonly rule: string;
}

/** Whether a tranche vesting on `vesting` is vested on the termination date T. */
export function isVestedOn(vesting: Serial, T: Serial, choices: Choices): boolean {
  return choices.vestingOnTermination === "vested" ? vesting <= T : vesting < T;
}

const oneYearFrom = (s: Serial, c: Choices) =>
  edate(s, TERMS.optionVestedMonths.value) - (c.optionWindow === "inclusive" ? 1 : 0);
const daysFrom = (s: Serial, n: number, c: Choices) =>
  s + n - (c.optionWindow === "inclusive" ? 1 : 0);

/** The treatment of one tranche vesting on `vesting` after termination on T under `scenario`. */
export function optionOutcome(
  scenario: Scenario,
  T: Serial,
  vesting: Serial,
  choices: Choices
): OptionOutcome {
  const vested = isVestedOn(vesting, T, choices);
  switch (scenario.options) {
    case "accelerate":
      return {
        lastExercise: oneYearFrom(T, choices),
        vestedOnTermination: vested,
        clause: "3(c)(iv)(A)(i)",
        rule: `All outstanding Options vest on ${scenario.code === "4e" ? "the Change of Control" : "termination"} and remain exercisable for one year from the termination date`,
      };
    case "continue":
      return vested
        ? {
            lastExercise: oneYearFrom(T, choices),
            vestedOnTermination: true,
            clause: "3(c)(iv)(A)(ii)",
            rule: "Vested on the termination date: exercisable for one year from it",
          }
        : {
            lastExercise: daysFrom(vesting, TERMS.optionUnvestedDays.value, choices),
            vestedOnTermination: false,
            clause: "3(c)(iv)(A)(ii)",
            rule: "Unvested on the termination date: continues to vest; exercisable for 90 days from its vesting date",
          };
    case "forfeit":
      return vested
        ? {
            lastExercise: daysFrom(T, TERMS.optionCauseDays.value, choices),
            vestedOnTermination: true,
            clause: "3(c)(iv)(A)(iii)",
            rule: "Vested on the termination date: 90 days to exercise",
          }
        : {
            lastExercise: null,
            vestedOnTermination: false,
            clause: "3(c)(iv)(A)(iii)",
            rule: "Unvested on the termination date: forfeited",
          };
  }
}

/** The last exercise date of a tranche, or #N/A "forfeited". */
export function optionDeadline(
  scenario: Scenario,
  T: Serial,
  vesting: Serial,
  choices: Choices,
  trace?: Trace
): Serial {
  const o = optionOutcome(scenario, T, vesting, choices);
  if (trace) {
    trace.add(
      `${o.rule} (${scenario.clause} termination)`,
      o.clause,
      `terminationDate=${iso(T)}; vestingDate=${iso(vesting)}; vested on termination=${o.vestedOnTermination}`,
      describeChoices(choices, ["optionWindow", "vestingOnTermination"]),
      o.lastExercise === null ? "forfeited" : iso(o.lastExercise)
    );
  }
  if (o.lastExercise === null)
    throw naError({
      argument: "vestingDate",
      rule: `under ${o.clause} (${scenario.clause}) an option unvested on ${iso(T)} is forfeited`,
      given: iso(vesting),
      clause: o.clause,
      message: `forfeited: under ${o.clause} (${scenario.clause}) an option unvested on ${iso(T)} (vesting ${iso(vesting)}) is forfeited`,
    });
  return o.lastExercise;
}

/** One line describing the treatment of all Options under a scenario, for PAYOUT_DETAIL. */
export function optionsSummary(scenario: Scenario, T: Serial, choices: Choices): string {
  const year = iso(oneYearFrom(T, choices));
  switch (scenario.options) {
    case "accelerate":
      return `All outstanding Options vest ${scenario.code === "4e" ? "immediately prior to the Change of Control" : "immediately"}; exercisable through ${year}`;
    case "continue":
      return `Options vested on ${iso(T)}: exercisable through ${year}; unvested Options keep vesting, each exercisable for 90 days from its vesting date (OPTION_DEADLINE)`;
    case "forfeit":
      return `Options vested on ${iso(T)}: exercisable through ${iso(daysFrom(T, TERMS.optionCauseDays.value, choices))}; unvested Options are forfeited`;
  }
}
