/**
 * Which mode the pane runs in: inside Excel (insert into the workbook, keep
 * settings in the document) or stand-alone in a browser (a calculator with
 * downloads, settings in localStorage). office.js loads from Microsoft's CDN;
 * when it is missing (offline, blocked) or reports no host, the pane is
 * stand-alone.
 */
export type Host =
  { readonly kind: "excel" } | { readonly kind: "standalone"; readonly reason: string };

/** How long to wait for Office.onReady before giving up on a host. */
const READY_TIMEOUT_MS = 5000;

export async function detectHost(timeoutMs = READY_TIMEOUT_MS): Promise<Host> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return { kind: "standalone", reason: "office.js is not available (offline or blocked)" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (!info) return { kind: "standalone", reason: "Office did not report a host in time" };
    if (info.host === Office.HostType.Excel) return { kind: "excel" };
    return {
      kind: "standalone",
      reason: info.host ? `opened in ${String(info.host)}, not Excel` : "opened outside Office",
    };
  } catch (e) {
    return {
      kind: "standalone",
      reason: `office.js failed to start (${e instanceof Error ? e.message : String(e)})`,
    };
  } finally {
    clearTimeout(timer);
  }
}
