/**
 * Where the pane's settings live: with the workbook in Excel
 * (Office.context.document.settings, saved with saveAsync) or in the
 * browser's localStorage in the stand-alone calculator.
 */
import { PaneSettings, sanitizeSettings } from "./settings";

export const SETTINGS_KEY = "btu.taskpane";

export interface SettingsStore {
  /** "the workbook" or "this browser", for the status line. */
  readonly where: string;
  /** The saved settings, or undefined when none were saved. */
  load(): PaneSettings | undefined;
  /** Saves; resolves when stored, rejects with a message otherwise. */
  save(settings: PaneSettings): Promise<void>;
}

/** Settings saved in the workbook: they travel with the file. */
export function documentStore(): SettingsStore {
  const settings = Office.context.document.settings;
  return {
    where: "the workbook",
    load() {
      const raw = settings.get(SETTINGS_KEY);
      return raw === null || raw === undefined ? undefined : sanitizeSettings(raw);
    },
    save(s) {
      settings.set(SETTINGS_KEY, s);
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

/** Settings saved in this browser (stand-alone calculator); private modes may refuse them. */
export function browserStore(storage: Storage | undefined = safeLocalStorage()): SettingsStore {
  return {
    where: "this browser",
    load() {
      if (!storage) return undefined;
      try {
        const text = storage.getItem(SETTINGS_KEY);
        return text === null ? undefined : sanitizeSettings(JSON.parse(text));
      } catch {
        return undefined;
      }
    },
    save(s) {
      if (!storage) return Promise.reject(new Error("this browser does not allow local storage"));
      try {
        storage.setItem(SETTINGS_KEY, JSON.stringify(s));
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
