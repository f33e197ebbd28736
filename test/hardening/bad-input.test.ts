/**
 * The bad-input table (./bad-input.ts) against the registered functions:
 * (a) every function in dist/functions.json has a complete row, (b)
 * docs/bad-input.md is what the table renders to, (c) every case gives the
 * Excel error code and a message naming the argument and what is allowed, or
 * works as the table says, and nothing else ever escapes.
 */
import * as fs from "fs";
import * as path from "path";
import { loadRegistered } from "../helpers/registered";
import { Case, ERROR_VALUE, isNa, KINDS, ROWS, Row } from "./bad-input";
import { DOC_PATH, renderBadInputDoc } from "./bad-input-doc";
import {
  argList,
  isErrorValue,
  metaOf,
  Outcome,
  outcomeOf,
  problems,
  show,
  STACK_TEXT,
} from "./calls";

const reg = loadRegistered();
const ROOT = path.join(__dirname, "..", "..");

describe("(a) the table covers every registered function", () => {
  const ids = reg.metadata.functions.map((f) => f.id);
  test("every function in dist/functions.json has a row, and every row is a registered function", () => {
    const missing = ids.filter((id) => !ROWS.some((r) => r.id === id));
    const stale = ROWS.filter((r) => !ids.includes(r.id)).map((r) => r.id);
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    expect(new Set(ROWS.map((r) => r.id)).size).toBe(ROWS.length);
  });
  test.each(ROWS.map((r) => [r.id, r] as const))(
    "%s: a base call, a type and a cell for every parameter and kind",
    (_id, row) => {
      const params = metaOf(reg, row.id).parameters.map((p) => p.name);
      expect(Object.keys(row.base).sort()).toEqual([...params].sort());
      expect(Object.keys(row.types).sort()).toEqual([...params].sort());
      expect(Object.keys(row.cells).sort()).toEqual(KINDS.map((k) => k.key).sort());
      for (const k of KINDS) {
        const cell = row.cells[k.key];
        if (isNa(cell)) expect(cell.na.length).toBeGreaterThan(5);
        else {
          expect(cell.length).toBeGreaterThan(0);
          for (const c of cell) expect(params).toContain(c.arg);
        }
      }
      // The base call itself works, so each case differs from a working call by what it changes.
      const o = outcomeOf(reg, row.id, argList(metaOf(reg, row.id), row.base));
      if (o.kind !== "value") throw new Error(`the base call of BTU.${row.id} gives ${show(o)}`);
      expect(problems(o)).toEqual([]);
    }
  );
  test("the error-value column is true: functions.json does not let errors reach the functions", () => {
    const flags = reg.metadata as unknown as { allowErrorForDataTypeAny?: boolean };
    expect(flags.allowErrorForDataTypeAny ?? false).toBe(false);
  });
});

describe("(b) docs/bad-input.md is up to date", () => {
  test("it is what `npm run docs:bad-input` renders from the table and the built functions", () => {
    const file = path.join(ROOT, DOC_PATH);
    const expected = renderBadInputDoc(reg);
    const actual = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "(missing)";
    if (actual !== expected)
      throw new Error(
        `${DOC_PATH} is out of date with test/hardening/bad-input.ts or the functions' messages: run \`npm run build:local && npm run docs:bad-input\` and commit it`
      );
  });
});

function call(row: Row, values: Record<string, unknown>): Outcome {
  return outcomeOf(reg, row.id, argList(metaOf(reg, row.id), values));
}

function check(row: Row, c: Case): void {
  const o = call(row, {
    ...row.base,
    ...(c.also ?? {}),
    [c.arg]: isErrorValue(c.value) ? new reg.ErrorClass("#N/A", "") : c.value,
  });
  expect(problems(o)).toEqual([]);
  const e = c.expect;
  switch (e.kind) {
    case "error":
      if (o.kind !== "error") throw new Error(`expected ${e.code}, got the value ${show(o)}`);
      expect({ code: o.code, message: o.message }).toEqual({
        code: e.code,
        message: expect.stringMatching(e.allowed),
      });
      for (const n of e.names) expect(o.message).toContain(n);
      break;
    case "same": {
      const like = call(row, { ...row.base, ...(c.also ?? {}), ...e.as });
      expect(like.kind).toBe("value");
      expect(show(o)).toBe(show(like));
      expect(o).toEqual(like);
      break;
    }
    case "value":
      expect(o).toEqual({ kind: "value", value: e.value });
      break;
    case "propagates":
      // Excel shows the error without calling the function (see (a)). Should an error object ever reach
      // the function, it still answers with a clean Excel error naming the argument.
      expect(c.value).toBe(ERROR_VALUE);
      if (o.kind !== "error")
        throw new Error(`an error value passed to ${c.arg} gave the value ${show(o)}`);
      expect(o.message).toContain(c.arg);
      break;
  }
  if (o.kind === "error") expect(o.message).not.toMatch(STACK_TEXT);
}

describe("(c) every case of the table, through the registered functions", () => {
  const cases: Array<[string, string, number, Row, Case]> = [];
  for (const row of ROWS)
    for (const k of KINDS) {
      const cell = row.cells[k.key];
      if (!isNa(cell)) cell.forEach((c, i) => cases.push([row.id, k.key, i + 1, row, c]));
    }
  test.each(cases)("%s %s #%i", (_id, _kind, _i, row, c) => check(row, c));
});
