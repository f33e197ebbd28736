/**
 * The task pane itself, loaded lazily by the shared runtime's page (index.ts) once the
 * functions are registered: find the host (Excel or none; inside Office it waits for
 * Office however long it takes, saying after a few seconds that it is waiting for
 * Excel; with no sign of Office it runs stand-alone at once, and starts again in Excel
 * mode should Office report Excel after all), restore the saved settings from the
 * workbook or the browser (kept and not saved over when they cannot be read or
 * restored), render the pane in Office's theme (Fluent's dark theme, a chunk of its own, when
 * Office is dark). With nothing stored and Office's light theme, the pane takes over the first
 * screen the build rendered (runtime/first-screen.ts) instead of building it again.
 */
import { createRoot, hydrateRoot, Root } from "react-dom/client";
import { FluentProvider, Theme } from "@fluentui/react-components";
import { WaitingForExcel } from "./components/WaitingForExcel";
import { detectHost, excelAfterAll, Host, officeIsDark } from "./office/host";
import { paneTree } from "./pane-tree";
import { clearFirstScreen, firstScreenTakenOver, placeFirstScreen } from "./runtime/first-screen";
import { browserStore, excelStore, settingsStore } from "./state/store";

export async function start(): Promise<void> {
  // The load's phases, which bench/taskpane.ts reports: the pane's chunk evaluated, host known, settings read.
  performance.mark("btu-pane-start");
  const element = document.getElementById("root");
  if (!element) throw new Error("taskpane.html has no #root element");
  const pane = new PaneRoot(element);
  // Inside an Office frame, a few seconds without Office.onReady: say so rather than stay blank.
  const host = await detectHost(undefined, () =>
    pane.render(
      <FluentProvider>
        <WaitingForExcel />
      </FluentProvider>
    )
  );
  performance.mark("btu-host");
  await show(pane, host);
  // Stand-alone without waiting for office.js (no sign of Office, host.ts): if Office reports Excel
  // once it is ready, the pane starts again in Excel mode, with the workbook's settings.
  if (host.kind === "standalone" && host.unconfirmed && (await excelAfterAll()))
    await show(pane, { kind: "excel" });
}

/** The pane's React root in #root: made on the first render, taking over the first screen where it can. */
class PaneRoot {
  private root: Root | undefined;
  constructor(private readonly element: HTMLElement) {}

  /** Renders afresh (a first screen on the page is taken away first). */
  render(tree: JSX.Element): void {
    if (!this.root) {
      clearFirstScreen(this.element);
      this.root = createRoot(this.element);
    }
    this.root.render(tree);
  }

  /**
   * The first render, of exactly the tree the build rendered for the host's first screen: React takes
   * over the first screen's elements (placed now if the boot script has not) instead of making them.
   */
  hydrate(host: Host, tree: (onMounted?: () => void) => JSX.Element): void {
    if (this.root || !placeFirstScreen(this.element, host)) return this.render(tree());
    const element = this.element;
    this.root = hydrateRoot(
      element,
      tree(() => firstScreenTakenOver(element))
    );
  }
}

/** Restores the host's settings and renders the pane for it (a new host: a new pane, its state from the new store). */
async function show(pane: PaneRoot, host: Host): Promise<void> {
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
  const tree = (onMounted?: () => void) =>
    paneTree(host, store, initial, initialScenarios, theme, onMounted);
  // The first screen is the pane with nothing stored, both keys read, in the light theme (scripts/first-screen.tsx).
  const asBuilt =
    initial === undefined &&
    initialScenarios === undefined &&
    store.settings.status.read === "read" &&
    store.scenarios.status.read === "read" &&
    theme === undefined;
  if (asBuilt) pane.hydrate(host, tree);
  else pane.render(tree());
}

/** Fluent's dark theme, fetched the first time Office shows a dark theme (the light one where it cannot be fetched). */
function darkTheme(): Promise<Theme | undefined> {
  return import(/* webpackChunkName: "dark-theme" */ "./dark-theme").then(
    (m) => m.webDarkTheme,
    () => undefined
  );
}
