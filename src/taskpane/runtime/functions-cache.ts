/**
 * A release never leaves a cell on stale metadata for long: when the add-in's version differs from
 * the one this workbook last ran, the shared runtime asks Excel to refresh its custom functions cache
 * the next time the workbook opens, and turns the request off again once that open has happened.
 *
 * Microsoft documents the mechanism (and only for add-ins in a shared runtime): the document setting
 * `Office.ForceRefreshCustomFunctionsCache` set to true makes Excel clear the add-in's cached
 * functions.json and functions.js when the document is next opened with the add-in; without it "changes
 * to the functions.json and functions.js files may take up to 24 hours to reach your end users", and
 * refreshing on every open costs performance, so it is to be turned off once done ("Clear the custom
 * functions cache when your add-in runs", office-js-docs-pr docs/excel/custom-functions-troubleshooting.md).
 * docs/excel-runtime.md has the release procedure this completes.
 *
 * The setting lives with the pane's own settings: in the workbook's settings (ExcelApi 1.4), else the
 * Common API's document settings; only the two keys below are touched, one write per release and
 * workbook (and one more to turn the request off). ES5 syntax: this runs from the page's boot script
 * (index.ts), which must parse in Internet Explorer 11.
 */
import { ADDIN_VERSION } from "../../addin";

/** Microsoft's document setting: true asks Excel to refresh the custom functions cache at the next open. */
export const FORCE_REFRESH_KEY = "Office.ForceRefreshCustomFunctionsCache";
/** The add-in version this workbook last ran (package.json's version, src/addin.ts). */
export const VERSION_KEY = "btu.functionsVersion";

/** The settings to write, given what the workbook holds; undefined when nothing is to change. */
export function cacheRefreshWrites(
  recordedVersion: unknown,
  forceRefresh: unknown,
  version: string
): Record<string, string | boolean> | undefined {
  if (!version) return undefined; // a build without a version (not webpack): nothing to compare
  if (recordedVersion !== version) {
    const writes: Record<string, string | boolean> = {};
    writes[VERSION_KEY] = version;
    writes[FORCE_REFRESH_KEY] = true;
    return writes;
  }
  if (forceRefresh === true) {
    const off: Record<string, string | boolean> = {};
    off[FORCE_REFRESH_KEY] = false;
    return off;
  }
  return undefined;
}

/** What happened, for tests and the console: "requested", "turned off", "current", or why not. */
export type CacheRefreshOutcome = "requested" | "turned off" | "current" | "failed";

function outcomeOf(writes: Record<string, string | boolean> | undefined): CacheRefreshOutcome {
  if (!writes) return "current";
  return writes[FORCE_REFRESH_KEY] === true ? "requested" : "turned off";
}

/** Through context.workbook.settings (ExcelApi 1.4): each key added on its own, nothing else rewritten. */
function viaWorkbook(version: string): Promise<CacheRefreshOutcome> {
  return Excel.run(function (context) {
    const settings = context.workbook.settings;
    const recorded = settings.getItemOrNullObject(VERSION_KEY);
    const forced = settings.getItemOrNullObject(FORCE_REFRESH_KEY);
    recorded.load("value");
    forced.load("value");
    return context.sync().then(function () {
      const writes = cacheRefreshWrites(
        recorded.isNullObject ? undefined : recorded.value,
        forced.isNullObject ? undefined : forced.value,
        version
      );
      if (!writes) return outcomeOf(writes);
      for (const key of Object.keys(writes)) settings.add(key, writes[key]);
      return context.sync().then(function () {
        return outcomeOf(writes);
      });
    });
  });
}

/** Through the Common API's Office.context.document.settings, as Microsoft's article shows. */
function viaCommonApi(version: string): Promise<CacheRefreshOutcome> {
  const settings = Office.context.document.settings;
  const writes = cacheRefreshWrites(
    settings.get(VERSION_KEY),
    settings.get(FORCE_REFRESH_KEY),
    version
  );
  if (!writes) return Promise.resolve(outcomeOf(writes));
  for (const key of Object.keys(writes)) settings.set(key, writes[key]);
  return new Promise(function (resolve) {
    settings.saveAsync(function (result) {
      resolve(result.status === Office.AsyncResultStatus.Succeeded ? outcomeOf(writes) : "failed");
    });
  });
}

/** Inside Excel, once Office is ready: compare versions and write what cacheRefreshWrites says. Never throws. */
export function refreshFunctionsCacheOnVersionChange(
  version: string = ADDIN_VERSION
): Promise<CacheRefreshOutcome> {
  try {
    const workbookSettings = Office.context.requirements.isSetSupported("ExcelApi", "1.4");
    return (workbookSettings ? viaWorkbook(version) : viaCommonApi(version)).then(
      function (outcome) {
        return outcome;
      },
      function () {
        return "failed" as CacheRefreshOutcome;
      }
    );
  } catch {
    return Promise.resolve("failed" as CacheRefreshOutcome);
  }
}
