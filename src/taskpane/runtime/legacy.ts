/**
 * Internet Explorer 11 (Trident) and Microsoft Edge Legacy (EdgeHTML): on Windows, an add-in with
 * <Runtimes> runs in Internet Explorer 11 wherever WebView2's conditions are not met (Microsoft's
 * "Runtimes element" reference). Microsoft recommends a graceful failure message there ("Support
 * older Microsoft webviews and Office versions", which detects them by navigator.userAgent).
 * ES5: the page's boot script (index.ts) imports this.
 */

/** Trident (Internet Explorer 11) or EdgeHTML (Microsoft Edge Legacy, "Edge/"; Chromium Edge says "Edg/"). */
export function legacyWebview(
  userAgent: string
): "Internet Explorer 11" | "Microsoft Edge Legacy" | undefined {
  if (userAgent.indexOf("Trident/") !== -1) return "Internet Explorer 11";
  if (userAgent.indexOf("Edge/") !== -1) return "Microsoft Edge Legacy";
  return undefined;
}

/** What the page says in an old webview: what it needs, plainly. */
export function legacyMessage(webview: string): string {
  return (
    "This add-in cannot run here: Excel is showing it in " +
    webview +
    ", which it does not support. The BTU functions and this pane need Excel 2021 or later, or " +
    "Microsoft 365 (Windows version 2002 or later with the Microsoft Edge WebView2 runtime " +
    "installed, Mac 16.35 or later, or Excel on the web). Update Office, or install WebView2 " +
    "(https://developer.microsoft.com/microsoft-edge/webview2/), then reopen the workbook."
  );
}
