/**
 * btu-calc: the custom functions on the command line, for auditors who
 * recompute a figure without Excel.
 *
 *   npx btu-calc NAME ARG...      evaluate BTU.NAME(ARG, ...) as Excel would
 *   npx btu-calc --batch          one call a line on stdin: NAME<TAB>ARG<TAB>..., streamed
 *                                 (a line in, a line out, constant memory)
 *   npx btu-calc --list           the functions and their arguments
 *   npx btu-calc --audit-workbook FILE.xlsx SCENARIO DATE [--periods P] [--choices "id=v"] ...
 *                                 the scenario rebuilt with native Excel formulas
 *
 * An ARG is a number, an ISO date YYYY-MM-DD (passed as its Excel serial),
 * TRUE/FALSE, text, "" for an omitted argument, or a JSON array for a range.
 *
 * Exit status (stream.ts's EXIT): 0 every result a value, 1 some error value,
 * 2 a usage error, 3 an I/O or internal failure.
 */
import "./runtime-shim";
import "../functions/functions";
import * as fs from "fs";
import * as path from "path";
import { nearest } from "../core";
import { DateStyle, evaluate, exitStatus, FunctionMeta, render } from "./evaluate";
import { EXIT, IoFailure, LineOutput, runBatch } from "./stream";

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
--batch streams: each line is answered as it arrives, in constant memory.
Exit status: 0 when every result is a value, 1 when any result is an error value (#VALUE!, #NUM!,
#N/A), 2 for a usage error (unknown function or option, too many arguments, an argument no cell
can hold), also with --batch; 3 when btu-calc could not do its work: a read or write error (a full
disk, a file it cannot write) or an internal failure. A reader that stops reading (| head -1)
ends a run quietly, with the status of the lines computed until then.`;

function list(meta: FunctionMeta[]): string {
  return meta
    .map(
      (m) =>
        `BTU.${m.id}(${m.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})\n    ${m.description}`
    )
    .join("\n");
}

export async function main(args: string[], out: LineOutput): Promise<number> {
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
    await out.line(USAGE);
    await out.end();
    return argv.length === 0 ? EXIT.usage : EXIT.values;
  }
  if (argv[0] === "--list") {
    await out.line(list(meta));
    await out.end();
    return EXIT.values;
  }
  if (argv[0] === "--audit-workbook") {
    // Loaded when asked for (in the bundle, no other file): ExcelJS is most of btu-calc's start-up,
    // and only the audit workbook needs it (issue 20 item 6).
    const { auditWorkbookCommand } = await import(/* webpackMode: "eager" */ "./audit-command");
    const code = await auditWorkbookCommand(argv.slice(1));
    await out.end(); // its listing written, or exit status 3
    return code;
  }
  if (argv[0] === "--batch") {
    // Node reads a directory given as stdin as empty: say it cannot be read instead.
    if (fs.fstatSync(0).isDirectory())
      throw new IoFailure("read", new Error("EISDIR: it is a directory"));
    return runBatch(process.stdin, out, (line) => {
      const [name, ...args] = line.split("\t");
      const r = evaluate(meta, name, args, nearest);
      // One line per call, whatever a message holds (render escapes line breaks, tabs and NUL).
      return {
        text: render(r, true, dates, name, args),
        error: r.kind === "error",
        usage: r.kind === "error" && r.usage === true,
      };
    });
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
  await out.line(render(result, false, dates, argv[0], argv.slice(1)));
  await out.end();
  return exitStatus([result]);
}

/** A failure of btu-calc itself or of its input or output: a message and exit status 3, never 1 (which means an error value). */
function failed(e: unknown): number {
  const what =
    e instanceof IoFailure
      ? e.message
      : `internal error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  process.stderr.write(`btu-calc: ${what}\n`);
  return EXIT.failure;
}

process.on("uncaughtException", (e) => process.exit(failed(e)));

// The output stream is wrapped before anything can write to it, so an EPIPE is never an uncaught 'error'.
const output = new LineOutput(process.stdout);
main(process.argv.slice(2), output).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = failed(e);
  }
);
