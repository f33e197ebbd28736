/** Layout styles shared by the pane's sections (Griffel, Fluent tokens). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useLayout = makeStyles({
  /** A vertical stack of fields or blocks. */
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  tight: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  /** A cell of a Fluent table of figures in a panel (ledger, comparison): content at the top, lines as tall as they need, long words broken. */
  tableCell: {
    verticalAlign: "top",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    height: "auto",
    overflowWrap: "break-word",
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  /**
   * Fluent's Caption1 and semibold Text as plain spans (the first screen's words: issue 19 item 9,
   * a Text component each cost the first figures its hooks); body text inherits Fluent's body1
   * from the provider.
   */
  caption: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
  /** Money and dates: right-aligned, digits aligned, never broken. */
  figure: {
    display: "block",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    textAlign: "right",
  },
  /** Header of a figures column: right-aligned, may wrap. */
  figureHeader: { display: "block", textAlign: "right", flexGrow: 1 },
  /** A table header cell over a figures column: its content (Fluent lays it out in a flex box) at the right edge. */
  figureHeaderCell: {
    textAlign: "right",
    "& > div, & > button": { justifyContent: "flex-end", textAlign: "right", width: "100%" },
  },
  nowrap: { display: "block", whiteSpace: "nowrap" },
  // Auto layout: figure columns (never broken) get the width they need; text columns wrap (overflowWrap anywhere).
  table: { width: "100%", tableLayout: "auto", overflowWrap: "anywhere" },
});

/**
 * Rows of figures as blocks of lines, for a pane too narrow for their columns (Excel's 320 px
 * pane): the ledger's tables and the comparison of saved scenarios. A line shows its label from
 * its data-label attribute and its figure at the right.
 */
export const useStackedFigures = makeStyles({
  stacked: { margin: 0, padding: 0, listStyleType: "none" },
  block: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  blockTitle: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "break-word" },
  line: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    "::before": {
      content: "attr(data-label)",
      overflowWrap: "break-word",
      minWidth: 0,
      maxWidth: "100%",
    },
  },
});

/**
 * Tables of figures from native elements, drawn as Fluent's small table (rows ruled in the neutral
 * stroke, cells padded by spacingHorizontalS, header cells in the regular weight, a row lit on
 * hover). The first screen's tables use these rather than Fluent's Table components (issue 19
 * item 9: each Fluent cell is a component with its own hooks and contexts, and the first figures
 * wait for all of them); the roles are the same (a table's own: table, row, columnheader, cell).
 * Width as `useLayout().table`: auto layout, figure columns never broken, text columns wrapping.
 */
export const useFigureTable = makeStyles({
  table: {
    width: "100%",
    tableLayout: "auto",
    overflowWrap: "anywhere",
    borderCollapse: "collapse",
    backgroundColor: tokens.colorSubtleBackground,
  },
  row: {
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  bodyRow: {
    ":hover": {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground1Hover,
    },
    "@media (forced-colors: active)": { ":hover": { color: "Highlight" } },
  },
  headerCell: {
    height: "34px",
    verticalAlign: "middle",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: 0,
    paddingBottom: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  /** A body cell: content at the top, lines as tall as they need. */
  cell: {
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  /** A body cell of Fluent's small table: one line high, content in the middle. */
  plainCell: {
    height: "34px",
    verticalAlign: "middle",
    paddingTop: 0,
    paddingBottom: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
});
