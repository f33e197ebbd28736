/**
 * Every scenario available at the chosen termination date, side by side:
 * its PAYOUT total and the present value of its cash flows at that date
 * (compareScenarios: XNPV convention at the agreement's 3%).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import Decimal from "decimal.js";
import { formatMoney, iso, ScenarioCode, ScenarioValue, Serial } from "../../core";
import { Unavailable } from "../model/evaluate";
import { ChartFrame } from "./ChartFrame";
import { linear } from "./scale";

const useStyles = makeStyles({
  total: { fill: tokens.colorBrandBackground },
  totalSwatch: { backgroundColor: tokens.colorBrandBackground },
  pv: { fill: tokens.colorPaletteTealForeground2 },
  pvSwatch: { backgroundColor: tokens.colorPaletteTealForeground2 },
  label: {
    fill: tokens.colorNeutralForeground1,
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
  },
  chosen: { fontWeight: tokens.fontWeightBold },
  value: {
    fill: tokens.colorNeutralForeground2,
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
    fontVariantNumeric: "tabular-nums",
  },
  highlight: { fill: tokens.colorNeutralBackground2 },
});

const ROW = 46;
const PAD = 8;

interface Props {
  readonly comparison: readonly ScenarioValue[];
  readonly unavailable: readonly Unavailable[];
  readonly T: Serial;
  readonly chosen: ScenarioCode;
  readonly rate: Decimal;
}

export function ComparisonChart({ comparison, unavailable, T, chosen, rate }: Props) {
  const styles = useStyles();
  const pct = `${rate.times(100).toFixed()}%`;
  const max = Math.max(
    1,
    ...comparison.map((v) => Math.max(v.total.toNumber(), v.presentValue.toNumber()))
  );
  const height = comparison.length * ROW + PAD;
  const summary =
    `Scenario comparison at ${iso(T)}, total and present value at ${pct}: ` +
    comparison
      .map((v) => `${v.scenario.clause} ${formatMoney(v.total)} and ${formatMoney(v.presentValue)}`)
      .join("; ") +
    ".";
  const note = unavailable.length
    ? `Each scenario with its default periods. Not possible on ${iso(T)}: ${unavailable.map((u) => `${u.scenario.clause} (${iso(u.window.from)} to ${iso(u.window.to)})`).join(", ")}.`
    : "Each scenario with its default periods.";
  return (
    <ChartFrame
      title={`Every scenario at ${iso(T)}`}
      summary={summary}
      testId="comparison"
      height={height}
      legend={[
        { label: "Total cash due (PAYOUT)", className: styles.totalSwatch },
        { label: `Present value at ${iso(T)}, ${pct} a year`, className: styles.pvSwatch },
      ]}
      note={note}
      table={{
        caption: "Scenario comparison data",
        headers: ["Scenario", "Total", `Present value (${pct})`],
        rows: comparison.map((v) => [
          `${v.scenario.clause} ${v.scenario.label}`,
          formatMoney(v.total),
          formatMoney(v.presentValue),
        ]),
      }}
    >
      {(width) => {
        const x = linear(0, max, 0, width - 2);
        return comparison.map((v, i) => {
          const top = i * ROW + PAD;
          const isChosen = v.scenario.code === chosen;
          return (
            <g key={v.scenario.code} data-testid="comparison-row">
              {isChosen && (
                <rect
                  className={styles.highlight}
                  x={0}
                  y={top - 4}
                  width={width}
                  height={ROW - 2}
                  rx={4}
                />
              )}
              <text
                className={`${styles.label} ${isChosen ? styles.chosen : ""}`}
                x={2}
                y={top + 11}
              >
                {v.scenario.clause}
                {isChosen ? " (chosen)" : ""}
              </text>
              <text className={styles.value} x={width - 2} y={top + 11} textAnchor="end">
                {formatMoney(v.total)}
              </text>
              <rect
                className={styles.total}
                x={1}
                y={top + 16}
                width={Math.max(1, x(v.total.toNumber()))}
                height={9}
                rx={2}
              />
              <rect
                className={styles.pv}
                x={1}
                y={top + 27}
                width={Math.max(1, x(v.presentValue.toNumber()))}
                height={9}
                rx={2}
              />
            </g>
          );
        });
      }}
    </ChartFrame>
  );
}
