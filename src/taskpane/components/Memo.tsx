/**
 * The scenario memo: what a controller files. A print view of the scenario
 * on screen, without form controls: its inputs, the payout and its
 * components with their clauses, the options per tranche, the
 * interpretation choices in force and what each other reading would cost
 * (the core's `sensitivity` for the same request), the split-dollar buy-out
 * when entered (3(c)(iii)), lines to sign for who prepared and who reviewed
 * it, and the payment schedule (PAYOUT_SCHEDULE's rows) as an appendix;
 * page numbers on every page; money always with its dollar sign; the payout
 * by tax treatment and by calendar year (issue 21 item 5). Shown only when printing (print CSS), from the later chunk.
 */
import { ReactNode, useMemo } from "react";
import { usePrintStyles as useStyles } from "./print-styles";
import {
  BtuError,
  iso,
  readNumber,
  runningTotals,
  sensitivity,
  serial,
  YearBasis,
} from "../../core";
import { Evaluation, ScenarioResult } from "../model/evaluate";
import { TAX_NOTE, treatmentTotals, yearTable, YearTable } from "../model/ledger";
import { paidIn } from "../model/schedules";
import { SplitDollarEvaluation } from "../model/splitDollar";
import { dollars, isoDates } from "../model/words";
import { formatPercent, formatShares, formatYears } from "./format";
import { PageNumbers } from "./PageNumbers";
import { PaneSettings } from "../state/settings";

/** A section of the memo: its heading and its body. */
export interface MemoSection {
  readonly id: string;
  readonly title: string;
  readonly body: ReactNode;
}

/**
 * Where the ledger's summaries join the memo (issue 21 items 1, 2 and 5): the payout by tax
 * treatment (paragraph 5, 3(a); the add-in classifies, it computes no tax) and by year on the
 * ledger's year basis (PAYOUT_BY_YEAR; the core's default, calendar years, until switched),
 * before the memo's other sections after the payout (the split-dollar buy-out). Every figure is
 * the core's (model/ledger.ts), money with its dollar sign (`dollars`).
 */
export function withLedgerSummaries(
  sections: readonly MemoSection[],
  scenario: {
    readonly evaluation: Evaluation;
    readonly result: ScenarioResult;
    readonly basis: YearBasis;
  }
): readonly MemoSection[] {
  const { result, basis } = scenario;
  let ledger: MemoSection[];
  try {
    const years = yearTable(result, basis);
    ledger = [
      {
        id: "tax-treatment",
        title: "Payout by tax treatment (paragraph 5, 3(a))",
        body: <TaxSummary result={result} />,
      },
      {
        id: "by-year",
        title: `Payout by ${basis} year (PAYOUT_BY_YEAR)`,
        body: <YearSummary table={years} />,
      },
    ];
  } catch (e) {
    if (!(e instanceof BtuError)) throw e;
    ledger = [];
  }
  return [...ledger, ...sections];
}

/** The totals by tax treatment, each with its label and clause, and their total (PAYOUT). */
function TaxSummary({ result }: { result: ScenarioResult }) {
  const styles = useStyles();
  return (
    <>
      <table className={styles.table} data-testid="memo-tax">
        <thead>
          <tr>
            <th className={styles.cell}>Tax treatment</th>
            <th className={styles.cell}>Clause</th>
            <th className={styles.num}>Amount</th>
          </tr>
        </thead>
        <tbody>
          {treatmentTotals(result).map((t) => (
            <tr key={t.treatment.id} data-testid="memo-tax-row">
              <td className={styles.cell}>{t.treatment.label}</td>
              <td className={styles.cell}>{t.treatment.clause}</td>
              <td className={styles.num}>{dollars(t.amount)}</td>
            </tr>
          ))}
          <tr>
            <td className={styles.cell}>
              <strong>Total (PAYOUT)</strong>
            </td>
            <td className={styles.cell} />
            <td className={styles.num}>
              <strong>{dollars(result.payout.total)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <p className={styles.note}>{TAX_NOTE}.</p>
    </>
  );
}

/** The by-year table: a row a year with cash, shares at their value, each treatment with a payment, and the total; the total row is PAYOUT. */
function YearSummary({ table }: { table: YearTable }) {
  const styles = useStyles();
  return (
    <table className={styles.table} data-testid="memo-years">
      <thead>
        <tr>
          <th className={styles.cell}>Year</th>
          <th className={styles.num}>Cash</th>
          <th className={styles.num}>Shares at their value</th>
          {table.treatments.map((t) => (
            <th key={t.id} className={styles.num}>
              {t.short}
            </th>
          ))}
          <th className={styles.num}>Total</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((y) => (
          <tr key={y.year} data-testid="memo-year-row">
            <td className={styles.cell}>{y.year}</td>
            <td className={styles.num}>{dollars(y.cash)}</td>
            <td className={styles.num}>{dollars(y.shares)}</td>
            {table.treatments.map((t, i) => (
              <td key={t.id} className={styles.num}>
                {dollars(table.byTreatment(y, i))}
              </td>
            ))}
            <td className={styles.num}>{dollars(y.total)}</td>
          </tr>
        ))}
        <tr>
          <td className={styles.cell}>
            <strong>Total (PAYOUT)</strong>
          </td>
          <td className={styles.num}>{dollars(table.total.cash)}</td>
          <td className={styles.num}>{dollars(table.total.shares)}</td>
          {table.total.treatments.map((x, i) => (
            <td key={i} className={styles.num}>
              {dollars(x)}
            </td>
          ))}
          <td className={styles.num}>
            <strong>{dollars(table.total.total)}</strong>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Money typed in the form, as the core reads it, with its dollar sign ("$3.25"); as typed when it cannot be read. */
function typedMoney(text: string): string {
  const r = readNumber(text, "amount");
  return r.ok ? dollars(r.value) : text;
}

export function Memo({
  settings,
  evaluation,
  splitDollar,
}: {
  settings: PaneSettings;
  evaluation: Evaluation;
  splitDollar?: SplitDollarEvaluation;
}) {
  const styles = useStyles();
  const result = evaluation.result;
  const sens = useMemo(() => {
    if (!result) return undefined;
    try {
      return sensitivity(result.payout.request);
    } catch (e) {
      if (!(e instanceof BtuError)) throw e;
      return undefined;
    }
  }, [result]);
  const s = evaluation.scenario;
  const inputs: Array<[string, string]> = [
    ["Scenario", `${s.clause} ${s.label}`],
    ["Periods ended", evaluation.periods],
    [evaluation.dateLabel, settings.date || "(empty)"],
  ];
  if (evaluation.T !== undefined) inputs.push(["Termination date", iso(evaluation.T)]);
  if (settings.consultingEnd) inputs.push(["Consulting Period ended", settings.consultingEnd]);
  if (s.code === "4h") {
    inputs.push(["First day of disability", settings.disabilityFirst || "(empty)"]);
    if (settings.disabilityLast) inputs.push(["Last day of disability", settings.disabilityLast]);
  }
  if (settings.baseSalary) inputs.push(["Annual base salary", typedMoney(settings.baseSalary)]);
  if (settings.salaryPaidThrough)
    inputs.push(["Base salary paid through", settings.salaryPaidThrough]);
  const d = settings.duress;
  if (s.code === "4c-i" && d.delayed) {
    inputs.push(["Board's notification of a delay (4(c)(i))", d.notification || "(empty)"]);
    inputs.push(["Executive's choice", d.option === "A" ? "(A) bi-weekly payments" : "(B) shares"]);
    if (d.option === "A" && d.duressEnd) inputs.push(["Duress ended", d.duressEnd]);
    if (d.option === "B") {
      // What the core's reader reads (0.4 and 40% are both 40%, 4(c)(i)(B)), as the form echoes it.
      const portion = readNumber(d.portion || "100%", "portion");
      inputs.push(["Percentage in shares", portion.ok ? portion.read : d.portion]);
      inputs.push(["Fair market value per share", typedMoney(d.fmv)]);
      inputs.push(["Election date", d.election]);
    }
  }
  const errors = Object.values(evaluation.errors);
  return (
    <article className={styles.memo} data-testid="memo" aria-label="Scenario memo (print view)">
      <PageNumbers />
      <h1 className={styles.h1}>
        Scenario memo: {s.clause} {s.label}
      </h1>
      <p className={styles.note}>
        BTU International separation agreement of 2003-02-07. Made {iso(todaySerial())}; every
        figure from the calculation core of the add-in, each with the clause it applies.
      </p>

      <h2 className={styles.h2}>Inputs</h2>
      <dl className={styles.dl}>
        {inputs.map(([k, v]) => (
          <div key={k} style={{ display: "contents" }}>
            <dt className={styles.dt}>{k}</dt>
            <dd className={styles.dd}>{v}</dd>
          </div>
        ))}
      </dl>
      {errors.length > 0 && (
        <p className={styles.note}>
          <strong>Not computed:</strong> {errors.join(" ")}
        </p>
      )}

      {result && (
        <>
          <h2 className={styles.h2}>
            Payout (PAYOUT): <span data-testid="memo-total">{dollars(result.payout.total)}</span>
          </h2>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.cell}>Component</th>
                <th className={styles.cell}>Clause</th>
                <th className={styles.num}>Amount</th>
              </tr>
            </thead>
            <tbody>
              {result.payout.components.map((c, i) => (
                <tr key={i} data-testid="memo-component">
                  <td className={styles.cell}>
                    {isoDates(c.what)}; {isoDates(c.when)}
                  </td>
                  <td className={styles.cell}>{c.clause}</td>
                  <td className={styles.num}>{c.amount ? dollars(c.amount) : "not computed"}</td>
                </tr>
              ))}
              <tr>
                <td className={styles.cell}>
                  <strong>Total</strong>
                  {result.payout.shares
                    ? ` (cash ${dollars(result.payout.cashTotal)}; ${formatShares(result.payout.shares.count)} shares worth ${dollars(result.payout.shares.value)} due by ${iso(result.payout.shares.transferDeadline)})`
                    : ""}
                </td>
                <td className={styles.cell}>{s.clause}</td>
                <td className={styles.num}>
                  <strong>{dollars(result.payout.total)}</strong>
                </td>
              </tr>
            </tbody>
          </table>

          {result.tranches.length > 0 && (
            <>
              <h2 className={styles.h2}>Options (OPTION_DEADLINE)</h2>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th className={styles.cell}>Vesting date</th>
                    <th className={styles.num}>Shares</th>
                    <th className={styles.cell}>Last exercise</th>
                    <th className={styles.cell}>Clause</th>
                  </tr>
                </thead>
                <tbody>
                  {result.tranches.map((t, i) => (
                    <tr key={i}>
                      <td className={styles.cell}>
                        {t ? iso(t.vesting) : settings.tranches[i]?.vesting}
                      </td>
                      <td className={styles.num}>{t ? formatShares(t.shares) : ""}</td>
                      <td className={styles.cell}>
                        {!t
                          ? "not computed"
                          : t.outcome.lastExercise === null
                            ? "forfeited"
                            : iso(t.outcome.lastExercise)}
                      </td>
                      <td className={styles.cell}>{t?.outcome.clause}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}

          <h2 className={styles.h2}>Other consequences</h2>
          {result.payout.consequences.map((c, i) => (
            <p key={i} className={styles.note}>
              <strong>{isoDates(c.what)}</strong> ({c.clause}): {isoDates(c.detail)}
            </p>
          ))}
        </>
      )}

      {result &&
        withLedgerSummaries(splitDollarSection(splitDollar, styles), {
          evaluation,
          result,
          basis: settings.ledger.basis,
        }).map((x) => (
          <section key={x.id} data-testid={`memo-section-${x.id}`}>
            <h2 className={styles.h2}>{x.title}</h2>
            {x.body}
          </section>
        ))}

      <h2 className={styles.h2}>Interpretation choices in force</h2>
      <p className={styles.note} data-testid="memo-choices">
        {evaluation.choicesText
          ? `${evaluation.choicesText}; everything else the register's defaults.`
          : "The register's defaults."}
      </p>
      {sens && (
        <table className={styles.table} data-testid="memo-sensitivity">
          <thead>
            <tr>
              <th className={styles.cell}>Reading (SENSITIVITY)</th>
              <th className={styles.num}>PAYOUT</th>
              <th className={styles.num}>Difference</th>
            </tr>
          </thead>
          <tbody>
            {sens.rows.map((r, i) => (
              <tr key={i}>
                <td className={styles.cell}>
                  {r.entry.id}={r.value}
                  {r.inForce ? " (in force)" : ""}
                </td>
                <td className={styles.num}>{r.total ? dollars(r.total) : "not possible"}</td>
                <td className={styles.num}>{r.difference ? dollars(r.difference) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {(["Prepared", "Reviewed"] as const).map((who) => (
        <div key={who} className={styles.sign} data-testid={`memo-${who.toLowerCase()}`}>
          <span>{who} by</span>
          <span>Name</span>
          <span>Date</span>
          <span className={styles.blank} />
          <span className={styles.blank} />
          <span className={styles.blank} />
        </div>
      ))}

      {result && result.flows.length > 0 && (
        <section className={styles.appendix} data-testid="memo-appendix">
          <h2 className={styles.h2}>Appendix: payment schedule (PAYOUT_SCHEDULE)</h2>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.cell}>Date</th>
                <th className={styles.num}>Amount</th>
                <th className={styles.num}>Cumulative</th>
                <th className={styles.cell}>Paid in</th>
                <th className={styles.cell}>What</th>
                <th className={styles.cell}>Clause</th>
              </tr>
            </thead>
            <tbody>
              {runningTotals(result.flows).map((f, i) => (
                <tr key={i} data-testid="memo-schedule-row">
                  <td className={styles.cell}>{iso(f.date)}</td>
                  <td className={styles.num}>{dollars(f.amount)}</td>
                  <td className={styles.num}>{dollars(f.cumulative)}</td>
                  <td className={styles.cell}>{paidIn(f.amount, result.flows[i].shareValue)}</td>
                  <td className={styles.cell}>{isoDates(result.flows[i].what)}</td>
                  <td className={styles.cell}>{result.flows[i].clause}</td>
                </tr>
              ))}
              <tr>
                <td className={styles.cell}>
                  <strong>Total (PAYOUT)</strong>
                </td>
                <td className={styles.num}>
                  <strong>{dollars(result.payout.total)}</strong>
                </td>
                <td className={styles.cell} colSpan={4} />
              </tr>
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}

/** 3(c)(iii): the split-dollar buy-out, when the user entered it in the split-dollar panel (the core's figures). */
function splitDollarSection(
  sd: SplitDollarEvaluation | undefined,
  styles: ReturnType<typeof useStyles>
): MemoSection[] {
  if (!sd || !sd.started || sd.buyout === undefined || !sd.buyouts) return [];
  const inForce = sd.buyouts.find((b) => b.inForce);
  return [
    {
      id: "split-dollar",
      title: `Split-dollar buy-out (3(c)(iii))${inForce?.price ? `: ${dollars(inForce.price)}` : ""}`,
      body: (
        <>
          <dl className={styles.dl}>
            <dt className={styles.dt}>Buy-out date</dt>
            <dd className={styles.dd}>{iso(sd.buyout)}</dd>
            {sd.interest !== undefined && (
              <>
                <dt className={styles.dt}>Company Interest (3(c)(iii)(A))</dt>
                <dd className={styles.dd}>{dollars(sd.interest)}</dd>
              </>
            )}
            {sd.life && (
              <>
                <dt className={styles.dt}>Life expectancy (3(c)(iii)(B))</dt>
                <dd className={styles.dd}>
                  {formatYears(sd.life.years)} years ({sd.life.age.replace(/=/g, " ")},{" "}
                  {sd.life.table ? `${sd.life.table.title}, ${sd.life.table.sex}` : "own table"})
                </dd>
              </>
            )}
          </dl>
          <table className={styles.table} data-testid="memo-split-dollar">
            <thead>
              <tr>
                <th className={styles.cell}>
                  Reading of split-dollar-discount at {formatPercent(sd.rate)} (SPLITDOLLAR_BUYOUT)
                </th>
                <th className={styles.num}>Buy-out price</th>
                <th className={styles.num}>Difference</th>
              </tr>
            </thead>
            <tbody>
              {sd.buyouts.map((b) => (
                <tr key={b.method}>
                  <td className={styles.cell}>
                    {b.method}
                    {b.inForce ? " (in force)" : ""}
                  </td>
                  <td className={styles.num}>{b.price ? dollars(b.price) : (b.error ?? "")}</td>
                  <td className={styles.num}>{b.difference ? dollars(b.difference) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ),
    },
  ];
}

/** Today as a serial (the memo's date). */
function todaySerial(): number {
  const now = new Date();
  return serial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
