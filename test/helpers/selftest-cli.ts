/**
 * The self-test sheet evaluated without Excel: its =BTU. calls through the
 * CLI's evaluate path (the built `btu-calc --batch`, the same functions
 * Excel loads under a stand-in runtime), every other formula by
 * ./sheet-eval's rules. `npm run build:cli` builds the CLI.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { BtuCall, cliArg, cliValue, Sheet, SheetOptions, Value } from "./sheet-eval";

const BIN = path.join(__dirname, "..", "..", "bin", "btu-calc.js");
/** The CLI's answer to each batch line, once per test file. */
const answers = new Map<string, Value>();

/** Runs every =BTU. call the grid makes through `btu-calc --batch` (one run), then evaluates the sheet. */
export function evaluateWithCli(
  grid: ReadonlyArray<ReadonlyArray<string | number>>,
  options: SheetOptions = {},
  /** A build to impersonate: sees each call and the CLI's answer, returns the value the cell gets. */
  alter: (id: string, args: ReadonlyArray<Value | undefined>, value: Value) => Value = (
    _i,
    _a,
    v
  ) => v
): { sheet: Sheet; calls: Map<string, Value> } {
  const lineOf = (id: string, args: ReadonlyArray<Value | undefined>) =>
    [id, ...args.map(cliArg)].join("\t");
  // First pass: which calls the sheet makes (their arguments are literals and DATE()s).
  const wanted = new Set<string>();
  const recorder: BtuCall = (id, args) => {
    wanted.add(lineOf(id, args));
    return { error: "#PENDING" };
  };
  const probe = new Sheet(grid, recorder, options);
  grid.forEach((row, r) =>
    row.forEach((_, c) => probe.value(`${String.fromCharCode(65 + c)}${r + 1}`))
  );
  const lines = [...wanted];
  const missing = lines.filter((l) => !answers.has(l));
  if (missing.length) {
    const run = spawnSync(process.execPath, [BIN, "--batch"], {
      input: missing.join("\n") + "\n",
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status === 2 || run.status === 3 || run.status === null)
      throw new Error(`btu-calc --batch failed (${run.status}): ${run.stderr}`);
    const out = run.stdout.split("\n");
    missing.forEach((l, i) => answers.set(l, cliValue(out[i])));
  }
  const calls = new Map(lines.map((l) => [l, answers.get(l) as Value]));
  const btu: BtuCall = (id, args) => {
    const v = calls.get(lineOf(id, args));
    if (v === undefined) throw new Error(`call not run: ${lineOf(id, args)}`);
    return alter(id, args, v);
  };
  return { sheet: new Sheet(grid, btu, options), calls };
}
