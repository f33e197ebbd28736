/**
 * The closed lists of words the add-in's arguments take: each list once,
 * with the clause it comes from and a short tooltip per value, built from the
 * agreement's data (the scenario table of paragraph 4, the terms, the
 * interpretation register). The custom functions check their text arguments
 * against these lists, and the build turns them into Excel's custom enums
 * (AutoComplete in the formula bar: `=BTU.PAYOUT("` offers 4a, 4b-i, ...).
 *
 * @example
 *   argumentList("scenario").values.map((v) => v.value)
 *   // ["4a", "4b-i", "4b-ii", "4c-i", "4c-ii", "4d", "4e", "4f", "4g", "4h"]
 *   argumentList("discountMethod").default // "simple" (register discount-method)
 */
import { Choices, interpretation } from "../agreement/interpretations";
import { TERMS } from "../agreement/terms";
import { Dec, formatMoney } from "../money";
import { SCENARIOS } from "./p4-scenarios";

/** One allowed word: the text the function reads, and what it means (at most 256 characters). */
export interface ArgumentValue {
  readonly value: string;
  readonly tooltip: string;
}

/** A closed list: its id (Excel's enum id), the arguments that take it, and its values. */
export interface ArgumentList {
  /** Enum id: letters only (Microsoft's enum id pattern, 3 to 64 characters). */
  readonly id: ArgumentListId;
  /** What the list is, for the enum's JSDoc and the docs. */
  readonly description: string;
  readonly clause: string;
  /** The value an omitted argument takes, where the list has one. */
  readonly default?: string;
  readonly values: readonly ArgumentValue[];
}

export type ArgumentListId =
  | "scenario"
  | "fee"
  | "periods"
  | "cureClause"
  | "discountMethod"
  | "splitDollarMethod"
  | "ageBasis"
  | "yearBasis";

/** How PAYOUT_BY_YEAR groups payments: calendar years (BTU's fiscal year, the default), or contract years July 1 - June 30 (3(b)). */
export type YearBasis = "calendar" | "contract";

/** Microsoft's limit on an enum value's tooltip (definitions.enum of the app manifest schema). */
const TOOLTIP_MAX = 256;

/**
 * A tooltip of at most 256 characters: the text itself, else its sentences
 * that fit, else its words that fit followed by "...".
 */
export function tooltipOf(s: string, max = TOOLTIP_MAX): string {
  if (s.length <= max) return s;
  const sentence = s.slice(0, max).lastIndexOf(". ");
  if (sentence > 0) return s.slice(0, sentence + 1);
  const word = s.slice(0, max - 3).lastIndexOf(" ");
  return `${s.slice(0, word > 0 ? word : max - 3)}...`;
}

/** How a tooltip marks the register's default reading. */
const DEFAULT_MARK = "Default. ";

/**
 * Whole dollars as the core formats money, without the cents: 204000 ->
 * "$204,000" (formatMoney; not toLocaleString, whose first call loads locale
 * data: about 50 ms in the task pane's load profile).
 */
const usd = (n: number) => `$${formatMoney(new Dec(n)).replace(/\.00$/, "")}`;

/** A register entry's alternatives as a list (its default is the list's default). */
function fromRegister(id: ArgumentListId, entryId: string, description: string): ArgumentList {
  const e = interpretation(entryId);
  return {
    id,
    description: `${description} (register ${e.id}, ${e.clause})`,
    clause: e.clause,
    default: e.default,
    values: e.alternatives.map((a) => ({
      value: a.value,
      tooltip:
        a.value === e.default
          ? `${DEFAULT_MARK}${tooltipOf(a.meaning, TOOLTIP_MAX - DEFAULT_MARK.length)}`
          : tooltipOf(a.meaning),
    })),
  };
}

/** The lists, built on first use. */
const build = (): readonly ArgumentList[] => [
  {
    id: "scenario",
    description: "The termination scenarios of paragraph 4",
    clause: "4",
    values: SCENARIOS.map((s) => ({
      value: s.code,
      tooltip: tooltipOf(`${s.clause}: ${s.label}`),
    })),
  },
  {
    id: "fee",
    description: "The two fees of 3(a)",
    clause: "3(a)",
    values: [
      {
        value: "consulting",
        tooltip: `3(a): the Consulting Fee, ${usd(TERMS.consultingFee.value)} a year, paid bi-weekly`,
      },
      {
        value: "chairman",
        tooltip: `3(a): the Chairman Fee, ${usd(TERMS.chairmanFee.value)} a year, paid bi-weekly`,
      },
    ],
  },
  {
    id: "periods",
    description: "Which periods a termination ends, where paragraph 4 allows a choice",
    clause: "4",
    values: [
      { value: "consulting", tooltip: "Only the Consulting Period ends" },
      {
        value: "chairman",
        tooltip: "Only the Chairmanship Period ends (after a Consulting Period that ended earlier)",
      },
      { value: "both", tooltip: "The Consulting Period and the Chairmanship Period both end" },
    ],
  },
  {
    id: "cureClause",
    description: "The cure periods of 4(a)(i) and 4(d)(i)",
    clause: "4(a)(i), 4(d)(i)",
    values: [
      {
        value: "4a",
        tooltip: `4(a)(i): ${TERMS.causeCureDays.value} days to cure a material breach after the Company's notice`,
      },
      {
        value: "4d",
        tooltip: `4(d)(i): ${TERMS.goodReasonCureDays.value} days to cure a compensation failure after the Company receives notice`,
      },
    ],
  },
  fromRegister("discountMethod", "discount-method", "How 4(c) discounts the remaining fees"),
  fromRegister(
    "splitDollarMethod",
    "split-dollar-discount",
    "How 3(c)(iii)(B) discounts the Company Interest"
  ),
  fromRegister("ageBasis", "life-expectancy-age", "The age the life table is read at"),
  {
    id: "yearBasis",
    description: "The years PAYOUT_BY_YEAR groups payments by",
    clause: "3(b)",
    default: "calendar",
    values: [
      {
        value: "calendar",
        tooltip:
          "Default. Calendar years, January 1 - December 31 (BTU's fiscal year): a row named 2004.",
      },
      {
        value: "contract",
        tooltip:
          "Contract years, July 1 - June 30 (3(b)): a row named 2004-05 for July 1, 2004 - June 30, 2005.",
      },
    ],
  },
];

let lists: readonly ArgumentList[] | undefined;
let byId: Map<string, ArgumentList> | undefined;

/** Every closed list, in a stable order (scenario first). */
export function argumentLists(): readonly ArgumentList[] {
  return (lists ??= build());
}

/** One closed list by id. */
export function argumentList(id: ArgumentListId): ArgumentList {
  byId ??= new Map(argumentLists().map((l) => [l.id, l]));
  const l = byId.get(id);
  if (!l) throw new RangeError(`no argument list ${id}`);
  return l;
}

/** The words of one list, e.g. `["compound", "simple"]`. */
export function argumentWords(id: ArgumentListId): readonly string[] {
  return argumentList(id).values.map((v) => v.value);
}

/** The readings of 3(c)(iii)(B)'s discount (register split-dollar-discount), for SPLITDOLLAR_BUYOUT's method. */
export const SPLIT_DOLLAR_METHODS = interpretation("split-dollar-discount").alternatives.map(
  (a) => a.value
) as readonly Choices["splitDollarDiscount"][];

/** The ages a life table is read at (register life-expectancy-age), for LIFE_EXPECTANCY's ageBasis. */
export const AGE_BASES = interpretation("life-expectancy-age").alternatives.map(
  (a) => a.value
) as readonly Choices["lifeExpectancyAge"][];

/** The year bases of PAYOUT_BY_YEAR, the default first. */
export const YEAR_BASES = ["calendar", "contract"] as const satisfies readonly YearBasis[];

/** The words of a list joined for a message: "consulting, chairman or both". */
export function wordsText(id: ArgumentListId, quote = false): string {
  const w = argumentWords(id).map((x) => (quote ? `"${x}"` : x));
  return w.length < 2 ? w.join("") : `${w.slice(0, -1).join(", ")} or ${w[w.length - 1]}`;
}
