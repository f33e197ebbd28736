/**
 * The consequences of the scenario: the PAYOUT total, the PAYOUT_DETAIL
 * rows (component, clause, amount, when paid), the options per tranche, the
 * financial-duress alternatives, and the non-cash consequences. Every figure
 * comes from the evaluation (the core); this component only lays it out.
 */
import { ReactNode, useState } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DuressPayment, iso, sharesDueBeforeTermination, TERMS } from "../../core";
import { DuressResult, Evaluation, ScenarioResult } from "../model/evaluate";
import { Tranche } from "../state/settings";
import { ClauseRefs } from "./Clause";
import { formatPercent, formatShares } from "./format";
import { useLayout } from "./styles";
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
  cell: {
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    height: "auto",
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
  const styles = useStyles();
  const { payout: p, T } = result;
  const sharesEarly = sharesDueBeforeTermination(p);
  const scenario = evaluation.scenario;
  return (
    <div className={layout.stack}>
      <div className={styles.total} aria-live="polite">
        <Text weight="semibold">
          {p.shares
            ? "Total value due (PAYOUT): cash plus shares at their value"
            : "Total cash due (PAYOUT)"}
        </Text>
        {/* elementtiming: the browser records when this figure is painted (bench/taskpane.ts, issue 19 item 9). */}
        <span className={styles.amount} data-testid="payout-total" {...FIRST_FIGURES_TIMING}>
          {dollars(p.total)}
        </span>
        {result.duress && <CashAndShares result={result} />}
        <Caption1>
          {scenario.clause} {scenario.label}, terminating {iso(T)}
          {evaluation.choicesText
            ? `; choices: ${evaluation.choicesText}`
            : "; default interpretations"}
        </Caption1>
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

      <Table
        size="small"
        aria-label="Payout detail (PAYOUT_DETAIL)"
        className={layout.table}
        data-testid="detail"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "46%" }}>Component</TableHeaderCell>
            <TableHeaderCell style={{ width: "21%" }}>Clause</TableHeaderCell>
            <TableHeaderCell style={{ width: "33%" }}>
              <span className={layout.figureHeader}>Amount</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {p.components.map((c, i) => (
            <TableRow key={i} data-testid="detail-row">
              <TableCell className={styles.cell}>
                <span className={styles.what}>{isoDates(c.what)}</span>
                <Caption1 className={styles.what}>{isoDates(c.when)}</Caption1>
              </TableCell>
              <TableCell className={styles.cell}>
                <ClauseRefs clause={c.clause} />
              </TableCell>
              <TableCell className={styles.cell} data-testid="detail-amount">
                {c.amount ? (
                  <span className={layout.figure}>{dollars(c.amount)}</span>
                ) : (
                  <span className={styles.notComputed}>
                    not computed: rate not in the agreement
                  </span>
                )}
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell className={styles.cell}>
              <strong>Total (PAYOUT)</strong>
            </TableCell>
            <TableCell className={styles.cell}>
              <ClauseRefs clause={scenario.clause} />
            </TableCell>
            <TableCell className={styles.cell}>
              <strong className={layout.figure}>{dollars(p.total)}</strong>
            </TableCell>
          </TableRow>
          {p.shares && (
            <TableRow data-testid="detail-split">
              <TableCell className={styles.cell}>
                <span className={styles.what}>Of the total: cash, and shares at their value</span>
                <Caption1 className={styles.what}>
                  {formatShares(p.shares.count)} shares due by {iso(p.shares.transferDeadline)}
                </Caption1>
              </TableCell>
              <TableCell className={styles.cell}>
                <ClauseRefs clause="4(c)(i)(B)" />
              </TableCell>
              <TableCell className={styles.cell}>
                <span className={styles.what}>
                  cash <span className={layout.figure}>{dollars(p.cashTotal)}</span>
                </span>
                <span className={styles.what}>
                  shares <span className={layout.figure}>{dollars(p.shares.value)}</span>
                </span>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>

      {result.tranches.length > 0 && <OptionsTable result={result} tranches={tranches} />}
      {result.duress && <DuressView duress={result.duress} />}

      <h3 className={layout.subheading}>Other consequences</h3>
      <ul className={styles.list} data-testid="consequences">
        {p.consequences.map((c, i) => (
          <li key={i}>
            <Text weight="semibold">{isoDates(c.what)}</Text> <ClauseRefs clause={c.clause} />
            <br />
            <Caption1>{isoDates(c.detail)}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Under a Board's delay (4(c)(i)): the cash due and its parts, then the shares apart (count, value, deadline). */
function CashAndShares({ result }: { result: ScenarioResult }) {
  const styles = useStyles();
  const p = result.payout;
  const parts = cashParts(p);
  const fmv = p.request.delay?.fairMarketValue;
  return (
    <div className={styles.split}>
      <Text data-testid="payout-cash">
        Cash <strong className={styles.figure}>{dollars(p.cashTotal)}</strong>
        {parts.length > 0 && (
          <Caption1 className={styles.what}>
            {parts.map((x, i) => (
              <span key={i}>
                {i > 0 && " + "}
                <span className={styles.figure}>{dollars(x.amount)}</span> {x.text} ({x.clause})
              </span>
            ))}
          </Caption1>
        )}
      </Text>
      {p.shares && (
        <Text data-testid="payout-shares">
          Shares <strong className={styles.figure}>{formatShares(p.shares.count)}</strong> worth{" "}
          <strong className={styles.figure}>{dollars(p.shares.value)}</strong>, due by{" "}
          <strong>{iso(p.shares.transferDeadline)}</strong> <ClauseRefs clause="4(c)(i)(B)" />
          <Caption1 className={styles.what}>
            {fmv
              ? `At $${fmv.toFixed()} a share, the fair market value on the election date; `
              : ""}
            transferred within {TERMS.duressShareTransferBusinessDays.value} business days of the
            election.
          </Caption1>
        </Text>
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
  const styles = useStyles();
  return (
    <>
      <h3 className={layout.subheading}>Options per tranche (OPTION_DEADLINE)</h3>
      <Table
        size="small"
        aria-label="Options per tranche"
        className={layout.table}
        data-testid="options"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "36%" }}>Tranche</TableHeaderCell>
            <TableHeaderCell style={{ width: "30%" }}>Last exercise</TableHeaderCell>
            <TableHeaderCell style={{ width: "34%" }}>Clause</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.tranches.map((t, i) => (
            <TableRow key={i} data-testid="tranche-row">
              <TableCell className={styles.cell}>
                {t ? (
                  <>
                    <span className={layout.nowrap}>{iso(t.vesting)}</span>
                    <Caption1>
                      {formatShares(t.shares)} shares,{" "}
                      {t.outcome.vestedOnTermination ? "vested" : "unvested"} on termination
                    </Caption1>
                  </>
                ) : (
                  <Caption1>
                    Tranche {i + 1}: {tranches[i]?.vesting || "no date"}
                  </Caption1>
                )}
              </TableCell>
              <TableCell className={styles.cell} data-testid="tranche-deadline">
                {t ? (
                  <span className={layout.nowrap}>
                    {t.outcome.lastExercise === null ? (
                      <strong>forfeited</strong>
                    ) : (
                      iso(t.outcome.lastExercise)
                    )}
                  </span>
                ) : (
                  <Caption1>correct the tranche above</Caption1>
                )}
              </TableCell>
              <TableCell className={styles.cell}>
                {t && <ClauseRefs clause={t.outcome.clause} />}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
            <Text size={300}>{l}</Text>
          </li>
        ))}
      </ul>
      {payments.length > 0 && <PaymentsTable payments={payments} />}
    </>
  );
}

function PaymentsTable({ payments }: { payments: readonly DuressPayment[] }) {
  const layout = useLayout();
  const [open, setOpen] = useState(false);
  return (
    <div className={layout.tight}>
      <div>
        <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide" : "Show"} the {payments.length} payments (DURESS_SCHEDULE)
        </Button>
      </div>
      {open && (
        <Table size="small" aria-label="Duress payments" className={layout.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Pay date</TableHeaderCell>
              <TableHeaderCell>
                <span className={layout.figureHeader}>Amount</span>
              </TableHeaderCell>
              <TableHeaderCell>
                <span className={layout.figureHeader}>Balance after</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {payments.map((p, i) => (
              <TableRow key={i}>
                <TableCell>{iso(p.payDate)}</TableCell>
                <TableCell>
                  <span className={layout.figure}>{dollars(p.amount)}</span>
                </TableCell>
                <TableCell>
                  <span className={layout.figure}>{dollars(p.balanceAfter)}</span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
