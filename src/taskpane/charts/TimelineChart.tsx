/**
 * Payment timeline, like with like: the cumulative cash the executive
 * receives by date under this termination (cashTimeline: the fees paid on
 * schedule before it, the fees of a period it does not end, earned but
 * unpaid, lump sums, continuations, duress payments; shares at their value
 * apart) against the agreement running its course (baselineFlows: both fees
 * bi-weekly through 2007-06-30). Step lines, since cash arrives on pay dates;
 * lump sums are marked.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import Decimal from "decimal.js";
import {
  CashFlow,
  FEE_END,
  FEE_START,
  flowsTotal,
  iso,
  runningTotals,
  Serial,
  serial,
  TimelineFlow,
  ymd,
} from "../../core";
import { formatShares } from "../components/format";
import { ChartFrame } from "./ChartFrame";
import { compactDollars, linear, niceStep } from "./scale";
import { dollars } from "../model/words";

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
  lumpMarker: {
    fill: tokens.colorPaletteDarkOrangeForeground1,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: "1.5px",
  },
  lumpSwatch: { backgroundColor: tokens.colorPaletteDarkOrangeForeground1, borderRadius: "50%" },
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
  /** Cash to the executive by date under this termination (cashTimeline). */
  readonly timeline: readonly TimelineFlow[];
  /** 4(c)(i)(B): how many shares are delivered (for the marker's label). */
  readonly shares?: { readonly count: Decimal };
  readonly baseline: readonly CashFlow[];
  readonly T: Serial;
  readonly scenarioClause: string;
  /** PAYOUT and its cash part: what the termination itself pays, named in the legend. */
  readonly payout: { readonly total: Decimal; readonly cashTotal: Decimal };
}

const LUMP = new Set<TimelineFlow["kind"]>(["lump-sum", "discounted-lump-sum"]);

export function TimelineChart({ timeline, shares, baseline, T, scenarioClause, payout }: Props) {
  const styles = useStyles();
  const cash = timeline.filter((f) => f.asset === "cash");
  const shareFlows = timeline.filter((f) => f.asset === "shares");
  // Running totals by date (one point a pay date) and the parts' totals: the core's (runningTotals, flowsTotal).
  const ours = runningTotals(cash, { byDate: true });
  const value = shareFlows.length ? runningTotals(timeline, { byDate: true }) : undefined;
  const base = runningTotals(baseline);
  const lumps = timeline.filter((f) => LUMP.has(f.kind));
  const last = <P extends Point>(xs: readonly P[]) => xs[xs.length - 1];
  const from = Math.min(FEE_START, T, ours[0]?.date ?? FEE_START) - 7;
  const to = Math.max(FEE_END, last(ours)?.date ?? FEE_END, last(base)?.date ?? FEE_END) + 7;
  const oursTotal = last(ours)?.cumulative;
  const valueTotal = value && last(value)?.cumulative;
  const baseTotal = last(base)?.cumulative;
  const top = Math.max(
    valueTotal?.toNumber() ?? 0,
    oursTotal?.toNumber() ?? 0,
    baseTotal?.toNumber() ?? 0,
    1
  );
  const step = niceStep(top, 5);
  const yMax = Math.ceil(top / step) * step;
  const shareWhat = shares ? `${formatShares(shares.count)} shares` : "shares";
  const money = (v: Decimal | undefined) => dollars(v ?? new Decimal(0));
  const part = (kinds: ReadonlyArray<TimelineFlow["kind"]>, text: string) => {
    const xs = timeline.filter((f) => kinds.includes(f.kind) && f.asset === "cash");
    return xs.length ? [`${money(flowsTotal(xs))} ${text}`] : [];
  };
  const parts = [
    ...part(["paid-before"], "in fees paid on schedule before the termination"),
    ...part(["earned-unpaid", "base-salary"], "earned but unpaid"),
    ...lumps.map((f) => `a lump sum of ${dollars(f.amount)} on ${iso(f.date)} (${f.clause})`),
    ...part(["continuing"], "in fees of a period that continues, on schedule"),
    ...part(["continuation"], "in continued fees (4(h))"),
    ...part(["duress-payments"], "in payments of the delayed lump sum (4(c)(i))"),
  ];

  const summary =
    `Payment timeline: cumulative cash to the executive by date. This termination (${scenarioClause} on ${iso(T)}): ${money(oursTotal)} in cash` +
    (parts.length ? `, of which ${parts.join("; ")}` : "") +
    (value
      ? `; besides the cash, ${shareWhat} worth ${money(flowsTotal(shareFlows))} due on ${shareFlows.map((f) => iso(f.date)).join(", ")} (4(c)(i)(B)), ${money(valueTotal)} in all`
      : "") +
    `. No termination, the agreement running its course: ${money(baseTotal)} in bi-weekly fees from ${iso(base[0].date)} to ${iso(last(base).date)}.`;

  const dates = [...new Set([...timeline.map((f) => f.date), ...base.map((p) => p.date)])].sort(
    (a, b) => a - b
  );
  const what = (d: Serial) =>
    [
      ...new Set(
        timeline
          .filter((f) => f.date === d && f.kind !== "paid-before" && f.kind !== "continuing")
          .map((f) => `${f.what} (${f.clause})`)
      ),
    ].join("; ") || (timeline.some((f) => f.date === d) ? "Fees on schedule (3(a))" : "");
  const rows = dates.map((d) => [
    iso(d),
    what(d),
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
          label: `This termination: cash to the executive (${money(oursTotal)}; of it paid by the termination ${dollars(payout.cashTotal)})`,
          className: styles.scenarioSwatch,
        },
        ...(value
          ? [
              {
                label: `Cash plus ${shareWhat} at their value (${money(valueTotal)}; PAYOUT ${dollars(payout.total)}); green dot: shares due`,
                className: styles.withSharesSwatch,
              },
            ]
          : []),
        ...(lumps.length ? [{ label: "Lump sum paid", className: styles.lumpSwatch }] : []),
        {
          label: `No termination: all fees on schedule (${money(baseTotal)})`,
          className: styles.baselineSwatch,
        },
      ]}
      note={`Both lines count every dollar of the fees the executive receives: before ${iso(T)} the fees paid on schedule, then what the termination pays (${parts.length ? "see the summary" : "nothing more"})${value ? "; the green line adds the shares at their fair market value on the election date (4(c)(i)(B))" : ""}.`}
      table={{
        caption: "Payment timeline data",
        headers: [
          "Date",
          "Paid under this termination",
          value ? "This termination: cash (cumulative)" : "This termination (cumulative)",
          ...(value ? ["This termination: cash plus shares at their value (cumulative)"] : []),
          "No termination (cumulative)",
        ],
        textColumns: 2,
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
            {lumps.map((f, i) => (
              <circle
                key={`lump-${i}`}
                className={styles.lumpMarker}
                cx={x(f.date)}
                cy={y((valueOn(ours, f.date) as Decimal).toNumber())}
                r={5}
                data-testid="timeline-lump-sum"
              >
                <title>{`${iso(f.date)}: lump sum ${dollars(f.amount)} (${f.clause})`}</title>
              </circle>
            ))}
            {value &&
              shareFlows.map((f) => (
                <circle
                  key={f.date}
                  className={styles.shareMarker}
                  cx={x(f.date)}
                  cy={y((valueOn(value, f.date) as Decimal).toNumber())}
                  r={4}
                  data-testid="timeline-shares"
                >
                  <title>{`${iso(f.date)}: ${shareWhat} worth ${dollars(f.amount)} (4(c)(i)(B))`}</title>
                </circle>
              ))}
            <line className={styles.marker} x1={x(T)} x2={x(T)} y1={M.top} y2={y(0)} />
            <text
              className={styles.label}
              x={Math.min(x(T) + 3, width - M.right - 60)}
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
