/**
 * What the page can tell about its host at once, before office.js is ready: whether it shows a sign
 * of running inside Office, and the host it is when it shows none (or office.js is missing). Part of
 * the ES5 boot script (src/taskpane/index.ts: the first screen, first-screen.ts) as well as of the
 * pane (office/host.ts), so ES5 here: no imports but types.
 */
import type { Host } from "../office/host";

/**
 * Whether the page shows a sign of running inside Office; inside Office the pane waits for
 * Office.onReady however long a slow Excel takes. The signs are where office.js itself reads the
 * host from (its _retrieveHostInfo): _host_Info in the task pane's URL (query or fragment), kept
 * in sessionStorage on reloads; window.external.GetHostInfo (Office on Windows) or agaveHost; the
 * window's name carrying hostInfo. Office on the web hosts the pane in an iframe, and Office's own
 * webviews announce themselves (WebView2's window.chrome.webview on Windows, WKWebView's
 * window.webkit.messageHandlers on Mac and iPad). A page with none of these is in a browser of its
 * own: the pane runs stand-alone at once, without waiting for office.js (issue 19 item 9), and
 * still starts again in Excel mode should Office report Excel after all (Host.unconfirmed).
 */
export function insideOffice(w: Window = window): boolean {
  if (/[?&#]_host_Info=/i.test(w.location.href)) return true;
  try {
    if (w.sessionStorage.getItem("hostInfoValue")) return true;
  } catch {
    // storage refused: decide on the other signs
  }
  const g = w as unknown as {
    external?: { GetHostInfo?: unknown };
    agaveHost?: unknown;
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: unknown };
  };
  try {
    if (typeof g.external?.GetHostInfo === "function" || g.agaveHost !== undefined) return true;
    if (g.chrome?.webview !== undefined || g.webkit?.messageHandlers !== undefined) return true;
    if (/hostInfo/.test(w.name)) return true;
  } catch {
    return true; // a host object that refuses to be read is a host
  }
  try {
    return w.self !== w.top;
  } catch {
    return true; // a cross-origin parent: a host frame
  }
}

/** The host of a page with no sign of Office, decided without waiting for office.js (Host.unconfirmed). */
export const OUTSIDE_OFFICE: Host = {
  kind: "standalone",
  reason: "opened outside Office",
  unconfirmed: true,
};

/** office.js did not load (offline, blocked): stand-alone, for good. */
export const NO_OFFICE_JS: Host = {
  kind: "standalone",
  reason: "office.js is not available (offline or blocked)",
};

/**
 * The host known without waiting for Office.onReady: stand-alone where office.js is missing or the
 * page shows no sign of Office (`inOffice` false); undefined inside Office, where only office.js can
 * tell (office/host.ts detectHost).
 */
export function hostAtOnce(inOffice: boolean): Host | undefined {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return NO_OFFICE_JS;
  if (!inOffice) return OUTSIDE_OFFICE;
  return undefined;
}
