/**
 * What each reading costs: the core's `sensitivity` for the very request the
 * pane's PAYOUT uses (result.payout.request), as a table beside the
 * interpretation choices. Each row is PAYOUT under one reading of one
 * switchable register entry bearing on the figure, and its difference from
 * the figure in force; the pane only formats them.
 */
import { Fragment, useMemo } from "react";
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { BtuError, Sensitivity, sensitivity } from "../../core";
import { ScenarioResult } from "../model/evaluate";
import { ReadingFigures } from "./ReadingFigures";
import { useLayout } from "./styles";
import { dollars } from "../model/words";

const useStyles = makeStyles({
  /**
   * Three columns that fit Excel's narrowest pane (320 px): the reading, then
   * two figures that never break. Words wrap only between words (and after
   * a register id's hyphens), never inside one.
   */
  table: { width: "100%", tableLayout: "auto", overflowWrap: "normal", wordBreak: "normal" },
  cell: {
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    height: "auto",
    overflowWrap: "normal",
    wordBreak: "normal",
  },
  /** The register entry a group of readings belongs to: a row of its own, across the table. */
  entry: {
    paddingTop: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  inForce: {
    backgroundColor: tokens.colorNeutralBackground2,
    fontWeight: tokens.fontWeightSemibold,
    "@media (forced-colors: active)": { outline: "1px solid CanvasText" },
  },
  mark: { display: "block", fontSize: tokens.fontSizeBase200, fontWeight: "normal" },
  /** Figures a step smaller, so two of them and a reading fit in 320 px. */
  figures: { fontSize: tokens.fontSizeBase200 },
});

/** The sensitivity of the shown payout, or the message if the core refuses (it should not: the payout itself succeeded). */
function useSensitivity(result: ScenarioResult) {
  return useMemo(() => {
    try {
      return { value: sensitivity(result.payout.request) };
    } catch (e) {
      if (!(e instanceof BtuError)) throw e;
      return { error: e.message };
    }
  }, [result.payout.request]);
}

export function SensitivityTable({ result }: { result: ScenarioResult }) {
  const layout = useLayout();
  const styles = useStyles();
  const s = useSensitivity(result);
  if (s.error !== undefined)
    return (
      <p className={layout.note} data-testid="sensitivity-error">
        {s.error}
      </p>
    );
  const { inForce, rows } = s.value;
  const caption = "What each reading costs (SENSITIVITY)";
  return (
    <div className={layout.tight}>
      <h3 className={layout.subheading} id="h-sensitivity">
        {caption}
      </h3>
      <p className={layout.note}>
        PAYOUT under each reading of each register entry bearing on it, and the difference from the
        figure in force ({dollars(inForce)}). The same request as the total above.
      </p>
      <Table
        size="small"
        aria-labelledby="h-sensitivity"
        className={styles.table}
        data-testid="sensitivity"
      >
        <caption style={visuallyHidden}>
          {caption}: PAYOUT and its difference from the figure in force, by reading
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.cell}>Reading</TableHeaderCell>
            <TableHeaderCell className={`${styles.cell} ${layout.figureHeaderCell}`}>
              <span className={layout.figureHeader}>PAYOUT</span>
            </TableHeaderCell>
            <TableHeaderCell className={`${styles.cell} ${layout.figureHeaderCell}`}>
              <span className={layout.figureHeader}>Difference</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups(rows).map(({ entry, readings }) => (
            <Fragment key={entry.id}>
              <TableRow data-testid="sensitivity-entry" data-entry={entry.id}>
                <TableCell className={`${styles.cell} ${styles.entry}`} colSpan={3}>
                  {entry.id} <span className={layout.note}>{entry.clause}</span>
                </TableCell>
              </TableRow>
              {readings.map((r) => (
                <TableRow
                  key={`${r.entry.id}=${r.value}`}
                  className={r.inForce ? styles.inForce : undefined}
                  data-testid="sensitivity-row"
                  data-entry={r.entry.id}
                  data-value={r.value}
                  data-in-force={r.inForce ? "true" : "false"}
                >
                  <TableCell className={styles.cell}>
                    {r.value}
                    {r.inForce && <span className={styles.mark}>in force</span>}
                  </TableCell>
                  <ReadingFigures
                    cellClassName={`${styles.cell} ${styles.figures}`}
                    error={r.error ? `${r.error.code} ${r.error.message}` : undefined}
                    figure={r.total}
                    difference={r.difference}
                    testIds={{
                      error: "sensitivity-error-row",
                      figure: "sensitivity-total",
                      difference: "sensitivity-difference",
                    }}
                  />
                </TableRow>
              ))}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The rows by register entry, in the core's order. */
function groups(rows: readonly Sensitivity[]) {
  const out: Array<{ entry: Sensitivity["entry"]; readings: Sensitivity[] }> = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.entry.id === r.entry.id) last.readings.push(r);
    else out.push({ entry: r.entry, readings: [r] });
  }
  return out;
}

/** Read by screen readers, not shown (the heading above says the same). */
const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;
