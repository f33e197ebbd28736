/**
 * Payment timeline: cumulative cash by date under this termination
 * (payoutFlows, which totals PAYOUT) next to the no-termination baseline
 * (baselineFlows: both fees bi-weekly through June 30, 2007, which totals
 * the two FEE_SCHEDULE totals). Step lines, since cash arrives on pay dates.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import Decimal from "decimal.js";
import { CashFlow, FEE_END, FEE_START, formatMoney, iso, Serial, serial, ymd } from "../../core";
import { cumulative } from "../model/evaluate";
import { ChartFrame } from "./ChartFrame";
import { compactDollars, linear, niceStep } from "./scale";

const useStyles = makeStyles({
  scenario: { stroke: tokens.colorBrandForeground1, strokeWidth: "2.5px", fill: "none" },
  scenarioSwatch: { backgroundColor: tokens.colorBrandForeground1 },
  baseline: {
    stroke: tokens.colorNeutralForeground3,
    strokeWidth: "1.5px",
    fill: "none",
    strokeDasharray: "5 3",
  },
  baselineSwatch: { backgroundColor: tokens.colorNeutralForeground3 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1px" },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: "1px" },
  marker: { stroke: tokens.colorPaletteRedForeground1, strokeWidth: "1px", strokeDasharray: "2 2" },
  label: {
    fill: tokens.colorNeutralForeground2,
    fontSize: "11px",
    fontFamily: tokens.fontFamilyBase,
  },
});

const HEIGHT = 210;
const M = { left: 46, right: 10, top: 10, bottom: 24 };

type Point = { date: Serial; cumulative: Decimal };

function stepPath(
  points: readonly Point[],
  x: (s: number) => number,
  y: (v: number) => number,
  from: Serial,
  to: Serial
): string {
  let d = `M${x(from).toFixed(1)},${y(0).toFixed(1)}`;
  for (const p of points) d += `H${x(p.date).toFixed(1)}V${y(p.cumulative.toNumber()).toFixed(1)}`;
  return `${d}H${x(to).toFixed(1)}`;
}

/** The cumulative value of a series on a date (the last point on or before it). */
function valueOn(points: readonly Point[], date: Serial): Decimal | undefined {
  let v: Decimal | undefined;
  for (const p of points) if (p.date <= date) v = p.cumulative;
  return v;
}

interface Props {
  readonly flows: readonly CashFlow[];
  readonly baseline: readonly CashFlow[];
  readonly T: Serial;
  readonly scenarioClause: string;
}

export function TimelineChart({ flows, baseline, T, scenarioClause }: Props) {
  const styles = useStyles();
  const ours = cumulative(flows);
  const base = cumulative(baseline);
  const last = <P extends Point>(xs: readonly P[]) => xs[xs.length - 1];
  const from = Math.min(FEE_START, T, ours[0]?.date ?? FEE_START) - 7;
  const to = Math.max(FEE_END, last(ours)?.date ?? FEE_END, last(base)?.date ?? FEE_END) + 7;
  const oursTotal = last(ours)?.cumulative;
  const baseTotal = last(base)?.cumulative;
  const top = Math.max(oursTotal?.toNumber() ?? 0, baseTotal?.toNumber() ?? 0, 1);
  const step = niceStep(top, 5);
  const yMax = Math.ceil(top / step) * step;

  const summary =
    `Payment timeline, cumulative cash by date. This termination (${scenarioClause} on ${iso(T)}): ` +
    (oursTotal
      ? `${formatMoney(oursTotal)} paid from ${iso(ours[0].date)} to ${iso(last(ours).date)}`
      : "no cash due") +
    `. No termination: ${baseTotal ? formatMoney(baseTotal) : "0.00"} in bi-weekly fees from ${iso(base[0].date)} to ${iso(last(base).date)}.`;

  const dates = [...new Set([...ours.map((p) => p.date), ...base.map((p) => p.date)])].sort(
    (a, b) => a - b
  );
  const rows = dates.map((d) => {
    const a = valueOn(ours, d);
    const b = valueOn(base, d);
    return [iso(d), a ? formatMoney(a) : "0.00", b ? formatMoney(b) : "0.00"];
  });

  return (
    <ChartFrame
      title="Payment timeline"
      summary={summary}
      testId="timeline"
      height={HEIGHT}
      legend={[
        {
          label: `This termination: cash due (PAYOUT ${oursTotal ? formatMoney(oursTotal) : "0.00"})`,
          className: styles.scenarioSwatch,
        },
        {
          label: `No termination: all fees on schedule (${baseTotal ? formatMoney(baseTotal) : "0.00"})`,
          className: styles.baselineSwatch,
        },
      ]}
      note={`Cumulative cash by date. Before ${iso(T)} fees are paid on schedule in both cases; the blue line counts only what the termination makes due.`}
      table={{
        caption: "Payment timeline data",
        headers: ["Date", "This termination (cumulative)", "No termination (cumulative)"],
        rows,
      }}
    >
      {(width) => {
        const x = linear(from, to, M.left, width - M.right);
        const y = linear(0, yMax, HEIGHT - M.bottom, M.top);
        const years = [];
        for (let yr = ymd(from).year + 1; yr <= ymd(to).year; yr++) years.push(yr);
        const ticks = [];
        for (let v = 0; v <= yMax + step / 2; v += step) ticks.push(v);
        return (
          <>
            {ticks.map((v) => (
              <g key={v}>
                <line
                  className={styles.grid}
                  x1={M.left}
                  x2={width - M.right}
                  y1={y(v)}
                  y2={y(v)}
                />
                <text className={styles.label} x={M.left - 4} y={y(v) + 4} textAnchor="end">
                  {compactDollars(v)}
                </text>
              </g>
            ))}
            {years.map((yr) => (
              <text
                key={yr}
                className={styles.label}
                x={x(serial(yr, 1, 1))}
                y={HEIGHT - 6}
                textAnchor="middle"
              >
                {yr}
              </text>
            ))}
            <line className={styles.axis} x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} />
            <path
              className={styles.baseline}
              d={stepPath(base, x, y, from, to)}
              data-testid="timeline-baseline"
            />
            <path
              className={styles.scenario}
              d={stepPath(ours, x, y, from, to)}
              data-testid="timeline-scenario"
            />
            <line className={styles.marker} x1={x(T)} x2={x(T)} y1={M.top} y2={y(0)} />
            <text
              className={styles.label}
              x={Math.min(x(T) + 3, width - M.right - 30)}
              y={M.top + 10}
            >
              {iso(T)}
            </text>
          </>
        );
      }}
    </ChartFrame>
  );
}
