/**
 * btu-calc: the custom functions on the command line, for auditors who
 * recompute a figure without Excel.
 *
 *   npx btu-calc NAME ARG...      evaluate BTU.NAME(ARG, ...) as Excel would
 *   npx btu-calc --batch          one call a line on stdin: NAME<TAB>ARG<TAB>...
 *   npx btu-calc --list           the functions and their arguments
 *   npx btu-calc --audit-workbook FILE.xlsx SCENARIO DATE [--periods P] [--choices "id=v"] ...
 *                                 the scenario rebuilt with native Excel formulas
 *
 * An ARG is a number, an ISO date YYYY-MM-DD (passed as its Excel serial),
 * TRUE/FALSE, text, "" for an omitted argument, or a JSON array for a range.
 */
import "./runtime-shim";
import "../functions/functions";
import * as fs from "fs";
import * as path from "path";
import { nearest } from "../core";
import { DateStyle, evaluate, exitStatus, FunctionMeta, render, Result } from "./evaluate";
import { auditWorkbookCommand } from "./audit-command";

function loadMeta(): FunctionMeta[] {
  const file = path.join(__dirname, "functions.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { functions: FunctionMeta[] }).functions;
}

const USAGE = `usage: btu-calc NAME ARG...     evaluate =BTU.NAME(ARG, ...)
       btu-calc --batch          read NAME<TAB>ARG... lines from stdin
       btu-calc --list           list the functions
       btu-calc --dates iso ...  the same, dates as YYYY-MM-DD instead of Excel serials
       btu-calc --audit-workbook FILE.xlsx SCENARIO DATE [--periods P] [--choices "id=value; ..."]
                [--notice DATE] [--consulting-end DATE] [--vesting DATE,DATE] [--rate R]
                [--notification DATE] [--election DATE] [--fmv PRICE] [--portion P] [--cure-notice DATE]
                [--base-salary RATE --salary-paid-through DATE]
                [--option A|B|none] [--duress-end DATE]  (4(c)(i) delay: the plan rebuilt natively)
ARG: a number, a date YYYY-MM-DD, TRUE/FALSE, text, "" (omitted), or a JSON array (a range)
Exit status: 0 when every result is a value, 1 when any result is an error value (#VALUE!, #NUM!,
#N/A), 2 for a usage error (unknown function or option, too many arguments, an argument no cell
can hold), also with --batch.`;

function list(meta: FunctionMeta[]): string {
  return meta
    .map(
      (m) =>
        `BTU.${m.id}(${m.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})\n    ${m.description}`
    )
    .join("\n");
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function main(args: string[]): Promise<number> {
  const meta = loadMeta();
  // --dates iso (anywhere before the function name): date results as YYYY-MM-DD instead of serials.
  let dates: DateStyle = "serial";
  let argv = args;
  if (argv[0] === "--dates") {
    if (argv[1] !== "iso" && argv[1] !== "serial") {
      process.stderr.write(`--dates must be iso or serial\n${USAGE}\n`);
      return 2;
    }
    dates = argv[1];
    argv = argv.slice(2);
  }
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h") {
    process.stdout.write(USAGE + "\n");
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === "--list") {
    process.stdout.write(list(meta) + "\n");
    return 0;
  }
  if (argv[0] === "--audit-workbook") return auditWorkbookCommand(argv.slice(1));
  if (argv[0] === "--batch") {
    const lines = (await readStdin()).split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    const out: string[] = [];
    const results: Result[] = [];
    for (const line of lines) {
      if (line.trim() === "") {
        out.push("");
        continue;
      }
      const [name, ...args] = line.split("\t");
      const r = evaluate(meta, name, args, nearest);
      results.push(r);
      // One line per call, whatever a message holds (render escapes line breaks, tabs and NUL).
      out.push(render(r, true, dates, name, args));
    }
    process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));
    return exitStatus(results);
  }
  if (argv[0].startsWith("--")) {
    const options = ["--batch", "--list", "--audit-workbook", "--help", "--dates"];
    const near = nearest(argv[0].slice(0, 64), options);
    process.stderr.write(
      `unknown option ${JSON.stringify(argv[0].slice(0, 60))}${near ? `; did you mean ${near}?` : ""}\n${USAGE}\n`
    );
    return 2;
  }
  const result = evaluate(meta, argv[0], argv.slice(1), nearest);
  process.stdout.write(render(result, false, dates, argv[0], argv.slice(1)) + "\n");
  return exitStatus([result]);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`btu-calc: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
);
