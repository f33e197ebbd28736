/**
 * What the browser prints: the scenario memo (the default, App's beforeprint) or the comparison of
 * saved scenarios (issue 21 item 4), which sets this before it calls print and clears it after.
 */
let comparison = false;

/** Whether the comparison is being printed (the memo is then not rendered). */
export function printingComparison(): boolean {
  return comparison;
}

export function setPrintingComparison(on: boolean): void {
  comparison = on;
}
