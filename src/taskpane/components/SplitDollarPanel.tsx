/**
 * 3(c)(iii): the split-dollar buy-out. The policy's facts, the life table
 * (a built-in one by name or the user's own rows) and the age basis; then
 * the Company Interest, the life expectancy read (table, source, age) and
 * the buy-out price under each reading of `split-dollar-discount`. Every
 * figure and message comes from the core (model/splitDollar.ts).
 */
import { useId, useState } from "react";
import {
  Button,
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
import { interpretation, LIFE_TABLES, TERMS } from "../../core";
import { choiceValue } from "../model/choices";
import { OWN_TABLE, SplitDollarEvaluation } from "../model/splitDollar";
import { SplitDollarSettings } from "../state/settings";
import { ClauseRefs } from "./Clause";
import { formatPercent, formatYears } from "./format";
import { DateField, SelectField, TextAreaField, TextField } from "./fields";
import { ReadingFigures } from "./ReadingFigures";
import { useLayout } from "./styles";
import { dollars } from "../model/words";

const useStyles = makeStyles({
  figures: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  figure: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  cell: {
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    height: "auto",
    overflowWrap: "anywhere",
  },
  inForce: { fontWeight: tokens.fontWeightSemibold },
  mark: { display: "block", fontSize: tokens.fontSizeBase200, fontWeight: "normal" },
});

interface Props {
  readonly settings: SplitDollarSettings;
  readonly choices: Readonly<Record<string, string>>;
  readonly evaluation: SplitDollarEvaluation;
  readonly onChange: (patch: Partial<SplitDollarSettings>) => void;
  readonly onChoice: (id: string, value: string) => void;
}

const AGE_BASIS = "life-expectancy-age";

/** Years as the core gives them, with at least one decimal as the tables print them (21 -> "21.0"). */

export function SplitDollarPanel({ settings, choices, evaluation: ev, onChange, onChoice }: Props) {
  const layout = useLayout();
  const [open, setOpen] = useState(ev.started);
  const bodyId = useId();
  const e = ev.errors;
  const basisEntry = interpretation(AGE_BASIS);
  const basis = choiceValue(choices, AGE_BASIS);
  return (
    <>
      <div className={layout.row}>
        <h2 id="h-split-dollar" className={layout.heading}>
          Split-dollar buy-out <ClauseRefs clause="3(c)(iii)" />
        </h2>
        <Button
          size="small"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
          data-testid="split-dollar-toggle"
        >
          {open ? "Hide" : "Show"} the split-dollar buy-out
        </Button>
      </div>
      {open && (
        <div id={bodyId} className={layout.stack} data-testid="split-dollar">
          <p className={layout.note}>
            The Company Interest in the Split Dollar Policy grows pro rata with its cash value
            (3(c)(iii)(A)); to buy it out, the executive pays it discounted at 3% over his remaining
            years of life expectancy (3(c)(iii)(B)).
          </p>
          <TextField
            label="Cash value on 2003-01-01"
            inputMode="decimal"
            value={settings.cashValueJan2003}
            onChange={(v) => onChange({ cashValueJan2003: v })}
            error={e["sd:cashValueJan2003"]}
            reading={ev.readings?.["sd:cashValueJan2003"]}
            testId="sd-cash-value-jan2003"
          />
          <TextField
            label="Cash value now"
            inputMode="decimal"
            value={settings.cashValue}
            onChange={(v) => onChange({ cashValue: v })}
            error={e["sd:cashValue"]}
            reading={ev.readings?.["sd:cashValue"]}
            testId="sd-cash-value"
          />
          <TextField
            label="Increase due solely to the executive's own premium top-ups"
            hint="Only where New York Life shows it (3(c)(iii)(A)); empty for none."
            inputMode="decimal"
            value={settings.insuredOnlyIncrease}
            onChange={(v) => onChange({ insuredOnlyIncrease: v })}
            error={e["sd:insuredOnlyIncrease"]}
            reading={ev.readings?.["sd:insuredOnlyIncrease"]}
            testId="sd-insured-only"
          />
          <TextField
            label="Company Interest on 2003-01-01"
            hint={`The agreement's $${TERMS.companyInterestJan2003.value.toLocaleString("en-US")} (3(c)(iii)(B)).`}
            inputMode="decimal"
            value={settings.companyInterestJan2003}
            onChange={(v) => onChange({ companyInterestJan2003: v })}
            error={e["sd:companyInterestJan2003"]}
            reading={ev.readings?.["sd:companyInterestJan2003"]}
            testId="sd-company-interest-jan2003"
          />
          <DateField
            label="Date of birth"
            value={settings.birth}
            onChange={(v) => onChange({ birth: v })}
            error={e["sd:birth"]}
            reading={ev.readings?.["sd:birth"]}
            testId="sd-birth"
          />
          <DateField
            label="Date of the buy-out"
            value={settings.buyout}
            onChange={(v) => onChange({ buyout: v })}
            error={e["sd:buyout"]}
            reading={ev.readings?.["sd:buyout"]}
            testId="sd-buyout"
          />
          <SelectField
            label="Life table"
            hint="The agreement names none: 'trade publications for the life insurance industry' (register life-table)."
            value={settings.table}
            onChange={(v) => onChange({ table: v })}
            error={e["sd:table"]}
            testId="sd-table"
            options={[
              { value: "", text: "Choose a table…" },
              ...LIFE_TABLES.map((t) => ({ value: t.id, text: `${t.title}, ${t.sex} (${t.id})` })),
              { value: OWN_TABLE, text: "My own table (age, remaining years)" },
            ]}
          />
          {settings.table === OWN_TABLE && (
            <TextAreaField
              label="Your table: one row a line, age and remaining years"
              hint="Typed or pasted from a sheet (two columns), e.g. 64 21.8"
              error={e["sd:rows"]}
              value={settings.ownRows}
              rows={5}
              onChange={(ownRows) => onChange({ ownRows })}
              testId="sd-rows"
            />
          )}
          <SelectField
            label={`Age basis (${AGE_BASIS})`}
            hint={basisEntry.question}
            value={basis}
            onChange={(v) => onChoice(AGE_BASIS, v)}
            error={e["sd:basis"]}
            testId="sd-basis"
            options={basisEntry.alternatives.map((a) => ({
              value: a.value,
              text: a.value === basisEntry.default ? `${a.value} (default)` : a.value,
            }))}
          />
          <SplitDollarFigures ev={ev} />
        </div>
      )}
    </>
  );
}

function SplitDollarFigures({ ev }: { ev: SplitDollarEvaluation }) {
  const layout = useLayout();
  const styles = useStyles();
  if (!ev.started)
    return (
      <p className={layout.note} data-testid="sd-empty">
        Enter the policy&apos;s cash values, the dates and a life table to see the buy-out price.
      </p>
    );
  return (
    <div className={styles.figures} aria-live="polite">
      <Text data-testid="sd-interest-line">
        Company Interest (SPLITDOLLAR_INTEREST):{" "}
        {ev.interest !== undefined ? (
          <strong className={styles.figure} data-testid="sd-interest">
            {dollars(ev.interest)}
          </strong>
        ) : (
          <em>correct the cash values above</em>
        )}{" "}
        <ClauseRefs clause="3(c)(iii)(A)" />
      </Text>
      <Text data-testid="sd-life">
        Life expectancy (LIFE_EXPECTANCY):{" "}
        {ev.life ? (
          <>
            <strong className={styles.figure} data-testid="sd-years">
              {formatYears(ev.life.years)}
            </strong>{" "}
            years, read at <span data-testid="sd-age">{ev.life.age.replace(/=/g, " ")}</span> (
            {ev.life.basis}) from{" "}
            <span data-testid="sd-table-name">
              {ev.life.table ? `${ev.life.table.title}, ${ev.life.table.sex}` : "your own table"}
            </span>
            {ev.life.table && (
              <span className={styles.mark} data-testid="sd-table-source">
                Source: {ev.life.table.citation}
              </span>
            )}
          </>
        ) : (
          <em>correct the dates and the table above</em>
        )}
      </Text>
      {ev.buyouts && (
        <Table
          size="small"
          aria-label="Buy-out price (SPLITDOLLAR_BUYOUT) under each reading"
          className={layout.table}
          data-testid="sd-buyouts"
        >
          <caption className={layout.note} style={{ textAlign: "left" }}>
            Buy-out price (SPLITDOLLAR_BUYOUT) under each reading of split-dollar-discount, at{" "}
            {formatPercent(ev.rate)} (3(c)(iii)(B))
          </caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: "40%" }}>Reading</TableHeaderCell>
              <TableHeaderCell style={{ width: "30%" }}>
                <span className={layout.figureHeader}>Buy-out price</span>
              </TableHeaderCell>
              <TableHeaderCell style={{ width: "30%" }}>
                <span className={layout.figureHeader}>Difference</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ev.buyouts.map((b) => (
              <TableRow
                key={b.method}
                className={b.inForce ? styles.inForce : undefined}
                data-testid="sd-buyout-row"
                data-method={b.method}
                data-in-force={b.inForce ? "true" : "false"}
                title={b.meaning}
              >
                <TableCell className={styles.cell}>
                  {b.method}
                  {b.inForce && <span className={styles.mark}>in force</span>}
                </TableCell>
                <ReadingFigures
                  cellClassName={styles.cell}
                  error={b.error}
                  figure={b.price}
                  difference={b.difference}
                  testIds={{ figure: "sd-price", difference: "sd-difference" }}
                />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
