/**
 * 3(c)(iii)(B): the built-in life tables are the published ones, age for
 * age (../shared/life-tables/, with their provenance), and LIFE_EXPECTANCY
 * reads them like a user's range: the table's value at the age the
 * `life-expectancy-age` reading gives, naming the table and its source.
 */
import * as fs from "fs";
import * as path from "path";
import { BODIES } from "../../src/functions/implementations";
import { iso, LIFE_TABLES, serial, Trace } from "../../src/core";

const DIR = [
  process.env.BTU_LIFE_TABLES,
  path.join(__dirname, "../../../shared/life-tables"),
  path.join(__dirname, "../../../../shared/life-tables"),
]
  .filter((p): p is string => !!p)
  .find((p) => fs.existsSync(p));
const FILES: Record<string, string> = {
  "irs-single-life-2002": "irs-single-life-2002.tsv",
  "irs-single-life-2022": "irs-single-life-2022.tsv",
  "ssa-2003-male": "ssa-period-2003-male.tsv",
  "ssa-2003-female": "ssa-period-2003-female.tsv",
  "ssa-2017-male": "ssa-period-2017-male.tsv",
  "ssa-2017-female": "ssa-period-2017-female.tsv",
};
const published = (file: string): Array<[number, number]> =>
  fs
    .readFileSync(path.join(DIR as string, file), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const cols = line.split("\t");
      return [Number(cols[0]), Number(cols[cols.length - 1])];
    });

// CI runs beside shared/; elsewhere without it the comparison with the files is skipped.
(DIR || process.env.CI ? describe : describe.skip)(
  "the built-in tables are the published ones at every age",
  () => {
    test("the six tables the issue names are built in, each with its citation", () => {
      expect(LIFE_TABLES.map((t) => t.id).sort()).toEqual(Object.keys(FILES).sort());
      for (const t of LIFE_TABLES) expect(t.citation.length).toBeGreaterThan(40);
    });
    test.each(Object.entries(FILES))("%s = %s", (id, file) => {
      const t = LIFE_TABLES.find((x) => x.id === id)!;
      expect(t.years.map((y, i) => [t.firstAge + i, y])).toEqual(published(file));
    });
  }
);

describe("LIFE_EXPECTANCY(birthDate, asOfDate, name, ageBasis)", () => {
  const call = (args: unknown[], trace?: Trace) => BODIES.LIFE_EXPECTANCY(args as never, trace);
  test.each(LIFE_TABLES.map((t) => [t.id, t] as const))(
    "%s, last-birthday: the table's value for the age last birthday, at every age",
    (_id, t) => {
      // On 2030-06-15 someone born on 2030-06-16, (a + 1) years earlier, is a years old (age last birthday).
      const got = t.years.map((_y, i) => {
        const age = t.firstAge + i;
        return call([serial(2030 - age - 1, 6, 16), serial(2030, 6, 15), t.id, "last-birthday"]);
      });
      expect(got).toEqual(t.years);
    }
  );
  test("IRS 2002 at age 64 (born 1940-05-01, buy-out 2005-01-01): 21.8; nearest birthday (age 65 from 2004-11-01): 21.0", () => {
    expect(call([serial(1940, 5, 1), serial(2005, 1, 1), "irs-single-life-2002"])).toBe(21.8);
    expect(
      call([serial(1940, 5, 1), serial(2005, 1, 1), " IRS-Single-Life-2002 ", "nearest-birthday"])
    ).toBe(21);
  });
  test("the trace names the table, its source and the age read", () => {
    const trace = new Trace();
    call([serial(1940, 5, 1), serial(2005, 1, 1), "ssa-2003-male"], trace);
    const text = trace.steps.map((s) => `${s.step} | ${s.clause} | ${s.inputs}`).join("\n");
    expect(text).toMatch(/SSA period life table 2003, male/);
    expect(text).toMatch(/Social Security Administration/);
    expect(text).toMatch(/age last birthday=64/);
    expect(iso(serial(2005, 1, 1))).toBe("2005-01-01");
  });
  test("an unknown name lists the built-in tables", () =>
    expect(() => call([serial(1940, 5, 1), serial(2005, 1, 1), "cso-2001"])).toThrow(
      /irs-single-life-2002, irs-single-life-2022, ssa-2003-male/
    ));
});
