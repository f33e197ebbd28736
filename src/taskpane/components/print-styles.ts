/**
 * The print views' styles (the scenario memo, the comparison of saved scenarios): hidden on
 * screen, black on white in print, compact tables with figures on the right.
 */
import { makeStyles } from "@fluentui/react-components";

export const usePrintStyles = makeStyles({
  memo: {
    display: "none",
    "@media print": {
      display: "block",
      color: "#000",
      backgroundColor: "#fff",
      fontFamily: "Segoe UI, Helvetica, Arial, sans-serif",
      fontSize: "9.5pt",
      lineHeight: "1.3",
    },
  },
  h1: { fontSize: "14pt", margin: "0 0 2pt 0" },
  h2: { fontSize: "11pt", margin: "8pt 0 2pt 0", breakAfter: "avoid" },
  table: { width: "100%", borderCollapse: "collapse", breakInside: "auto" },
  cell: {
    borderBottom: "0.5pt solid #999",
    padding: "1.5pt 3pt",
    verticalAlign: "top",
    textAlign: "left",
  },
  num: {
    borderBottom: "0.5pt solid #999",
    padding: "1.5pt 3pt",
    verticalAlign: "top",
    textAlign: "right",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  note: { margin: "2pt 0", fontSize: "8.5pt" },
  dl: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: "8pt",
    rowGap: "1pt",
    margin: 0,
  },
  dt: { fontWeight: 600 },
  /** A line to sign: a label above a rule, with room for the name and the date. */
  sign: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr 1fr",
    columnGap: "12pt",
    marginTop: "14pt",
    breakInside: "avoid",
  },
  blank: { borderBottom: "0.5pt solid #000", height: "16pt" },
  small: { fontSize: "8pt" },
  /** The appendix follows the memo; its heading stays with its first rows. */
  appendix: { marginTop: "10pt" },
  dd: { margin: 0 },
});
