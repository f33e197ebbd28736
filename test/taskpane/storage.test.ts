/**
 * Issue 18 (nothing lost): what the pane stores and what it refuses to
 * store, over both stores (this browser's localStorage, the workbook's
 * settings). Expected values are written out here from the documented
 * format (docs/taskpane.md, "Saved scenarios and settings"), never taken
 * from the code under test.
 */
import { DEFAULT_SETTINGS } from "../../src/taskpane/state/settings";
import {
  putBackItem,
  readScenarios,
  removeItem,
  renameItem,
  saveItem,
  shownScenarios,
  StoredList,
} from "../../src/taskpane/state/scenarios";
import { SCENARIOS_KEY, SETTINGS_KEY, settingsStore } from "../../src/taskpane/state/store";
import { Backing, fakeLocalStorage, fakeWorkbook } from "./fake-stores";

const NO_WAIT = [0];
const item = (name: string, date = "2004-07-01", extra: Record<string, unknown> = {}) => ({
  name,
  settings: { scenario: "4c-i", date, periods: "consulting" },
  ...extra,
});
const stored = (b: Backing, key: string): unknown => {
  const v = b.stored(key);
  return b.kind === "browser" && typeof v === "string" ? JSON.parse(v) : v;
};

const BACKINGS: Array<[string, (seed: Record<string, unknown>) => Backing]> = [
  [
    "this browser (localStorage)",
    (seed) =>
      fakeLocalStorage(
        Object.fromEntries(Object.entries(seed).map(([k, v]) => [k, JSON.stringify(v)]))
      ),
  ],
  ["the workbook (context.workbook.settings)", (seed) => fakeWorkbook("workbook", seed)],
  ["the workbook (Common API document settings)", (seed) => fakeWorkbook("document", seed)],
];

async function open(b: Backing) {
  const store = settingsStore(b.store());
  const settings = await store.settings.load(3, NO_WAIT);
  const list = (await store.scenarios.load(3, NO_WAIT)) ?? { items: [] };
  return { store, settings, list };
}

/** Applies a list operation and stores the result, as the pane does. */
function commit(
  store: ReturnType<typeof settingsStore>,
  list: StoredList,
  items: StoredList["items"]
) {
  const next = { ...list, items };
  return { next, stored: store.saveScenarios(next) };
}

describe.each(BACKINGS)("saved scenarios in %s (issue 18 item 1)", (_, make) => {
  test("a list in a newer format ({version: 2, items}) is kept as it was: nothing is saved over it, and the pane says why", async () => {
    const colleague = { version: 2, items: [{ title: "Colleague's case", data: { x: 1 } }] };
    const b = make({ [SCENARIOS_KEY]: colleague });
    const { store, list } = await open(b);
    expect(store.scenarios.status.read).toBe("unreadable");
    expect(store.scenarios.status.readProblem).toMatch(/format version 2.*newer version/);
    const change = saveItem(list.items, "Mine", DEFAULT_SETTINGS);
    if ("error" in change) throw new Error(change.error);
    await expect(commit(store, list, change.items).stored).resolves.toBe(false);
    expect(stored(b, SCENARIOS_KEY)).toEqual(colleague);
  });

  test("set aside: the unread list is copied to btu.scenarios.unread, then the key is saved again", async () => {
    const colleague = { version: 2, items: [{ title: "Colleague's case" }] };
    const b = make({ [SCENARIOS_KEY]: colleague });
    const { store } = await open(b);
    await expect(store.scenarios.setAside()).resolves.toBe(true);
    expect(stored(b, `${SCENARIOS_KEY}.unread`)).toEqual(colleague);
    const change = saveItem([], "Mine", DEFAULT_SETTINGS);
    if ("error" in change) throw new Error(change.error);
    await expect(commit(store, { items: [] }, change.items).stored).resolves.toBe(true);
    expect((stored(b, SCENARIOS_KEY) as { items: unknown[] }).items).toHaveLength(1);
  });

  test("60 stored, one deleted: 59 stored, every other one exactly as it was (no cap)", async () => {
    const sixty = Array.from({ length: 60 }, (_, i) => item(`Case ${i + 1}`));
    const b = make({ [SCENARIOS_KEY]: sixty });
    const { store, list } = await open(b);
    expect(shownScenarios(list.items)).toHaveLength(60);
    const change = removeItem(list.items, "Case 7");
    if ("error" in change) throw new Error(change.error);
    await expect(commit(store, list, change.items).stored).resolves.toBe(true);
    const after = stored(b, SCENARIOS_KEY) as { version: number; items: unknown[] };
    expect(after.version).toBe(1);
    expect(after.items).toEqual(sixty.filter((_, i) => i !== 6));
  });

  test("a corrupt item is kept at its place; names that collide once trimmed and shortened are shown as 'name (2)' and stored as they were", async () => {
    const long = "L".repeat(70);
    const raw = [
      item("Alpha", "2004-07-01", { note: "from a later version" }),
      42,
      { name: "", settings: {} },
      item(`${long}-first`),
      item(`${long}-second`),
      item("  Alpha  "),
    ];
    const b = make({ [SCENARIOS_KEY]: raw });
    const { store, list } = await open(b);
    expect(shownScenarios(list.items).map((s) => s.name)).toEqual([
      "Alpha",
      "L".repeat(60),
      `${"L".repeat(56)} (2)`,
      "Alpha (2)",
    ]);
    expect(list.items.filter((i) => i.kind === "unread")).toHaveLength(2);
    const change = saveItem(list.items, "Beta", DEFAULT_SETTINGS);
    if ("error" in change) throw new Error(change.error);
    await expect(commit(store, list, change.items).stored).resolves.toBe(true);
    const after = stored(b, SCENARIOS_KEY) as { items: unknown[] };
    expect(after.items.slice(0, 6)).toEqual(raw); // all six as stored, the corrupt ones included
    expect(after.items[6]).toMatchObject({
      name: "Beta",
      settings: { version: 1, scenario: "4c-i" },
    });
  });

  test("a renamed item keeps the fields the pane does not know, and its settings exactly as stored", async () => {
    const raw = [
      {
        name: "Alpha",
        colour: "blue",
        settings: { scenario: "4a", date: "2004-10-01", future: { a: 1 }, choices: { nope: "x" } },
      },
    ];
    const b = make({ [SCENARIOS_KEY]: raw });
    const { store, list } = await open(b);
    const change = renameItem(list.items, "Alpha", "Beta");
    if ("error" in change) throw new Error(change.error);
    await expect(commit(store, list, change.items).stored).resolves.toBe(true);
    expect((stored(b, SCENARIOS_KEY) as { items: unknown[] }).items).toEqual([
      {
        name: "Beta",
        colour: "blue",
        settings: {
          scenario: "4a",
          date: "2004-10-01",
          future: { a: 1 },
          choices: { nope: "x" },
        }, // renamed only: its settings exactly as stored
      },
    ]);
  });

  test("a long stored name renamed away and back to its shown (60-character) name stores the name as typed and cut, not the old stored one (property counterexample, seed -960022931)", async () => {
    const long = `${"X".repeat(65)}2`;
    const b = make({ [SCENARIOS_KEY]: [item(long, "2004-07-01", { x: 1 })] });
    const { store, list } = await open(b);
    const away = renameItem(list.items, "X".repeat(60), "A");
    if ("error" in away) throw new Error(away.error);
    const back = renameItem(away.items, "A", long);
    if ("error" in back) throw new Error(back.error);
    await expect(commit(store, list, back.items).stored).resolves.toBe(true);
    expect((stored(b, SCENARIOS_KEY) as { items: unknown[] }).items).toEqual([
      { ...item(long, "2004-07-01", { x: 1 }), name: "X".repeat(60) },
    ]);
  });

  test("undo of a delete puts back exactly what was removed, at its place", async () => {
    const raw = [item("A", "2004-07-01", { x: 1 }), item("B"), item("C")];
    const b = make({ [SCENARIOS_KEY]: raw });
    const { store, list } = await open(b);
    const del = removeItem(list.items, "B");
    if ("error" in del || !del.removed) throw new Error("not removed");
    const { next } = commit(store, list, del.items);
    const back = putBackItem(next.items, del.removed);
    if ("error" in back) throw new Error(back.error);
    await expect(commit(store, next, back.items).stored).resolves.toBe(true);
    expect((stored(b, SCENARIOS_KEY) as { items: unknown[] }).items).toEqual(raw);
  });

  test("a read that fails (three times) is 'could not be read', not 'nothing saved', and nothing is written until a read succeeds", async () => {
    const raw = [item("Keep me")];
    const b = make({
      [SCENARIOS_KEY]: raw,
      [SETTINGS_KEY]: { scenario: "4h", date: "2005-03-15" },
    });
    b.failReads(SCENARIOS_KEY, 3);
    b.failReads(SETTINGS_KEY, 3);
    const { store, list, settings } = await open(b);
    expect(settings).toBeUndefined();
    expect(store.settings.status).toMatchObject({ read: "failed" });
    expect(store.scenarios.status).toMatchObject({ read: "failed" });
    await expect(store.save(DEFAULT_SETTINGS, undefined)).resolves.toBe(false);
    const change = saveItem(list.items, "New", DEFAULT_SETTINGS);
    if ("error" in change) throw new Error(change.error);
    await expect(commit(store, list, change.items).stored).resolves.toBe(false);
    expect(stored(b, SCENARIOS_KEY)).toEqual(raw);
    expect(stored(b, SETTINGS_KEY)).toEqual({ scenario: "4h", date: "2005-03-15" });
    // Retry: read now, and the stored values come back.
    const again = await store.settings.load(3, NO_WAIT);
    expect(again).toMatchObject({ scenario: "4h", date: "2005-03-15" });
    expect(store.settings.writable).toBe(true);
  });

  test("two failed reads then one that works: read (the bounded retry)", async () => {
    const b = make({ [SETTINGS_KEY]: { scenario: "4h", date: "2005-03-15" } });
    b.failReads(SETTINGS_KEY, 2);
    const { store, settings } = await open(b);
    expect(store.settings.status.read).toBe("read");
    expect(settings).toMatchObject({ scenario: "4h" });
  });

  test("one status per key: a refused scenarios write stays an error after a settings save succeeds, until a scenarios write succeeds", async () => {
    const b = make({});
    const { store, list } = await open(b);
    b.failWrites(SCENARIOS_KEY, 1);
    const change = saveItem(list.items, "Mine", DEFAULT_SETTINGS);
    if ("error" in change) throw new Error(change.error);
    await expect(commit(store, list, change.items).stored).resolves.toBe(false);
    expect(store.scenarios.status.writeError).toMatch(/quota|refused/);
    expect(store.scenarios.status.write).not.toBe("saved");
    expect(stored(b, SCENARIOS_KEY)).toBeUndefined();
    await expect(store.save({ ...DEFAULT_SETTINGS, date: "2004-08-01" }, undefined)).resolves.toBe(
      true
    );
    expect(store.settings.status).toMatchObject({ write: "saved", writeError: undefined });
    expect(store.scenarios.status.writeError).toMatch(/quota|refused/);
    await expect(commit(store, list, change.items).stored).resolves.toBe(true);
    expect(store.scenarios.status).toMatchObject({ write: "saved", writeError: undefined });
  });
});

describe("settings (issue 18 item 1)", () => {
  test("the unversioned settings object is version 1: read, and written back with fields the pane does not know", async () => {
    const raw = {
      scenario: "4a",
      date: "2004-10-01",
      futureField: [1, 2],
      duress: { delayed: true, futureSub: "x" },
      choices: { rounding: "per-period", "not-a-choice-yet": "y" },
      baseSalary: "9".repeat(250), // longer than the pane shows: kept whole while unchanged
    };
    const b = fakeLocalStorage({ [SETTINGS_KEY]: JSON.stringify(raw) });
    const { store, settings } = await open(b);
    if (!settings) throw new Error("not read");
    expect(settings.baseSalary).toHaveLength(200);
    await store.save({ ...settings, date: "2004-11-01", choices: {} }, settings);
    expect(JSON.parse(b.stored(SETTINGS_KEY) as string)).toMatchObject({
      version: 1,
      scenario: "4a",
      date: "2004-11-01",
      futureField: [1, 2],
      duress: { delayed: true, futureSub: "x" },
      choices: { "not-a-choice-yet": "y" }, // rounding switched back to its default: gone; the unknown id kept
      baseSalary: "9".repeat(250),
    });
  });

  test("60 option tranches stored: all 60 read, and an edit of one writes back all 60 (no silent cap)", async () => {
    const tranches = Array.from({ length: 60 }, (_, i) => ({
      vesting: `2004-0${1 + (i % 9)}-01`,
      shares: String(100 + i),
    }));
    const b = fakeLocalStorage({ [SETTINGS_KEY]: JSON.stringify({ scenario: "4a", tranches }) });
    const { store, settings } = await open(b);
    if (!settings) throw new Error("not read");
    expect(settings.tranches).toHaveLength(60);
    const edited = settings.tranches.map((t, i) => (i === 59 ? { ...t, shares: "1" } : t));
    await expect(store.save({ ...settings, tranches: edited }, settings)).resolves.toBe(true);
    const after = JSON.parse(b.stored(SETTINGS_KEY) as string).tranches;
    expect(after).toHaveLength(60);
    expect(after[59]).toEqual({ vesting: "2004-06-01", shares: "1" });
    expect(after.slice(0, 59)).toEqual(tranches.slice(0, 59));
  });

  test("settings in a newer version, or not JSON, are kept and not saved over", async () => {
    for (const text of [JSON.stringify({ version: 3, scenario: "4a" }), "{not json", "[1,2]"]) {
      const b = fakeLocalStorage({ [SETTINGS_KEY]: text });
      const { store, settings } = await open(b);
      expect(settings).toBeUndefined();
      expect(store.settings.status.read).toBe("unreadable");
      await expect(store.save(DEFAULT_SETTINGS, undefined)).resolves.toBe(false);
      expect(b.stored(SETTINGS_KEY)).toBe(text);
      // Set aside keeps the very text.
      await expect(store.settings.setAside()).resolves.toBe(true);
      expect(b.stored(`${SETTINGS_KEY}.unread`)).toBe(text);
      await expect(store.save(DEFAULT_SETTINGS, undefined)).resolves.toBe(true);
    }
  });

  test("the ledger's year basis and as-of date are kept with the settings (issue 21 item 4): read back as stored; an unknown basis or none is calendar years, the core's default", async () => {
    const ledger = { basis: "contract", asOf: "2005-12-31", asOfFrom: "2004-11-01" };
    const b = fakeLocalStorage({ [SETTINGS_KEY]: JSON.stringify({ scenario: "4a", ledger }) });
    const { store, settings } = await open(b);
    if (!settings) throw new Error("not read");
    expect(settings.ledger).toEqual(ledger);
    // Switched back to calendar years and the as-of date cleared while typing: stored as such.
    const cleared = { basis: "calendar" as const, asOf: "", asOfFrom: "2004-11-01" };
    await expect(store.save({ ...settings, ledger: cleared }, settings)).resolves.toBe(true);
    expect(JSON.parse(b.stored(SETTINGS_KEY) as string).ledger).toEqual(cleared);
    // Settings from before the ledger, and a basis this pane does not know.
    for (const raw of [
      { scenario: "4a" },
      { scenario: "4a", ledger: { basis: "fiscal", asOf: 7 } },
    ]) {
      const other = await open(fakeLocalStorage({ [SETTINGS_KEY]: JSON.stringify(raw) }));
      expect(other.settings?.ledger).toEqual({ basis: "calendar", asOf: "", asOfFrom: "" });
    }
  });

  test("readScenarios: a bare array and {version: 1, items} are read; other versions and shapes are not", () => {
    expect(readScenarios(undefined).kind).toBe("none");
    expect(readScenarios([item("A")]).kind).toBe("read");
    expect(readScenarios({ version: 1, items: [item("A")] }).kind).toBe("read");
    for (const v of [{ version: 2, items: [] }, { items: [] }, { version: "1", items: [] }, 7, "x"])
      expect(readScenarios(v).kind).toBe("unreadable");
  });
});
