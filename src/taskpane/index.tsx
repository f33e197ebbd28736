/**
 * Task pane entry: find the host (Excel or none; inside an Office frame it
 * waits for Office however long it takes), restore the saved settings from
 * the workbook or the browser (kept and not saved over when they cannot be
 * read or restored), render the pane in Office's theme (Fluent's
 * dark theme when Office is dark).
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { detectHost, officeIsDark } from "./office/host";
import { restoreProblem } from "./state/safety";
import { browserStore, excelStore, settingsStore } from "./state/store";

async function start(): Promise<void> {
  const host = await detectHost();
  // Inside Excel: context.workbook.settings (ExcelApi 1.4), else the Common API; stand-alone: this browser.
  const store = settingsStore(host.kind === "excel" ? excelStore() : browserStore());
  // Each key is read (retried a few times); one that cannot be read is not saved over (store.ts).
  const [stored, initialScenarios] = await Promise.all([
    store.settings.load(),
    store.scenarios.load(),
  ]);
  // Settings whose evaluation fails are kept stored but not restored: no reload into the same failure.
  const problem = stored && restoreProblem(stored);
  if (problem) store.settings.keepUnread(`they cannot be restored: ${problem}`);
  const initial = problem ? undefined : stored;
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  createRoot(root).render(
    <FluentProvider theme={host.kind === "excel" && officeIsDark() ? webDarkTheme : webLightTheme}>
      <App host={host} store={store} initial={initial} initialScenarios={initialScenarios} />
    </FluentProvider>
  );
}

void start();
