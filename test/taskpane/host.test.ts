/**
 * Where the pane looks for a sign of Office (src/taskpane/office/host.ts insideOffice): the places
 * office.js itself reads the host from, Office on the web's frame and Office's webviews. With
 * none, the pane runs stand-alone without waiting for office.js (issue 19 item 9), so each sign a
 * real Excel gives must count.
 */
import { insideOffice } from "../../src/taskpane/office/host";
import { firstScreenFor } from "../../src/taskpane/runtime/first-screen";

/** A top-level browser window at `href`, with `extra` host objects and nothing stored. */
function page(href: string, extra: Record<string, unknown> = {}, name = ""): Window {
  const w: Record<string, unknown> = {
    location: { href },
    sessionStorage: { getItem: () => null },
    name,
    ...extra,
  };
  w.self = w;
  w.top = w;
  return w as unknown as Window;
}

describe("insideOffice: a sign of Office, or a browser of its own", () => {
  test("a plain browser tab: no sign", () => {
    expect(insideOffice(page("https://localhost:3000/taskpane.html"))).toBe(false);
    // A browser's own window.external (no GetHostInfo) is not Office's.
    expect(
      insideOffice(page("https://x/taskpane.html", { external: { AddSearchProvider() {} } }))
    ).toBe(false);
  });

  test("Excel's _host_Info in the URL (query or fragment), or kept in sessionStorage on a reload", () => {
    expect(
      insideOffice(page("https://x/taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0"))
    ).toBe(true);
    expect(
      insideOffice(page("https://x/taskpane.html#_host_Info=Excel$Mac$16.01$en-US$$$$0"))
    ).toBe(true);
    const reloaded = page("https://x/taskpane.html", {
      sessionStorage: {
        getItem: (k: string) => (k === "hostInfoValue" ? "Excel$Win32$16.01$en-US$$$$0" : null),
      },
    });
    expect(insideOffice(reloaded)).toBe(true);
  });

  test("the host objects office.js reads: window.external.GetHostInfo (Windows), agaveHost, hostInfo in the window's name", () => {
    expect(
      insideOffice(page("https://x/", { external: { GetHostInfo: () => "Excel$Win32" } }))
    ).toBe(true);
    expect(insideOffice(page("https://x/", { agaveHost: {} }))).toBe(true);
    expect(insideOffice(page("https://x/", {}, '{"hostInfo":"Excel|Win32|16.01"}'))).toBe(true);
  });

  test("Office's webviews: WebView2 (window.chrome.webview) and WKWebView (window.webkit.messageHandlers)", () => {
    expect(insideOffice(page("https://x/", { chrome: { webview: {} } }))).toBe(true);
    expect(insideOffice(page("https://x/", { chrome: {} }))).toBe(false); // Chrome itself
    expect(insideOffice(page("https://x/", { webkit: { messageHandlers: {} } }))).toBe(true);
  });

  test("a frame (Office on the web), even one whose parent cannot be read", () => {
    const framed = page("https://x/");
    (framed as unknown as { top: unknown }).top = {};
    expect(insideOffice(framed)).toBe(true);
    const crossOrigin = page("https://x/");
    Object.defineProperty(crossOrigin, "top", {
      get() {
        throw new Error("cross-origin");
      },
    });
    expect(insideOffice(crossOrigin)).toBe(true);
  });
});

describe("the first screen a host gets (runtime/first-screen.ts, issue 19 item 9)", () => {
  test("a browser of its own with office.js loaded: the stand-alone one; Excel: the Excel one", () => {
    expect(
      firstScreenFor({ kind: "standalone", reason: "opened outside Office", unconfirmed: true })
        ?.templateId
    ).toBe("btu-first-screen-standalone");
    expect(firstScreenFor({ kind: "excel" })?.templateId).toBe("btu-first-screen-excel");
  });

  test("a stand-alone pane that says why (inside an Office frame, office.js missing or failing, another host): none, its screen is not the one built", () => {
    for (const host of [
      { kind: "standalone" as const, reason: "opened outside Office", inOffice: true },
      { kind: "standalone" as const, reason: "office.js is not available (offline or blocked)" },
      { kind: "standalone" as const, reason: "opened in Word, not Excel", inOffice: true },
      { kind: "standalone" as const, reason: "opened outside Office" }, // Office reported no host: confirmed
    ])
      expect(firstScreenFor(host)).toBeUndefined();
  });
});
