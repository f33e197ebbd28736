/**
 * The controller's ledger of the scenario and plan on screen (issue 21 item 4), below the
 * Consequences, from the later chunk (../later.ts; the first render does not grow): the payout
 * by tax treatment (paragraph 5, 3(a): who withholds, which form; the add-in computes no tax),
 * by calendar or contract year (PAYOUT_BY_YEAR, 3(b)), what the Company owes and has not paid
 * at a chosen day (OUTSTANDING, default the termination date) and the month-end roll-forward
 * (ROLLFORWARD: opening, arising, paid, closing), both under register entry amounts-arise.
 * Every figure is the core's (model/ledger.ts); this component lays them out: a table when the
 * pane is wide enough for its columns, a block of lines a row when it is not (Excel's 320 px
 * pane), so nothing scrolls sideways.
 *
 * The year basis and the as-of date are kept in the pane's settings (state/settings.ts
 * LedgerSettings: saved with them, and in a saved scenario): the year basis starts at the core's
 * default; the as-of date at the termination date of the scenario on screen, and goes back to it
 * when that changes.
 */
import { ReactNode, useMemo } from "react";
import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import Decimal from "decimal.js";
import { BtuError, iso, PayoutYear, RollForwardRow } from "../../core";
import { Evaluation, ScenarioResult } from "../model/evaluate";
import {
  arisingReading,
  AS_OF_LABEL,
  defaultAsOfText,
  owedAt,
  rollForwardRows,
  TAX_NOTE,
  treatmentTotals,
  yearBasisOptions,
  yearTable,
} from "../model/ledger";
import { dollars } from "../model/words";
import { LedgerSettings } from "../state/settings";
import { DateField } from "./fields";
import { useLayout, useStackedFigures } from "./styles";
import { useWidth } from "./use-width";

/** The width a column of figures takes (about "$1,216,000.00" and its padding): below columns x this, each row is a block of lines. */
const COLUMN_WIDTH = 110;

const useStyles = makeStyles({
  treatments: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  treatment: { overflowWrap: "break-word" },
  owed: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
});

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
  width,
  total,
}: {
  rows: readonly R[];
  name: (row: R) => string;
  nameHeader: string;
  columns: readonly LedgerColumn<R>[];
  label: string;
  testId: string;
  /** The width of the section (undefined before the first layout): unknown or too narrow for the columns, a block a row. */
  width: number | undefined;
  /** A last row (e.g. the total), in bold. */
  total?: { readonly name: string; readonly values: readonly (Decimal | undefined)[] };
}) {
  const layout = useLayout();
  const stack = useStackedFigures();
  // Before the first layout the width is unknown: lines first (they fit any pane), the table once it is known to fit.
  const narrow = width === undefined || width < (columns.length + 1) * COLUMN_WIDTH;
  if (narrow)
    return (
      <ul className={stack.stacked} aria-label={label} data-testid={testId}>
        {rows.map((row) => (
          <li key={name(row)} className={stack.block} data-testid={`${testId}-row`}>
            <div className={stack.blockTitle}>
              {nameHeader} {name(row)}
            </div>
            {columns.map((c) => (
              <div key={c.header} className={stack.line} data-label={c.header}>
                <span className={layout.figure}>{dollars(c.value(row))}</span>
              </div>
            ))}
          </li>
        ))}
        {total && (
          <li className={stack.block} data-testid={`${testId}-total`}>
            <div className={stack.blockTitle}>{total.name}</div>
            {columns.map((c, i) =>
              total.values[i] ? (
                <div key={c.header} className={stack.line} data-label={c.header}>
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
            <TableCell className={layout.tableCell}>
              <span className={layout.nowrap}>{name(row)}</span>
            </TableCell>
            {columns.map((c) => (
              <TableCell key={c.header} className={layout.tableCell}>
                <span className={layout.figure}>{dollars(c.value(row))}</span>
              </TableCell>
            ))}
          </TableRow>
        ))}
        {total && (
          <TableRow data-testid={`${testId}-total`}>
            <TableCell className={layout.tableCell}>
              <strong>{total.name}</strong>
            </TableCell>
            {columns.map((c, i) => (
              <TableCell key={c.header} className={layout.tableCell}>
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

/**
 * The ledger, mounted whether or not there are figures (the user's year basis and as-of date stay
 * while a field is being corrected).
 */
export function LedgerPanel({
  evaluation,
  result,
  ledger,
  onLedger,
}: {
  evaluation: Evaluation;
  result?: ScenarioResult;
  ledger: LedgerSettings;
  onLedger: (patch: Partial<LedgerSettings>) => void;
}) {
  const layout = useLayout();
  if (!result)
    return (
      <p className={layout.note} data-testid="ledger-none">
        No figures: correct the fields marked above.
      </p>
    );
  return <Ledger evaluation={evaluation} result={result} ledger={ledger} onLedger={onLedger} />;
}

function Ledger({
  evaluation,
  result,
  ledger,
  onLedger,
}: {
  evaluation: Evaluation;
  result: ScenarioResult;
  ledger: LedgerSettings;
  onLedger: (patch: Partial<LedgerSettings>) => void;
}) {
  const layout = useLayout();
  const styles = useStyles();
  const [ref, width] = useWidth();

  // The as-of date: the termination date until the user types one; back to it when the termination date changes.
  const startAt = defaultAsOfText(result);
  const asOfText = ledger.asOfFrom === startAt ? ledger.asOf : startAt;
  const basis = ledger.basis;
  const owed = useMemo(() => owedAt(result, asOfText), [result, asOfText]);
  const bases = useMemo(yearBasisOptions, []);
  const taxes = useMemo(() => attempt(() => treatmentTotals(result)), [result]);
  const years = useMemo(() => attempt(() => yearTable(result, basis)), [result, basis]);
  const yearColumns = useMemo((): LedgerColumn<PayoutYear>[] => {
    const t = years.value;
    if (!t) return [];
    return [
      { header: "Cash", value: (y) => y.cash },
      { header: "Shares at their value", value: (y) => y.shares },
      ...t.treatments.map((tr, i) => ({
        header: tr.short,
        value: (y: PayoutYear) => t.byTreatment(y, i),
      })),
      { header: "Total", value: (y) => y.total },
    ];
  }, [years.value]);
  const roll = useMemo(() => attempt(() => rollForwardRows(result)), [result]);
  const clause = evaluation.scenario.clause;
  // The reading in force of when an amount becomes owed, in the register's words.
  const arise = arisingReading(evaluation);

  return (
    <div ref={ref} className={layout.stack} data-testid="ledger">
      <Part title="Tax treatment (paragraph 5, 3(a))" id="h-ledger-tax">
        {taxes.error ? (
          <MessageBar intent="warning">
            <MessageBarBody>The tax split cannot be made: {taxes.error}</MessageBarBody>
          </MessageBar>
        ) : (
          <ul className={styles.treatments} data-testid="ledger-tax">
            {(taxes.value ?? []).map((t) => (
              <li key={t.treatment.id} className={styles.treatment} data-testid="ledger-tax-row">
                <strong>{dollars(t.amount)}</strong> {t.treatment.label} (clause{" "}
                {t.treatment.clause})
                {!t.shares.isZero() && !t.cash.isZero()
                  ? `: cash ${dollars(t.cash)}, shares at their value ${dollars(t.shares)}`
                  : ""}
              </li>
            ))}
          </ul>
        )}
        <p className={layout.note} data-testid="ledger-tax-note">
          {TAX_NOTE}.
        </p>
      </Part>

      <Part title="By year (PAYOUT_BY_YEAR)" id="h-ledger-years">
        <Field label="Years">
          <RadioGroup
            value={basis}
            onChange={(_, d) =>
              onLedger({ basis: bases.find((b) => b.value === d.value)?.value ?? basis })
            }
            data-testid="ledger-year-basis"
          >
            {bases.map((b) => (
              <Radio key={b.value} value={b.value} label={b.text} title={b.tooltip} />
            ))}
          </RadioGroup>
        </Field>
        {years.error ? (
          <MessageBar intent="warning">
            <MessageBarBody>The years cannot be made: {years.error}</MessageBarBody>
          </MessageBar>
        ) : years.value && years.value.rows.length > 0 ? (
          <>
            <FiguresTable
              rows={years.value.rows}
              name={(y) => y.year}
              nameHeader="Year"
              columns={yearColumns}
              label={`Payout by ${basis} year`}
              testId="ledger-years"
              width={width}
              total={{
                name: "Total (PAYOUT)",
                values: [
                  years.value.total.cash,
                  years.value.total.shares,
                  ...years.value.total.treatments,
                  years.value.total.total,
                ],
              }}
            />
            <p className={layout.note}>
              Each year is the payment schedule&apos;s payments dated in it (PAYOUT_SCHEDULE); the
              years add up to PAYOUT.
            </p>
          </>
        ) : (
          <p className={layout.note}>No payment under this scenario.</p>
        )}
      </Part>

      <Part title="What is owed at a date (OUTSTANDING)" id="h-ledger-owed">
        <DateField
          label={AS_OF_LABEL}
          value={asOfText}
          onChange={(text) => onLedger({ asOf: text, asOfFrom: startAt })}
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
              width={width}
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
