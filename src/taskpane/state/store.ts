/**
 * Where the pane keeps what it remembers (its settings and the saved
 * scenarios): in Excel, with the workbook, in `context.workbook.settings`
 * where the host supports ExcelApi 1.4 (Microsoft's recommendation), else
 * the Common API's Office.context.document.settings (saved with saveAsync);
 * stand-alone, in the browser's localStorage.
 */
import { PaneSettings, sanitizeSettings } from "./settings";
import { sanitizeScenarios, SavedScenario } from "./scenarios";

export const SETTINGS_KEY = "btu.taskpane";
export const SCENARIOS_KEY = "btu.scenarios";

/** Named values kept somewhere (JSON-serialisable). */
export interface KeyValueStore {
  /** "the workbook" or "this browser", for the status line. */
  readonly where: string;
  /** The stored value, or undefined when none. */
  read(key: string): Promise<unknown>;
  /** Stores; resolves when stored, rejects with a message otherwise. */
  write(key: string, value: unknown): Promise<void>;
}

export interface SettingsStore {
  readonly where: string;
  /** The saved settings, or undefined when none were saved. */
  load(): Promise<PaneSettings | undefined>;
  save(settings: PaneSettings): Promise<void>;
  loadScenarios(): Promise<SavedScenario[]>;
  saveScenarios(list: readonly SavedScenario[]): Promise<void>;
}

/** The pane's settings and saved scenarios over a key-value store, sanitised when read. */
export function settingsStore(kv: KeyValueStore): SettingsStore {
  return {
    where: kv.where,
    async load() {
      const raw = await kv.read(SETTINGS_KEY).catch(() => undefined);
      return raw === null || raw === undefined ? undefined : sanitizeSettings(raw);
    },
    save: (s) => kv.write(SETTINGS_KEY, s),
    async loadScenarios() {
      return sanitizeScenarios(await kv.read(SCENARIOS_KEY).catch(() => undefined));
    },
    saveScenarios: (list) => kv.write(SCENARIOS_KEY, list),
  };
}

/** Whether the host supports context.workbook.settings (ExcelApi 1.4). */
export function workbookSettingsSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.4");
  } catch {
    return false;
  }
}

/** In the workbook, through context.workbook.settings (ExcelApi 1.4): stored with the file. */
export function workbookStore(): KeyValueStore {
  return {
    where: "the workbook",
    read: (key) =>
      Excel.run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(key);
        item.load("value");
        await context.sync();
        return item.isNullObject ? undefined : (item.value as unknown);
      }),
    write: (key, value) =>
      Excel.run(async (context) => {
        context.workbook.settings.add(key, value as never);
        await context.sync();
      }),
  };
}

/** In the document with the Common API (hosts without ExcelApi 1.4). */
export function documentStore(): KeyValueStore {
  const settings = Office.context.document.settings;
  return {
    where: "the workbook",
    read: (key) => Promise.resolve(settings.get(key) ?? undefined),
    write(key, value) {
      settings.set(key, value);
      return new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error(result.error?.message ?? "saveAsync failed"))
        )
      );
    },
  };
}

/** Inside Excel: the workbook's settings where supported, else the Common API. */
export function excelStore(): KeyValueStore {
  return workbookSettingsSupported() ? workbookStore() : documentStore();
}

/** In this browser (stand-alone calculator); private modes may refuse it. */
export function browserStore(storage: Storage | undefined = safeLocalStorage()): KeyValueStore {
  return {
    where: "this browser",
    read(key) {
      if (!storage) return Promise.resolve(undefined);
      try {
        const text = storage.getItem(key);
        return Promise.resolve(text === null ? undefined : (JSON.parse(text) as unknown));
      } catch {
        return Promise.resolve(undefined);
      }
    },
    write(key, value) {
      if (!storage) return Promise.reject(new Error("this browser does not allow local storage"));
      try {
        storage.setItem(key, JSON.stringify(value));
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
