/**
 * Every scenario available at the chosen termination date, side by side:
 * its PAYOUT total and the present value of its cash flows at that date
 * (compareScenarios: XNPV convention at the agreement's 3%).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import Decimal from "decimal.js";
import { iso, ScenarioCode, ScenarioValue, Serial } from "../../core";
import { Unavailable } from "../model/evaluate";
import { ChartFrame } from "./ChartFrame";
import { linear } from "./scale";
import { dollars } from "../model/words";

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

const ROW = 52;
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
      .map((v) => `${v.scenario.clause} ${dollars(v.total)} and ${dollars(v.presentValue)}`)
      .join("; ") +
    ".";
  const delayed = comparison.find((v) => v.withDelay);
  const basis = delayed
    ? `Each scenario with its default periods; ${delayed.scenario.clause} is the chosen plan with the Board's delay (4(c)(i)), a payment before ${iso(T)} valued by the register reading comparison-valuation.`
    : "Each scenario with its default periods.";
  const note = unavailable.length
    ? `${basis} Not possible on ${iso(T)}: ${unavailable.map((u) => `${u.scenario.clause} (${iso(u.window.from)} to ${iso(u.window.to)})`).join(", ")}.`
    : basis;
  return (
    <ChartFrame
      title={`Every scenario at ${iso(T)}`}
      summary={summary}
      testId="comparison"
      height={height}
      legend={[
        { label: "Total: the value due (PAYOUT)", className: styles.totalSwatch },
        {
          label: `PV ${pct}: present value at ${iso(T)}, ${pct} a year`,
          className: styles.pvSwatch,
        },
      ]}
      note={note}
      table={{
        caption: "Scenario comparison data",
        headers: ["Scenario", "Total", `Present value (${pct})`],
        rows: comparison.map((v) => [
          `${v.scenario.clause} ${v.scenario.label}${v.withDelay ? " (the Board's delay, 4(c)(i))" : ""}`,
          dollars(v.total),
          dollars(v.presentValue),
        ]),
      }}
    >
      {(width) => {
        // Each scenario: its name, then two labelled bars (total; present value) with their figures at the right.
        const labelW = 40;
        const valueW = 96;
        const x = linear(0, max, 0, Math.max(20, width - labelW - valueW - 6));
        return comparison.map((v, i) => {
          const top = i * ROW + PAD;
          const isChosen = v.scenario.code === chosen;
          const bar = (row: number, cls: string, label: string, amount: Decimal, tid: string) => (
            <g data-testid={tid}>
              <text className={styles.value} x={2} y={top + 25 + row * 15}>
                {label}
              </text>
              <rect
                className={cls}
                x={labelW}
                y={top + 16 + row * 15}
                width={Math.max(1, x(amount.toNumber()))}
                height={11}
                rx={2}
              />
              <text className={styles.value} x={width - 2} y={top + 25 + row * 15} textAnchor="end">
                {dollars(amount)}
              </text>
            </g>
          );
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
                {width >= 560 ? `${v.scenario.clause} ${v.scenario.label}` : v.scenario.clause}
                {isChosen ? (v.withDelay ? " (chosen, with the delay)" : " (chosen)") : ""}
              </text>
              {bar(0, styles.total, "Total", v.total, "comparison-total")}
              {bar(1, styles.pv, `PV ${pct}`, v.presentValue, "comparison-pv")}
            </g>
          );
        });
      }}
    </ChartFrame>
  );
}
