/**
 * Issue 18's (B) plan, as a user enters it in the pane: 4(c)(i), notice 2004-07-01, the Board's
 * notification 2004-07-15, (B) 40% in shares at $3.25 elected 2004-08-10, with an end of the
 * duress typed under (A) and left hidden under (B) (not in force).
 */
import { DEFAULT_SETTINGS, PaneSettings } from "../../src/taskpane/state/settings";

export const RESIGN_B: PaneSettings = {
  ...DEFAULT_SETTINGS,
  scenario: "4c-i",
  date: "2004-07-01",
  periods: "consulting",
  duress: {
    ...DEFAULT_SETTINGS.duress,
    delayed: true,
    notification: "2004-07-15",
    option: "B",
    election: "2004-08-10",
    portion: "40%",
    fmv: "3.25",
    duressEnd: "2005-06-01", // typed under (A), hidden under (B)
  },
};
