/**
 * A chart with its accessible alternatives: a heading, the SVG (role="img"
 * with a text summary of the key numbers), a legend, and the same data as a
 * table behind a toggle. Also measures its width so the SVG is drawn at the
 * pane's real pixel width (crisp text from 320 px up).
 */
import { ReactNode, useEffect, useRef, useState } from "react";
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useLayout } from "../components/styles";

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: "-1px",
    borderRadius: "2px",
    // Windows high contrast replaces background colours with the page's: keep each key's own colour, and outline it in the text colour so it shows on any background.
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      outline: "1px solid CanvasText",
    },
  },
  svgBox: { width: "100%", minWidth: 0 },
  /** A wide data table (more than three columns) scrolls inside its own box, never the pane. */
  tableBox: { maxWidth: "100%", overflowX: "auto" },
  wideTable: { width: "auto", minWidth: "100%", tableLayout: "auto" },
});

export interface LegendItem {
  readonly label: string;
  readonly className: string;
}

export interface DataTable {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  /** How many leading columns are text (left-aligned); the rest are figures, right-aligned under right-aligned headers. Default 1. */
  readonly textColumns?: number;
}

interface Props {
  readonly title: string;
  readonly summary: string;
  readonly legend: readonly LegendItem[];
  readonly table: DataTable;
  readonly note?: ReactNode;
  readonly testId: string;
  readonly height: number;
  /** Draws the chart at the given width in pixels. */
  readonly children: (width: number) => ReactNode;
}

const MIN_WIDTH = 240;

export function ChartFrame({
  title,
  summary,
  legend,
  table,
  note,
  testId,
  height,
  children,
}: Props) {
  const styles = useStyles();
  const layout = useLayout();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [showTable, setShowTable] = useState(false);
  const wide = table.headers.length > 3; // e.g. the timeline (date, what, two or three series)
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () =>
      setWidth(Math.max(MIN_WIDTH, Math.floor(el.getBoundingClientRect().width)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <figure className={styles.figure} data-testid={testId}>
      <figcaption>
        <h3 className={layout.subheading}>{title}</h3>
      </figcaption>
      <div ref={box} className={styles.svgBox}>
        {width > 0 && (
          <svg
            role="img"
            aria-label={summary}
            width={width}
            height={height}
            data-testid={`${testId}-svg`}
          >
            <title>{summary}</title>
            {children(width)}
          </svg>
        )}
      </div>
      <ul className={styles.legend}>
        {legend.map((l) => (
          <li key={l.label}>
            <span className={`${styles.swatch} ${l.className}`} aria-hidden="true" />
            <span className={layout.note}>{l.label}</span>
          </li>
        ))}
      </ul>
      {note && <p className={layout.note}>{note}</p>}
      <div>
        <Button size="small" aria-expanded={showTable} onClick={() => setShowTable(!showTable)}>
          {showTable ? "Hide the data table" : "Show the data as a table"}
        </Button>
      </div>
      {showTable && (
        <div
          className={styles.tableBox}
          {...(wide
            ? {
                role: "region",
                "aria-label": `${table.caption}, scrolls sideways`,
                tabIndex: 0,
              }
            : {})}
        >
          <Table
            size="small"
            aria-label={table.caption}
            className={wide ? styles.wideTable : layout.table}
          >
            <TableHeader>
              <TableRow>
                {table.headers.map((h, i) => (
                  <TableHeaderCell
                    key={h}
                    className={i < (table.textColumns ?? 1) ? undefined : layout.figureHeaderCell}
                  >
                    {h}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((r, i) => (
                <TableRow key={i}>
                  {r.map((c, j) => (
                    <TableCell key={j}>
                      {j < (table.textColumns ?? 1) ? (
                        c
                      ) : (
                        <span className={layout.figure}>{c}</span>
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </figure>
  );
}
