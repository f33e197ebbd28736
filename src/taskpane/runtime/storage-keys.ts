/**
 * Where the pane keeps its settings and saved scenarios, by name (state/store.ts keeps them; the boot
 * script's first screen, runtime/first-screen.ts, asks whether anything is stored). ES5, no imports.
 */

/** The pane's settings. */
export const SETTINGS_KEY = "btu.taskpane";
/** The saved scenarios. */
export const SCENARIOS_KEY = "btu.scenarios";

/** The places, as the status line names them. */
export const IN_THE_WORKBOOK = "the workbook";
export const IN_THIS_BROWSER = "this browser";
