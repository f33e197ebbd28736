/**
 * What each reading costs: the core's `sensitivity` for the very request the
 * pane's PAYOUT uses (result.payout.request), as a table beside the
 * interpretation choices. Each row is PAYOUT under one reading of one
 * switchable register entry bearing on the figure, and its difference from
 * the figure in force; the pane only formats them.
 */
import { useMemo } from "react";
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
import { BtuError, sensitivity } from "../../core";
import { ScenarioResult } from "../model/evaluate";
import { ReadingFigures } from "./ReadingFigures";
import { useLayout } from "./styles";
import { dollars } from "../model/words";

const useStyles = makeStyles({
  cell: {
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    height: "auto",
    overflowWrap: "anywhere",
  },
  inForce: {
    backgroundColor: tokens.colorNeutralBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  mark: { display: "block", fontSize: tokens.fontSizeBase200, fontWeight: "normal" },
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
        className={layout.table}
        data-testid="sensitivity"
      >
        <caption style={visuallyHidden}>
          {caption}: PAYOUT and its difference from the figure in force, by reading
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "32%" }}>Register entry</TableHeaderCell>
            <TableHeaderCell style={{ width: "24%" }}>Reading</TableHeaderCell>
            <TableHeaderCell style={{ width: "23%" }}>
              <span className={layout.figureHeader}>PAYOUT</span>
            </TableHeaderCell>
            <TableHeaderCell style={{ width: "21%" }}>
              <span className={layout.figureHeader}>Difference</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow
              key={`${r.entry.id}=${r.value}`}
              className={r.inForce ? styles.inForce : undefined}
              data-testid="sensitivity-row"
              data-entry={r.entry.id}
              data-value={r.value}
              data-in-force={r.inForce ? "true" : "false"}
            >
              <TableCell className={styles.cell}>
                {r.entry.id}
                <span className={styles.mark}>{r.entry.clause}</span>
              </TableCell>
              <TableCell className={styles.cell}>
                {r.value}
                {r.inForce && <span className={styles.mark}>in force</span>}
              </TableCell>
              <ReadingFigures
                cellClassName={styles.cell}
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
        </TableBody>
      </Table>
    </div>
  );
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
