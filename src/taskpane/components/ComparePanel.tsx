/**
 * Compare two saved scenarios side by side: the payout, its components, the
 * present value at a chosen rate (the core's payoutPresentValue, at the
 * earlier of the two termination dates) and the difference.
 */
import { useMemo, useState } from "react";
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
import { BtuError, checkRate, comparePayouts, iso } from "../../core";
import { COMPARISON_RATE, evaluate, Evaluation } from "../model/evaluate";
import { dollars, paneMessage, parsePercent } from "../model/words";
import { SavedScenario } from "../state/scenarios";
import { SelectField, TextField } from "./fields";
import { useLayout } from "./styles";

const useStyles = makeStyles({
  cell: {
    verticalAlign: "top",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    height: "auto",
    overflowWrap: "anywhere",
  },
});

export function ComparePanel({ scenarios }: { scenarios: readonly SavedScenario[] }) {
  const layout = useLayout();
  const styles = useStyles();
  const [a, setA] = useState(scenarios[0].name);
  const [b, setB] = useState(scenarios[1].name);
  const [rateText, setRateText] = useState("3%");
  const pick = (n: string, fallback: number) =>
    scenarios.find((s) => s.name === n) ?? scenarios[fallback];
  const sa = pick(a, 0);
  const sb = pick(b, 1);
  const ea = useMemo(() => evaluate(sa.settings), [sa]);
  const eb = useMemo(() => evaluate(sb.settings), [sb]);
  let rate: Decimal | undefined;
  let rateError: string | undefined;
  const typed = parsePercent(rateText);
  if (rateText.trim() === "") rate = COMPARISON_RATE;
  else if (typed === undefined)
    rateError = `Discount rate must be a percentage such as 3 or 3%; you entered "${rateText.trim().slice(0, 20)}".`;
  else
    try {
      rate = checkRate(typed.toNumber(), "rate");
    } catch (e) {
      if (!(e instanceof BtuError)) throw e;
      rateError = paneMessage(e.message, "Discount rate")
        .replace("(3% is 0.03)", "")
        .replace(/from 0 up to 1/, "from 0% up to 100%");
    }
  const ra = ea.result;
  const rb = eb.result;
  // The figures side by side, the present values at the earlier termination date and the differences: the core's (comparePayouts).
  const cmp = ra && rb ? comparePayouts(ra.payout, rb.payout, rate) : undefined;
  const asOf = cmp?.asOf;
  const figure = (f: "total" | "cashTotal" | "presentValue") =>
    cmp?.rows.find((r) => r.figure === f);
  const pv = figure("presentValue");
  const options = scenarios.map((s) => ({ value: s.name, text: s.name }));
  const rows: Array<[string, Decimal | undefined, Decimal | undefined, Decimal | undefined]> = [
    ["Payout (PAYOUT)", ra?.payout.total, rb?.payout.total, figure("total")?.difference],
    ["of which cash", ra?.payout.cashTotal, rb?.payout.cashTotal, figure("cashTotal")?.difference],
    [
      asOf !== undefined
        ? `Present value at ${iso(asOf)}, ${rateText.trim() || "3%"}`
        : "Present value",
      pv?.a,
      pv?.b,
      pv?.difference,
    ],
  ];
  const components = (e: Evaluation) =>
    e.result?.payout.components.map(
      (c) => `${c.clause}: ${c.amount ? dollars(c.amount) : "not computed"}`
    ) ?? [];
  return (
    <div className={layout.stack} data-testid="compare">
      <h3 className={layout.subheading}>Compare two saved scenarios</h3>
      <SelectField
        label="First scenario"
        value={sa.name}
        options={options}
        onChange={setA}
        testId="compare-a"
      />
      <SelectField
        label="Second scenario"
        value={sb.name}
        options={options}
        onChange={setB}
        testId="compare-b"
      />
      <TextField
        label="Discount rate for the present value"
        hint="Percent a year: 3 and 3% both mean three percent. Empty means the agreement's 3% (4(c))."
        value={rateText}
        onChange={setRateText}
        error={rateError}
        inputMode="decimal"
        figure
        testId="compare-rate"
      />
      {(!ra || !rb) && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {[!ra ? sa.name : undefined, !rb ? sb.name : undefined].filter(Boolean).join(" and ")}{" "}
            cannot be computed: open it and correct the fields marked.
          </MessageBarBody>
        </MessageBar>
      )}
      <Table
        size="small"
        aria-label="Two saved scenarios side by side"
        className={layout.table}
        data-testid="compare-table"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "31%" }}>Figure</TableHeaderCell>
            <TableHeaderCell className={layout.figureHeaderCell} style={{ width: "23%" }}>
              {sa.name}
            </TableHeaderCell>
            <TableHeaderCell className={layout.figureHeaderCell} style={{ width: "23%" }}>
              {sb.name}
            </TableHeaderCell>
            <TableHeaderCell className={layout.figureHeaderCell} style={{ width: "23%" }}>
              Difference
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([label, x, y, difference]) => (
            <TableRow key={label} data-testid="compare-row">
              <TableCell className={styles.cell}>{label}</TableCell>
              <TableCell className={styles.cell}>
                <span className={layout.figure}>{x ? dollars(x) : "-"}</span>
              </TableCell>
              <TableCell className={styles.cell}>
                <span className={layout.figure}>{y ? dollars(y) : "-"}</span>
              </TableCell>
              <TableCell className={styles.cell} data-testid="compare-difference">
                <span className={layout.figure}>{difference ? dollars(difference) : "-"}</span>
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell className={styles.cell}>Components</TableCell>
            <TableCell className={styles.cell} colSpan={1}>
              {components(ea).map((t, i) => (
                <div key={i}>{t}</div>
              ))}
            </TableCell>
            <TableCell className={styles.cell}>
              {components(eb).map((t, i) => (
                <div key={i}>{t}</div>
              ))}
            </TableCell>
            <TableCell className={styles.cell} />
          </TableRow>
        </TableBody>
      </Table>
      <p className={layout.note}>
        Scenarios: {sa.name}: {ea.scenario.clause}
        {ra ? ` terminating ${iso(ra.T)}` : ""}; {sb.name}: {eb.scenario.clause}
        {rb ? ` terminating ${iso(rb.T)}` : ""}. Difference: second minus first.
      </p>
    </div>
  );
}
