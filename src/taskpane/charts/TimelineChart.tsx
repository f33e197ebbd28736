/**
 * Payment timeline: cumulative cash by date under this termination
 * (payoutFlows, which totals PAYOUT) next to the no-termination baseline
 * (baselineFlows: both fees bi-weekly through June 30, 2007, which totals
 * the two FEE_SCHEDULE totals). Step lines, since cash arrives on pay dates.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import Decimal from "decimal.js";
import {
  CashFlow,
  DatedPayment,
  FEE_END,
  FEE_START,
  formatMoney,
  iso,
  Serial,
  serial,
  ymd,
} from "../../core";
import { formatShares } from "../components/format";
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
  withShares: {
    stroke: tokens.colorPaletteGreenForeground1,
    strokeWidth: "2px",
    fill: "none",
    strokeDasharray: "1 3",
    strokeLinecap: "round",
  },
  withSharesSwatch: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  shareMarker: {
    fill: tokens.colorPaletteGreenForeground1,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: "1.5px",
  },
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
  /** One row a date; shareValue is the part delivered in shares (4(c)(i)(B)). */
  readonly flows: readonly DatedPayment[];
  /** 4(c)(i)(B): how many shares are delivered (for the marker's label). */
  readonly shares?: { readonly count: Decimal };
  readonly baseline: readonly CashFlow[];
  readonly T: Serial;
  readonly scenarioClause: string;
}

export function TimelineChart({ flows, baseline, T, scenarioClause, shares }: Props) {
  const styles = useStyles();
  const cash = flows.map((f): CashFlow => ({ date: f.date, amount: f.amount.minus(f.shareValue) }));
  const shareDays = flows.filter((f) => !f.shareValue.isZero());
  const ours = cumulative(cash);
  const value = shareDays.length > 0 ? cumulative(flows) : undefined;
  const base = cumulative(baseline);
  const last = <P extends Point>(xs: readonly P[]) => xs[xs.length - 1];
  const from = Math.min(FEE_START, T, ours[0]?.date ?? FEE_START) - 7;
  const to = Math.max(FEE_END, last(ours)?.date ?? FEE_END, last(base)?.date ?? FEE_END) + 7;
  const oursTotal = last(ours)?.cumulative;
  const valueTotal = value && last(value)?.cumulative;
  const baseTotal = last(base)?.cumulative;
  const shareTotal = shareDays.reduce((x, f) => x.plus(f.shareValue), new Decimal(0));
  const top = Math.max(
    valueTotal?.toNumber() ?? 0,
    oursTotal?.toNumber() ?? 0,
    baseTotal?.toNumber() ?? 0,
    1
  );
  const step = niceStep(top, 5);
  const yMax = Math.ceil(top / step) * step;
  const cashDays = flows.filter((f) => !f.amount.minus(f.shareValue).isZero());
  const shareWhat = shares ? `${formatShares(shares.count)} shares` : "shares";

  const summary =
    `Payment timeline, cumulative cash by date. This termination (${scenarioClause} on ${iso(T)}): ` +
    (cashDays.length
      ? `${formatMoney(oursTotal as Decimal)} in cash paid from ${iso(cashDays[0].date)} to ${iso(cashDays[cashDays.length - 1].date)}`
      : "no cash due") +
    (value
      ? `; besides the cash, ${shareWhat} worth ${formatMoney(shareTotal)} due on ${shareDays.map((f) => iso(f.date)).join(", ")} (4(c)(i)(B)), ${formatMoney(valueTotal as Decimal)} in all`
      : "") +
    `. No termination: ${baseTotal ? formatMoney(baseTotal) : "0.00"} in bi-weekly fees from ${iso(base[0].date)} to ${iso(last(base).date)}.`;

  const dates = [...new Set([...flows.map((f) => f.date), ...base.map((p) => p.date)])].sort(
    (a, b) => a - b
  );
  const money = (v: Decimal | undefined) => (v ? formatMoney(v) : "0.00");
  const rows = dates.map((d) => [
    iso(d),
    money(valueOn(ours, d)),
    ...(value ? [money(valueOn(value, d))] : []),
    money(valueOn(base, d)),
  ]);

  return (
    <ChartFrame
      title="Payment timeline"
      summary={summary}
      testId="timeline"
      height={HEIGHT}
      legend={[
        {
          label: `This termination: cash due (${money(oursTotal)})`,
          className: styles.scenarioSwatch,
        },
        ...(value
          ? [
              {
                label: `Cash plus ${shareWhat} at their value (PAYOUT ${money(valueTotal)}); dot: shares due`,
                className: styles.withSharesSwatch,
              },
            ]
          : []),
        {
          label: `No termination: all fees on schedule (${money(baseTotal)})`,
          className: styles.baselineSwatch,
        },
      ]}
      note={`Cumulative cash by date. Before ${iso(T)} fees are paid on schedule in both cases; the blue line counts only the cash the termination makes due${value ? ", the green one adds the shares at their fair market value on the election date (4(c)(i)(B))" : ""}.`}
      table={{
        caption: "Payment timeline data",
        headers: [
          "Date",
          value ? "This termination: cash (cumulative)" : "This termination (cumulative)",
          ...(value ? ["This termination: cash plus shares at their value (cumulative)"] : []),
          "No termination (cumulative)",
        ],
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
            {value && (
              <path
                className={styles.withShares}
                d={stepPath(value, x, y, from, to)}
                data-testid="timeline-with-shares"
              />
            )}
            <path
              className={styles.scenario}
              d={stepPath(ours, x, y, from, to)}
              data-testid="timeline-scenario"
            />
            {value &&
              shareDays.map((f) => (
                <circle
                  key={f.date}
                  className={styles.shareMarker}
                  cx={x(f.date)}
                  cy={y((valueOn(value, f.date) as Decimal).toNumber())}
                  r={4}
                  data-testid="timeline-shares"
                >
                  <title>{`${iso(f.date)}: ${shareWhat} worth ${formatMoney(f.shareValue)} (4(c)(i)(B))`}</title>
                </circle>
              ))}
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
