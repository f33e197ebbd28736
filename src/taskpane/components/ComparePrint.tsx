/**
 * The comparison of saved scenarios, printed (issue 21 item 4): the figures side by side with
 * their clauses, each one's difference from the first, the scenarios' facts, the comparison date
 * and rate, and the notes; page numbers on every page, landscape. Shown only in print (the pane
 * is hidden then, App's screen style); rendered into the document's body while printing.
 */
import { iso } from "../../core";
import { ComparisonTable } from "../model/comparison";
import { dollars } from "../model/words";
import { formatPercent } from "./format";
import { PageNumbers } from "./PageNumbers";
import { usePrintStyles } from "./print-styles";

export function ComparePrint({ table, made }: { table: ComparisonTable; made: string }) {
  const styles = usePrintStyles();
  const first = table.columns[0];
  const facts: Array<[string, (c: ComparisonTable["columns"][number]) => string]> = [
    ["Scenario", (c) => c.scenario],
    ["Date entered (notice or event)", (c) => iso(c.date)],
    ["Termination date", (c) => iso(c.T)],
    ["Periods ended", (c) => c.periods],
    ["Interpretation choices", (c) => c.choices],
  ];
  return (
    <article
      className={styles.memo}
      data-testid="compare-print"
      aria-label="Saved scenarios compared (print view)"
    >
      <PageNumbers landscape />
      <h1 className={styles.h1}>{table.title}</h1>
      <p className={styles.note}>
        BTU International separation agreement of 2003-02-07, paragraph 4. Made {made}; every figure
        from the calculation core of the add-in.
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell}>Figure</th>
            <th className={styles.cell}>Clause</th>
            {table.columns.map((c) => (
              <th key={c.name} className={styles.num}>
                {c.name}
              </th>
            ))}
            {table.columns.slice(1).map((c) => (
              <th key={`d-${c.name}`} className={styles.num}>
                {c.name} less {first.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.lines.map((l) => (
            <tr key={l.figure} data-testid="compare-print-row">
              <td className={styles.cell}>{l.label}</td>
              <td className={styles.cell}>{l.clause}</td>
              {l.values.map((v, i) => (
                <td key={i} className={styles.num}>
                  {dollars(v)}
                </td>
              ))}
              {l.differences.slice(1).map((d, i) => (
                <td key={`d-${i}`} className={styles.num}>
                  {dollars(d)}
                </td>
              ))}
            </tr>
          ))}
          {table.years.map((y) => (
            <tr key={y.year} data-testid="compare-print-year">
              <td className={styles.cell}>{y.label}</td>
              <td className={styles.cell}>{y.clause}</td>
              {y.values.map((v, i) => (
                <td key={i} className={styles.num}>
                  {dollars(v)}
                </td>
              ))}
              {table.columns.slice(1).map((c) => (
                <td key={`d-${c.name}`} className={styles.num} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className={styles.h2}>The scenarios</h2>
      <table className={styles.table}>
        <tbody>
          {facts.map(([label, of]) => (
            <tr key={label}>
              <th className={styles.cell}>{label}</th>
              {table.columns.map((c) => (
                <td key={c.name} className={styles.cell}>
                  {of(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.note}>
        Comparison date {iso(table.asOf)}
        {table.asOfChosen ? " (chosen)" : " (the earliest termination date)"}; discount rate{" "}
        {formatPercent(table.rate)} a year (4(c)); a payment before the date valued by
        comparison-valuation={table.valuation}.
      </p>
      {table.notes.map((n) => (
        <p key={n} className={styles.note}>
          {n}
        </p>
      ))}
    </article>
  );
}
