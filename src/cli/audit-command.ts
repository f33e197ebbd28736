/**
 * btu-calc --audit-workbook FILE.xlsx SCENARIO DATE [options]: writes the
 * audit workbook of one scenario (src/audit/audit-workbook.ts): every figure
 * rebuilt with native Excel formulas next to the add-in's figure.
 *
 * Options: --periods consulting|chairman|both, --consulting-end DATE,
 * --notice DATE, --vesting DATE[,DATE...], --rate 0.03,
 * --choices "id=value; ...", --notification DATE, --election DATE,
 * --fmv PRICE, --portion 0.5, --cure-notice DATE, --base-salary RATE,
 * --salary-paid-through DATE, --option A|B|none, --duress-end DATE.
 * With --option (or --duress-end) the duress facts are a Board's delay of
 * the Consulting Lump Sum Payment (4(c)(i), PAYOUT's `delay`: --notification,
 * --option, --election as the election date, --portion, --fmv,
 * --duress-end): the add-in's figures are the delayed plan's, and the
 * workbook rebuilds that plan natively.
 */
import { AuditCase, buildAuditWorkbook } from "../audit/audit-workbook";
import {
  BtuError,
  checkRate,
  delayOf,
  DuressDelay,
  echo,
  iso,
  nearest,
  parseChoicesText,
  parsePeriods,
  parseScenario,
  Serial,
  valueError,
  withChoices,
} from "../core";
import { dateArg, moneyArg, numberArg } from "../functions/adapter";

const OPTIONS = [
  "periods",
  "consulting-end",
  "notice",
  "vesting",
  "rate",
  "choices",
  "notification",
  "election",
  "fmv",
  "portion",
  "cure-notice",
  "base-salary",
  "salary-paid-through",
  "option",
  "duress-end",
];

/**
 * Each option is read exactly as the function argument it stands for (the
 * same coercion, ranges and messages, named by the option): --rate as
 * CONSULT_DISCOUNTED's rate (0 up to 1, "3%" taken), --fmv and --portion as
 * DURESS_SHARES' fairMarketValue and portion, --base-salary as PAYOUT's
 * annualBaseSalary, dates as any date argument (ISO text; an Excel serial).
 */
function date(text: string, name: string): Serial {
  return dateArg(text, name);
}

function baseSalaryOption(rate: string | undefined, paidThrough: string | undefined) {
  if (rate === undefined && paidThrough === undefined) return undefined;
  if (rate === undefined || paidThrough === undefined)
    throw valueError({
      argument: rate === undefined ? "--base-salary" : "--salary-paid-through",
      rule: "goes with the other of --base-salary and --salary-paid-through (paragraph 1)",
      given: "",
      clause: "1",
      message: "--base-salary and --salary-paid-through go together (paragraph 1)",
    });
  return {
    annual: moneyArg(rate, "--base-salary", {
      min: 0,
      what: "the annual base rate of pay in dollars",
    }),
    paidThrough: date(paidThrough, "--salary-paid-through"),
  };
}

export function parseAuditArgs(argv: readonly string[]): { file: string; auditCase: AuditCase } {
  const [file, scenarioText, dateText, ...rest] = argv;
  if (!file || !scenarioText || !dateText)
    throw valueError({
      argument: !file ? "FILE" : !scenarioText ? "SCENARIO" : "DATE",
      rule: "is required",
      given: "",
      message:
        'usage: btu-calc --audit-workbook FILE.xlsx SCENARIO DATE [--periods P] [--choices "id=value"] ...',
    });
  if (!file.toLowerCase().endsWith(".xlsx"))
    throw valueError({
      argument: "FILE",
      allowed: "a name ending in .xlsx",
      given: file,
      message: `FILE must end in .xlsx, got ${echo(file)}`,
    });
  const opts = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i].replace(/^--/, "");
    if (!rest[i].startsWith("--") || !OPTIONS.includes(key)) {
      const near = nearest(key.slice(0, 64).toLowerCase(), OPTIONS);
      throw valueError({
        argument: "option",
        allowed: `one of ${OPTIONS.map((o) => `--${o}`).join(", ")}`,
        given: rest[i],
        message: `unknown option ${echo(rest[i])}${near ? `; did you mean --${near}?` : ""} Allowed: ${OPTIONS.map((o) => `--${o}`).join(", ")}`,
      });
    }
    if (rest[i + 1] === undefined)
      throw valueError({
        argument: `--${key}`,
        rule: "needs a value",
        given: "",
        message: `option --${key} needs a value`,
      });
    if (opts.has(key))
      throw valueError({
        argument: `--${key}`,
        rule: "is given twice; give it once",
        message: `option --${key} is given twice; give it once`,
      });
    opts.set(key, rest[i + 1]);
  }
  const scenario = parseScenario(scenarioText, "SCENARIO");
  const choices = withChoices(parseChoicesText(opts.get("choices") ?? ""));
  const get = (k: string) => opts.get(k);
  const duress =
    get("notification") ||
    get("election") ||
    get("fmv") ||
    get("portion") ||
    get("option") ||
    get("duress-end")
      ? {
          notification: get("notification")
            ? date(get("notification") as string, "--notification")
            : undefined,
          election: get("election") ? date(get("election") as string, "--election") : undefined,
          fairMarketValue: get("fmv")
            ? moneyArg(get("fmv"), "--fmv", {
                min: 0,
                minInclusive: false,
                what: "the price per share on the election date",
              })
            : undefined,
          portion:
            get("portion") !== undefined
              ? moneyArg(get("portion"), "--portion", {
                  min: 0,
                  minInclusive: false,
                  max: 1,
                  what: "the share of the value taken in stock, e.g. 0.5 or 50%",
                })
              : undefined,
        }
      : undefined;
  const option = get("option")?.trim().toUpperCase();
  if (option !== undefined && !["A", "B", "NONE"].includes(option))
    throw valueError({
      argument: "--option",
      allowed: "A, B or none (4(c)(i))",
      given: get("option") ?? "",
      clause: "4(c)(i)",
      message: `--option must be A, B or none (4(c)(i)), got ${echo(get("option") ?? "")}`,
    });
  let delay: DuressDelay | undefined;
  if (option !== undefined || get("duress-end")) {
    if (!duress?.notification)
      throw valueError({
        argument: "--notification",
        rule: "is required with --option and --duress-end: the Board's notice of its delay (4(c)(i))",
        given: "",
        clause: "4(c)(i)",
        message:
          "--option and --duress-end need --notification, the Board's notice of its delay (4(c)(i))",
      });
    delay = delayOf({
      notification: duress.notification,
      election: option === "A" || option === "B" ? option : undefined,
      electionDate: duress.election,
      portion: duress.portion,
      fairMarketValue: duress.fairMarketValue,
      duressEnd: get("duress-end") ? date(get("duress-end") as string, "--duress-end") : undefined,
    });
  }
  const rateText = get("rate");
  return {
    file,
    auditCase: {
      kind: "scenario",
      scenario,
      T: date(dateText, "DATE"),
      periods: parsePeriods(get("periods"), scenario, "--periods"),
      choices,
      consultingEnd: get("consulting-end")
        ? date(get("consulting-end") as string, "--consulting-end")
        : undefined,
      notice: get("notice") ? date(get("notice") as string, "--notice") : undefined,
      vesting: get("vesting")
        ? (get("vesting") as string).split(",").map((v) => date(v, "--vesting"))
        : undefined,
      rate:
        rateText !== undefined
          ? checkRate(
              numberArg(rateText, "--rate", { what: "a yearly rate such as 0.03 or 3%" }),
              "--rate"
            )
          : undefined,
      duress,
      cureNotice: get("cure-notice")
        ? date(get("cure-notice") as string, "--cure-notice")
        : undefined,
      baseSalary: baseSalaryOption(get("base-salary"), get("salary-paid-through")),
      delay,
    },
  };
}

export async function auditWorkbookCommand(argv: readonly string[]): Promise<number> {
  try {
    const { file, auditCase } = parseAuditArgs(argv);
    const { workbook, layouts } = buildAuditWorkbook([auditCase]);
    await workbook.xlsx.writeFile(file);
    const checks = layouts[0].checks;
    process.stdout.write(
      `${file}: ${checks.length} figures rebuilt with native Excel formulas on sheet "${layouts[0].sheet}" (column C), beside the add-in's (column D).\n` +
        checks.map((c) => `  ${c.item}: ${c.kind === "date" ? iso(c.addin) : c.addin}`).join("\n") +
        "\nOpen it in Excel or LibreOffice: column F shows OK where the native formula agrees to the cent.\n"
    );
    return 0;
  } catch (e) {
    if (e instanceof BtuError) {
      process.stderr.write(`btu-calc: ${e.code} ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
