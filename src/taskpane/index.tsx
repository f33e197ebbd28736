/**
 * Task pane entry: find the host (Excel or none), restore the saved
 * settings from the workbook or the browser, render the pane.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { detectHost } from "./office/host";
import { browserStore, documentStore } from "./state/store";

async function start(): Promise<void> {
  const host = await detectHost();
  const store = host.kind === "excel" ? documentStore() : browserStore();
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} store={store} />
    </FluentProvider>
  );
}

void start();
