/**
 * Print settings shared by every downloaded workbook (the pane's schedules
 * and the audit workbook): landscape, fitted to one page wide (as many pages
 * tall as needed), the header rows repeated on every page, and a footer with
 * the scenario, the date the file was made and the page number.
 */
import type * as ExcelJS from "exceljs";

/** Excel's limit on a header or footer's length. */
const FOOTER_MAX = 255;

/** Today's date as YYYY-MM-DD in the local calendar (the date a file is made). */
export function madeOn(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The footer text: `&` is a code in Excel's header language, so literal ampersands are doubled. */
export function footerText(scenario: string, made: string): string {
  const right = `&RMade ${made}, page &P of &N`;
  const room = FOOTER_MAX - right.length - "&L".length;
  const escape = (t: string) => t.replace(/&/g, "&&");
  let left = scenario.replace(/[\r\n]+/g, " ");
  if (escape(left).length > room) {
    while (escape(left).length > room - 1) left = left.slice(0, -1);
    left += "…";
  }
  return `&L${escape(left)}${right}`;
}

export interface PrintOptions {
  /** What the footer names: the scenario (or schedule) the sheet is about. */
  readonly scenario: string;
  /** The date the file is made, YYYY-MM-DD. */
  readonly made: string;
  /** Rows repeated at the top of every printed page ("1:1"); none when omitted. */
  readonly titleRows?: string;
}

/** Landscape, one page wide, header rows repeated, a footer with the scenario and the date made. */
export function setPrintSettings(ws: ExcelJS.Worksheet, o: PrintOptions): void {
  ws.pageSetup.orientation = "landscape";
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  ws.pageSetup.margins = {
    left: 0.5,
    right: 0.5,
    top: 0.6,
    bottom: 0.6,
    header: 0.3,
    footer: 0.3,
  };
  if (o.titleRows) ws.pageSetup.printTitlesRow = o.titleRows;
  const footer = footerText(o.scenario, o.made);
  ws.headerFooter.oddFooter = footer;
  ws.headerFooter.evenFooter = footer;
}
