/**
 * Task pane entry: find the host (Excel or none; inside an Office frame it
 * waits for Office however long it takes), restore the saved settings from
 * the workbook or the browser, render the pane in Office's theme (Fluent's
 * dark theme when Office is dark).
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { detectHost, officeIsDark } from "./office/host";
import { browserStore, documentStore } from "./state/store";

async function start(): Promise<void> {
  const host = await detectHost();
  const store = host.kind === "excel" ? documentStore() : browserStore();
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  createRoot(root).render(
    <FluentProvider theme={host.kind === "excel" && officeIsDark() ? webDarkTheme : webLightTheme}>
      <App host={host} store={store} />
    </FluentProvider>
  );
}

void start();
