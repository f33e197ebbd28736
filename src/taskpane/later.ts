/**
 * What the pane shows with or after the figures, below the headline (issue 19 item 9): the charts,
 * the split-dollar panel, the interpretation choices and the output panel. Re-exported here for one
 * lazily loaded chunk ("later", components/Later.tsx), so the pane's first chunk parses and renders
 * the form and the headline figures only. The comparison of saved scenarios (with its export and
 * print view, issue 21 item 4), the ledger of the scenario on screen (issue 21 item 4) and the
 * scenario memo (printed only) are here too. The charts compute their own figures
 * (charts/ScenarioCharts.tsx), after the headline.
 */
export { ScenarioCharts } from "./charts/ScenarioCharts";
export { ComparePanel } from "./components/ComparePanel";
export { LedgerPanel } from "./components/LedgerPanel";
export { Memo } from "./components/Memo";
export { ChoicesPanel } from "./components/ChoicesPanel";
export { OutputPanel } from "./components/OutputPanel";
export { SplitDollarPanel } from "./components/SplitDollarPanel";
