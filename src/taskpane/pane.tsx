/**
 * The task pane itself, loaded lazily by the shared runtime's page (index.ts) once the
 * functions are registered: find the host (Excel or none; inside an Office frame it
 * waits for Office however long it takes), restore the saved settings from
 * the workbook or the browser, render the pane in Office's theme (Fluent's
 * dark theme when Office is dark).
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { detectHost, officeIsDark } from "./office/host";
import { browserStore, excelStore, settingsStore } from "./state/store";

export async function start(): Promise<void> {
  const host = await detectHost();
  // Inside Excel: context.workbook.settings (ExcelApi 1.4), else the Common API; stand-alone: this browser.
  const store = settingsStore(host.kind === "excel" ? excelStore() : browserStore());
  const [initial, initialScenarios] = await Promise.all([store.load(), store.loadScenarios()]);
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  createRoot(root).render(
    <FluentProvider theme={host.kind === "excel" && officeIsDark() ? webDarkTheme : webLightTheme}>
      <App host={host} store={store} initial={initial} initialScenarios={initialScenarios} />
    </FluentProvider>
  );
}
