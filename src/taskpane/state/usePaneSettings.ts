/**
 * The pane's settings as React state, restored from the store when the pane
 * opens and saved back (debounced) after every change; named scenarios are
 * kept beside them. The last changes can be undone, form and list alike:
 * Undo puts back whatever changed last (a field, or the list after a save,
 * rename or delete), never something else.
 *
 * Each stored key has its own status (store.ts KeyStatus): "saved" only after
 * its write resolved, an error that stays until a write of that key
 * succeeds, and no write at all until the key was read.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { ScenarioCode } from "../../core";
import { DEFAULT_SETTINGS, PaneSettings, periodsFor } from "./settings";
import {
  ListChange,
  putBackItem,
  Removed,
  removeItem,
  renameItem,
  SavedScenario,
  saveItem,
  shownScenarios,
  StoredItem,
  StoredList,
} from "./scenarios";
import { KeptValue, KeyStatus, SettingsStore } from "./store";

const SAVE_DELAY_MS = 300;
/** Keystrokes in one field within this time are one change for undo. */
const UNDO_MERGE_MS = 1000;
const UNDO_DEPTH = 50;

/** What Undo puts back: the form, or the list of saved scenarios. */
type Step =
  | { readonly kind: "form"; readonly before: PaneSettings }
  | { readonly kind: "list"; readonly before: readonly StoredItem[] };

/** An operation on the list: refused (error), or done in the pane with its write's outcome. */
export interface ListOutcome {
  /** Why it was refused; nothing changed. */
  readonly error?: string;
  /** The scenario's name as kept. */
  readonly name?: string;
  /** Resolves true when the list was stored, false when the store refused it (the key's status says why). */
  readonly stored?: Promise<boolean>;
}

export interface PaneState {
  readonly settings: PaneSettings;
  readonly update: (patch: Partial<PaneSettings>) => void;
  /** Switches scenario; the periods become the new scenario's default. */
  readonly setScenario: (code: string) => void;
  /** Puts back what changed last (the form or the list); undefined when nothing can be undone. */
  readonly undo?: () => void;
  /** What Undo would put back: "form" or "list". */
  readonly undoKind?: Step["kind"];
  /** Replaces the whole form (reopening a saved scenario); undoable. */
  readonly replace: (s: PaneSettings) => void;
  readonly restored: boolean;
  readonly scenarios: readonly SavedScenario[];
  /** Stored items the pane cannot read (kept at their place, written back untouched), with why. */
  readonly unread: readonly string[];
  readonly settingsStatus: KeyStatus;
  readonly scenariosStatus: KeyStatus;
  /** Saves the form under a name (replacing a scenario of that name). */
  readonly saveAs: (name: string) => ListOutcome;
  readonly rename: (from: string, to: string) => ListOutcome;
  readonly remove: (name: string) => ListOutcome & { readonly removed?: Removed };
  /** Puts a removed scenario back at its place (under a free name). */
  readonly putBack: (r: Removed) => ListOutcome;
  /**
   * The settings on screen could not be evaluated or shown: when they are the
   * ones restored at load, they are kept stored (as unread, not saved over)
   * and the form goes back to the defaults, so no reload reopens into the
   * same failure (issue 18 item 3).
   */
  readonly failedToShow: (why: string) => void;
  /** Counts those resets (the pane's error boundary starts afresh on each). */
  readonly resets: number;
  /** Reads again the keys that could not be read. */
  readonly retry: () => Promise<void>;
  /** Sets an unreadable stored value aside (kept under "<key>.unread") so the key can be saved again. */
  readonly setAside: (which: "settings" | "scenarios") => Promise<void>;
}

function useStatus(kept: KeptValue<unknown>): KeyStatus {
  // The same snapshot on a server: the build renders the pane's first screen (scripts/first-screen.tsx).
  const status = () => kept.status;
  return useSyncExternalStore((f) => kept.subscribe(f), status, status);
}

/** Why the list cannot be written, for a refusal. */
export function listRefusal(status: KeyStatus, where: string): string | undefined {
  if (status.read === "read") return undefined;
  if (status.read === "reading") return `The saved scenarios in ${where} are still being read.`;
  if (status.read === "failed")
    return `The saved scenarios in ${where} could not be read, so nothing is saved over them: use Retry above.`;
  return `The saved scenarios in ${where} cannot be read by this version (${status.readProblem ?? ""}); they are kept and not saved over.`;
}

export function usePaneSettings(
  store: SettingsStore,
  initial: PaneSettings | undefined,
  initialList: StoredList | undefined
): PaneState {
  const [settings, setSettings] = useState<PaneSettings>(initial ?? DEFAULT_SETTINGS);
  const [history, setHistory] = useState<Step[]>([]);
  const [list, setList] = useState<StoredList>(initialList ?? { items: [] });
  const listRef = useRef(list);
  /** The settings as read (the base the next save merges over) and the form as last stored or restored. */
  const shown = useRef(initial);
  const saved = useRef(settings);
  const lastChange = useRef<{ keys: string; at: number }>({ keys: "", at: 0 });
  const restoredRef = useRef(initial);
  const current = useRef(settings);
  current.current = settings;
  const [resets, setResets] = useState(0);
  const settingsStatus = useStatus(store.settings as KeptValue<unknown>);
  const scenariosStatus = useStatus(store.scenarios as KeptValue<unknown>);

  useEffect(() => {
    if (settings === saved.current || settingsStatus.read !== "read") return;
    const timer = setTimeout(() => {
      saved.current = settings;
      void store.save(settings, shown.current);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [settings, store, settingsStatus.read]);

  const push = (step: Step) => setHistory((h) => [...h.slice(-(UNDO_DEPTH - 1)), step]);

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
      if (!merge) setHistory((h) => [...h.slice(-(UNDO_DEPTH - 1)), { kind: "form", before: s }]);
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

  /** Shows and stores a new list (undoable unless `undoable` is false). */
  const commit = (items: readonly StoredItem[], undoable = true): Promise<boolean> => {
    const before = listRef.current;
    const next = { ...before, items };
    listRef.current = next;
    setList(next);
    if (undoable) push({ kind: "list", before: before.items });
    return store.saveScenarios(next);
  };

  const undo = () => {
    const step = history[history.length - 1];
    if (!step) return;
    setHistory((h) => h.slice(0, -1));
    lastChange.current = { keys: "", at: 0 };
    if (step.kind === "form") setSettings(step.before);
    else void commit(step.before, false);
  };

  const refusal = () => listRefusal(store.scenarios.status, store.where);
  /** Applies a list operation unless refused (the store's state first, then the operation's own checks). */
  const apply = (op: (items: readonly StoredItem[]) => ListChange): ListOutcome => {
    const out = op(listRef.current.items);
    if ("error" in out) return { error: out.error };
    if (out.items === listRef.current.items)
      return { name: out.name, stored: Promise.resolve(true) };
    const refused = refusal();
    if (refused) return { error: refused };
    return { name: out.name, stored: commit(out.items) };
  };

  const saveAs = (name: string) => apply((items) => saveItem(items, name, settings));
  const rename = (from: string, to: string) => apply((items) => renameItem(items, from, to));
  const remove = (name: string): ListOutcome & { removed?: Removed } => {
    const out = removeItem(listRef.current.items, name);
    if ("error" in out) return { error: out.error };
    return { ...apply(() => out), removed: out.removed };
  };
  const putBack = (r: Removed) => apply((items) => putBackItem(items, r));

  const retry = async () => {
    if (store.settings.status.read === "failed") {
      const s = await store.settings.load();
      if (store.settings.writable) {
        shown.current = s;
        // What was stored comes back on screen; Undo returns to what was typed meanwhile.
        if (s) replace(s);
      }
    }
    if (store.scenarios.status.read === "failed") {
      const l = await store.scenarios.load();
      if (store.scenarios.writable) {
        listRef.current = l ?? { items: [] };
        setList(listRef.current);
      }
    }
  };
  const setAside = async (which: "settings" | "scenarios") => {
    const kept = which === "settings" ? store.settings : store.scenarios;
    if (!(await kept.setAside())) return;
    if (which === "settings") {
      shown.current = undefined;
      saved.current = DEFAULT_SETTINGS; // so the form on screen is saved now
      setSettings((s) => ({ ...s }));
    } else void store.saveScenarios(listRef.current);
  };

  const failedToShow = useCallback(
    (why: string) => {
      if (!restoredRef.current || current.current !== restoredRef.current) return;
      restoredRef.current = undefined;
      store.settings.keepUnread(`they could not be shown when the pane opened (${why})`);
      saved.current = DEFAULT_SETTINGS;
      setSettings(DEFAULT_SETTINGS);
      setResets((n) => n + 1);
    },
    [store]
  );

  const scenarios = useMemo(() => shownScenarios(list.items), [list.items]);
  const last = history[history.length - 1];
  return {
    settings,
    update,
    setScenario,
    undo: last ? undo : undefined,
    undoKind: last?.kind,
    replace,
    restored: initial !== undefined && settingsStatus.read === "read",
    scenarios,
    unread: list.items.flatMap((x) => (x.kind === "unread" ? [x.why] : [])),
    settingsStatus,
    scenariosStatus,
    saveAs,
    rename,
    remove,
    putBack,
    retry,
    setAside,
    failedToShow,
    resets,
  };
}
