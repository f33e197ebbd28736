/**
 * Where the pane keeps what it remembers (its settings and the saved
 * scenarios): in Excel, with the workbook, in `context.workbook.settings`
 * where the host supports ExcelApi 1.4 (Microsoft's recommendation), else
 * the Common API's Office.context.document.settings (saved with saveAsync);
 * stand-alone, in the browser's localStorage.
 *
 * Nothing stored is lost (issue 18): each key is read before it is written
 * (a failed read is retried, then reported, and the key is not written until
 * a read succeeds); a value in a version or shape the pane does not read is
 * never written over (it can be set aside under "<key>.unread"); every write
 * merges over the value as read (settings.ts mergeKept, scenarios.ts); each
 * key reports its own status, "saved" only after its write resolved and an
 * error until a write of that key succeeds.
 */
import { PaneSettings, readSettings, settingsToStore, StoredRead } from "./settings";
import { readScenarios, scenariosToStore, StoredList } from "./scenarios";
import {
  IN_THE_WORKBOOK,
  IN_THIS_BROWSER,
  SCENARIOS_KEY,
  SETTINGS_KEY,
} from "../runtime/storage-keys";

export { SCENARIOS_KEY, SETTINGS_KEY };

/** Named values kept somewhere (JSON-serialisable). */
export interface KeyValueStore {
  /** "the workbook" or "this browser", for the status line. */
  readonly where: string;
  /** The stored value, or undefined when none; rejects when the store cannot be read. */
  read(key: string): Promise<unknown>;
  /** Stores; resolves when stored, rejects with a message otherwise. */
  write(key: string, value: unknown): Promise<void>;
}

/** Stored text that is not JSON (localStorage edited by hand, or by another program): kept as it is. */
export class UnparsedText {
  constructor(readonly text: string) {}
}

/** Read attempts before "could not be read" (a transient failure while Excel starts). */
export const READ_ATTEMPTS = 3;
const READ_RETRY_MS = [150, 600];

/** Where one stored key stands: read (or not), and its last write. */
export interface KeyStatus {
  /** "reading"; "read" (or nothing stored); "failed": the store could not be read; "unreadable": a value the pane does not read, kept. */
  readonly read: "reading" | "read" | "failed" | "unreadable";
  /** Why the read failed or why the value is kept unread. */
  readonly readProblem?: string;
  readonly write: "idle" | "saving" | "saved";
  /** The last write's failure: stays until a write of this key succeeds. */
  readonly writeError?: string;
}

const messageOf = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).slice(0, 300) || "unknown error";
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One stored key: read once (retried a few times), written only after a read
 * succeeded and only over a value this pane reads; writes run one at a time
 * in order; each write's outcome is the key's status (an error stays until a
 * write of this key succeeds).
 */
export class KeptValue<T> {
  private _status: KeyStatus = { read: "reading", write: "idle" };
  /** The value as read (the base every write merges over: see mergeKept). */
  raw: unknown;
  private chain: Promise<unknown> = Promise.resolve();
  private listeners = new Set<() => void>();

  constructor(
    readonly kv: KeyValueStore,
    readonly key: string,
    private readonly parse: (raw: unknown) => StoredRead<T>
  ) {}

  get status(): KeyStatus {
    return this._status;
  }
  /** Writes are allowed: the key was read and holds nothing or a value this pane reads. */
  get writable(): boolean {
    return this._status.read === "read";
  }
  subscribe(f: () => void): () => void {
    this.listeners.add(f);
    return () => this.listeners.delete(f);
  }
  private set(patch: Partial<KeyStatus>) {
    this._status = { ...this._status, ...patch };
    this.listeners.forEach((f) => f());
  }

  /** Reads the key (READ_ATTEMPTS tries): the value, or undefined when nothing readable is stored. */
  async load(
    attempts = READ_ATTEMPTS,
    delays: readonly number[] = READ_RETRY_MS
  ): Promise<T | undefined> {
    this.set({ read: "reading", readProblem: undefined });
    for (let i = 0; ; i++) {
      try {
        const raw = await this.kv.read(this.key);
        this.raw = raw;
        const r = this.parse(raw);
        if (r.kind === "unreadable") {
          this.set({ read: "unreadable", readProblem: r.why });
          return undefined;
        }
        this.set({ read: "read" });
        return r.kind === "read" ? r.value : undefined;
      } catch (e) {
        if (i + 1 >= attempts) {
          this.set({ read: "failed", readProblem: messageOf(e) });
          return undefined;
        }
        await wait(delays[Math.min(i, delays.length - 1)] ?? 0);
      }
    }
  }

  /**
   * Stores `value` (made from the value as stored by `make`), after the
   * writes before it; refused while the key is not read or holds a value the
   * pane does not read. Resolves true when stored, false otherwise.
   */
  write(make: (raw: unknown) => unknown): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      if (!this.writable) return false;
      const value = make(this.raw);
      this.set({ write: "saving" });
      try {
        await this.kv.write(this.key, value);
        this.set({ write: "saved", writeError: undefined });
        return true;
      } catch (e) {
        this.set({ write: "idle", writeError: messageOf(e) });
        return false;
      }
    };
    const next = this.chain.then(run, run);
    this.chain = next;
    return next;
  }

  /** Keeps a value the pane read but must not restore (it cannot be evaluated): not saved over, as an unreadable one. */
  keepUnread(why: string): void {
    this.set({ read: "unreadable", readProblem: why });
  }

  /**
   * A value the pane does not read, set aside under `<key>.unread` (kept,
   * never overwritten: a second one goes to `.unread.2`...), so this key can
   * be written again. Resolves true when set aside.
   */
  async setAside(): Promise<boolean> {
    if (this._status.read !== "unreadable") return false;
    this.set({ write: "saving" });
    for (let i = 1; i <= 20; i++) {
      const aside = i === 1 ? `${this.key}.unread` : `${this.key}.unread.${i}`;
      try {
        const there = await this.kv.read(aside);
        if (there !== undefined && there !== null) continue;
        await this.kv.write(aside, this.raw);
        this.raw = undefined;
        this.set({ read: "read", readProblem: undefined, write: "idle", writeError: undefined });
        return true;
      } catch (e) {
        this.set({ write: "idle", writeError: `could not set it aside: ${messageOf(e)}` });
        return false;
      }
    }
    this.set({
      write: "idle",
      writeError: `could not set it aside: ${this.key}.unread to .unread.20 are all taken`,
    });
    return false;
  }
}

/** The pane's settings and saved scenarios over a key-value store. */
export interface SettingsStore {
  readonly where: string;
  readonly settings: KeptValue<PaneSettings>;
  readonly scenarios: KeptValue<StoredList>;
  /** Saves the settings (merged over what is stored); true when stored. */
  save(settings: PaneSettings, shown: PaneSettings | undefined): Promise<boolean>;
  /** Saves the list (unread items and unchanged ones as stored); true when stored. */
  saveScenarios(list: StoredList): Promise<boolean>;
}

export function settingsStore(kv: KeyValueStore): SettingsStore {
  const settings = new KeptValue(kv, SETTINGS_KEY, readSettings);
  const scenarios = new KeptValue(kv, SCENARIOS_KEY, readScenarios);
  return {
    where: kv.where,
    settings,
    scenarios,
    save: (s, shown) => settings.write((raw) => settingsToStore(s, raw, shown)),
    saveScenarios: (list) => scenarios.write(() => scenariosToStore(list)),
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
    where: IN_THE_WORKBOOK,
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
    where: IN_THE_WORKBOOK,
    read: (key) => {
      try {
        return Promise.resolve(settings.get(key) ?? undefined);
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
    write(key, value) {
      try {
        settings.set(key, value);
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
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
    where: IN_THIS_BROWSER,
    read(key) {
      if (!storage) return Promise.reject(new Error("this browser does not allow local storage"));
      let text: string | null;
      try {
        text = storage.getItem(key);
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      if (text === null) return Promise.resolve(undefined);
      try {
        return Promise.resolve(JSON.parse(text) as unknown);
      } catch {
        return Promise.resolve(new UnparsedText(text));
      }
    },
    write(key, value) {
      if (!storage) return Promise.reject(new Error("this browser does not allow local storage"));
      try {
        storage.setItem(key, value instanceof UnparsedText ? value.text : JSON.stringify(value));
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
