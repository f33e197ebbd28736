/**
 * The core's closed lists (argumentLists): what each argument allows, in one
 * place, with the clause or register entry it comes from.
 */
import {
  AGE_BASES,
  argumentList,
  argumentLists,
  DEFAULT_CHOICES,
  SPLIT_DOLLAR_METHODS,
  tooltipOf,
  wordsText,
} from "../../src/core";

describe("argumentLists: each list once, with its source", () => {
  test("ids are the enum ids Excel gets, scenario first", () => {
    expect(argumentLists().map((l) => l.id)).toEqual([
      "scenario",
      "fee",
      "periods",
      "cureClause",
      "discountMethod",
      "splitDollarMethod",
      "ageBasis",
      "yearBasis",
    ]);
  });

  test("register lists cite their entry and take its default (discount-method: simple; split-dollar-discount: compound; life-expectancy-age: last-birthday)", () => {
    expect(argumentList("discountMethod")).toMatchObject({
      default: "simple",
      description: expect.stringContaining("register discount-method"),
    });
    expect(argumentList("splitDollarMethod").default).toBe("compound");
    expect(argumentList("ageBasis").default).toBe("last-birthday");
    expect(SPLIT_DOLLAR_METHODS).toEqual(["compound", "simple"]);
    expect(AGE_BASES).toEqual(["last-birthday", "nearest-birthday", "interpolated"]);
    expect(DEFAULT_CHOICES.splitDollarDiscount).toBe("compound");
  });

  test("the cure clauses cite 4(a)(i) and 4(d)(i)", () => {
    expect(argumentList("cureClause").clause).toBe("4(a)(i), 4(d)(i)");
  });
});

describe("wordsText: a list as a message says it", () => {
  test('"consulting" or "chairman"; consulting, chairman or both', () => {
    expect(wordsText("fee", true)).toBe('"consulting" or "chairman"');
    expect(wordsText("periods")).toBe("consulting, chairman or both");
  });
});

describe("tooltipOf: at most 256 characters", () => {
  test("short text is kept whole", () => {
    expect(tooltipOf("Age last birthday.")).toBe("Age last birthday.");
  });
  test("long text keeps the sentences that fit", () => {
    expect(tooltipOf("One two. Three four five six.", 20)).toBe("One two.");
  });
  test("one long sentence keeps the words that fit, then ...", () => {
    expect(tooltipOf("alpha beta gamma delta epsilon", 16)).toBe("alpha beta...");
  });
});
