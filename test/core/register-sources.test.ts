/**
 * The register and the terms cite the agreement word for word, and the
 * register is the single source of its choices: every quote is found in its
 * cited clause of the filing itself (../shared/agreement.txt), every clause
 * text the add-in shows is the filing's, every register id a trace names
 * exists, and every non-default alternative is proven by a LibreOffice case.
 */
import * as fs from "fs";
import * as path from "path";
import { BODIES } from "../../src/functions/implementations";
import {
  CLAUSES,
  clauseText,
  DEFAULT_CHOICES,
  REGISTER,
  SWITCHABLE_IDS,
  TERM_LIST,
  Trace,
  withChoices,
} from "../../src/core";
import { ALTERNATIVES, COMPARISON_READINGS, LEDGER_READINGS } from "../oracle/cases";

const AGREEMENT = [
  process.env.BTU_AGREEMENT,
  path.join(__dirname, "../../../shared/agreement.txt"),
  path.join(__dirname, "../../../../shared/agreement.txt"),
]
  .filter((p): p is string => !!p)
  .find((p) => fs.existsSync(p));

/** Whitespace collapsed, page numbers ("-5-") and the letterhead's line breaks gone. */
const norm = (t: string) =>
  t
    .replace(/\n\s*-\d+-\s*\n/g, "\n")
    .replace(/\s+/g, " ")
    .trim();

/** A quote's verbatim pieces: split at "..." (an omission) and at "[...]" (an editorial insertion). */
const pieces = (quote: string) =>
  quote
    .split(/\.\.\.|\[[^\]]*\]/)
    .map((p) =>
      p
        .trim()
        .replace(/^[,;:]\s*/, "")
        .trim()
    )
    .filter((p) => p.length >= 4);

/** The clause texts a citation such as "4(c)(i), 4(c)(ii)" or "Preamble; 3(i)" names (a citation of a part falls back to its clause). */
function cited(citation: string): string[] {
  // "4(a)-4(h)" names every clause from 4(a) to 4(h).
  const expanded = citation.replace(
    /(\d)\(([a-h])\)-\1\(([a-h])\)/g,
    (_m, n: string, a: string, b: string) =>
      Array.from(
        { length: b.charCodeAt(0) - a.charCodeAt(0) + 1 },
        (_x, i) => `${n}(${String.fromCharCode(a.charCodeAt(0) + i)})`
      ).join(", ")
  );
  return expanded
    .split(/[,;]/)
    .map((c) => c.trim().replace(/^(\d)\((i{1,3}|iv|v|vi)\)$/, "$1"))
    .filter((c) => c !== "")
    .map((c) => clauseText(c)?.text ?? "")
    .filter((t) => t !== "")
    .map(norm);
}

const describeWithAgreement = AGREEMENT ? describe : describe.skip;

describeWithAgreement("quotes are the agreement's own words, in the clause they cite", () => {
  const text = norm(fs.readFileSync(AGREEMENT as string, "utf8"));
  test("every clause text the add-in shows is in the filing, word for word", () => {
    const missing = CLAUSES.filter(
      (c) => !text.includes(norm(c.text).replace(/^\d\. |^\([a-z]+\) /, ""))
    ).map((c) => c.id);
    expect(missing).toEqual([]);
  });
  test.each(REGISTER.map((r) => [r.id, r.clause, r.quote] as const))(
    "register %s (%s): its quote is in its cited clause",
    (_id, clause, quote) => {
      const clauses = cited(clause);
      expect(clauses.length).toBeGreaterThan(0);
      // The piece itself is the failure message (never the whole agreement).
      expect(pieces(quote).filter((p) => !text.includes(p))).toEqual([]);
      expect(pieces(quote).filter((p) => !clauses.some((c) => c.includes(p)))).toEqual([]);
    }
  );
  test.each(TERM_LIST.map((t) => [t.id, t.clause, t.quote] as const))(
    "term %s (%s): its quote is in its cited clause",
    (_id, clause, quote) => {
      const clauses = cited(clause);
      expect(clauses.length).toBeGreaterThan(0);
      // The piece itself is the failure message (never the whole agreement).
      expect(pieces(quote).filter((p) => !text.includes(p))).toEqual([]);
      expect(pieces(quote).filter((p) => !clauses.some((c) => c.includes(p)))).toEqual([]);
    }
  );
});

describe("the register is the single source of its choices", () => {
  test("DEFAULT_CHOICES holds each switchable entry's default, and nothing else", () => {
    const fields = REGISTER.filter((r) => r.field).map((r) => r.field as string);
    expect(Object.keys(DEFAULT_CHOICES).sort()).toEqual([...fields].sort());
    expect(SWITCHABLE_IDS).toEqual(REGISTER.filter((r) => r.field).map((r) => r.id));
    for (const r of REGISTER.filter((x) => x.field && !x.free))
      expect((DEFAULT_CHOICES as unknown as Record<string, string>)[r.field as string]).toBe(
        r.default
      );
  });
  test("every alternative a switchable entry lists is accepted, every other value refused", () => {
    for (const r of REGISTER.filter((x) => x.field && !x.free)) {
      for (const a of r.alternatives)
        expect(
          (withChoices([[r.id, a.value]]) as unknown as Record<string, string>)[r.field as string]
        ).toBe(a.value);
      expect(() => withChoices([[r.id, "not-a-reading"]])).toThrow(/must be one of/);
    }
  });
  test("every switchable entry says what it bears on", () => {
    for (const r of REGISTER.filter((x) => x.field)) expect(r.bearsOn?.length).toBeGreaterThan(0);
  });
});

describe("every non-default alternative is exercised by a LibreOffice-checked case (test/oracle)", () => {
  const proven = new Set([
    ...ALTERNATIVES.map((a) => a.choice.replace(/\s*\(.*\)$/, "")),
    ...COMPARISON_READINGS,
    ...LEDGER_READINGS,
  ]);
  const needed = REGISTER.filter((r) => r.field && !r.free).flatMap((r) =>
    r.alternatives.filter((a) => a.value !== r.default).map((a) => `${r.id}=${a.value}`)
  );
  test.each(needed)("%s", (choice) => expect(proven.has(choice)).toBe(true));
  test("the free entries (pay-anchor, pay-lag) have a case each", () => {
    for (const r of REGISTER.filter((x) => x.free))
      expect([...proven].some((c) => c.startsWith(`${r.id}=`))).toBe(true);
  });
});

describe("every register id a trace names exists", () => {
  const ids = new Set(REGISTER.map((r) => r.id));
  const calls: Array<[string, unknown[]]> = [
    ["CONSULT_DISCOUNTED", ["2004-10-01"]],
    ["CHAIR_DISCOUNTED", ["2005-10-01", null, "simple"]],
    ["CONSULT_LUMPSUM", ["2004-10-01"]],
    ["EARNED_UNPAID", ["chairman", "2004-10-01"]],
    ["FEE_SCHEDULE", ["consulting", "2004-10-01", "2004-12-31"]],
    ...["4a", "4b-i", "4b-ii", "4c-i", "4c-ii", "4d", "4e", "4f", "4g", "4h"].map(
      (s): [string, unknown[]] => [
        "PAYOUT_DETAIL",
        [
          s,
          s === "4d"
            ? "2003-06-15"
            : s === "4g"
              ? "2003-06-30"
              : s.startsWith("4c-ii") || s === "4b-ii"
                ? "2005-10-01"
                : "2004-10-01",
        ],
      ]
    ),
    ["PAYOUT_DETAIL", ["4e", "2006-03-17", "chairman", "2005-01-01"]],
    ["PAYOUT_DETAIL", ["4f", "2003-07-05", null, null, null, 300000, "2003-06-15"]],
    [
      "PAYOUT_DETAIL",
      [
        "4c-i",
        "2005-02-01",
        null,
        null,
        null,
        null,
        null,
        "notification=2004-11-15; election=B; electionDate=2004-11-30; portion=40%; fairMarketValue=3.25",
      ],
    ],
    [
      "PAYOUT_DETAIL",
      [
        "4c-i",
        "2005-02-01",
        null,
        null,
        null,
        null,
        null,
        "notification=2004-11-15; duressEnd=2005-06-01",
      ],
    ],
    ["OPTION_DEADLINE", ["4b-i", "2004-10-01", "2005-12-17"]],
    ["TERMINATION_DATE", ["4c-i", "2004-07-01"]],
    ["CURE_PERIOD_END", ["4a", "2004-07-01"]],
    ["ELECTION_DEADLINE", ["2004-11-15", "us-ma"]],
    ["SHARE_TRANSFER_DEADLINE", ["2004-11-30"]],
    ["DURESS_SHARES", [538158.33, 7, null, "duress-whole-shares=round-nearest"]],
    ["DURESS_SCHEDULE", ["2004-10-01", 100000, "2005-01-01"]],
    ["DISABILITY_NOTICE_FROM", ["2005-01-01"]],
    ["SPLITDOLLAR_BUYOUT", [250000, 20]],
    [
      "LIFE_EXPECTANCY",
      [
        "1940-05-01",
        "2005-01-01",
        [
          [64, 20],
          [65, 19.2],
        ],
        "interpolated",
      ],
    ],
  ];
  test.each(calls.map(([fn, args]) => [fn, JSON.stringify(args), args] as const))(
    "%s(%s)",
    (fn, _shown, args) => {
      const trace = new Trace();
      BODIES[fn](args as never, trace);
      const named = trace.steps.flatMap((s) => [
        ...[...`${s.clause} ${s.step}`.matchAll(/register ([a-z0-9-]+(?:, [a-z0-9-]+)*)/g)].flatMap(
          (m) => m[1].split(", ")
        ),
        ...s.choices
          .split("; ")
          .filter((c) => c.includes("="))
          .map((c) => c.split("=")[0]),
      ]);
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((id) => !ids.has(id))).toEqual([]);
    }
  );
});
