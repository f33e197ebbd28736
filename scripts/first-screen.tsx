/**
 * The pane's first screens (src/taskpane/runtime/first-screen.ts): the pane as it first renders with
 * nothing stored, for each host, rendered to HTML with React's renderToString from the pane's own
 * tree (src/taskpane/pane-tree.tsx), its components and the core. Prints a JSON object, template id
 * to HTML; webpack.config.js (FirstScreenPlugin) runs it for production-mode builds and writes each
 * into taskpane.html as a <template>, which the pane takes over with hydrateRoot.
 *
 * Run with NODE_ENV=production: Griffel's class names are then the ones the pane's build extracts,
 * and React's markup the one its production build hydrates.
 */
import { renderToString } from "react-dom/server";
import { paneTree } from "../src/taskpane/pane-tree";
import { FIRST_SCREENS } from "../src/taskpane/runtime/first-screen";
import { KeyValueStore, settingsStore } from "../src/taskpane/state/store";

/** A store holding nothing, as a workbook or a browser does before the pane has saved anything. */
const nothingStored = (where: string): KeyValueStore => ({
  where,
  read: () => Promise.resolve(undefined),
  write: () => Promise.reject(new Error("the first screen's build stores nothing")),
});

async function main(): Promise<void> {
  const screens: Record<string, string> = {};
  for (const screen of FIRST_SCREENS) {
    const store = settingsStore(nothingStored(screen.where));
    const [initial, initialScenarios] = await Promise.all([
      store.settings.load(),
      store.scenarios.load(),
    ]);
    screens[screen.templateId] = renderToString(
      paneTree(screen.host, store, initial, initialScenarios)
    );
  }
  process.stdout.write(JSON.stringify(screens));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
