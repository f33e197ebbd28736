/**
 * What the user chose in the task pane: the scenario, its dates and facts,
 * the option tranches and the interpretation choices that differ from the
 * register's defaults. Saved with the workbook (Excel) or in the browser
 * (stand-alone) and restored when the pane opens again.
 *
 * Dates are kept as the ISO text the inputs hold ("" when empty), so a
 * half-typed or invalid value survives a reload and is validated again.
 *
 * Stored format (key "btu.taskpane"): the settings object with
 * `"version": 1`; an object without `version` (every earlier release) is
 * version 1 too. Another version, or anything not an object, is not read:
 * the pane keeps it as it is and does not save over it (store.ts). Fields
 * the pane does not know, and fields it showed but the user did not change,
 * are written back as they were stored (mergeKept).
 */
import {
  formatMoney,
  parseYearBasis,
  Periods,
  ScenarioCode,
  SCENARIOS,
  SWITCHABLE_IDS,
  TERMS,
  YearBasis,
} from "../../core";
import Decimal from "decimal.js";

export interface Tranche {
  readonly vesting: string;
  readonly shares: string;
}

export type DuressOption = "A" | "B";

/** 4(c)(i) financial duress: the Board delays the Consulting Lump Sum Payment. */
export interface DuressSettings {
  readonly delayed: boolean;
  /** The Board's notification of the delay (starts the 21 business days). */
  readonly notification: string;
  readonly option: DuressOption;
  /** (A): the day the Board finds the duress ended (optional). */
  readonly duressEnd: string;
  /** (B): the portion of the lump sum taken in shares, as typed ("40%" or "0.4", as DURESS_SHARES reads it), "100%" by default. */
  readonly portion: string;
  /**
   * "fraction": `portion` is read as the functions read it (a plain number is
   * a fraction, 0.4 is 40%). Settings without it were saved by panes that
   * read a plain number as percent; their plain "40" is kept as "40%".
   */
  readonly portionUnit?: "fraction";
  /** (B): fair market value per share on the election date. */
  readonly fmv: string;
  /** (B): the day the executive elects (B); required under (B), it gives the transfer deadline and decides whether the election was timely. */
  readonly election: string;
}

/** 3(c)(iii): the split-dollar policy's facts, for the Company Interest and its buy-out price. The age basis and discount readings are interpretation choices (register life-expectancy-age, split-dollar-discount). */
export interface SplitDollarSettings {
  /** The policy's cash value on January 1, 2003. */
  readonly cashValueJan2003: string;
  /** The policy's cash value now (at the buy-out). */
  readonly cashValue: string;
  /** Any increase New York Life shows is due solely to the executive's own premium top-ups ("" = none). */
  readonly insuredOnlyIncrease: string;
  /** The Company Interest on January 1, 2003: the agreement's $232,000 unless changed. */
  readonly companyInterestJan2003: string;
  readonly birth: string;
  readonly buyout: string;
  /** A built-in table's id, "own" for the user's rows, or "" (not chosen: the agreement names none). */
  readonly table: string;
  /** The user's own table: one "age years" row a line. */
  readonly ownRows: string;
}

export type ScheduleKind = "consulting" | "chairman" | "payout";

/**
 * The ledger's year switch and as-of date (issue 21 item 4), kept with the rest of the settings (and
 * so in a saved scenario): a controller's view of the years and of what is owed comes back with
 * the pane.
 */
export interface LedgerSettings {
  /** PAYOUT_BY_YEAR's yearBasis, a value of the core's list (parseYearBasis; its default until switched). */
  readonly basis: YearBasis;
  /** The as-of date as typed (it may be empty or half typed: it is validated where it is shown). */
  readonly asOf: string;
  /**
   * The default the typed as-of date replaced (the termination date, YYYY-MM-DD, then; "" until a
   * date is typed): where the termination date has changed since, the default is shown again.
   */
  readonly asOfFrom: string;
}

export interface PaneSettings {
  readonly scenario: ScenarioCode;
  /** Notice date (4(a)-4(d), 4(h)) or event date (4(e)-4(g)). */
  readonly date: string;
  readonly periods: Periods;
  /** 4(b)(ii) ending the Chairmanship Period alone: the day the Consulting Period ended. */
  readonly consultingEnd: string;
  /** 4(h): first and (optional) last day of the disability. */
  readonly disabilityFirst: string;
  readonly disabilityLast: string;
  /** Paragraph 1, where the Transition Period matters: the annual base rate and the day salary was paid through. */
  readonly baseSalary: string;
  readonly salaryPaidThrough: string;
  readonly duress: DuressSettings;
  readonly tranches: readonly Tranche[];
  readonly splitDollar: SplitDollarSettings;
  /** Interpretation choices by register id, only those the user switched. */
  readonly choices: Readonly<Record<string, string>>;
  /** Which schedule the output section downloads or inserts. */
  readonly schedule: ScheduleKind;
  readonly ledger: LedgerSettings;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  scenario: "4c-i",
  date: "2004-07-01",
  periods: "consulting",
  consultingEnd: "",
  disabilityFirst: "",
  disabilityLast: "",
  baseSalary: "",
  salaryPaidThrough: "",
  duress: {
    delayed: false,
    notification: "",
    option: "A",
    duressEnd: "",
    portion: "100%",
    portionUnit: "fraction",
    fmv: "",
    election: "",
  },
  tranches: [],
  splitDollar: {
    cashValueJan2003: "",
    cashValue: "",
    insuredOnlyIncrease: "",
    companyInterestJan2003: formatMoney(new Decimal(TERMS.companyInterestJan2003.value)),
    birth: "",
    buyout: "",
    table: "",
    ownRows: "",
  },
  choices: {},
  schedule: "payout", // this termination's payments first (issue 12 item 4)
  ledger: { basis: parseYearBasis(), asOf: "", asOfFrom: "" },
};

const str = (v: unknown, fallback: string): string =>
  typeof v === "string" ? v.slice(0, 200) : fallback;
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The periods a scenario may end, keeping `periods` when it is allowed. */
export function periodsFor(scenario: ScenarioCode, periods: string): Periods {
  const s = SCENARIOS.find((x) => x.code === scenario) ?? SCENARIOS[0];
  return (s.periodsAllowed as readonly string[]).includes(periods)
    ? (periods as Periods)
    : s.defaultPeriods;
}

/** The version of the stored format this pane reads and writes (settings and saved scenarios). */
export const FORMAT_VERSION = 1;

/** What a stored value is to this pane: nothing stored, read, or kept unread (with why). */
export type StoredRead<T> =
  | { readonly kind: "none" }
  | { readonly kind: "read"; readonly value: T }
  | { readonly kind: "unreadable"; readonly why: string };

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v &&
  typeof v === "object" &&
  !Array.isArray(v) &&
  Object.getPrototypeOf(v) === Object.prototype;

/** Why an object's `version` keeps it unread, or undefined when this pane reads it (absent or 1). */
export function versionProblem(r: Record<string, unknown>): string | undefined {
  if (!("version" in r) || r.version === FORMAT_VERSION) return undefined;
  return typeof r.version === "number" && r.version > FORMAT_VERSION
    ? `it is in format version ${r.version}, from a newer version of the add-in; this one reads version ${FORMAT_VERSION}`
    : `its format version (${JSON.stringify(r.version).slice(0, 20)}) is not one this pane reads`;
}

/** Stored settings as this pane reads them: version 1 (or unversioned) objects; anything else is kept unread. */
export function readSettings(raw: unknown): StoredRead<PaneSettings> {
  if (raw === undefined || raw === null) return { kind: "none" };
  if (!isPlainObject(raw)) return { kind: "unreadable", why: "it is not a settings object" };
  const why = versionProblem(raw);
  return why ? { kind: "unreadable", why } : { kind: "read", value: sanitizeSettings(raw) };
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What to store for `ours` (the pane's value) over `raw` (the value as
 * stored, which the pane read and showed as `shown`): a field the user did
 * not change is written back exactly as stored (even where the pane showed
 * it shortened or replaced by a default), a field the pane does not know is
 * kept, a field the user changed is the pane's, and one the user removed
 * (a choice switched back to its default) is gone.
 */
export function mergeKept(raw: unknown, shown: unknown, ours: unknown): unknown {
  if (raw === undefined) return ours;
  if (sameJson(ours, shown)) return raw;
  if (!isPlainObject(raw) || !isPlainObject(shown) || !isPlainObject(ours)) return ours;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!(k in shown) && !(k in ours)) out[k] = v;
  for (const [k, v] of Object.entries(ours))
    out[k] = k in raw && k in shown ? mergeKept(raw[k], shown[k], v) : v;
  return out;
}

/** The settings as stored: version 1, merged over what was stored (see mergeKept). */
export function settingsToStore(
  ours: PaneSettings,
  raw?: unknown,
  shown?: PaneSettings
): Record<string, unknown> {
  const merged = raw === undefined || shown === undefined ? ours : mergeKept(raw, shown, ours);
  return { ...(merged as Record<string, unknown>), version: FORMAT_VERSION };
}

/** The stored portion; one saved when a plain number meant percent ("40") keeps that meaning as "40%". */
function portionOf(du: Record<string, unknown>): string {
  const text = str(du.portion, DEFAULT_SETTINGS.duress.portion);
  if (du.portionUnit === "fraction") return text;
  return /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(text) ? `${text.trim()}%` : text;
}

/**
 * Settings from stored JSON of any shape (an older version, another add-in's
 * key, a hand-edited document): every field is checked and anything unknown
 * falls back to the default.
 */
export function sanitizeSettings(raw: unknown): PaneSettings {
  const r = obj(raw);
  const d = DEFAULT_SETTINGS;
  const scenario = SCENARIOS.some((s) => s.code === r.scenario)
    ? (r.scenario as ScenarioCode)
    : d.scenario;
  const du = obj(r.duress);
  const sd = obj(r.splitDollar);
  const ledger = obj(r.ledger);
  const choices: Record<string, string> = {};
  for (const [id, v] of Object.entries(obj(r.choices)))
    if (SWITCHABLE_IDS.includes(id) && typeof v === "string") choices[id] = v.slice(0, 40);
  // Every stored tranche is shown (no silent cap: an edit writes back all of them, issue 18).
  const tranches = Array.isArray(r.tranches)
    ? r.tranches.map((t) => ({ vesting: str(obj(t).vesting, ""), shares: str(obj(t).shares, "") }))
    : d.tranches;
  return {
    scenario,
    date: str(r.date, d.date),
    periods: periodsFor(scenario, str(r.periods, "")),
    consultingEnd: str(r.consultingEnd, ""),
    disabilityFirst: str(r.disabilityFirst, ""),
    disabilityLast: str(r.disabilityLast, ""),
    baseSalary: str(r.baseSalary, ""),
    salaryPaidThrough: str(r.salaryPaidThrough, ""),
    duress: {
      delayed: du.delayed === true,
      notification: str(du.notification, ""),
      option: du.option === "B" ? "B" : "A",
      duressEnd: str(du.duressEnd, ""),
      portion: portionOf(du),
      portionUnit: "fraction",
      fmv: str(du.fmv, ""),
      election: str(du.election, ""),
    },
    tranches,
    splitDollar: {
      cashValueJan2003: str(sd.cashValueJan2003, ""),
      cashValue: str(sd.cashValue, ""),
      insuredOnlyIncrease: str(sd.insuredOnlyIncrease, ""),
      companyInterestJan2003: str(sd.companyInterestJan2003, d.splitDollar.companyInterestJan2003),
      birth: str(sd.birth, ""),
      buyout: str(sd.buyout, ""),
      // Any text is kept (an unknown name is reported at the field by the core); only its length is bounded.
      table: str(sd.table, ""),
      ownRows: typeof sd.ownRows === "string" ? sd.ownRows.slice(0, 8000) : "",
    },
    choices,
    schedule: r.schedule === "chairman" || r.schedule === "consulting" ? r.schedule : "payout",
    ledger: {
      basis: yearBasisOf(ledger.basis),
      asOf: str(ledger.asOf, ""),
      asOfFrom: str(ledger.asOfFrom, ""),
    },
  };
}

/** A stored year basis the core knows, else the core's default (an older pane stored none). */
function yearBasisOf(v: unknown): YearBasis {
  if (typeof v !== "string") return DEFAULT_SETTINGS.ledger.basis;
  try {
    return parseYearBasis(v);
  } catch {
    return DEFAULT_SETTINGS.ledger.basis;
  }
}
