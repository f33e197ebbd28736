/**
 * The pane's React tree for a host, its settings store and what was read from it: one function, so
 * the pane (pane.tsx) and the build's first screen (scripts/first-screen.tsx, runtime/first-screen.ts)
 * render the same tree, which lets the pane take over the first screen (hydrateRoot) element for
 * element.
 */
import { useEffect } from "react";
import { FluentProvider, Theme } from "@fluentui/react-components";
import { App } from "./App";
import { Host } from "./office/host";
import { StoredList } from "./state/scenarios";
import { PaneSettings } from "./state/settings";
import { SettingsStore } from "./state/store";

export function paneTree(
  host: Host,
  store: SettingsStore,
  initial: PaneSettings | undefined,
  initialScenarios: StoredList | undefined,
  theme?: Theme,
  /** Run once the tree is on the page (after its first commit: for a first screen, once React has taken it over). */
  onMounted: () => void = noop
) {
  return (
    <FluentProvider key={host.kind} theme={theme}>
      <App host={host} store={store} initial={initial} initialScenarios={initialScenarios} />
      <Mounted run={onMounted} />
    </FluentProvider>
  );
}

function noop(): void {
  return undefined;
}

/** No element: an effect, in the same place of the tree wherever it is rendered (its ids stay the first screen's). */
function Mounted({ run }: { run: () => void }) {
  useEffect(run, []);
  return null;
}
