/**
 * The pane's settings as React state, restored from the store when the pane
 * opens and saved back (debounced) after every change.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ScenarioCode } from "../../core";
import { DEFAULT_SETTINGS, PaneSettings, periodsFor } from "./settings";
import { SettingsStore } from "./store";

const SAVE_DELAY_MS = 300;

export interface PaneState {
  readonly settings: PaneSettings;
  readonly update: (patch: Partial<PaneSettings>) => void;
  /** Switches scenario; the periods become the new scenario's default. */
  readonly setScenario: (code: string) => void;
  /** Set when the last save failed. */
  readonly saveError?: string;
  readonly restored: boolean;
}

export function usePaneSettings(store: SettingsStore): PaneState {
  const [initial] = useState(() => store.load());
  const [settings, setSettings] = useState<PaneSettings>(initial ?? DEFAULT_SETTINGS);
  const [saveError, setSaveError] = useState<string>();
  const loaded = useRef(settings);

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

  const update = useCallback(
    (patch: Partial<PaneSettings>) => setSettings((s) => ({ ...s, ...patch })),
    []
  );
  const setScenario = useCallback(
    (code: string) =>
      setSettings((s) => ({
        ...s,
        scenario: code as ScenarioCode,
        periods: periodsFor(code as ScenarioCode, ""),
      })),
    []
  );
  return { settings, update, setScenario, saveError, restored: initial !== undefined };
}
