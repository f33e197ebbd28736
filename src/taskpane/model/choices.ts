/**
 * The interpretation choices as the pane holds them: register id -> value
 * text, only where the user switched away from the register's default. The
 * same text goes into the workbook's `choices` argument, and is parsed back
 * with the same core functions the custom functions use, so the pane and the
 * cells compute under identical choices.
 */
import {
  Choices,
  entriesBearingOn,
  Topic,
  interpretation,
  Interpretation,
  parseChoicesText,
  REGISTER,
  ScenarioCode,
  SWITCHABLE_IDS,
  withChoices,
} from "../../core";

/** The (id, value) pairs that differ from the defaults, in register order. */
export function overrides(choices: Readonly<Record<string, string>>): Array<[string, string]> {
  return SWITCHABLE_IDS.filter(
    (id) =>
      id in choices &&
      choices[id].trim() !== "" &&
      choices[id].trim() !== interpretation(id).default
  ).map((id) => [id, choices[id].trim()]);
}

/** "discount-method" -> "Discount method (discount-method)": the label of a choice's control. */
export const choiceLabel = (id: string): string =>
  `${id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, " ")} (${id})`;

/** "discount-method=simple; pay-lag=3", or "" when every choice is the default. */
export function choicesText(choices: Readonly<Record<string, string>>): string {
  return overrides(choices)
    .map(([id, v]) => `${id}=${v}`)
    .join("; ");
}

/** Choices from the pane's text, exactly as a `choices` cell argument is read. */
export function choicesFromText(text: string): Choices {
  return withChoices(parseChoicesText(text));
}

/** The current value of a choice: the user's (an empty field means the default), or the register's default. */
export function choiceValue(choices: Readonly<Record<string, string>>, id: string): string {
  return choices[id] ?? interpretation(id).default;
}

/**
 * The switchable register entries that bear on what the pane shows, in
 * register order, from each entry's `bearsOn` (the register is their only
 * source): the fee and termination choices, the scenario's own, the 4(c)
 * discount (the scenario comparison shows the 4(c) lump sums), the ledger's
 * (the tax treatment of each payment, paragraph 5 and 3(a), and when an
 * amount becomes owed, which the ledger section shows), the option ones when
 * tranches are entered and the duress ones when the lump sum is delayed.
 */
export function relevantChoices(
  scenario: ScenarioCode,
  withOptions: boolean,
  withDuress: boolean
): Interpretation[] {
  const topics: Topic[] = ["fees", "termination", scenario, "4c-i", "4c-ii", "tax", "ledger"];
  if (withOptions) topics.push("options");
  if (withDuress) topics.push("duress");
  return entriesBearingOn(topics);
}

/** Every register entry the user can switch (the "show all" view). */
export const SWITCHABLE: readonly Interpretation[] = REGISTER.filter((r) =>
  SWITCHABLE_IDS.includes(r.id)
);
