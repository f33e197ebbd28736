/**
 * Custom enums (Excel's AutoComplete for closed lists, functions.json
 * "enums"): generated from the core's closed lists into functions.ts, carried
 * by the build into dist/functions.json, one per closed-list argument, and
 * every value Excel offers accepted by the function it is offered for.
 * Expected lists are written here by hand from the agreement and the
 * register, not read from the code under test.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { REGISTER } from "../../src/core";
import { loadRegistered } from "../helpers/registered";

interface EnumMeta {
  id: string;
  type: string;
  values: Array<{ name: string; stringValue?: string; tooltip?: string }>;
}
interface Meta {
  enums?: EnumMeta[];
  functions: Array<{
    id: string;
    parameters: Array<{ name: string; type?: string; customEnumId?: string }>;
  }>;
}

const ROOT = path.join(__dirname, "..", "..");
const reg = loadRegistered();
const meta = reg.metadata as unknown as Meta;
const enums = new Map((meta.enums ?? []).map((e) => [e.id, e]));
const values = (id: string) => (enums.get(id)?.values ?? []).map((v) => v.stringValue);

describe("custom enums: functions.ts's generated block is current", () => {
  test("npm run docs (scripts/enums.ts) would not change src/functions/functions.ts", () => {
    const run = spawnSync(
      process.execPath,
      [require.resolve("tsx/cli"), path.join(ROOT, "scripts", "enums.ts"), "--check"],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect({ status: run.status, out: run.stdout.trim(), err: run.stderr.trim() }).toEqual({
      status: 0,
      out: "src/functions/functions.ts: custom enums current",
      err: "",
    });
  });
});

describe("custom enums in dist/functions.json: the agreement's closed lists", () => {
  test("paragraph 4's ten subsections and paths: 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g, 4h", () => {
    expect(values("Scenario")).toEqual([
      "4a",
      "4b-i",
      "4b-ii",
      "4c-i",
      "4c-ii",
      "4d",
      "4e",
      "4f",
      "4g",
      "4h",
    ]);
    const tip = (v: string) => enums.get("Scenario")?.values.find((x) => x.stringValue === v);
    expect(tip("4a")?.tooltip).toBe("4(a): By the Company for Cause");
    expect(tip("4g")?.tooltip).toBe("4(g): Death");
  });

  test("3(a)'s two fees, with their yearly amounts ($204,000 and $100,000)", () => {
    expect(values("Fee")).toEqual(["consulting", "chairman"]);
    const [c, h] = enums.get("Fee")?.values ?? [];
    expect(c.tooltip).toContain("$204,000 a year");
    expect(h.tooltip).toContain("$100,000 a year");
  });

  test("the cure periods: 4(a)(i) thirty (30) days, 4(d)(i) ten (10) days", () => {
    expect(values("CureClause")).toEqual(["4a", "4d"]);
    const [a, d] = enums.get("CureClause")?.values ?? [];
    expect(a.tooltip).toMatch(/^4\(a\)\(i\): 30 days/);
    expect(d.tooltip).toMatch(/^4\(d\)\(i\): 10 days/);
  });

  test("the periods a termination ends: consulting, chairman, both", () => {
    expect(values("Periods")).toEqual(["consulting", "chairman", "both"]);
  });

  test("the register's readings: discount-method, split-dollar-discount, life-expectancy-age, default first and marked", () => {
    const expected: Array<[string, string, string[]]> = [
      ["DiscountMethod", "discount-method", ["simple", "xnpv", "flat"]],
      ["SplitDollarMethod", "split-dollar-discount", ["compound", "simple"]],
      ["AgeBasis", "life-expectancy-age", ["last-birthday", "nearest-birthday", "interpolated"]],
    ];
    for (const [id, entry, words] of expected) {
      expect({ id, values: values(id) }).toEqual({ id, values: words });
      const e = REGISTER.find((r) => r.id === entry);
      expect({ id, default: e?.default }).toEqual({ id, default: words[0] });
      expect(enums.get(id)?.values[0].tooltip).toMatch(/^Default\. /);
      expect(
        enums
          .get(id)
          ?.values.slice(1)
          .some((v) => v.tooltip?.startsWith("Default"))
      ).toBe(false);
    }
  });

  test("EXPLAIN's functionName offers every other BTU function", () => {
    const others = meta.functions.map((f) => f.id).filter((id) => id !== "EXPLAIN");
    expect(values("FunctionName")).toEqual(others);
  });

  test("as Microsoft's schema requires: string enums, ids 3-64 letters, each value named by its own text, tooltips of at most 256", () => {
    expect([...enums.keys()].sort()).toEqual(
      [
        "AgeBasis",
        "CureClause",
        "DiscountMethod",
        "Fee",
        "FunctionName",
        "Periods",
        "Scenario",
        "SplitDollarMethod",
        "YearBasis",
      ].sort()
    );
    for (const e of enums.values()) {
      expect({ id: e.id, type: e.type }).toEqual({ id: e.id, type: "string" });
      expect(e.id).toMatch(/^[A-Za-z][A-Za-z0-9._]{2,63}$/);
      for (const v of e.values) {
        // AutoComplete shows the name: "4b-i", not the generator's quoted member name '"4b-i"'.
        expect({ enum: e.id, name: v.name }).toEqual({ enum: e.id, name: v.stringValue });
        expect((v.tooltip ?? "").length).toBeGreaterThan(0);
        expect((v.tooltip ?? "").length).toBeLessThanOrEqual(256);
      }
    }
  });
});

describe("custom enums: each closed-list argument is typed by its enum", () => {
  const expected: Record<string, Record<string, string>> = {
    CONSULT_DISCOUNTED: { method: "DiscountMethod" },
    CHAIR_DISCOUNTED: { method: "DiscountMethod" },
    EARNED_UNPAID: { fee: "Fee" },
    FEE_SCHEDULE: { fee: "Fee" },
    PAYOUT: { scenario: "Scenario", periods: "Periods" },
    PAYOUT_DETAIL: { scenario: "Scenario", periods: "Periods" },
    PAYOUT_SCHEDULE: { scenario: "Scenario", periods: "Periods" },
    PAYOUT_BY_YEAR: { scenario: "Scenario", periods: "Periods", yearBasis: "YearBasis" },
    SENSITIVITY: { scenario: "Scenario", periods: "Periods" },
    OUTSTANDING: { scenario: "Scenario", periods: "Periods" },
    ROLLFORWARD: { scenario: "Scenario", periods: "Periods" },
    TERMINATION_DATE: { scenario: "Scenario" },
    OPTION_DEADLINE: { scenario: "Scenario" },
    CURE_PERIOD_END: { clause: "CureClause" },
    SPLITDOLLAR_BUYOUT: { method: "SplitDollarMethod" },
    LIFE_EXPECTANCY: { ageBasis: "AgeBasis" },
    EXPLAIN: { functionName: "FunctionName" },
  };

  test("these arguments and no others", () => {
    const found: Record<string, Record<string, string>> = {};
    for (const f of meta.functions)
      for (const p of f.parameters)
        if (p.customEnumId) (found[f.id] ??= {})[p.name] = p.customEnumId;
    expect(found).toEqual(expected);
  });

  test("an enum argument is text to Excel (type string) and every other stays any", () => {
    for (const f of meta.functions)
      for (const p of f.parameters)
        expect({ f: f.id, p: p.name, type: p.type ?? "any" }).toEqual({
          f: f.id,
          p: p.name,
          type: p.customEnumId ? "string" : p.type === "number" ? "number" : "any",
        });
  });
});

describe("every value AutoComplete offers is accepted by its function", () => {
  const notInList = /must be one of|must be "consulting" or "chairman"|must be consulting/;
  const message = (f: () => unknown): string => {
    try {
      f();
      return "";
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  };

  test("PAYOUT, TERMINATION_DATE and OPTION_DEADLINE take each scenario (2005-10-01, a date inside every window)", () => {
    for (const s of values("Scenario")) {
      expect({ s, m: message(() => reg.call("TERMINATION_DATE", s, "2005-07-01")) }).not.toEqual({
        s,
        m: expect.stringMatching(notInList),
      });
      expect({ s, m: message(() => reg.call("PAYOUT", s, "2005-10-01")) }).not.toEqual({
        s,
        m: expect.stringMatching(notInList),
      });
    }
  });

  test("the fees, methods, cure clauses and age bases are accepted", () => {
    for (const fee of values("Fee"))
      expect(reg.call("EARNED_UNPAID", fee, "2004-10-01")).toEqual(expect.any(Number));
    for (const m of values("DiscountMethod"))
      expect(reg.call("CONSULT_DISCOUNTED", "2004-10-01", null, m)).toEqual(expect.any(Number));
    for (const m of values("SplitDollarMethod"))
      expect(reg.call("SPLITDOLLAR_BUYOUT", 290000, 21.8, null, m)).toEqual(expect.any(Number));
    for (const c of values("CureClause"))
      expect(reg.call("CURE_PERIOD_END", c, "2004-01-01")).toEqual(expect.any(Number));
    for (const b of values("AgeBasis"))
      expect(
        reg.call("LIFE_EXPECTANCY", "1940-05-01", "2005-01-01", "irs-single-life-2002", b)
      ).toEqual(expect.any(Number));
    for (const p of values("Periods"))
      expect(message(() => reg.call("PAYOUT", "4d", "2004-10-01", p))).not.toMatch(notInList);
    // Issue 21: PAYOUT_BY_YEAR's yearBasis, calendar or contract (3(b)).
    // 4(h) on 2005-03-15 pays from 2005-03-21: calendar year 2005, contract year 2004-05 (July 1 - June 30).
    for (const b of values("YearBasis")) {
      const rows = reg.call("PAYOUT_BY_YEAR", "4h", "2005-03-15", null, null, b) as unknown[][];
      expect([b, rows[1][0]]).toEqual([b, b === "calendar" ? "2005" : "2004-05"]);
    }
  });

  test("EXPLAIN takes each function name it offers", () => {
    for (const id of values("FunctionName")) {
      const rows = reg.call("EXPLAIN", id) as unknown[][];
      expect({ id, header: rows[0][0] }).toEqual({ id, header: expect.any(String) });
    }
  });

  test("text outside a list is still refused with the allowed words, as before (an enum only suggests)", () => {
    expect(message(() => reg.call("PAYOUT", "4i", "2004-10-01"))).toMatch(
      /scenario must be one of 4a, 4b-i, .*4h, got "4i"/
    );
    // Excel may hand an enum argument a number or TRUE as text: either way the message names the list.
    for (const v of [4, "4", true, "TRUE"])
      expect(message(() => reg.call("PAYOUT", v, "2004-10-01"))).toMatch(/scenario must be/);
  });
});

test("the reference page lists each enum argument's values", () => {
  const page = fs.readFileSync(path.join(ROOT, "dist", "functions-reference.html"), "utf8");
  expect(page).toContain("One of: 4a, 4b-i, 4b-ii, 4c-i, 4c-ii, 4d, 4e, 4f, 4g or 4h.");
  expect(page).toContain("One of: simple, xnpv or flat.");
});
