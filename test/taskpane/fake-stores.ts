/**
 * The pane's two stores under test, with failures injected per key: a fake
 * localStorage (getItem / setItem throwing as a private mode or a full
 * quota does) behind browserStore, and the Excel test double's workbook
 * settings (test/e2e/fake-office.ts, the same code the Chromium suites run)
 * behind workbookStore and documentStore. Each gives the raw stored value
 * of a key, so a test can check what is stored without the pane's reader.
 */
import { installFakeOffice } from "../e2e/fake-office";
import {
  browserStore,
  documentStore,
  KeyValueStore,
  workbookStore,
} from "../../src/taskpane/state/store";

export interface Backing {
  readonly kind: "browser" | "workbook" | "document";
  /** A fresh KeyValueStore over the same storage (the pane opened again). */
  store(): KeyValueStore;
  /** What is stored under `key`, as stored (localStorage: its text; the workbook: its JSON value); undefined when nothing. */
  stored(key: string): unknown;
  /** Makes the next `n` reads / writes of `key` fail. */
  failReads(key: string, n: number): void;
  failWrites(key: string, n: number): void;
}

/** localStorage with its text per key; getItem / setItem throw while failures are injected. */
export function fakeLocalStorage(seed: Record<string, string> = {}): Backing {
  const map = new Map(Object.entries(seed));
  const reads = new Map<string, number>();
  const writes = new Map<string, number>();
  const take = (m: Map<string, number>, key: string) => {
    const n = m.get(key) ?? 0;
    if (n > 0) m.set(key, n - 1);
    return n > 0;
  };
  const storage = {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem(key: string) {
      if (take(reads, key))
        throw new Error(`SecurityError: the storage could not be read (${key})`);
      return map.has(key) ? (map.get(key) as string) : null;
    },
    setItem(key: string, value: string) {
      if (take(writes, key))
        throw new Error(`QuotaExceededError: the quota has been exceeded (${key})`);
      map.set(key, String(value));
    },
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
  } as Storage;
  return {
    kind: "browser",
    store: () => browserStore(storage),
    stored: (key) => map.get(key),
    failReads: (key, n) => reads.set(key, n),
    failWrites: (key, n) => writes.set(key, n),
  };
}

interface FakeWindow {
  __workbookSettings: Record<string, unknown>;
  __excelSettings: Record<string, unknown>;
  __settingsFail: { reads: Record<string, number>; writes: Record<string, number> };
}

/**
 * The Excel test double installed in this Node process (its globals are
 * Excel and Office): context.workbook.settings ("workbook") or the Common
 * API's document settings ("document"), seeded with `seed`.
 */
export function fakeWorkbook(
  kind: "workbook" | "document",
  seed: Record<string, unknown> = {}
): Backing {
  const g = globalThis as unknown as { window: unknown } & FakeWindow;
  g.window = globalThis;
  installFakeOffice(
    kind === "workbook"
      ? { workbookSettings: seed }
      : { settings: seed, requirementSets: ["ExcelApi 1.3"] }
  );
  const live = () => (kind === "workbook" ? g.__workbookSettings : g.__excelSettings);
  return {
    kind,
    store: () => (kind === "workbook" ? workbookStore() : documentStore()),
    stored: (key) => live()[key],
    failReads: (key, n) => {
      g.__settingsFail.reads[key] = n;
    },
    failWrites: (key, n) => {
      g.__settingsFail.writes[key] = n;
    },
  };
}
