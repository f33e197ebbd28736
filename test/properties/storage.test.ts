/**
 * Issue 18, nothing lost: random sessions of the pane's storage (save,
 * rename, delete, put back, undo, settings edits, a Board's delay (A) or (B)
 * on the form, compare every saved scenario, reload, retry) over
 * stores that start empty, in the current format, in the old unversioned
 * shapes, oversized (60+ scenarios), with corrupt items, colliding names,
 * fields the pane does not know, or in a shape or version the pane does not
 * read; reads and writes fail at random. Both stores: a fake localStorage
 * and the Excel test double's workbook settings.
 *
 * After every step the stored value is decoded here, independently of the
 * pane's reader, and checked against a model kept by this test:
 * - a stored value the pane does not read is never changed;
 * - nothing is written to a key whose read failed;
 * - a write that failed leaves the stored value as it was and its error
 *   stays until a write of that key succeeds; "saved" only after a write
 *   resolved;
 * - after a write that succeeded the stored list is the model's: every item
 *   not deleted by the user is there, in order, unread items exactly as
 *   they were, each scenario with its unknown fields, its stored name (or
 *   the new one) and its date;
 * - after a reload the pane shows every readable item, names made unique.
 *
 * Runs: 24 sessions per store in `npm test`; `npm run test:properties`
 * scales them with the target (about 600 at 100,000 calls).
 */
import fc from "fast-check";
import {
  putBackItem,
  Removed,
  removeItem,
  renameItem,
  saveItem,
  shownScenarios,
  StoredItem,
  StoredList,
} from "../../src/taskpane/state/scenarios";
import { BtuError, comparePayouts, Dec } from "../../src/core";
import { evaluate } from "../../src/taskpane/model/evaluate";
import { DEFAULT_SETTINGS, PaneSettings } from "../../src/taskpane/state/settings";
import {
  SCENARIOS_KEY,
  SETTINGS_KEY,
  settingsStore,
  SettingsStore,
} from "../../src/taskpane/state/store";
import { Backing, fakeLocalStorage, fakeWorkbook } from "../taskpane/fake-stores";
import { DEFAULT_CALLS, count, reportCalls, SEED, TARGET } from "./budget";

reportCalls(__filename);
const RUNS = Math.max(24, Math.ceil((24 * TARGET) / DEFAULT_CALLS));

// ---- What is stored at the start -------------------------------------------------------------

/** Names that collide once trimmed, spaces collapsed and cut to 60 characters. */
const NAMES = ["A", " A ", "A  (2)", "B", "b", "X".repeat(65) + "1", "X".repeat(65) + "2", "A (2)"];
const DATES = ["2004-07-01", "2004-08-02", "2005-01-03", "2004-10-01", "not a date"];

type Seeded =
  | { kind: "scenario"; id: string; name: string; date: string }
  | { kind: "corrupt"; value: unknown };

const itemArb: fc.Arbitrary<Seeded> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("scenario" as const),
      id: fc.constant(""),
      name: fc.constantFrom(...NAMES),
      date: fc.constantFrom(...DATES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<unknown>(
        7,
        "junk",
        null,
        { name: "" },
        { name: "N", settings: 5 },
        { name: "V", settings: { version: 3 } },
        [1]
      )
      .map((value) => ({ kind: "corrupt" as const, value })),
  }
);

type ListShape = "none" | "array" | "envelope" | "v2" | "shapeless" | "text";
const listArb = fc.record({
  shape: fc.constantFrom<ListShape>(
    "none",
    "array",
    "envelope",
    "envelope",
    "array",
    "v2",
    "shapeless",
    "text"
  ),
  items: fc.oneof(
    fc.array(itemArb, { maxLength: 8 }),
    fc.array(itemArb, { minLength: 60, maxLength: 66 })
  ),
});
type SettingsShape = "none" | "v1" | "unversioned" | "v2" | "text";
const settingsArb = fc.constantFrom<SettingsShape>(
  "none",
  "v1",
  "unversioned",
  "unversioned",
  "v2",
  "text"
);

type Op =
  | { op: "save"; name: string; fail: boolean }
  | { op: "rename"; at: number; name: string; fail: boolean }
  | { op: "delete"; at: number; fail: boolean }
  | { op: "putBack"; fail: boolean }
  | { op: "undo"; fail: boolean }
  | { op: "edit"; date: string; fail: boolean }
  | { op: "reload"; readFails: [number, number] }
  | { op: "retry" }
  | { op: "plan"; plan: "none" | "A" | "B" }
  | { op: "compare" };

const fail = fc.constantFrom(false, false, false, true); // a quarter of writes fail
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant("save" as const),
    name: fc.constantFrom(...NAMES, "New", "  "),
    fail,
  }),
  fc.record({
    op: fc.constant("rename" as const),
    at: fc.nat(70),
    name: fc.constantFrom(...NAMES, "R"),
    fail,
  }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(70), fail }),
  fc.record({ op: fc.constant("putBack" as const), fail }),
  fc.record({ op: fc.constant("undo" as const), fail }),
  fc.record({ op: fc.constant("edit" as const), date: fc.constantFrom(...DATES), fail }),
  fc.record({
    op: fc.constant("reload" as const),
    readFails: fc.tuple(fc.constantFrom(0, 0, 1, 2, 3, 5), fc.constantFrom(0, 0, 1, 2, 3, 5)),
  }),
  fc.record({ op: fc.constant("retry" as const) }),
  // The Board's delay on the form (4(c)(i)): (B) delivers the shares before the termination date.
  fc.record({ op: fc.constant("plan" as const), plan: fc.constantFrom("none", "A", "B") }),
  fc.record({ op: fc.constant("compare" as const) })
);

const caseArb = fc.record({
  list: listArb,
  settings: settingsArb,
  readFails: fc.tuple(fc.constantFrom(0, 0, 0, 2, 3), fc.constantFrom(0, 0, 0, 2, 3)),
  ops: fc.array(opArb, { minLength: 1, maxLength: 14 }),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** The form's Board's delay (4(c)(i)): none, (A), or (B) 40% at $3.25 elected 2004-08-10 (shares due before T). */
function planOf(plan: "none" | "A" | "B"): PaneSettings["duress"] {
  const d = DEFAULT_SETTINGS.duress;
  if (plan === "none") return { ...d, delayed: false };
  return {
    ...d,
    delayed: true,
    notification: "2004-07-15",
    option: plan,
    portion: "40%",
    fmv: "3.25",
    election: plan === "B" ? "2004-08-10" : "",
  };
}

/** The stored values of a case: scenarios carry an `_id` and a field the pane does not know. */
function seed(c: Case): { list: unknown; settings: unknown } {
  let n = 0;
  const items = c.list.items.map((i) =>
    i.kind === "corrupt"
      ? i.value
      : { name: i.name, _id: `s${n++}`, settings: { scenario: "4c-i", date: i.date, future: n } }
  );
  const list = {
    none: undefined,
    array: items,
    envelope: { version: 1, items, note: "kept" },
    v2: { version: 2, items },
    shapeless: { items },
    text: "[{not json",
  }[c.list.shape];
  const s = { scenario: "4a", date: "2004-10-01", _keep: { a: [1] } };
  const settings = {
    none: undefined,
    v1: { ...s, version: 1 },
    unversioned: s,
    v2: { ...s, version: 2 },
    text: "{oops",
  }[c.settings];
  return { list, settings };
}

// ---- The model: what must be stored, kept by this test -----------------------------------------

const clean = (n: string) => n.trim().replace(/\s+/g, " ").slice(0, 60);
function unique(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const n = `${name.slice(0, 60 - ` (${i})`.length).trimEnd()} (${i})`;
    if (!taken.has(n)) return n;
  }
}
/** One stored item as the model has it: unread (its value), or a scenario (id, stored name, name shown, date). */
type M =
  | { kind: "unread"; value: unknown }
  | { kind: "scenario"; id: string; stored: string; shown: string; date: string };

/** The stored list decoded here: unread items by the rules of the documented format, names shown made unique. */
function decode(items: readonly unknown[]): M[] {
  const taken = new Set<string>();
  return items.map((v): M => {
    const r = v as Record<string, unknown>;
    const s =
      r && typeof r === "object" && !Array.isArray(r)
        ? (r.settings as Record<string, unknown>)
        : undefined;
    const ok =
      typeof r?.name === "string" &&
      clean(r.name) !== "" &&
      !!s &&
      typeof s === "object" &&
      !Array.isArray(s) &&
      (s.version === undefined || s.version === 1);
    if (!ok) return { kind: "unread", value: v };
    const shown = unique(clean(r.name as string), taken);
    taken.add(shown);
    return {
      kind: "scenario",
      id: r._id === undefined ? "new" : String(r._id),
      stored: r.name as string,
      shown,
      date: String(s.date),
    };
  });
}

const storedValue = (b: Backing, key: string): unknown => {
  const v = b.stored(key);
  if (b.kind !== "browser" || typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};
const json = (v: unknown) => JSON.stringify(v);

// ---- One session of the pane, as usePaneSettings drives the store -----------------------------

async function session(b: Backing, c: Case): Promise<void> {
  const initial = seed(c);
  const listUnread = ["v2", "shapeless", "text"].includes(c.list.shape);
  const settingsUnread = ["v2", "text"].includes(c.settings);
  let store: SettingsStore;
  let list: StoredList = { items: [] };
  let form: PaneSettings = DEFAULT_SETTINGS;
  let shown: PaneSettings | undefined;
  let history: Array<{ items: readonly StoredItem[]; model: M[] }> = [];
  let removed: { r: Removed; m: M } | undefined;
  let model: M[] = [];
  /** The stored values when the session opened (unchanged while its read failed). */
  let atOpen = { list: "", settings: "" };
  /** The outcome of the last write of each key (undefined: none yet this session). */
  let last: { list?: boolean; settings?: boolean } = {};

  const open = async (readFails: readonly number[]) => {
    b.failReads(SETTINGS_KEY, readFails[0]);
    b.failReads(SCENARIOS_KEY, readFails[1]);
    store = settingsStore(b.store());
    const s = await store.settings.load(3, [0]);
    shown = s;
    form = s ?? DEFAULT_SETTINGS;
    list = (await store.scenarios.load(3, [0])) ?? { items: [] };
    b.failReads(SETTINGS_KEY, 0);
    b.failReads(SCENARIOS_KEY, 0);
    const raw = storedValue(b, SCENARIOS_KEY);
    const rawItems = Array.isArray(raw) ? raw : ((raw as { items?: unknown[] })?.items ?? []);
    model = store.scenarios.writable ? decode(rawItems) : [];
    history = [];
    removed = undefined;
    last = {};
    atOpen = {
      list: json(storedValue(b, SCENARIOS_KEY)),
      settings: json(storedValue(b, SETTINGS_KEY)),
    };
    // What the pane shows is what is stored: every readable item, in order, names made unique.
    const shownNames = shownScenarios(list.items).map((x) => x.name);
    expect(shownNames).toEqual(model.flatMap((m) => (m.kind === "scenario" ? [m.shown] : [])));
    expect(list.items.filter((i) => i.kind === "unread").length).toBe(
      model.filter((m) => m.kind === "unread").length
    );
  };

  const writeList = async (
    items: readonly StoredItem[],
    nextModel: M[],
    failing: boolean,
    undoable = true
  ) => {
    if (undoable) history.push({ items: list.items, model });
    list = { ...list, items };
    model = nextModel;
    if (failing) b.failWrites(SCENARIOS_KEY, 1);
    last.list = await store.saveScenarios(list);
    b.failWrites(SCENARIOS_KEY, 0);
  };

  const scenarioAt = (at: number) => {
    const xs = model.filter((m) => m.kind === "scenario") as Array<
      Extract<M, { kind: "scenario" }>
    >;
    return xs.length ? xs[at % xs.length] : undefined;
  };

  await open(c.readFails);
  for (const op of c.ops) {
    count();
    const writable = store!.scenarios.writable;
    switch (op.op) {
      case "save": {
        const out = saveItem(list.items, op.name, form);
        const n = clean(op.name);
        if (n === "") {
          expect("error" in out).toBe(true);
          break;
        }
        if ("error" in out || !writable) break;
        const i = model.findIndex((m) => m.kind === "scenario" && m.shown === n);
        const next =
          i < 0
            ? [
                ...model,
                {
                  kind: "scenario" as const,
                  id: "new",
                  stored: n,
                  shown: n,
                  date: form.date,
                },
              ]
            : model.map((m, j) =>
                j === i && m.kind === "scenario" ? { ...m, date: form.date } : m
              );
        await writeList(out.items, next, op.fail);
        break;
      }
      case "rename": {
        const target = scenarioAt(op.at);
        if (!target) break;
        const out = renameItem(list.items, target.shown, op.name);
        const n = clean(op.name);
        const clash =
          n !== target.shown && model.some((m) => m.kind === "scenario" && m.shown === n);
        expect("error" in out).toBe(n === "" || clash);
        if ("error" in out || !writable || n === target.shown) break;
        await writeList(
          out.items,
          model.map((m) => (m === target ? { ...target, shown: n, stored: n } : m)),
          op.fail
        );
        break;
      }
      case "delete": {
        const target = scenarioAt(op.at);
        if (!target || !writable) break;
        const out = removeItem(list.items, target.shown);
        if ("error" in out || !out.removed) throw new Error(`could not delete ${target.shown}`);
        removed = { r: out.removed, m: target };
        const index = model.indexOf(target);
        expect(out.removed.index).toBe(index);
        await writeList(
          out.items,
          model.filter((m) => m !== target),
          op.fail
        );
        break;
      }
      case "putBack": {
        if (!removed || !writable) break;
        const out = putBackItem(list.items, removed.r);
        if ("error" in out) throw new Error(out.error);
        const taken = new Set(model.flatMap((m) => (m.kind === "scenario" ? [m.shown] : [])));
        const m = removed.m as Extract<M, { kind: "scenario" }>;
        const name = unique(m.shown, taken);
        const back = name === m.shown ? m : { ...m, shown: name, stored: name };
        const at = Math.min(removed.r.index, model.length);
        removed = undefined;
        await writeList(out.items, [...model.slice(0, at), back, ...model.slice(at)], op.fail);
        break;
      }
      case "undo": {
        const step = history.pop();
        if (!step) break;
        await writeList(step.items, step.model, op.fail, false);
        break;
      }
      case "edit": {
        form = { ...form, date: op.date };
        if (op.fail) b.failWrites(SETTINGS_KEY, 1);
        last.settings = await store!.save(form, shown);
        b.failWrites(SETTINGS_KEY, 0);
        if (!store!.settings.writable) expect(last.settings).toBe(false);
        break;
      }
      case "reload":
        await open(op.readFails);
        break;
      case "plan":
        form = { ...form, scenario: "4c-i", duress: planOf(op.plan) };
        break;
      case "compare": {
        // Every saved scenario the pane shows, compared at once as the comparison does: never a throw,
        // whatever the plans (a (B) plan's shares fall before the valuation date), and nothing written.
        const before = [json(storedValue(b, SCENARIOS_KEY)), json(storedValue(b, SETTINGS_KEY))];
        // A scenario that cannot be evaluated is left out and listed (ComparePanel); any refusal is the core's BtuError.
        const refusal = (e: unknown) => {
          if (!(e instanceof BtuError)) throw e;
          return [];
        };
        const payouts = shownScenarios(list.items).flatMap((x) => {
          try {
            const r = evaluate(x.settings).result;
            return r ? [r.payout] : [];
          } catch (e) {
            return refusal(e);
          }
        });
        if (payouts.length >= 2) {
          const cmp = comparePayouts(payouts, { rate: new Dec("0.03") });
          for (const row of cmp.rows) expect(row.values).toHaveLength(payouts.length);
        }
        expect([json(storedValue(b, SCENARIOS_KEY)), json(storedValue(b, SETTINGS_KEY))]).toEqual(
          before
        );
        break;
      }
      case "retry":
        if (store!.settings.status.read === "failed" || store!.scenarios.status.read === "failed")
          await open([0, 0]);
        break;
    }

    // ---- After every step ----
    const nowList = storedValue(b, SCENARIOS_KEY);
    const nowSettings = storedValue(b, SETTINGS_KEY);
    // A value the pane does not read is never changed.
    if (listUnread) expect(json(nowList)).toBe(json(initial.list));
    if (settingsUnread) expect(json(nowSettings)).toBe(json(initial.settings));
    // Nothing is written to a key whose read failed (or that holds what the pane does not read).
    if (!store!.scenarios.writable) expect(json(nowList)).toBe(atOpen.list);
    if (!store!.settings.writable) expect(json(nowSettings)).toBe(atOpen.settings);
    // Each key's status is its own last write's outcome: an error stays until that key is written.
    if (last.list === false) {
      expect(store!.scenarios.status.writeError).toBeDefined();
      expect(store!.scenarios.status.write).not.toBe("saved");
    }
    if (last.list === true)
      expect(store!.scenarios.status).toMatchObject({ write: "saved", writeError: undefined });
    if (last.settings === false && store!.settings.writable)
      expect(store!.settings.status.writeError).toBeDefined();
    if (last.settings === true) expect(store!.settings.status.writeError).toBeUndefined();
    // After a successful write, the stored list is the model's: nothing readable lost, unread items as they were.
    if (last.list === true) {
      const env = nowList as { version: number; items: unknown[]; note?: string };
      expect(env.version).toBe(1);
      if (c.list.shape === "envelope") expect(env.note).toBe("kept");
      const got = decode(env.items);
      expect(
        got.map((m) => (m.kind === "unread" ? json(m.value) : `${m.id}|${m.stored}|${m.date}`))
      ).toEqual(
        model.map((m) => (m.kind === "unread" ? json(m.value) : `${m.id}|${m.stored}|${m.date}`))
      );
      // Every scenario read at the start keeps its unknown field.
      for (const it of env.items as Array<{ _id?: string; settings?: { future?: unknown } }>)
        if (typeof it?._id === "string" && it._id.startsWith("s"))
          expect(it.settings?.future).toBeDefined();
    }
    if (last.settings === true && !settingsUnread && c.settings !== "none") {
      expect(nowSettings).toMatchObject({ version: 1, date: form.date, _keep: { a: [1] } });
    }
  }
}

const backings: Array<[string, (s: { list: unknown; settings: unknown }) => Backing]> = [
  [
    "this browser (a fake localStorage)",
    (s) => {
      const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
      const seedText: Record<string, string> = {};
      if (s.list !== undefined) seedText[SCENARIOS_KEY] = text(s.list);
      if (s.settings !== undefined) seedText[SETTINGS_KEY] = text(s.settings);
      return fakeLocalStorage(seedText);
    },
  ],
  [
    "the workbook (the Excel test double's context.workbook.settings)",
    (s) => {
      const seedValues: Record<string, unknown> = {};
      if (s.list !== undefined) seedValues[SCENARIOS_KEY] = s.list;
      if (s.settings !== undefined) seedValues[SETTINGS_KEY] = s.settings;
      return fakeWorkbook("workbook", seedValues);
    },
  ],
];

describe("storage: nothing lost, nothing unreadable overwritten (issue 18)", () => {
  test.each(backings)("random sessions in %s", async (_, make) => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        await session(make(seed(c)), c);
      }),
      { numRuns: RUNS, seed: SEED }
    );
  });
});
