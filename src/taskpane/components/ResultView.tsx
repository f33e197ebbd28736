/**
 * The consequences of the scenario: the PAYOUT total, the PAYOUT_DETAIL
 * rows (component, clause, amount, when paid), the options per tranche, the
 * financial-duress alternatives, and the non-cash consequences. Every figure
 * comes from the evaluation (the core); this component only lays it out.
 */
import { ReactNode, useState } from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { DuressPayment, iso, sharesDueBeforeTermination, TERMS } from "../../core";
import { DuressResult, Evaluation, ScenarioResult } from "../model/evaluate";
import { Tranche } from "../state/settings";
import { ClauseRefs } from "./Clause";
import { formatPercent, formatShares } from "./format";
import { useFigureTable, useLayout } from "./styles";
import { cashParts } from "../model/delay";
import { dollars, isoDates } from "../model/words";

const useStyles = makeStyles({
  total: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  amount: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  what: { display: "block", overflowWrap: "anywhere" },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  split: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  figure: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  notComputed: { color: tokens.colorNeutralForeground3, fontStyle: "italic", whiteSpace: "normal" },
});

/** The Element Timing API's attribute (Chromium): the paint time of the headline figure, "btu-figures-painted". */
const FIRST_FIGURES_TIMING = { elementtiming: "btu-figures-painted" } as Record<string, string>;

export function ResultView({
  evaluation,
  result,
  tranches,
}: {
  evaluation: Evaluation;
  result: ScenarioResult;
  tranches: readonly Tranche[];
}) {
  const layout = useLayout();
  const table = useFigureTable();
  const styles = useStyles();
  const { payout: p, T } = result;
  const sharesEarly = sharesDueBeforeTermination(p);
  const scenario = evaluation.scenario;
  return (
    <div className={layout.stack}>
      <div className={styles.total} aria-live="polite">
        <span className={layout.strong}>
          {p.shares
            ? "Total value due (PAYOUT): cash plus shares at their value"
            : "Total cash due (PAYOUT)"}
        </span>
        {/* elementtiming: the browser records when this figure is painted (bench/taskpane.ts, issue 19 item 9). */}
        <span className={styles.amount} data-testid="payout-total" {...FIRST_FIGURES_TIMING}>
          {dollars(p.total)}
        </span>
        {result.duress && <CashAndShares result={result} />}
        <span className={layout.caption}>
          {scenario.clause} {scenario.label}, terminating {iso(T)}
          {evaluation.choicesText
            ? `; choices: ${evaluation.choicesText}`
            : "; default interpretations"}
        </span>
      </div>
      {sharesEarly !== undefined && (
        <MessageBar intent="warning" layout="multiline" data-testid="shares-before-termination">
          <MessageBarBody>
            The shares fall due before the termination date: 4(c)(i)(B) transfers them within ten
            business days of the election, by {iso(sharesEarly)}, while the termination date is{" "}
            {iso(T)}. Comparisons value them at the comparison date by the register reading
            comparison-valuation.
          </MessageBarBody>
        </MessageBar>
      )}
      {scenario.code === "4g" && (
        <MessageBar intent="info" data-testid="death-branch">
          <MessageBarBody>
            {p.ends.transition
              ? `Death before the Separation Date (${iso(TERMS.separationDate.value)}): the lump sum of all remaining Consulting and Chairman Fees, funded through the Key Man Policy.`
              : `Death after the Separation Date (${iso(TERMS.separationDate.value)}): only the fees earned but unpaid.`}
          </MessageBarBody>
        </MessageBar>
      )}

      <table
        aria-label="Payout detail (PAYOUT_DETAIL)"
        className={table.table}
        data-testid="detail"
      >
        <thead>
          <tr className={table.row}>
            <th scope="col" className={table.headerCell} style={{ width: "46%" }}>
              Component
            </th>
            <th scope="col" className={table.headerCell} style={{ width: "21%" }}>
              Clause
            </th>
            <th scope="col" className={table.headerCell} style={{ width: "33%" }}>
              <span className={layout.figureHeader}>Amount</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {p.components.map((c, i) => (
            <tr className={`${table.row} ${table.bodyRow}`} key={i} data-testid="detail-row">
              <td className={table.cell}>
                <span className={styles.what}>{isoDates(c.what)}</span>
                <span className={`${layout.caption} ${styles.what}`}>{isoDates(c.when)}</span>
              </td>
              <td className={table.cell}>
                <ClauseRefs clause={c.clause} />
              </td>
              <td className={table.cell} data-testid="detail-amount">
                {c.amount ? (
                  <span className={layout.figure}>{dollars(c.amount)}</span>
                ) : (
                  <span className={styles.notComputed}>
                    not computed: rate not in the agreement
                  </span>
                )}
              </td>
            </tr>
          ))}
          <tr className={`${table.row} ${table.bodyRow}`}>
            <td className={table.cell}>
              <strong>Total (PAYOUT)</strong>
            </td>
            <td className={table.cell}>
              <ClauseRefs clause={scenario.clause} />
            </td>
            <td className={table.cell}>
              <strong className={layout.figure}>{dollars(p.total)}</strong>
            </td>
          </tr>
          {p.shares && (
            <tr className={`${table.row} ${table.bodyRow}`} data-testid="detail-split">
              <td className={table.cell}>
                <span className={styles.what}>Of the total: cash, and shares at their value</span>
                <span className={`${layout.caption} ${styles.what}`}>
                  {formatShares(p.shares.count)} shares due by {iso(p.shares.transferDeadline)}
                </span>
              </td>
              <td className={table.cell}>
                <ClauseRefs clause="4(c)(i)(B)" />
              </td>
              <td className={table.cell}>
                <span className={styles.what}>
                  cash <span className={layout.figure}>{dollars(p.cashTotal)}</span>
                </span>
                <span className={styles.what}>
                  shares <span className={layout.figure}>{dollars(p.shares.value)}</span>
                </span>
              </td>
            </tr>
          )}
        </tbody>
      </table>

      {result.tranches.length > 0 && <OptionsTable result={result} tranches={tranches} />}
      {result.duress && <DuressView duress={result.duress} />}

      <h3 className={layout.subheading}>Other consequences</h3>
      <ul className={styles.list} data-testid="consequences">
        {p.consequences.map((c, i) => (
          <li key={i}>
            <span className={layout.strong}>{isoDates(c.what)}</span>{" "}
            <ClauseRefs clause={c.clause} />
            <br />
            <span className={layout.caption}>{isoDates(c.detail)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Under a Board's delay (4(c)(i)): the cash due and its parts, then the shares apart (count, value, deadline). */
function CashAndShares({ result }: { result: ScenarioResult }) {
  const layout = useLayout();
  const styles = useStyles();
  const p = result.payout;
  const parts = cashParts(p);
  const fmv = p.request.delay?.fairMarketValue;
  return (
    <div className={styles.split}>
      <span data-testid="payout-cash">
        Cash <strong className={styles.figure}>{dollars(p.cashTotal)}</strong>
        {parts.length > 0 && (
          <span className={`${layout.caption} ${styles.what}`}>
            {parts.map((x, i) => (
              <span key={i}>
                {i > 0 && " + "}
                <span className={styles.figure}>{dollars(x.amount)}</span> {x.text} ({x.clause})
              </span>
            ))}
          </span>
        )}
      </span>
      {p.shares && (
        <span data-testid="payout-shares">
          Shares <strong className={styles.figure}>{formatShares(p.shares.count)}</strong> worth{" "}
          <strong className={styles.figure}>{dollars(p.shares.value)}</strong>, due by{" "}
          <strong>{iso(p.shares.transferDeadline)}</strong> <ClauseRefs clause="4(c)(i)(B)" />
          <span className={`${layout.caption} ${styles.what}`}>
            {fmv
              ? `At $${fmv.toFixed()} a share, the fair market value on the election date; `
              : ""}
            transferred within {TERMS.duressShareTransferBusinessDays.value} business days of the
            election.
          </span>
        </span>
      )}
    </div>
  );
}

function OptionsTable({
  result,
  tranches,
}: {
  result: ScenarioResult;
  tranches: readonly Tranche[];
}) {
  const layout = useLayout();
  const table = useFigureTable();
  return (
    <>
      <h3 className={layout.subheading}>Options per tranche (OPTION_DEADLINE)</h3>
      <table aria-label="Options per tranche" className={table.table} data-testid="options">
        <thead>
          <tr className={table.row}>
            <th scope="col" className={table.headerCell} style={{ width: "36%" }}>
              Tranche
            </th>
            <th scope="col" className={table.headerCell} style={{ width: "30%" }}>
              Last exercise
            </th>
            <th scope="col" className={table.headerCell} style={{ width: "34%" }}>
              Clause
            </th>
          </tr>
        </thead>
        <tbody>
          {result.tranches.map((t, i) => (
            <tr className={`${table.row} ${table.bodyRow}`} key={i} data-testid="tranche-row">
              <td className={table.cell}>
                {t ? (
                  <>
                    <span className={layout.nowrap}>{iso(t.vesting)}</span>
                    <span className={layout.caption}>
                      {formatShares(t.shares)} shares,{" "}
                      {t.outcome.vestedOnTermination ? "vested" : "unvested"} on termination
                    </span>
                  </>
                ) : (
                  <span className={layout.caption}>
                    Tranche {i + 1}: {tranches[i]?.vesting || "no date"}
                  </span>
                )}
              </td>
              <td className={table.cell} data-testid="tranche-deadline">
                {t ? (
                  <span className={layout.nowrap}>
                    {t.outcome.lastExercise === null ? (
                      <strong>forfeited</strong>
                    ) : (
                      iso(t.outcome.lastExercise)
                    )}
                  </span>
                ) : (
                  <span className={layout.caption}>correct the tranche above</span>
                )}
              </td>
              <td className={table.cell}>{t && <ClauseRefs clause={t.outcome.clause} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function DuressView({ duress }: { duress: DuressResult }) {
  const layout = useLayout();
  const lines: ReactNode[] = [];
  if (duress.electionDeadline !== undefined && duress.notification !== undefined)
    lines.push(
      `Choose (A) or (B) in writing by ${iso(duress.electionDeadline)}: ${TERMS.duressElectionBusinessDays.value} business days after the notification of ${iso(duress.notification)}; without a timely choice, (A) applies.`
    );
  if (duress.a) {
    const pays = duress.a.payments;
    lines.push(
      pays.length === 0
        ? "Nothing remains to pay."
        : `(A): ${pays.length} payment${pays.length > 1 ? "s" : ""} from ${iso(pays[0].payDate)} to ${iso(pays[pays.length - 1].payDate)} pay the ${dollars(duress.lumpSum)} lump sum${duress.a.end !== undefined ? `, the balance on ${iso(duress.a.end)} when the duress ended` : " while the duress lasts"}.`
    );
  }
  const b = duress.b;
  if (b) {
    lines.push(
      `(B): ${formatShares(b.shares)} shares for ${formatPercent(b.portion)} of ${dollars(duress.lumpSum)} at $${b.fmv.toFixed()} a share (DURESS_SHARES); cash balance ${dollars(b.cashBalance)} paid bi-weekly (DURESS_BALANCE).`
    );
    if (b.transferDeadline !== undefined && b.election !== undefined)
      lines.push(
        `Shares due by ${iso(b.transferDeadline)}: ${TERMS.duressShareTransferBusinessDays.value} business days after the election of ${iso(b.election)}.`
      );
  }
  if (duress.lateElection)
    lines.push(
      "(B) was elected after the deadline: without a timely choice, (A) applies (4(c)(i)), and the payments below follow (A)."
    );
  const payments = duress.a?.payments ?? b?.balancePayments ?? [];
  return (
    <>
      <h3 className={layout.subheading}>Financial duress</h3>
      <ul className={layout.tight} data-testid="duress-result">
        {lines.map((l, i) => (
          <li key={i}>
            <span>{l}</span>
          </li>
        ))}
      </ul>
      {payments.length > 0 && <PaymentsTable payments={payments} />}
    </>
  );
}

function PaymentsTable({ payments }: { payments: readonly DuressPayment[] }) {
  const layout = useLayout();
  const table = useFigureTable();
  const [open, setOpen] = useState(false);
  return (
    <div className={layout.tight}>
      <div>
        <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide" : "Show"} the {payments.length} payments (DURESS_SCHEDULE)
        </Button>
      </div>
      {open && (
        <table aria-label="Duress payments" className={table.table}>
          <thead>
            <tr className={table.row}>
              <th scope="col" className={table.headerCell}>
                Pay date
              </th>
              <th scope="col" className={table.headerCell}>
                <span className={layout.figureHeader}>Amount</span>
              </th>
              <th scope="col" className={table.headerCell}>
                <span className={layout.figureHeader}>Balance after</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {payments.map((p, i) => (
              <tr className={`${table.row} ${table.bodyRow}`} key={i}>
                <td className={table.plainCell}>{iso(p.payDate)}</td>
                <td className={table.plainCell}>
                  <span className={layout.figure}>{dollars(p.amount)}</span>
                </td>
                <td className={table.plainCell}>
                  <span className={layout.figure}>{dollars(p.balanceAfter)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
