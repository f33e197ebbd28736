/**
 * Named scenarios the user keeps: the form's settings under a name, stored
 * beside the pane's settings (in the workbook inside Excel, in the browser
 * stand-alone).
 *
 * Stored format (key "btu.scenarios"): `{"version": 1, "items": [...]}`,
 * each item `{"name", "settings"}`; a bare array (every earlier release) is
 * version 1 too. Nothing stored is ever dropped: an item the pane cannot read
 * is kept at its place and written back untouched (the pane says how many);
 * names that collide once trimmed and shortened are shown made unique
 * ("name (2)") and stored as they were until renamed; fields the pane does
 * not know survive (mergeKept). A list in another version or shape is not
 * read and not saved over (store.ts). There is no cap on the number kept.
 */
import {
  FORMAT_VERSION,
  isPlainObject,
  mergeKept,
  PaneSettings,
  readSettings,
  sanitizeSettings,
  settingsToStore,
  StoredRead,
  versionProblem,
} from "./settings";

export interface SavedScenario {
  /** The name shown: trimmed, at most NAME_MAX characters, unique in the list. */
  readonly name: string;
  readonly settings: PaneSettings;
}

/** Longest name shown (a longer stored name is kept as stored until renamed). */
export const NAME_MAX = 60;

/** A name as kept: trimmed, inner spaces collapsed, at most NAME_MAX characters. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, " ").slice(0, NAME_MAX);
}

/** `name`, or "name (2)", "name (3)"... (shortened to fit NAME_MAX) when taken. */
export function uniqueName(name: string, taken: (n: string) => boolean): string {
  if (!taken(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const n = `${name.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken(n)) return n;
  }
}

/** One stored item: a scenario the pane shows (with what was stored for it), or an item kept unread. */
export type StoredItem =
  | {
      readonly kind: "scenario";
      readonly scenario: SavedScenario;
      /** The item as stored and as the pane first showed it (absent for one saved in this session). */
      readonly raw?: Record<string, unknown>;
      readonly shown?: SavedScenario;
      /** Renamed by the user in this session: the new name is stored even when it equals the one first shown. */
      readonly renamed?: boolean;
    }
  | { readonly kind: "unread"; readonly raw: unknown; readonly why: string };

export interface StoredList {
  readonly items: readonly StoredItem[];
  /** The stored envelope's own fields (those this pane does not know are written back). */
  readonly envelope?: Record<string, unknown>;
}

/** Why a stored item cannot be shown, or undefined when it can. */
function itemProblem(item: unknown): string | undefined {
  if (!isPlainObject(item)) return "it is not a scenario";
  if (typeof item.name !== "string" || cleanName(item.name) === "") return "it has no name";
  const s = readSettings(item.settings);
  if (s.kind === "none") return "it has no settings";
  if (s.kind === "unreadable") return `its settings cannot be read: ${s.why}`;
  return undefined;
}

/** The stored list as this pane reads it: version 1 (or a bare array); anything else is kept unread. */
export function readScenarios(raw: unknown): StoredRead<StoredList> {
  if (raw === undefined || raw === null) return { kind: "none" };
  let list: readonly unknown[];
  let envelope: Record<string, unknown> | undefined;
  if (Array.isArray(raw)) list = raw;
  else if (isPlainObject(raw)) {
    const why =
      versionProblem(raw) ?? (raw.version === undefined ? "it has no version" : undefined);
    if (why) return { kind: "unreadable", why };
    if (!Array.isArray(raw.items)) return { kind: "unreadable", why: "it has no list of items" };
    list = raw.items;
    envelope = raw;
  } else return { kind: "unreadable", why: "it is not a list of scenarios" };
  const names = new Set<string>();
  const items = list.map((item): StoredItem => {
    const why = itemProblem(item);
    if (why) return { kind: "unread", raw: item, why };
    const r = item as Record<string, unknown>;
    const name = uniqueName(cleanName(r.name as string), (n) => names.has(n));
    names.add(name);
    const scenario = { name, settings: sanitizeSettings(r.settings) };
    return { kind: "scenario", scenario, raw: r, shown: scenario };
  });
  return { kind: "read", value: { items, envelope } };
}

/** The scenarios shown, in stored order. */
export const shownScenarios = (items: readonly StoredItem[]): SavedScenario[] =>
  items.flatMap((i) => (i.kind === "scenario" ? [i.scenario] : []));

/** The list as stored: unread items and unchanged scenarios exactly as read, changed ones merged over what was stored. */
export function scenariosToStore(list: StoredList): Record<string, unknown> {
  const items = list.items.map((i) => {
    if (i.kind === "unread") return i.raw;
    if (i.raw && i.shown && i.scenario === i.shown) return i.raw;
    const settings =
      i.raw && i.shown && i.scenario.settings === i.shown.settings
        ? i.raw.settings // renamed only: its settings exactly as stored
        : settingsToStore(i.scenario.settings, i.raw?.settings, i.shown?.settings);
    if (!i.raw || !i.shown) return { name: i.scenario.name, settings };
    const rest = mergeKept(i.raw, { name: i.shown.name }, { name: i.scenario.name }) as Record<
      string,
      unknown
    >;
    return { ...rest, ...(i.renamed ? { name: i.scenario.name } : {}), settings };
  });
  return { ...(list.envelope ?? {}), version: FORMAT_VERSION, items };
}

/** A list operation's result: the new items, or why it is refused (nothing changed). */
export type ListChange =
  { readonly error: string } | { readonly items: readonly StoredItem[]; readonly name: string };

const indexOf = (items: readonly StoredItem[], name: string) =>
  items.findIndex((x) => x.kind === "scenario" && x.scenario.name === name);

/** Saves `settings` under `name` (replacing a scenario of that name, keeping what was stored for it). */
export function saveItem(
  items: readonly StoredItem[],
  name: string,
  settings: PaneSettings
): ListChange {
  const n = cleanName(name);
  if (n === "") return { error: "Give the scenario a name." };
  const i = indexOf(items, n);
  const scenario = { name: n, settings };
  return {
    name: n,
    items:
      i < 0
        ? [...items, { kind: "scenario", scenario }]
        : items.map((x, j) => (j === i && x.kind === "scenario" ? { ...x, scenario } : x)),
  };
}

export function renameItem(items: readonly StoredItem[], from: string, to: string): ListChange {
  const n = cleanName(to);
  if (n === "") return { error: "Give the scenario a name." };
  if (n !== from && indexOf(items, n) >= 0)
    return { error: `A scenario named "${n}" is already saved: choose another name.` };
  if (indexOf(items, from) < 0) return { error: `No scenario named "${from}" is saved.` };
  if (n === from) return { name: n, items };
  return {
    name: n,
    items: items.map((x) =>
      x.kind === "scenario" && x.scenario.name === from
        ? { ...x, scenario: { ...x.scenario, name: n }, renamed: true }
        : x
    ),
  };
}

/** A saved scenario removed, with its place, so it can be put back exactly. */
export interface Removed {
  readonly item: StoredItem;
  readonly index: number;
}

export function removeItem(
  items: readonly StoredItem[],
  name: string
): ListChange & { readonly removed?: Removed } {
  const index = indexOf(items, name);
  if (index < 0) return { error: `No scenario named "${name}" is saved.` };
  return {
    name,
    removed: { item: items[index], index },
    items: items.filter((_, j) => j !== index),
  };
}

/** Puts a removed scenario back at its place (under a free name if its own was taken since). */
export function putBackItem(items: readonly StoredItem[], { item, index }: Removed): ListChange {
  if (item.kind !== "scenario") return { error: "Only a saved scenario can be put back." };
  const name = uniqueName(item.scenario.name, (n) => indexOf(items, n) >= 0);
  const back: StoredItem =
    name === item.scenario.name ? item : { ...item, scenario: { ...item.scenario, name } };
  const at = Math.min(index, items.length);
  return { name, items: [...items.slice(0, at), back, ...items.slice(at)] };
}
