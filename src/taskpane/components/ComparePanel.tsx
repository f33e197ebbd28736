/**
 * Compare two or more saved scenarios side by side (paragraph 4): the payout,
 * its cash part, the value of every payment at one date at a chosen rate
 * (the core's comparePayouts: the earliest termination date; a payment
 * before it, such as the shares of a 4(c)(i)(B) election, valued by the
 * register's comparison-valuation reading), each one's difference from the
 * first, the payout by calendar year (PAYOUT_BY_YEAR, issue 21 item 4) and the
 * components.
 *
 * Nothing here can take the pane down (issue 18): a saved scenario that
 * cannot be evaluated is listed as such with Open and Delete, never compared;
 * a defect inside the comparison is contained by its own error boundary,
 * whose way out closes the comparison (the selection is not stored, so a
 * reload never restores a failing comparison). At narrow widths (Excel's
 * 320 px pane) each figure is a block with one line per scenario instead of
 * columns.
 */
import { useEffect, useMemo, useState } from "react";
import { createPortal, flushSync } from "react-dom";
import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import Decimal from "decimal.js";
import {
  BtuError,
  Choices,
  checkRate,
  DEFAULT_CHOICES,
  interpretation,
  iso,
  readNumber,
} from "../../core";
import { madeOn } from "../../audit/print";
import { comparisonToXlsx } from "../download/comparison-xlsx";
import { saveFile } from "../download/save";
import { XLSX_TYPE } from "../download/xlsx";
import { comparisonTable, ComparisonTable } from "../model/comparison";
import {
  Collector,
  COMPARISON_RATE,
  evaluate,
  Evaluation,
  ScenarioResult,
} from "../model/evaluate";
import { dollars, paneMessage } from "../model/words";
import { SavedScenario } from "../state/scenarios";
import { PaneSettings } from "../state/settings";
import { ErrorBoundary } from "./ErrorBoundary";
import { ComparePrint } from "./ComparePrint";
import { DateField, SelectField, TextField } from "./fields";
import { formatPercent } from "./format";
import { setPrintingComparison } from "../state/print-target";
import { useLayout, useStackedFigures } from "./styles";
import { useWidth } from "./use-width";

/** The comparison's default rate as typed in its field: the core's (4(c)'s 3% a year). */
const DEFAULT_RATE_TEXT = formatPercent(COMPARISON_RATE);

/** Below this width of the comparison, each figure is a block of lines (no columns). */
const NARROW = 520;

const useStyles = makeStyles({
  picks: { display: "flex", flexDirection: "column", rowGap: 0 },
  lineName: { overflowWrap: "break-word", minWidth: 0 },
  broken: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

interface Props {
  readonly scenarios: readonly SavedScenario[];
  /** Opens a saved scenario in the form (to fix it). */
  readonly open?: (s: PaneSettings) => void;
  /** Deletes a saved scenario. */
  readonly remove?: (name: string) => void;
}

/** The comparison inside its own error boundary; closing it after a defect shows a button to compare again. */
export function ComparePanel(props: Props) {
  const layout = useLayout();
  const [closed, setClosed] = useState(false);
  if (closed)
    return (
      <div className={layout.stack} data-testid="compare-closed">
        <p className={layout.note}>The comparison is closed.</p>
        <Button onClick={() => setClosed(false)}>Compare saved scenarios</Button>
      </div>
    );
  return (
    <ErrorBoundary
      section="the comparison of saved scenarios"
      onClose={() => setClosed(true)}
      closeLabel="Close the comparison"
    >
      <Compare {...props} />
    </ErrorBoundary>
  );
}

/** A saved scenario evaluated, or why it cannot be. */
type Evaluated =
  | { readonly s: SavedScenario; readonly e: Evaluation; readonly r: ScenarioResult }
  | { readonly s: SavedScenario; readonly reason: string };

function evaluateSaved(s: SavedScenario): Evaluated {
  try {
    const e = evaluate(s.settings);
    if (e.result) return { s, e, r: e.result };
    const [field, message] = Object.entries(e.errors)[0] ?? [];
    return {
      s,
      reason: field ? `${field}: ${message}` : "its fields give no figures",
    };
  } catch (err) {
    return { s, reason: err instanceof Error ? err.message.slice(0, 200) : String(err) };
  }
}

function Compare({ scenarios, open, remove }: Props) {
  const layout = useLayout();
  const styles = useStyles();
  const stack = useStackedFigures();
  const [picked, setPicked] = useState<readonly string[]>(() =>
    scenarios.slice(0, 2).map((s) => s.name)
  );
  const [rateText, setRateText] = useState(DEFAULT_RATE_TEXT);
  const [asOfText, setAsOfText] = useState("");
  const entry = interpretation("comparison-valuation");
  const [valuation, setValuation] = useState<Choices["comparisonValuation"]>(
    DEFAULT_CHOICES.comparisonValuation
  );
  const [ref, width] = useWidth();
  const narrow = width !== undefined && width < NARROW;

  // Names no longer saved drop out; fewer than two picked: the first two saved.
  const names = scenarios.map((s) => s.name);
  let chosen = picked.filter((n) => names.includes(n));
  if (chosen.length < 2) chosen = names.slice(0, 2);
  const chosenKey = chosen.join("\u0000");
  const evaluated = useMemo(
    () => chosen.map((n) => evaluateSaved(scenarios.find((s) => s.name === n) as SavedScenario)),
    [chosenKey, scenarios]
  );
  const ok = evaluated.filter((x): x is Extract<Evaluated, { r: ScenarioResult }> => "r" in x);
  const broken = evaluated.filter(
    (x): x is Extract<Evaluated, { reason: string }> => "reason" in x
  );

  let rate: Decimal | undefined;
  let rateError: string | undefined;
  // The core's reader, as the functions read a rate typed as text: 3% and 0.03 are both 3%.
  const typed = readNumber(rateText, "portion");
  if (rateText.trim() === "") rate = COMPARISON_RATE;
  else if (!typed.ok)
    rateError = `Discount rate must be a percentage such as ${DEFAULT_RATE_TEXT} (or ${COMPARISON_RATE.toString()}): ${typed.why}.`;
  else
    try {
      rate = checkRate(typed.value.toNumber(), "rate");
    } catch (e) {
      if (!(e instanceof BtuError)) throw e;
      // The refusal's fields in the pane's words: its limits in percent, what was typed as read.
      rateError = `${paneMessage(e, "Discount rate", typed.read)} Type ${DEFAULT_RATE_TEXT} for the agreement's rate.`;
    }
  // One valuation date for all, read as every date field of the pane (empty: the earliest termination date).
  const dates = new Collector();
  const asOf = dates.date("compare-asOf", asOfText, "the comparison date", false);
  const asOfError = dates.errors["compare-asOf"];

  // The figures side by side, valued at one date, each one's difference from the first: the core's (comparePayouts).
  let table: ComparisonTable | undefined;
  let cmpError: string | undefined;
  if (ok.length >= 2 && rate && !asOfError)
    try {
      table = comparisonTable(
        ok.map((x) => ({ name: x.s.name, e: x.e, r: x.r })),
        { rate, asOf, valuation }
      );
    } catch (e) {
      if (!(e instanceof BtuError)) throw e;
      cmpError = e.message;
    }
  const rows = table?.lines ?? [];
  const diffLabel = (i: number) =>
    ok.length === 2 ? "Difference" : `Difference ${ok[i].s.name} less ${ok[0].s.name}`;
  const components = (e: Evaluation) =>
    e.result?.payout.components.map(
      (c) => `${c.clause}: ${c.amount ? dollars(c.amount) : "not computed"}`
    ) ?? [];
  const money = (x: Decimal | undefined) => (x ? dollars(x) : "-");

  // Export (.xlsx, ExcelJS from its own chunk) and print (the print view, with the memo kept out).
  const [made] = useState(madeOn);
  const [printView, setPrintView] = useState(false);
  const [exportMessage, setExportMessage] = useState<string>();
  useEffect(() => {
    const after = () => {
      setPrintingComparison(false);
      setPrintView(false);
    };
    window.addEventListener("afterprint", after);
    return () => window.removeEventListener("afterprint", after);
  }, []);
  const print = () => {
    setPrintingComparison(true);
    flushSync(() => setPrintView(true));
    window.print();
  };
  const download = async (t: ComparisonTable) => {
    setExportMessage("Preparing the workbook…");
    try {
      saveFile(await comparisonToXlsx(t, made), XLSX_TYPE, `${t.fileName}.xlsx`);
      setExportMessage(`Downloaded ${t.fileName}.xlsx.`);
    } catch (e) {
      setExportMessage(
        `The workbook could not be made: ${(e instanceof Error ? e.message : String(e)).slice(0, 200)}`
      );
    }
  };

  const toggle = (name: string, on: boolean) =>
    setPicked(on ? [...chosen, name] : chosen.filter((n) => n !== name));

  return (
    <div className={layout.stack} data-testid="compare" ref={ref}>
      <h3 className={layout.subheading}>Compare saved scenarios</h3>
      <fieldset className={styles.picks} data-testid="compare-picks">
        <legend>Scenarios to compare (two or more)</legend>
        {scenarios.map((s) => (
          <Checkbox
            key={s.name}
            label={s.name}
            checked={chosen.includes(s.name)}
            disabled={chosen.includes(s.name) && chosen.length <= 2}
            onChange={(_, d) => toggle(s.name, d.checked === true)}
          />
        ))}
      </fieldset>
      <TextField
        label="Discount rate for the present value"
        hint={`Percent a year. Empty means the agreement's ${DEFAULT_RATE_TEXT} (4(c)).`}
        value={rateText}
        onChange={setRateText}
        error={rateError}
        inputMode="decimal"
        figure
        testId="compare-rate"
      />
      <DateField
        label="Comparison date for the present value"
        hint="One date for every scenario, YYYY-MM-DD. Empty means the earliest termination date."
        value={asOfText}
        onChange={setAsOfText}
        error={asOfError}
        reading={dates.readings["compare-asOf"]}
        testId="compare-asof"
      />
      <SelectField
        label="A payment before the comparison date (register comparison-valuation)"
        value={valuation}
        options={entry.alternatives.map((a) => ({
          value: a.value,
          text: a.value === entry.default ? `${a.value} (default)` : a.value,
        }))}
        onChange={(v) => setValuation(v as Choices["comparisonValuation"])}
        hint={entry.alternatives.find((a) => a.value === valuation)?.meaning}
        testId="compare-valuation"
      />
      {broken.map((x) => (
        <MessageBar key={x.s.name} intent="warning" layout="multiline" data-testid="compare-broken">
          <MessageBarBody>
            <div className={styles.broken}>
              <span>
                {x.s.name} cannot be evaluated: {x.reason}
              </span>
              {open && (
                <Button
                  size="small"
                  aria-label={`Open ${x.s.name} to fix it`}
                  onClick={() => open(x.s.settings)}
                >
                  Open to fix
                </Button>
              )}
              {remove && (
                <Button
                  size="small"
                  aria-label={`Delete ${x.s.name}`}
                  onClick={() => remove(x.s.name)}
                >
                  Delete
                </Button>
              )}
            </div>
          </MessageBarBody>
        </MessageBar>
      ))}
      {cmpError && (
        <MessageBar intent="warning">
          <MessageBarBody>The comparison cannot be made: {cmpError}</MessageBarBody>
        </MessageBar>
      )}
      {ok.length < 2 || !table ? (
        <p className={layout.note}>
          {ok.length < 2
            ? "Pick two or more scenarios that can be evaluated."
            : "Correct the rate or the date above to see the comparison."}
        </p>
      ) : narrow ? (
        <ul
          className={stack.stacked}
          aria-label="Saved scenarios compared"
          data-testid="compare-table"
        >
          {rows.map(({ label, ...row }) => (
            <li key={label} className={stack.block} data-testid="compare-row">
              <div className={stack.blockTitle}>{label}</div>
              {ok.map((x, i) => (
                <div key={x.s.name} className={stack.line} data-label={x.s.name}>
                  <span className={layout.figure}>{money(row.values[i])}</span>
                </div>
              ))}
              {ok.slice(1).map((x, j) => (
                <div
                  key={`d-${x.s.name}`}
                  className={stack.line}
                  data-label={diffLabel(j + 1)}
                  data-testid="compare-difference"
                >
                  <span className={layout.figure}>{money(row.differences[j + 1])}</span>
                </div>
              ))}
            </li>
          ))}
          {table.years.map((y) => (
            <li key={y.year} className={stack.block} data-testid="compare-year">
              <div className={stack.blockTitle}>{y.label}</div>
              {ok.map((x, i) => (
                <div key={x.s.name} className={stack.line} data-label={x.s.name}>
                  <span className={layout.figure}>{money(y.values[i])}</span>
                </div>
              ))}
            </li>
          ))}
          <li className={stack.block}>
            <div className={stack.blockTitle}>Components</div>
            {ok.map((x) => (
              <div key={x.s.name}>
                <div className={styles.lineName}>{x.s.name}</div>
                {components(x.e).map((t, i) => (
                  <div key={i}>{t}</div>
                ))}
              </div>
            ))}
          </li>
        </ul>
      ) : (
        <Table
          size="small"
          aria-label="Saved scenarios side by side"
          className={layout.table}
          data-testid="compare-table"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Figure</TableHeaderCell>
              {ok.map((x) => (
                <TableHeaderCell key={x.s.name} className={layout.figureHeaderCell}>
                  {x.s.name}
                </TableHeaderCell>
              ))}
              {ok.slice(1).map((x, j) => (
                <TableHeaderCell key={`d-${x.s.name}`} className={layout.figureHeaderCell}>
                  {diffLabel(j + 1)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(({ label, ...row }) => (
              <TableRow key={label} data-testid="compare-row">
                <TableCell className={layout.tableCell}>{label}</TableCell>
                {ok.map((x, i) => (
                  <TableCell key={x.s.name} className={layout.tableCell}>
                    <span className={layout.figure}>{money(row.values[i])}</span>
                  </TableCell>
                ))}
                {ok.slice(1).map((x, j) => (
                  <TableCell
                    key={`d-${x.s.name}`}
                    className={layout.tableCell}
                    data-testid="compare-difference"
                  >
                    <span className={layout.figure}>{money(row.differences[j + 1])}</span>
                  </TableCell>
                ))}
              </TableRow>
            ))}
            {table.years.map((y) => (
              <TableRow key={y.year} data-testid="compare-year">
                <TableCell className={layout.tableCell}>{y.label}</TableCell>
                {ok.map((x, i) => (
                  <TableCell key={x.s.name} className={layout.tableCell}>
                    <span className={layout.figure}>{money(y.values[i])}</span>
                  </TableCell>
                ))}
                {ok.slice(1).map((x) => (
                  <TableCell key={`d-${x.s.name}`} className={layout.tableCell} />
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableCell className={layout.tableCell}>Components</TableCell>
              {ok.map((x) => (
                <TableCell key={x.s.name} className={layout.tableCell}>
                  {components(x.e).map((t, i) => (
                    <div key={i}>{t}</div>
                  ))}
                </TableCell>
              ))}
              {ok.slice(1).map((x) => (
                <TableCell key={`d-${x.s.name}`} className={layout.tableCell} />
              ))}
            </TableRow>
          </TableBody>
        </Table>
      )}
      {table?.flowsBeforeDate && (
        <MessageBar intent="info" layout="multiline" data-testid="compare-before-date">
          <MessageBarBody>
            {table.notes.find((n) => n.startsWith("A payment falls"))}
          </MessageBarBody>
        </MessageBar>
      )}
      {table && (
        <>
          <p className={layout.note}>
            Scenarios:{" "}
            {ok
              .map((x) => `${x.s.name}: ${x.e.scenario.clause} terminating ${iso(x.r.T)}`)
              .join("; ")}
            . {table.notes[0]}
          </p>
          <div className={layout.row}>
            <Button onClick={() => void download(table)} data-testid="compare-xlsx">
              Download the comparison (.xlsx)
            </Button>
            <Button onClick={print} data-testid="compare-print-button">
              Print the comparison
            </Button>
          </div>
          <p
            className={layout.note}
            role="status"
            aria-live="polite"
            data-testid="compare-export-status"
          >
            {exportMessage}
          </p>
          {printView && createPortal(<ComparePrint table={table} made={made} />, document.body)}
        </>
      )}
    </div>
  );
}
