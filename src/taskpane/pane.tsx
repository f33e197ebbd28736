/**
 * The task pane itself, loaded lazily by the shared runtime's page (index.ts) once the
 * functions are registered: find the host (Excel or none; inside Office it waits for
 * Office however long it takes, saying after a few seconds that it is waiting for
 * Excel; with no sign of Office it runs stand-alone at once, and starts again in Excel
 * mode should Office report Excel after all), restore the saved settings from the
 * workbook or the browser (kept and not saved over when they cannot be read or
 * restored), render the pane in Office's theme (Fluent's dark theme, a chunk of its own, when
 * Office is dark).
 */
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, Theme } from "@fluentui/react-components";
import { App } from "./App";
import { WaitingForExcel } from "./components/WaitingForExcel";
import { detectHost, excelAfterAll, Host, officeIsDark } from "./office/host";
import { browserStore, excelStore, settingsStore } from "./state/store";

export async function start(): Promise<void> {
  // The load's phases, which bench/taskpane.ts reports: the pane's chunk evaluated, host known, settings read.
  performance.mark("btu-pane-start");
  const element = document.getElementById("root");
  if (!element) throw new Error("taskpane.html has no #root element");
  const root = createRoot(element);
  // Inside an Office frame, a few seconds without Office.onReady: say so rather than stay blank.
  const host = await detectHost(undefined, () =>
    root.render(
      <FluentProvider>
        <WaitingForExcel />
      </FluentProvider>
    )
  );
  performance.mark("btu-host");
  await show(root, host);
  // Stand-alone without waiting for office.js (no sign of Office, host.ts): if Office reports Excel
  // once it is ready, the pane starts again in Excel mode, with the workbook's settings.
  if (host.kind === "standalone" && host.unconfirmed && (await excelAfterAll()))
    await show(root, { kind: "excel" });
}

/** Restores the host's settings and renders the pane for it (a new host: a new pane, its state from the new store). */
async function show(root: Root, host: Host): Promise<void> {
  // Inside Excel: context.workbook.settings (ExcelApi 1.4), else the Common API; stand-alone: this browser.
  const store = settingsStore(host.kind === "excel" ? excelStore() : browserStore());
  // Each key is read (retried a few times); one that cannot be read is not saved over (store.ts).
  // Settings that cannot be evaluated are taken off screen by the pane itself (App, usePaneSettings failedToShow).
  const [initial, initialScenarios] = await Promise.all([
    store.settings.load(),
    store.scenarios.load(),
  ]);
  performance.mark("btu-restored");
  const theme = host.kind === "excel" && officeIsDark() ? await darkTheme() : undefined;
  root.render(
    <FluentProvider key={host.kind} theme={theme}>
      <App host={host} store={store} initial={initial} initialScenarios={initialScenarios} />
    </FluentProvider>
  );
}

/** Fluent's dark theme, fetched the first time Office shows a dark theme (the light one where it cannot be fetched). */
function darkTheme(): Promise<Theme | undefined> {
  return import(/* webpackChunkName: "dark-theme" */ "./dark-theme").then(
    (m) => m.webDarkTheme,
    () => undefined
  );
}
