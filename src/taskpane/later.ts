/**
 * What the pane shows with or after the figures, below the headline (issue 19 item 9): the charts,
 * the split-dollar panel, the interpretation choices and the output panel. Re-exported here for one
 * lazily loaded chunk ("later", components/Later.tsx), so the pane's first chunk parses and renders
 * the form and the headline figures only. No component of its own: the panels are unchanged.
 */
export { ComparisonChart } from "./charts/ComparisonChart";
export { TimelineChart } from "./charts/TimelineChart";
export { ChoicesPanel } from "./components/ChoicesPanel";
export { OutputPanel } from "./components/OutputPanel";
export { SplitDollarPanel } from "./components/SplitDollarPanel";
