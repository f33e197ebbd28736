/**
 * npx btu-calc: the custom functions on the command line, printed as the cell
 * would show them. Runs the built CLI (npm ci builds it; npm test rebuilds).
 */
import { execFileSync, spawnSync } from "child_process";
import * as path from "path";

const BIN = path.join(__dirname, "..", "..", "bin", "btu-calc.js");
/** Runs btu-calc: its stdout (last newline off) and exit status. */
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { out: r.stdout.replace(/\n$/, ""), status: r.status, err: r.stderr };
};
/** The output of a call; the exit status is 0 for a value, 1 for an error value (README). */
const calc = (...args: string[]) => run(...args).out;
const batchRun = (input: string) => {
  const r = spawnSync(process.execPath, [BIN, "--batch"], { input, encoding: "utf8" });
  return { out: r.stdout, status: r.status };
};
const batch = (input: string) => batchRun(input).out;
void execFileSync;

describe("btu-calc NAME ARG...", () => {
  test("a number as a plain decimal", () => {
    expect(calc("CONSULT_DISCOUNTED", "2004-10-01")).toBe("537199.64");
    expect(calc("consult_discounted", "2004-10-01", "", "xnpv")).toBe("538158.33");
    expect(calc("BTU.CHAIR_DISCOUNTED", "2005-10-01")).toBe("170126.23");
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
    // A date out of the agreement's span: #VALUE! with its message (issue 19).
    expect(calc("CONSULT_LUMPSUM", "2010-01-01")).toMatch(
      /^#VALUE! terminationDate must be between/
    );
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
  test("too many arguments: a usage error, exit status 2", () => {
    expect(calc("TERMS", "x")).toMatch(/^#VALUE! BTU.TERMS takes at most 0 arguments/);
    expect(run("TERMS", "x").status).toBe(2);
  });
  test("exit status: 0 for a value, 1 for an error value (documented in --help)", () => {
    expect(run("CONSULT_DISCOUNTED", "2004-10-01").status).toBe(0);
    expect(run("CONSULT_DISCOUNTED", "2004-09-30").status).toBe(1);
    expect(run("OPTION_DEADLINE", "4a", "2004-10-01", "2005-01-01").status).toBe(1);
    expect(run("CONSULT_LUMPSUM", "#N/A").status).toBe(1);
    expect(run("--help").out).toMatch(/Exit status: 0 .*1 when any result is an error value/s);
  });
  test("did you mean: a misspelled function name and a misspelled choice id", () => {
    const r = run("CONSULT_DISCOUNTD", "2004-10-01");
    expect(r.out).toMatch(
      /^#NAME\? unknown function BTU\.CONSULT_DISCOUNTD; did you mean CONSULT_DISCOUNTED\?/
    );
    expect(r.status).toBe(2);
    const c = run("CONSULT_LUMPSUM", "2004-10-01", "pay-lagg=3");
    expect(c.out).toMatch(/unknown interpretation id "pay-lagg"; did you mean pay-lag\?/);
    expect(c.status).toBe(1);
    expect(run("--batc").err).toMatch(/unknown option "--batc"; did you mean --batch\?/);
  });
  test("--list shows every function with its arguments", () =>
    expect(calc("--list")).toMatch(
      /BTU\.CONSULT_DISCOUNTED\(terminationDate, \[rate\], \[method\], \[choices\]\)/
    ));
});

describe("btu-calc --batch", () => {
  test("one result per line; tables as JSON on one line", () => {
    const out = batch(
      "CONSULT_DISCOUNTED\t2004-10-01\nCONSULT_DISCOUNTED\t2004-10-01\t\txnpv\nPAYOUT\t4h\t2005-03-15\nCHAIR_LUMPSUM\tx\nTERMS\n"
    ).split("\n");
    expect(out.slice(0, 3)).toEqual(["537199.64", "538158.33", "284929.32"]);
    expect(out[3]).toMatch(/^#VALUE! terminationDate must be a date/);
    expect(JSON.parse(out[4])[0]).toEqual(["Term", "Value", "Unit", "Clause", "Agreement text"]);
  });
  test("exit status in --batch: 0 when every result is a value, 1 when any is an error, 2 when any line is a usage error", () => {
    expect(batchRun("CONSULT_DISCOUNTED\t2004-10-01\n").status).toBe(0);
    expect(batchRun("CONSULT_DISCOUNTED\t2004-10-01\nCHAIR_LUMPSUM\tx\n").status).toBe(1);
    const r = batchRun("NOPE\nCONSULT_DISCOUNTED\t2004-10-01\n");
    expect(r.status).toBe(2);
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      expect.stringMatching(/^#NAME\? unknown function BTU\.NOPE/),
      "537199.64",
    ]);
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
    expect(out).toContain("Consulting Fees: lump sum less 3% a year (simple): 537199.64");
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
      /Result of BTU.CONSULT_DISCOUNTED\t\t\t\t537199.64$/
    ));
});

describe('"One core, one door": the defects\' figures through the registered functions (btu-calc --batch)', () => {
  // Hand-worked from the agreement: 300,000 x 15/365 = 12,328.77 of base salary for 2003-06-16..2003-06-30 (paragraph 1).
  const lines = (rows: string[][]) =>
    batch(rows.map((r) => r.join("\t")).join("\n") + "\n")
      .trimEnd()
      .split("\n");
  test("1(a), 4(f), 4(d), 4(a): base salary earned in the Transition Period is paid after it: 1,228,328.77, 1,228,328.77, 16,481.78", () =>
    expect(
      lines([
        ["PAYOUT", "4f", "2003-07-05", "", "", "", "300000", "2003-06-15"],
        ["PAYOUT", "4d", "2003-07-05", "", "", "", "300000", "2003-06-15"],
        ["PAYOUT", "4a", "2003-07-05", "", "", "", "300000", "2003-06-15"],
      ])
    ).toEqual(["1228328.77", "1228328.77", "16481.78"]));
  test("4(e) after the Consulting Period ended: periods chairman pays the Chairman items only, 131,780.82; the Consulting end must lie in its period", () => {
    const out = lines([
      ["PAYOUT", "4e", "2006-03-17", "chairman", "2005-01-01"],
      ["PAYOUT", "4f", "2006-03-17", "chairman", "2005-01-01"],
      ["PAYOUT", "4b-ii", "2006-03-17", "chairman", "2003-01-01"],
      ["PAYOUT", "4b-ii", "2006-03-17", "chairman", "2003-06-29"],
    ]);
    expect(out.slice(0, 2)).toEqual(["131780.82", "131780.82"]);
    expect(out[2]).toMatch(/^"?#VALUE!.*the agreement's span/);
    expect(out[3]).toMatch(/^"?#VALUE!.*commences on the Separation Date/);
  });
  test("4(h): DISABILITY_NOTICE_FROM refuses a first day whose 120 days end after the Consulting Period", () =>
    expect(lines([["DISABILITY_NOTICE_FROM", "2007-03-03"]])[0]).toMatch(
      /^"?#VALUE!.*after the Consulting Period ends on 2007-06-30/
    ));
  test("4(c)(i)(B) round-nearest: 538,158.33 at $7 leaves a balance of 5.33, never negative", () =>
    expect(
      lines([["DURESS_BALANCE", "538158.33", "7", "", "duress-whole-shares=round-nearest"]])
    ).toEqual(["5.33"]));
  test("4(c)(i) a Board's delay: shares on 2004-12-14, bi-weekly cash from 2005-02-07, no lump sum on 2005-02-01; PAYOUT still 3,912.33 + 473,808.30 = 477,720.63", () => {
    const delay =
      "notification=2004-11-15; election=B; electionDate=2004-11-30; portion=40%; fairMarketValue=3.25";
    const [total, schedule] = lines([
      ["PAYOUT", "4c-i", "2005-02-01", "", "", "", "", "", delay],
      ["PAYOUT_SCHEDULE", "4c-i", "2005-02-01", "", "", "0", "", "", "", delay],
    ]);
    expect(total).toBe("477720.63");
    const rows = JSON.parse(schedule) as Array<[number, number, number, string, string]>;
    // 2004-12-14 is serial 38335; 2005-02-01 is 38384; 2005-02-07 is 38390.
    // floor(0.4 x 473,808.30 / 3.25) = floor(58,314.87) = 58,314 shares, worth 189,520.50
    expect(rows[0].slice(0, 2)).toEqual([38335, 189520.5]);
    expect(rows[0][3]).toMatch(/58,314 shares at \$3\.25/);
    expect(rows.some((r) => r[0] === 38384)).toBe(false);
    expect(rows[1][0]).toBe(38390);
    expect(rows[rows.length - 1][2]).toBe(477720.63);
  });
});

describe("btu-calc --dates iso: dates as YYYY-MM-DD, the pane's one date format", () => {
  /** Excel serial -> YYYY-MM-DD by plain arithmetic (1900 date system, after 1900-02-28). */
  const isoOf = (serial: number) =>
    new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  test("4(b)(i): notice 2004-07-01 + three months = 2004-10-01; 4(c)(i): 21 Massachusetts business days after 2006-10-25 = 2006-11-24", () => {
    expect(calc("--dates", "iso", "TERMINATION_DATE", "4b-i", "2004-07-01")).toBe("2004-10-01");
    expect(calc("--dates", "iso", "BTU.ELECTION_DEADLINE", "2006-10-25")).toBe("2006-11-24");
  });
  test("EXPLAIN's result row is a date when the explained function returns one (4(b)(i): 2004-10-01), and a figure stays a figure (4(c)(i): 537199.64)", () => {
    const date = calc("--dates", "iso", "EXPLAIN", "TERMINATION_DATE", "4b-i", "2004-07-01")
      .split("\n")
      .pop()
      ?.split("\t");
    expect(date?.[date.length - 1]).toBe("2004-10-01");
    const money = calc("--dates", "iso", "EXPLAIN", "BTU.CONSULT_DISCOUNTED", "2004-10-01")
      .split("\n")
      .pop()
      ?.split("\t");
    expect(money?.[money.length - 1]).toBe("537199.64");
    const inBatch = spawnSync(process.execPath, [BIN, "--dates", "iso", "--batch"], {
      input: "EXPLAIN\tTERMINATION_DATE\t4b-i\t2004-07-01\n",
      encoding: "utf8",
    }).stdout;
    expect(inBatch).toMatch(/"2004-10-01"\]\]\n$/);
  });
  test("a table's date columns (Pay date, Period start, Period end) as dates; amounts and days unchanged", () => {
    const serial = calc("FEE_SCHEDULE", "chairman", "2007-06-01").split("\n");
    const iso = calc("--dates", "iso", "FEE_SCHEDULE", "chairman", "2007-06-01").split("\n");
    expect(iso[0]).toBe(serial[0]);
    expect(iso).toHaveLength(serial.length);
    for (let i = 1; i < serial.length; i++) {
      const s = serial[i].split("\t");
      expect(iso[i].split("\t")).toEqual([
        ...s.slice(0, 3).map((x) => isoOf(Number(x))),
        ...s.slice(3),
      ]);
    }
    expect(iso[iso.length - 1].split("\t")[2]).toBe("2007-06-30");
  });
  test("which cells are dates is the core's catalogue (RESULT_SHAPES), by position: FEE_SCHEDULE without its header row too", () => {
    const serial = calc("FEE_SCHEDULE", "chairman", "2007-06-01", "", "0").split("\n");
    const iso = calc("--dates", "iso", "FEE_SCHEDULE", "chairman", "2007-06-01", "", "0").split(
      "\n"
    );
    expect(serial[0]).not.toMatch(/Pay date/);
    expect(iso).toHaveLength(serial.length);
    serial.forEach((line, i) => {
      const s = line.split("\t");
      expect(iso[i].split("\t")).toEqual([
        ...s.slice(0, 3).map((x) => isoOf(Number(x))),
        ...s.slice(3),
      ]);
    });
  });
  test("PAYOUT_SCHEDULE and DURESS_SCHEDULE: the date column as YYYY-MM-DD, amounts, cumulative and balance unchanged", () => {
    for (const call of [
      ["PAYOUT_SCHEDULE", "4h", "2005-03-15"],
      ["DURESS_SCHEDULE", "2005-02-01", "284287.80"],
    ]) {
      const serial = calc(...call).split("\n");
      const iso = calc("--dates", "iso", ...call).split("\n");
      expect(iso[0]).toBe(serial[0]);
      expect(serial.length).toBeGreaterThan(2);
      for (let i = 1; i < serial.length; i++) {
        const s = serial[i].split("\t");
        expect(iso[i].split("\t")).toEqual([isoOf(Number(s[0])), ...s.slice(1)]);
      }
    }
  });
  test("every date function: CURE_PERIOD_END, OPTION_DEADLINE, SHARE_TRANSFER_DEADLINE, DISABILITY_NOTICE_FROM as YYYY-MM-DD; an error stays an error", () => {
    const calls = [
      ["CURE_PERIOD_END", "4a", "2004-10-01"],
      ["OPTION_DEADLINE", "4b-i", "2004-10-01", "2005-03-01"],
      ["SHARE_TRANSFER_DEADLINE", "2004-11-30"],
      ["DISABILITY_NOTICE_FROM", "2005-01-03"],
    ];
    for (const call of calls)
      expect(calc("--dates", "iso", ...call)).toBe(isoOf(Number(calc(...call))));
    expect(calc("--dates", "iso", "OPTION_DEADLINE", "4a", "2004-10-01", "2005-01-01")).toMatch(
      /^#N\/A forfeited/
    );
    // Money, shares and years are never dates, even when whole numbers.
    expect(calc("--dates", "iso", "SPLITDOLLAR_INTEREST", "400000", "500000")).toBe("290000");
    expect(calc("--dates", "iso", "DURESS_SHARES", "473808.30", "3.25", "0.4")).toBe("58314");
  });
  test("--batch too; a money figure is never taken for a date; --dates needs iso or serial (exit 2)", () => {
    const r = spawnSync(process.execPath, [BIN, "--dates", "iso", "--batch"], {
      input: "CONSULT_DISCOUNTED\t2004-10-01\nTERMINATION_DATE\t4c-i\t2004-07-01\n",
      encoding: "utf8",
    });
    expect(r.stdout.split("\n").slice(0, 2)).toEqual(["537199.64", "2004-10-01"]);
    expect(run("--dates", "excel", "TERMS").status).toBe(2);
  });
});
