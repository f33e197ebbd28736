/**
 * The core's readers of typed amounts, portions and dates (src/core/read.ts),
 * used by the BTU.* functions for text in a cell and by the task pane for
 * every field. Expectations are written by hand: 2004-10-01 is Excel serial
 * 38261 (DATE(2004,10,1)); 2004-07-15 is 78 days earlier (16 days left of
 * July, 31 of August, 30 of September, and October 1), 38183.
 */
import { ECHO_MAX, readDate, readNumber, Reading } from "../../src/core";

/** The value as text (exact decimal) and the reading, or the refusal. */
function shown<T>(r: Reading<T>): string {
  return r.ok ? `${String(r.value)} read as ${r.read}` : `refused (${r.read ?? "no reading"})`;
}

describe("amounts (the fair market value of 4(c)(i)(B), cash values, salaries)", () => {
  test.each([
    ["3.25", "3.25 read as $3.25"],
    ["$3.25", "3.25 read as $3.25"],
    ["$ 3.25", "3.25 read as $3.25"],
    ["1,234.56", "1234.56 read as $1,234.56"],
    ["$1,234,567", "1234567 read as $1,234,567.00"],
    ["1234567.891", "1234567.891 read as $1,234,567.891"],
    ["-$5", "-5 read as -$5.00"],
    [".5", "0.5 read as $0.50"],
  ])("%s is %s", (text, expected) => expect(shown(readNumber(text, "amount"))).toBe(expected));

  test('"3,125" is refused: $3,125.00 with a thousands separator or $3.125 with a decimal comma', () => {
    const r = readNumber("3,125", "amount");
    expect(r.ok).toBe(false);
    expect(r.read).toBe("$3,125.00 or $3.125");
    if (!r.ok) expect(r.why).toMatch(/ambiguous.*type 3125 or 3\.125/);
  });
  test('"400,000", "3,250", "12,500": three digits ending in 0 after the comma have only the thousands reading', () => {
    expect(shown(readNumber("400,000", "amount"))).toBe("400000 read as $400,000.00");
    expect(shown(readNumber("$3,250", "amount"))).toBe("3250 read as $3,250.00");
    expect(shown(readNumber("12,500", "amount"))).toBe("12500 read as $12,500.00");
  });
  test('a decimal comma ("3,5", "1.234,56") is refused with the reading it would have', () => {
    expect(readNumber("3,5", "amount").read).toBe("$3.50");
    expect(readNumber("1.234,56", "amount").read).toBe("$1,234.56");
    expect(readNumber("1.234,56", "amount").ok).toBe(false);
  });
  test("groups must be of three: 12,34 and 1,2345 are not amounts", () => {
    expect(readNumber("12,34.5", "amount").ok).toBe(false);
    expect(readNumber("1,2345", "amount").ok).toBe(false);
  });
  test("a percentage is not an amount, a dollar sign not a plain number", () => {
    expect(readNumber("40%", "amount").ok).toBe(false);
    expect(readNumber("$3", "number").ok).toBe(false);
    expect(readNumber("$3", "portion").ok).toBe(false);
  });
});

describe("a portion of the lump sum in shares (4(c)(i)(B)): a fraction, as DURESS_SHARES takes it", () => {
  test("0.4 and 40% are both forty percent", () => {
    expect(shown(readNumber("0.4", "portion"))).toBe("0.4 read as 40%");
    expect(shown(readNumber("40%", "portion"))).toBe("0.4 read as 40%");
    expect(shown(readNumber(" 40 % ", "portion"))).toBe("0.4 read as 40%");
  });
  test("a plain 40 is forty times the whole, 4000%, with a note to type 40%", () => {
    const r = readNumber("40", "portion");
    expect(shown(r)).toBe("40 read as 4000%");
    if (r.ok) expect(r.note).toMatch(/type 40%/);
  });
  test("1 is the whole, 100%; 12.5% is 0.125", () => {
    expect(shown(readNumber("1", "portion"))).toBe("1 read as 100%");
    expect(shown(readNumber("12.5%", "portion"))).toBe("0.125 read as 12.5%");
  });
  test('"3,125" is ambiguous for a portion too', () =>
    expect(readNumber("3,125", "portion").ok).toBe(false));
});

describe("counts (shares in a tranche) and plain numbers", () => {
  test("12,345 shares: a count has only the thousands reading (12.345 shares is no count)", () =>
    expect(shown(readNumber("12,345", "count"))).toBe("12345 read as 12,345"));
  test("a count is whole", () => expect(readNumber("12.5", "count").ok).toBe(false));
  test("3% as a plain number is 0.03 (a rate, as the functions took it before)", () =>
    expect(shown(readNumber("3%", "number"))).toBe("0.03 read as 0.03"));
  test("an exponent as Excel writes it", () =>
    expect(shown(readNumber("1E+3", "number"))).toBe("1000 read as 1000"));
  test("1e999 is read (the rules refuse it) but never shown in a thousand digits", () => {
    const r = readNumber("1e999", "number");
    expect(r.ok && r.read).toBe("1e+999");
  });
});

describe("bad text: refused, and its echo bounded", () => {
  test.each(["three", "", "1.2.3", "--5", "$", "%", "0x10", "Infinity", "NaN"])(
    "%j is not a number",
    (t) => expect(readNumber(t, "amount").ok).toBe(false)
  );
  test("10,000 characters of digits and a letter: refused, the message at most a few dozen characters of it", () => {
    const long = "4".repeat(10_000) + "x";
    for (const r of [readNumber(long, "amount"), readDate(long)]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.why.length).toBeLessThan(ECHO_MAX + 40);
    }
  });
  test("a newline in the text is not echoed", () => {
    const r = readNumber("3,125\nDROP", "amount");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).not.toMatch(/\n/);
  });
});

describe("dates: YYYY-MM-DD, and M/D/YYYY only where it cannot be read day first", () => {
  test("2004-10-01 is serial 38261", () =>
    expect(shown(readDate("2004-10-01"))).toBe("38261 read as 2004-10-01"));
  test("7/15/2004: the day is above 12, so only July 15 (38183)", () =>
    expect(shown(readDate("7/15/2004"))).toBe("38183 read as 2004-07-15"));
  test("10/01/2004 and 7/4/2004 are refused: month first or day first", () => {
    expect(readDate("10/01/2004").read).toBe("2004-10-01 or 2004-01-10");
    expect(readDate("7/4/2004").read).toBe("2004-07-04 or 2004-04-07");
    expect(readDate("7/4/2004").ok).toBe(false);
  });
  test("10/10/2004: both readings are the same day, 2004-10-01 + 9 (38270)", () =>
    expect(shown(readDate("10/10/2004"))).toBe("38270 read as 2004-10-10"));
  test("15/7/2004 is day first (there is no month 15): refused, showing 2004-07-15", () => {
    const r = readDate("15/7/2004");
    expect(r.ok).toBe(false);
    expect(r.read).toBe("2004-07-15");
  });
  test("impossible days are refused: 2/30/2004, 2005-02-29, 13/13/2004, two-digit years", () => {
    for (const t of ["2/30/2004", "2005-02-29", "13/13/2004", "7/15/04", "2004/07/15"])
      expect(readDate(t).ok).toBe(false);
  });
  test("2/29/2004 (a leap day) is 38046", () =>
    expect(shown(readDate("2/29/2004"))).toBe("38046 read as 2004-02-29"));
  test("numeric text is not a date here (a serial is the functions' to read)", () =>
    expect(readDate("38261").ok).toBe(false));
});
