/**
 * The command line as the cell (issue "Hardening, second round", items 4 to
 * 8): one line per call in --batch whatever a message holds, Excel's 1900
 * serials, non-finite numbers and shapes no cell holds refused, EXPLAIN's
 * arity, DURESS_SCHEDULE's end date, --audit-workbook's options read as the
 * functions read them. Runs the built CLI (bin/btu-calc.js).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { isoSerial } from "../../src/cli/evaluate";

const BIN = path.join(__dirname, "..", "..", "bin", "btu-calc.js");
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8" });
  return { out: r.stdout.replace(/\n$/, ""), err: r.stderr, status: r.status };
};
const meta = (
  JSON.parse(
    fs.readFileSync(path.join(__dirname, "..", "..", "dist", "cli", "functions.json"), "utf8")
  ) as { functions: Array<{ id: string; parameters: Array<{ name: string }> }> }
).functions;

describe("--batch: exactly one line per call, whatever a message holds", () => {
  test("newlines, tabs, CR, NUL and line separators in every argument of every function", () => {
    // A batch line cannot hold a raw newline or tab (they separate calls and arguments): they arrive
    // inside JSON ranges, which is how a message could echo them; NUL, CR and U+2028 arrive raw too.
    const nasty = [
      '["a\\nb\\tc\\u0000d\\r"]',
      "x\u0000y",
      "x\ry",
      "a\u2028b\u2029c",
      '[["pay-lag","\\n3"]]',
    ];
    const lines: string[] = [];
    for (const f of meta)
      for (let i = 0; i < Math.max(1, f.parameters.length); i++)
        for (const v of nasty) {
          const args = f.parameters.map(() => "");
          if (args.length) args[i] = v;
          lines.push([f.id, ...args].join("\t"));
        }
    const r = run(["--batch"], lines.join("\n") + "\n");
    const out = r.out.split("\n");
    expect(out.length).toBe(lines.length);
    // eslint-disable-next-line no-control-regex
    for (const o of out) expect(o).not.toMatch(/[\r\u0000\u2028\u2029]/);
    expect(out.every((o) => o.length > 0)).toBe(true);
  });
});

describe("arguments as Excel would pass them", () => {
  test("ISO dates before 1900-03-01 are Excel's serials: 1900-01-01 is 1, 1900-02-28 is 59, 1900-02-29 is 60, 1900-03-01 is 61", () => {
    // Excel's own numbering (it keeps Lotus 1-2-3's 1900-02-29): counted by hand from 1900-01-01 = 1.
    expect(
      ["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "2004-10-01"].map(isoSerial)
    ).toEqual([1, 59, 60, 61, 38261]);
    expect(["1899-12-31", "1901-02-29", "10000-01-01"].map(isoSerial)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    // The functions refuse any day before 1900-03-01 with a message, as in a cell.
    const r = run(
      ["--batch"],
      ["1900-01-01", "1900-02-29", "1900-03-01"]
        .map((d) => `DISABILITY_NOTICE_FROM\t${d}`)
        .join("\n") + "\n"
    ).out.split("\n");
    expect(
      r.slice(0, 2).every((l) => /must be a date between 1900-03-01 and 9999-12-31/.test(l))
    ).toBe(true);
    expect(r[2]).not.toMatch(/must be a date between/);
  });
  test("1e999 and other numbers no cell can hold are refused naming the argument (exit 2)", () => {
    for (const n of ["1e999", "-1e999", "4".repeat(400)]) {
      const r = run(["CONSULT_DISCOUNTED", "2004-10-01", n]);
      expect(r.out).toMatch(/^#VALUE! argument rate: .* is not a number a cell can hold/);
      expect(r.status).toBe(2);
    }
  });
  test("a range must be a rectangular 2-D array of scalars: objects, deeper nesting and ragged rows are refused", () => {
    for (const v of ['[{"a":1}]', '[[[["2004-10-01"]]]]', '{"__proto__":1}', "[[1,2],[3]]", "[]"]) {
      const r = run(["ELECTION_DEADLINE", "2004-10-01", v]);
      expect({ v, out: r.out, status: r.status }).toEqual({
        v,
        out: expect.stringMatching(
          /^#VALUE! argument holidays: a range must|^#VALUE! argument holidays: range cell/
        ),
        status: 2,
      });
    }
    expect(run(["ELECTION_DEADLINE", "2004-10-01", '[["2004-10-11"]]']).out).toBe("38293");
  });
  test("a time of day on the last serial is that day (README: a time is ignored): 2958465.5 reads as 9999-12-31", () => {
    expect(run(["DISABILITY_NOTICE_FROM", "2958465.5"]).out).toBe(
      run(["DISABILITY_NOTICE_FROM", "2958465"]).out
    );
    expect(run(["DISABILITY_NOTICE_FROM", "2958466"]).out).toMatch(
      /must be a date between 1900-03-01 and 9999-12-31/
    );
  });
  test("a rate of exactly 100% is #NUM!, as the README says (rates from 0 up to, not including, 100%)", () => {
    expect(run(["CONSULT_DISCOUNTED", "2004-10-01", "100%"]).out).toMatch(
      /^#NUM! rate must be a yearly rate from 0 up to 1/
    );
    expect(run(["CONSULT_DISCOUNTED", "2004-10-01", "0.99", "xnpv"]).out).toMatch(/^\d+\.\d+$/);
  });
});

describe("EXPLAIN ends at the function's own answer, error included", () => {
  test("extra arguments: EXPLAIN gives the error the function gives", () => {
    const own = run(["CURE_PERIOD_END", "4a", "2004-07-01", "x"]);
    expect(own.out).toMatch(/^#VALUE! BTU.CURE_PERIOD_END takes at most 2 arguments, got 3/);
    const ex = run(["EXPLAIN", "CURE_PERIOD_END", "4a", "2004-07-01", "x"]).out.split("\n");
    expect(ex[ex.length - 1]).toMatch(
      /BTU.CURE_PERIOD_END gives #VALUE!: BTU.CURE_PERIOD_END takes at most 2 arguments, got 3\t\t\t\t#VALUE!$/
    );
  });
});

describe("DURESS_SCHEDULE: the cap holds unless the duress ends by 2007-06-30 (4(c)(i)(A))", () => {
  test("600,000 is refused without an end date and with an end after 2007-06-30; accepted when the duress ends by then", () => {
    expect(run(["DURESS_SCHEDULE", "2004-10-01", "600000"]).out).toMatch(
      /^#NUM! balance must be at most 560580\.82/
    );
    for (const end of ["2030-01-01", "9999-12-31", "2007-07-01"])
      expect(run(["DURESS_SCHEDULE", "2004-10-01", "600000", end]).out).toMatch(
        /^#VALUE! duressEndDate must be on or before 2007-06-30/
      );
    expect(run(["DURESS_SCHEDULE", "2004-10-01", "1e308", "9999-12-31"]).out).toMatch(
      /^#VALUE! duressEndDate/
    );
    const rows = JSON.parse(
      run(["--batch"], "DURESS_SCHEDULE\t2004-10-01\t600000\t2007-06-30\t0\n").out
    ) as number[][];
    // 2007-06-30 is serial 39263: the rest of the 600,000 is paid that day and nothing is left.
    expect(rows[rows.length - 1][0]).toBe(39263);
    expect(rows[rows.length - 1][2]).toBe(0);
    const paid = rows.reduce((a, r) => a + r[1], 0);
    expect(Math.round(paid * 100)).toBe(60_000_000);
  });
});

describe("--audit-workbook: options read as the functions read them", () => {
  const file = path.join(os.tmpdir(), `btu-audit-opts-${process.pid}.xlsx`);
  const audit = (...opts: string[]) =>
    run(["--audit-workbook", file, "4c-i", "2004-10-01", "--notice", "2004-07-01", ...opts]);
  test.each([
    [
      ["--rate", "-5"],
      /^btu-calc: #NUM! --rate must be a yearly rate from 0 up to 1 \(3% is 0\.03\), got -5$/,
    ],
    [["--rate", "150"], /^btu-calc: #NUM! --rate must be a yearly rate from 0 up to 1/],
    [["--rate", "1"], /^btu-calc: #NUM! --rate must be a yearly rate from 0 up to 1/],
    [
      ["--rate", "abc"],
      /^btu-calc: #VALUE! --rate must be a yearly rate such as 0\.03 or 3%, got "abc"$/,
    ],
    [["--rate", "1e999"], /^btu-calc: #NUM! --rate must be a finite number$/],
    [["--fmv", "0", "--notification", "2004-08-01"], /^btu-calc: #NUM! --fmv must be above 0/],
    [
      ["--portion", "1.5", "--notification", "2004-08-01"],
      /^btu-calc: #NUM! --portion must be above 0 and at most 1/,
    ],
    [
      ["--base-salary", "-1", "--salary-paid-through", "2004-06-30"],
      /^btu-calc: #NUM! --base-salary must be at least 0/,
    ],
    [["--notice", "2004-13-01"], /^btu-calc: #VALUE! option --notice is given twice/],
    [
      ["--choices", "constructor=x"],
      /^btu-calc: #VALUE! choices: unknown interpretation id "constructor"/,
    ],
    [["--choices", "pay-lag=3; pay-lag=4"], /^btu-calc: #VALUE! choices: pay-lag is given twice/],
    [["--rat", "0.03"], /^btu-calc: #VALUE! unknown option "--rat"; did you mean --rate\?/],
  ])("%j is refused with exit 2: %s", (opts, message) => {
    const r = audit(...opts);
    expect(r.err.trim()).toMatch(message);
    expect(r.status).toBe(2);
  });
  test("--rate 3% is 0.03, as in the functions", () => {
    const r = audit("--rate", "3%");
    expect(r.status).toBe(0);
    expect(r.out).toContain("537199.64");
    expect(r.out).not.toMatch(/NaN|Infinity/);
  });
});
