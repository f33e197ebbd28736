/**
 * Fluent's dark theme, in a chunk of its own: only a pane in an Excel that shows a dark Office theme
 * needs it (pane.tsx), so the pane's first chunk carries the light theme alone (issue 19 item 9).
 */
export { webDarkTheme } from "@fluentui/react-components";
