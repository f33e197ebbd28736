/**
 * Scenarios kept and compared: save the form under a name (in the workbook
 * inside Excel, in this browser stand-alone), reopen, rename or delete a
 * saved one, and compare two side by side: the payout, its components, the
 * present value at a chosen rate (the core's payoutPresentValue, at the
 * earlier of the two termination dates) and the difference.
 */
import { useMemo, useState } from "react";
import {
  Button,
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
import { PaneSettings } from "../state/settings";
import { SelectField, TextField } from "./fields";
import { useLayout } from "./styles";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: {
    flexGrow: 1,
    minWidth: "8em",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  cell: {
    verticalAlign: "top",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    height: "auto",
    overflowWrap: "anywhere",
  },
});

interface Props {
  readonly scenarios: readonly SavedScenario[];
  readonly saveAs: (name: string) => string | undefined;
  readonly rename: (from: string, to: string) => string | undefined;
  readonly remove: (name: string) => void;
  readonly open: (s: PaneSettings) => void;
  readonly where: string;
}

export function ScenariosPanel({ scenarios, saveAs, rename, remove, open, where }: Props) {
  const layout = useLayout();
  const styles = useStyles();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [renaming, setRenaming] = useState<string>();
  const [newName, setNewName] = useState("");
  return (
    <div className={layout.stack}>
      <p className={layout.note}>Kept in {where}. Saving under an existing name replaces it.</p>
      <form
        className={layout.row}
        onSubmit={(e) => {
          e.preventDefault();
          const err = saveAs(name);
          setError(err);
          setStatus(err ? undefined : `Saved "${name.trim()}".`);
          if (!err) setName("");
        }}
      >
        <TextField
          label="Name of the scenario on screen"
          value={name}
          onChange={setName}
          error={error}
          testId="scenario-name"
        />
        <Button type="submit" appearance="primary">
          Save the scenario
        </Button>
      </form>
      <p className={layout.note} role="status" aria-live="polite">
        {status}
      </p>
      {scenarios.length === 0 ? (
        <p className={layout.note}>No scenario saved yet.</p>
      ) : (
        <ul className={styles.list} aria-label="Saved scenarios" data-testid="saved-scenarios">
          {scenarios.map((s) => (
            <li key={s.name} className={styles.item} data-testid="saved-scenario">
              {renaming === s.name ? (
                <form
                  className={layout.row}
                  onSubmit={(e) => {
                    e.preventDefault();
                    const err = rename(s.name, newName);
                    setError(err);
                    if (!err) {
                      setRenaming(undefined);
                      setStatus(`Renamed "${s.name}" to "${newName.trim()}".`);
                    }
                  }}
                >
                  <TextField
                    label={`New name for ${s.name}`}
                    value={newName}
                    onChange={setNewName}
                  />
                  <Button type="submit">Rename</Button>
                  <Button onClick={() => setRenaming(undefined)}>Cancel</Button>
                </form>
              ) : (
                <>
                  <span className={styles.name}>{s.name}</span>
                  <Button
                    size="small"
                    aria-label={`Open ${s.name}`}
                    onClick={() => {
                      open(s.settings);
                      setStatus(`Opened "${s.name}" (Undo puts back the form as it was).`);
                    }}
                  >
                    Open
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Rename ${s.name}`}
                    onClick={() => {
                      setRenaming(s.name);
                      setNewName(s.name);
                    }}
                  >
                    Rename
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Delete ${s.name}`}
                    onClick={() => {
                      remove(s.name);
                      setStatus(`Deleted "${s.name}".`);
                    }}
                  >
                    Delete
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {scenarios.length >= 2 && <Compare scenarios={scenarios} />}
    </div>
  );
}

function Compare({ scenarios }: { scenarios: readonly SavedScenario[] }) {
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
