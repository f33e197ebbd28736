/**
 * npx btu-calc: the custom functions on the command line, printed as the cell
 * would show them. Runs the built CLI (npm ci builds it; npm test rebuilds).
 */
import { execFileSync, spawnSync } from "child_process";
import * as path from "path";

const BIN = path.join(__dirname, "..", "..", "bin", "btu-calc.js");
const calc = (...args: string[]) =>
  execFileSync(process.execPath, [BIN, ...args], { encoding: "utf8" }).replace(/\n$/, "");
const batch = (input: string) =>
  execFileSync(process.execPath, [BIN, "--batch"], { input, encoding: "utf8" });

describe("btu-calc NAME ARG...", () => {
  test("a number as a plain decimal", () => {
    expect(calc("CONSULT_DISCOUNTED", "2004-10-01")).toBe("538158.33");
    expect(calc("consult_discounted", "2004-10-01", "", "simple")).toBe("537199.64");
    expect(calc("BTU.CHAIR_DISCOUNTED", "2005-10-01")).toBe("170273.8");
  });
  test("a date serial", () => expect(calc("TERMINATION_DATE", "4c-i", "2004-07-01")).toBe("38261"));
  test("a spilled table as tab-separated rows", () => {
    const lines = calc("FEE_SCHEDULE", "chairman", "2007-06-01").split("\n");
    expect(lines[0]).toBe("Pay date\tPeriod start\tPeriod end\tDays\tAmount\tCumulative");
    expect(lines[lines.length - 1].split("\t")[2]).toBe("39263");
  });
  test("an error as CODE message", () => {
    expect(calc("CONSULT_DISCOUNTED", "2004-09-30")).toMatch(
      /^#VALUE! terminationDate 2004-09-30 is outside 4\(c\)\(i\)'s window/
    );
    expect(calc("OPTION_DEADLINE", "4a", "2004-10-01", "2005-01-01")).toMatch(/^#N\/A forfeited/);
    expect(calc("CONSULT_LUMPSUM", "2010-01-01")).toMatch(/^#NUM! /);
  });
  test("a JSON array for a range", () =>
    expect(calc("ELECTION_DEADLINE", "2004-10-01", '["2004-10-11"]')).toBe("38293"));
  test("an Excel error argument propagates without calling the function", () =>
    expect(calc("CONSULT_LUMPSUM", "#N/A")).toMatch(/^#N\/A/));
  test("an unknown function is #NAME? and exit code 2", () => {
    const r = spawnSync(process.execPath, [BIN, "NOPE"], { encoding: "utf8" });
    expect(r.stdout).toMatch(/^#NAME\?/);
    expect(r.status).toBe(2);
  });
  test("too many arguments", () =>
    expect(calc("TERMS", "x")).toMatch(/^#VALUE! BTU.TERMS takes at most 0 arguments/));
  test("--list shows every function with its arguments", () =>
    expect(calc("--list")).toMatch(
      /BTU\.CONSULT_DISCOUNTED\(terminationDate, \[rate\], \[method\], \[choices\]\)/
    ));
});

describe("btu-calc --batch", () => {
  test("one result per line; tables as JSON on one line", () => {
    const out = batch(
      "CONSULT_DISCOUNTED\t2004-10-01\nCONSULT_DISCOUNTED\t2004-10-01\t\tsimple\nPAYOUT\t4h\t2005-03-15\nCHAIR_LUMPSUM\tx\nTERMS\n"
    ).split("\n");
    expect(out.slice(0, 3)).toEqual(["538158.33", "537199.64", "284929.32"]);
    expect(out[3]).toMatch(/^#VALUE! terminationDate must be a date/);
    expect(JSON.parse(out[4])[0]).toEqual(["Term", "Value", "Unit", "Clause", "Agreement text"]);
  });
});

describe("btu-calc --audit-workbook", () => {
  test("writes the workbook and lists the figures it rebuilds", () => {
    const file = require("path").join(require("os").tmpdir(), `btu-audit-cli-${process.pid}.xlsx`);
    const out = calc(
      "--audit-workbook",
      file,
      "4c-i",
      "2004-10-01",
      "--notice",
      "2004-07-01",
      "--vesting",
      "2004-01-01"
    );
    expect(out).toContain("Consulting Fees: lump sum less 3% a year (xnpv): 538158.33");
    expect(out).toContain("Termination date = EDATE(notice, 3) (TERMINATION_DATE): 2004-10-01");
    expect(require("fs").statSync(file).size).toBeGreaterThan(10_000);
  });
  test("refuses a date outside the clause's window", () => {
    const r = spawnSync(
      process.execPath,
      [BIN, "--audit-workbook", "x.xlsx", "4c-i", "2004-09-01"],
      { encoding: "utf8" }
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/#VALUE! terminationDate 2004-09-01 is outside 4\(c\)\(i\)'s window/);
  });
  test("EXPLAIN on the command line", () =>
    expect(calc("EXPLAIN", "CONSULT_DISCOUNTED", "2004-10-01").split("\n").pop()).toMatch(
      /Result of BTU.CONSULT_DISCOUNTED\t\t\t\t538158.33$/
    ));
});
