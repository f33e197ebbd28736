/**
 * The pane's settings as React state, restored from the store when the pane
 * opens and saved back (debounced) after every change; the last changes can
 * be undone; named scenarios are kept beside them.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ScenarioCode } from "../../core";
import { DEFAULT_SETTINGS, PaneSettings, periodsFor } from "./settings";
import { cleanName, SavedScenario, SCENARIOS_MAX } from "./scenarios";
import { SettingsStore } from "./store";

const SAVE_DELAY_MS = 300;
/** Keystrokes in one field within this time are one change for undo. */
const UNDO_MERGE_MS = 1000;
const UNDO_DEPTH = 50;

export interface PaneState {
  readonly settings: PaneSettings;
  readonly update: (patch: Partial<PaneSettings>) => void;
  /** Switches scenario; the periods become the new scenario's default. */
  readonly setScenario: (code: string) => void;
  /** Puts back the form as it was before the last change (undefined when there is none). */
  readonly undo?: () => void;
  /** Replaces the whole form (reopening a saved scenario); undoable. */
  readonly replace: (s: PaneSettings) => void;
  /** Set when the last save failed. */
  readonly saveError?: string;
  readonly restored: boolean;
  readonly scenarios: readonly SavedScenario[];
  /** Saves the form under a name (replacing a scenario of that name); returns an error message or undefined. */
  readonly saveAs: (name: string) => string | undefined;
  readonly rename: (from: string, to: string) => string | undefined;
  readonly remove: (name: string) => void;
}

export function usePaneSettings(
  store: SettingsStore,
  initial: PaneSettings | undefined,
  initialScenarios: readonly SavedScenario[] = []
): PaneState {
  const [settings, setSettings] = useState<PaneSettings>(initial ?? DEFAULT_SETTINGS);
  const [saveError, setSaveError] = useState<string>();
  const [history, setHistory] = useState<PaneSettings[]>([]);
  const [scenarios, setScenarios] = useState<readonly SavedScenario[]>(initialScenarios);
  const loaded = useRef(settings);
  const loadedScenarios = useRef(scenarios);
  const lastChange = useRef<{ keys: string; at: number }>({ keys: "", at: 0 });

  useEffect(() => {
    if (settings === loaded.current) return; // nothing changed since the pane opened
    const timer = setTimeout(() => {
      store.save(settings).then(
        () => setSaveError(undefined),
        (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e))
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [settings, store]);

  useEffect(() => {
    if (scenarios === loadedScenarios.current) return;
    store.saveScenarios(scenarios).then(
      () => setSaveError(undefined),
      (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e))
    );
  }, [scenarios, store]);

  /** Applies a change, remembering the form before it (typing in one field is one change). */
  const change = useCallback((next: (s: PaneSettings) => PaneSettings, keys: string) => {
    setSettings((s) => {
      const n = next(s);
      if (n === s) return s;
      const now = Date.now();
      const merge =
        keys !== "" &&
        keys === lastChange.current.keys &&
        now - lastChange.current.at < UNDO_MERGE_MS;
      lastChange.current = { keys, at: now };
      if (!merge) setHistory((h) => [...h.slice(-(UNDO_DEPTH - 1)), s]);
      return n;
    });
  }, []);

  const update = useCallback(
    (patch: Partial<PaneSettings>) =>
      change((s) => ({ ...s, ...patch }), Object.keys(patch).sort().join(",")),
    [change]
  );
  const setScenario = useCallback(
    (code: string) =>
      change(
        (s) => ({
          ...s,
          scenario: code as ScenarioCode,
          periods: periodsFor(code as ScenarioCode, ""),
        }),
        ""
      ),
    [change]
  );
  const replace = useCallback((s: PaneSettings) => change(() => s, ""), [change]);
  const undo = useCallback(() => {
    setHistory((h) => {
      if (!h.length) return h;
      lastChange.current = { keys: "", at: 0 };
      setSettings(h[h.length - 1]);
      return h.slice(0, -1);
    });
  }, []);

  const saveAs = (name: string): string | undefined => {
    const n = cleanName(name);
    if (n === "") return "Give the scenario a name.";
    if (!scenarios.some((x) => x.name === n) && scenarios.length >= SCENARIOS_MAX)
      return `At most ${SCENARIOS_MAX} scenarios are kept: delete one first.`;
    setScenarios((xs) => {
      const i = xs.findIndex((x) => x.name === n);
      const item = { name: n, settings };
      return i < 0 ? [...xs, item] : xs.map((x, j) => (j === i ? item : x));
    });
    return undefined;
  };
  const rename = (from: string, to: string): string | undefined => {
    const n = cleanName(to);
    if (n === "") return "Give the scenario a name.";
    if (n !== from && scenarios.some((x) => x.name === n))
      return `A scenario named "${n}" is already saved: choose another name.`;
    setScenarios((xs) => xs.map((x) => (x.name === from ? { ...x, name: n } : x)));
    return undefined;
  };
  const remove = (name: string) => setScenarios((xs) => xs.filter((x) => x.name !== name));

  return {
    settings,
    update,
    setScenario,
    undo: history.length ? undo : undefined,
    replace,
    saveError,
    restored: initial !== undefined,
    scenarios,
    saveAs,
    rename,
    remove,
  };
}
