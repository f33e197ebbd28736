/**
 * The task pane itself, loaded lazily by the shared runtime's page (index.ts) once the
 * functions are registered: find the host (Excel or none; inside an Office frame it
 * waits for Office however long it takes, saying after a few seconds that it is
 * waiting for Excel), restore the saved settings from the workbook or the browser
 * (kept and not saved over when they cannot be read or restored), render the pane
 * in Office's theme (Fluent's
 * dark theme when Office is dark).
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { WaitingForExcel } from "./components/WaitingForExcel";
import { detectHost, officeIsDark } from "./office/host";
import { browserStore, excelStore, settingsStore } from "./state/store";

export async function start(): Promise<void> {
  // The load's phases, which bench/taskpane.ts reports: the pane's chunk evaluated, host known, settings read.
  performance.mark("btu-pane-start");
  const element = document.getElementById("root");
  if (!element) throw new Error("taskpane.html has no #root element");
  const root = createRoot(element);
  // Inside an Office frame, a few seconds without Office.onReady: say so rather than stay blank.
  const host = await detectHost(undefined, undefined, () =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <WaitingForExcel />
      </FluentProvider>
    )
  );
  performance.mark("btu-host");
  // Inside Excel: context.workbook.settings (ExcelApi 1.4), else the Common API; stand-alone: this browser.
  const store = settingsStore(host.kind === "excel" ? excelStore() : browserStore());
  // Each key is read (retried a few times); one that cannot be read is not saved over (store.ts).
  // Settings that cannot be evaluated are taken off screen by the pane itself (App, usePaneSettings failedToShow).
  const [initial, initialScenarios] = await Promise.all([
    store.settings.load(),
    store.scenarios.load(),
  ]);
  performance.mark("btu-restored");
  root.render(
    <FluentProvider theme={host.kind === "excel" && officeIsDark() ? webDarkTheme : webLightTheme}>
      <App host={host} store={store} initial={initial} initialScenarios={initialScenarios} />
    </FluentProvider>
  );
}
