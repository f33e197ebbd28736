/**
 * The controller's ledger of the scenario and plan on screen (issue 21 item 4), below the
 * Consequences, from the later chunk (../later.ts; the first render does not grow): what the
 * Company owes and has not paid at a chosen day (OUTSTANDING, default the termination date)
 * and the month-end roll-forward (ROLLFORWARD: opening, arising, paid, closing), both under
 * register entry amounts-arise. Every figure is the core's (model/ledger.ts); this component
 * lays them out: a table when the pane is wide, a block of lines a row when it is narrow
 * (Excel's 320 px pane), so nothing scrolls sideways.
 *
 * The as-of date is the component's own state (not saved in the pane's settings): it starts
 * at the termination date of the scenario on screen and goes back to it when that changes.
 */
import { ReactNode, useEffect, useMemo, useRef, useState } from "react";
import {
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
import { BtuError, iso, RollForwardRow } from "../../core";
import { Evaluation, ScenarioResult } from "../model/evaluate";
import {
  arisingReading,
  AS_OF_LABEL,
  defaultAsOfText,
  owedAt,
  rollForwardRows,
} from "../model/ledger";
import { dollars } from "../model/words";
import { DateField } from "./fields";
import { useLayout } from "./styles";

/** Below this width of the section, each table row is a block of lines (no columns). */
const NARROW = 520;

const useStyles = makeStyles({
  cell: {
    verticalAlign: "top",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    height: "auto",
    overflowWrap: "break-word",
  },
  stacked: { margin: 0, padding: 0, listStyleType: "none" },
  block: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  blockTitle: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "break-word" },
  // One figure a line: its label (from data-label), the figure at the right.
  line: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    "::before": {
      content: "attr(data-label)",
      overflowWrap: "break-word",
      minWidth: 0,
      maxWidth: "100%",
    },
  },
  owed: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
});

/** The width of an element, followed as it changes (undefined before the first layout). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

/** One column of a ledger table: its header and each row's figure. */
export interface LedgerColumn<R> {
  readonly header: string;
  readonly value: (row: R) => Decimal;
}

/**
 * Rows of figures under their headers: a table when wide, a block of labelled lines a row when
 * narrow. The first column names the row (a year, a month end).
 */
function FiguresTable<R>({
  rows,
  name,
  nameHeader,
  columns,
  label,
  testId,
  narrow,
  total,
}: {
  rows: readonly R[];
  name: (row: R) => string;
  nameHeader: string;
  columns: readonly LedgerColumn<R>[];
  label: string;
  testId: string;
  narrow: boolean;
  /** A last row (e.g. the total), in bold. */
  total?: { readonly name: string; readonly values: readonly (Decimal | undefined)[] };
}) {
  const layout = useLayout();
  const styles = useStyles();
  if (narrow)
    return (
      <ul className={styles.stacked} aria-label={label} data-testid={testId}>
        {rows.map((row) => (
          <li key={name(row)} className={styles.block} data-testid={`${testId}-row`}>
            <div className={styles.blockTitle}>
              {nameHeader} {name(row)}
            </div>
            {columns.map((c) => (
              <div key={c.header} className={styles.line} data-label={c.header}>
                <span className={layout.figure}>{dollars(c.value(row))}</span>
              </div>
            ))}
          </li>
        ))}
        {total && (
          <li className={styles.block} data-testid={`${testId}-total`}>
            <div className={styles.blockTitle}>{total.name}</div>
            {columns.map((c, i) =>
              total.values[i] ? (
                <div key={c.header} className={styles.line} data-label={c.header}>
                  <strong className={layout.figure}>{dollars(total.values[i])}</strong>
                </div>
              ) : null
            )}
          </li>
        )}
      </ul>
    );
  return (
    <Table size="small" aria-label={label} className={layout.table} data-testid={testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{nameHeader}</TableHeaderCell>
          {columns.map((c) => (
            <TableHeaderCell key={c.header} className={layout.figureHeaderCell}>
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={name(row)} data-testid={`${testId}-row`}>
            <TableCell className={styles.cell}>
              <span className={layout.nowrap}>{name(row)}</span>
            </TableCell>
            {columns.map((c) => (
              <TableCell key={c.header} className={styles.cell}>
                <span className={layout.figure}>{dollars(c.value(row))}</span>
              </TableCell>
            ))}
          </TableRow>
        ))}
        {total && (
          <TableRow data-testid={`${testId}-total`}>
            <TableCell className={styles.cell}>
              <strong>{total.name}</strong>
            </TableCell>
            {columns.map((c, i) => (
              <TableCell key={c.header} className={styles.cell}>
                {total.values[i] && (
                  <strong className={layout.figure}>{dollars(total.values[i])}</strong>
                )}
              </TableCell>
            ))}
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}

/** A core refusal shown in place of a part of the ledger (the rest still shows). */
function attempt<T>(fn: () => T): { value?: T; error?: string } {
  try {
    return { value: fn() };
  } catch (e) {
    if (!(e instanceof BtuError)) throw e;
    return { error: e.message };
  }
}

function Part({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  const layout = useLayout();
  return (
    <section className={layout.tight} aria-labelledby={id}>
      <h3 id={id} className={layout.subheading}>
        {title}
      </h3>
      {children}
    </section>
  );
}

const ROLL_FORWARD_COLUMNS: readonly LedgerColumn<RollForwardRow>[] = [
  { header: "Opening", value: (r) => r.opening },
  { header: "Arising", value: (r) => r.arising },
  { header: "Paid", value: (r) => r.paid },
  { header: "Closing", value: (r) => r.closing },
];

export function LedgerPanel({
  evaluation,
  result,
}: {
  evaluation: Evaluation;
  result: ScenarioResult;
}) {
  const layout = useLayout();
  const styles = useStyles();
  const [ref, width] = useWidth();
  const narrow = width !== undefined && width < NARROW;

  // The as-of date: the termination date until the user types one; back to it when the termination date changes.
  const startAt = defaultAsOfText(result);
  const [asOf, setAsOf] = useState<{ readonly from: string; readonly text: string }>();
  const asOfText = asOf && asOf.from === startAt ? asOf.text : startAt;
  const owed = useMemo(() => owedAt(result, asOfText), [result, asOfText]);
  const roll = useMemo(() => attempt(() => rollForwardRows(result)), [result]);
  const clause = evaluation.scenario.clause;
  // The reading in force of when an amount becomes owed, in the register's words.
  const arise = arisingReading(evaluation);

  return (
    <div ref={ref} className={layout.stack} data-testid="ledger">
      <Part title="What is owed at a date (OUTSTANDING)" id="h-ledger-owed">
        <DateField
          label={AS_OF_LABEL}
          value={asOfText}
          onChange={(text) => setAsOf({ from: startAt, text })}
          error={owed.error}
          reading={owed.reading}
          hint="Default: the termination date"
          testId="ledger-as-of"
        />
        {owed.amount && owed.asOf !== undefined && (
          <p className={layout.note}>
            Owed and not paid at the end of {iso(owed.asOf)}:{" "}
            <span className={styles.owed} data-testid="ledger-owed">
              {dollars(owed.amount)}
            </span>{" "}
            ({clause}; register amounts-arise={arise.value}: {arise.meaning})
          </p>
        )}
      </Part>

      <Part title="Month-end roll-forward (ROLLFORWARD)" id="h-ledger-roll">
        {roll.error ? (
          <MessageBar intent="warning">
            <MessageBarBody>The roll-forward cannot be made: {roll.error}</MessageBarBody>
          </MessageBar>
        ) : roll.value && roll.value.length > 0 ? (
          <>
            <FiguresTable
              rows={roll.value}
              name={(r) => iso(r.monthEnd)}
              nameHeader="Month end"
              columns={ROLL_FORWARD_COLUMNS}
              label="Month-end roll-forward"
              testId="ledger-roll"
              narrow={narrow}
            />
            <p className={layout.note}>
              Each month: opening + arising - paid = closing; paid is the payment schedule&apos;s
              payments dated in the month, closing what is owed at the month end.
            </p>
          </>
        ) : (
          <p className={layout.note}>Nothing arises and nothing is paid under this scenario.</p>
        )}
      </Part>
    </div>
  );
}
