/**
 * The add-in's page in Excel's shared runtime: the custom functions and the task pane run in one
 * runtime, started at taskpane.html (manifest.xml: <Runtimes>, the CustomFunctions <Page> and the
 * task pane's SourceLocation name the same URL; docs/excel-runtime.md).
 *
 * taskpane.html loads, in order and synchronously: office.js (which defines CustomFunctions), this
 * script, then functions.js, which registers every BTU function through CustomFunctions.associate.
 * Only after that (DOMContentLoaded) does this script load the React pane, a chunk of its own
 * (pane.tsx), so the functions' registration never waits for the pane; the build preloads that
 * chunk so it downloads in parallel. The pane is loaded when the page is shown: the shared runtime
 * may start hidden, for the functions alone, and then loads it when the task pane opens. In a plain
 * browser with nothing stored, this script first puts the pane's first screen, rendered by the
 * build, on the page (runtime/first-screen.ts), so it is painted while the pane's chunk still loads.
 *
 * ES5 on purpose, and before anything else: where Excel hosts the page in Internet Explorer 11
 * (Trident) or Microsoft Edge Legacy (EdgeHTML), which a shared-runtime add-in gets on Windows when
 * WebView2's conditions are not met, this script still parses and says what the add-in needs
 * instead of failing silently (Microsoft's advice in "Support older Microsoft webviews and Office
 * versions"). test/hardening/runtime.test.ts parses the built script at ES5.
 */
import { refreshFunctionsCacheOnVersionChange } from "./runtime/functions-cache";
import { afterNextPaint } from "./runtime/after-paint";
import { showFirstScreenAtOnce } from "./runtime/first-screen";
import { legacyMessage, legacyWebview } from "./runtime/legacy";

function onDomReady(run: () => void): void {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
}

function showLegacyMessage(webview: string): void {
  onDomReady(function () {
    const root = document.getElementById("root");
    if (!root) return;
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.setAttribute("data-testid", "legacy-webview");
    p.style.margin = "16px";
    p.style.fontFamily = "Segoe UI, sans-serif";
    p.appendChild(document.createTextNode(legacyMessage(webview)));
    root.appendChild(p);
  });
}

/**
 * Outside Excel nothing may define CustomFunctions (office.js unreachable offline, or a test double
 * of Office); a stand-in that registers nothing lets functions.js run to its end instead of stopping
 * at its first CustomFunctions.associate. Inside Excel office.js has defined it already.
 */
function ensureCustomFunctions(): void {
  const w = window as unknown as { CustomFunctions?: unknown };
  if (typeof w.CustomFunctions === "undefined")
    w.CustomFunctions = {
      associate: function () {
        return undefined;
      },
    };
}

let paneRequested = false;
function loadPane(): void {
  if (paneRequested) return;
  paneRequested = true;
  import(/* webpackChunkName: "pane" */ "./pane").then(
    function (pane) {
      return pane.start();
    },
    function (error: unknown) {
      paneRequested = false;
      throw error;
    }
  );
}

/** The pane when the page is shown: now, or when the hidden runtime's page becomes the task pane. */
function loadPaneWhenShown(): void {
  if (document.visibilityState !== "hidden") return loadPane();
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState !== "hidden") loadPane();
  });
  try {
    // SharedRuntime 1.1: Office tells the runtime when its page becomes the task pane.
    Office.onReady(function () {
      if (Office.addin && Office.addin.onVisibilityModeChanged)
        void Office.addin.onVisibilityModeChanged(function (args) {
          if (String(args.visibilityMode) === "Taskpane") loadPane();
        });
    });
  } catch {
    // office.js is missing: the visibilitychange event alone
  }
  return undefined;
}

/**
 * The workbook's date system (1900 or 1904), learned by functions.js itself: its module state is its
 * own (a copy imported here would be another instance), so the functions bundle exposes functions.ts's
 * detectDateSystem export as `BTUDetectDateSystem` (webpack.config.js) and the page calls it where the
 * build has one. Never throws: without an answer the functions keep Excel's default, the 1900 system.
 */
function learnDateSystem(): void {
  const detect = (window as unknown as { BTUDetectDateSystem?: unknown }).BTUDetectDateSystem;
  if (typeof detect !== "function") return;
  try {
    const learning = (detect as () => Promise<unknown> | undefined)();
    if (learning && typeof learning.then === "function")
      learning.then(undefined, function () {
        return undefined;
      });
  } catch {
    // no answer: the default stays
  }
}

/** Inside Excel: the runtime's own start-up work, pane or no pane. */
function whenExcelIsReady(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  Office.onReady(function (info) {
    if (info.host !== Office.HostType.Excel) return;
    learnDateSystem();
    // A new version: ask Excel to refresh the functions' metadata at the next open (functions-cache.ts).
    void refreshFunctionsCacheOnVersionChange();
  });
}

function boot(): void {
  const webview = legacyWebview(navigator.userAgent);
  if (webview) return showLegacyMessage(webview);
  ensureCustomFunctions();
  whenExcelIsReady();
  // After functions.js has run (it comes after this script in the page): the pane never delays the functions.
  onDomReady(function () {
    // Stand-alone with nothing stored: the pane's first screen, painted while its chunks load.
    let shown = false;
    try {
      shown = showFirstScreenAtOnce();
    } catch {
      // no first screen: the pane renders it itself
    }
    // The first screen is painted before the pane's chunk runs, not after (docs/taskpane.md, seventh round).
    if (shown) afterNextPaint(loadPaneWhenShown);
    else loadPaneWhenShown();
  });
  return undefined;
}

boot();
