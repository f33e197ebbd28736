/**
 * Which mode the pane runs in: inside Excel (insert into the workbook, keep
 * settings in the document) or stand-alone in a browser (a calculator with
 * downloads, settings in localStorage). office.js loads from Microsoft's CDN;
 * when it is missing (offline, blocked) or reports no host, the pane is
 * stand-alone.
 */
export type Host =
  | { readonly kind: "excel" }
  | {
      readonly kind: "standalone";
      readonly reason: string;
      /** The page is inside an Office frame: running stand-alone there is a fall-back the user is told about, with the reason. */
      readonly inOffice?: boolean;
    };

/** Outside Office, how long to wait for Office.onReady before running stand-alone. */
const READY_TIMEOUT_MS = 5000;
/** Inside an Office frame, after how long the pane says it is still waiting for Excel. */
export const WAITING_MESSAGE_MS = 3000;

/**
 * Whether the page runs inside an Office frame: Office passes _host_Info in
 * the task pane's URL (query or fragment) and keeps it in sessionStorage on
 * reloads; Office on the web hosts the pane in an iframe. Inside Office the
 * pane waits for Office.onReady however long a slow Excel takes.
 */
export function insideOffice(w: Window = window): boolean {
  if (/[?&#]_host_Info=/i.test(w.location.href)) return true;
  try {
    if (w.sessionStorage.getItem("hostInfoValue")) return true;
  } catch {
    // storage refused: decide on the frame alone
  }
  try {
    return w.self !== w.top;
  } catch {
    return true; // a cross-origin parent: a host frame
  }
}

/**
 * The host the pane runs in. Inside an Office frame it waits for
 * Office.onReady without a deadline, and calls `onWaiting` once when Office
 * has not reported ready after `waitingMs` (the pane then says it is waiting
 * for Excel instead of staying blank).
 */
export async function detectHost(
  timeoutMs = READY_TIMEOUT_MS,
  inOffice = insideOffice(),
  onWaiting?: () => void,
  waitingMs = WAITING_MESSAGE_MS
): Promise<Host> {
  const host = await readyHost(timeoutMs, inOffice, onWaiting, waitingMs);
  return host.kind === "standalone" && inOffice ? { ...host, inOffice } : host;
}

async function readyHost(
  timeoutMs: number,
  inOffice: boolean,
  onWaiting: (() => void) | undefined,
  waitingMs: number
): Promise<Host> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return { kind: "standalone", reason: "office.js is not available (offline or blocked)" };
  const waiting =
    inOffice && onWaiting ? setTimeout(() => onWaiting(), Math.max(0, waitingMs)) : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Inside an Office frame there is no deadline: stand-alone mode there would lose the workbook.
  const timeout = inOffice
    ? new Promise<undefined>(() => undefined)
    : new Promise<undefined>((resolve) => {
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
    clearTimeout(waiting);
  }
}

/** Whether Office shows a dark theme (Office.context.officeTheme, where the host reports one). */
export function officeIsDark(): boolean {
  try {
    const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
    const bg = theme?.bodyBackgroundColor;
    if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return false;
    const hex = bg.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  } catch {
    return false;
  }
}
