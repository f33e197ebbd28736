/**
 * Which mode the pane runs in: inside Excel (insert into the workbook, keep
 * settings in the document) or stand-alone in a browser (a calculator with
 * downloads, settings in localStorage). office.js loads from Microsoft's CDN;
 * when it is missing (offline, blocked) or reports no host, the pane is
 * stand-alone.
 */
import { hostAtOnce, insideOffice } from "../runtime/office-signs";

export { insideOffice };

export type Host =
  | { readonly kind: "excel" }
  | {
      readonly kind: "standalone";
      readonly reason: string;
      /** The page is inside an Office frame: running stand-alone there is a fall-back the user is told about, with the reason. */
      readonly inOffice?: boolean;
      /**
       * Decided without waiting for office.js, the page showing no sign of Office (insideOffice):
       * should Office.onReady report Excel after all (excelAfterAll), the pane starts again in
       * Excel mode (pane.tsx).
       */
      readonly unconfirmed?: boolean;
    };

/** Inside an Office frame, after how long the pane says it is still waiting for Excel. */
export const WAITING_MESSAGE_MS = 3000;

/**
 * The host the pane runs in. Without a sign of Office (insideOffice) it is stand-alone at once
 * (unconfirmed). Inside Office it waits for Office.onReady without a deadline (stand-alone mode
 * there would lose the workbook), and calls `onWaiting` once when Office has not reported ready
 * after `waitingMs` (the pane then says it is waiting for Excel instead of staying blank).
 */
export async function detectHost(
  inOffice = insideOffice(),
  onWaiting?: () => void,
  waitingMs = WAITING_MESSAGE_MS
): Promise<Host> {
  const host = await readyHost(inOffice, onWaiting, waitingMs);
  return host.kind === "standalone" && inOffice ? { ...host, inOffice } : host;
}

async function readyHost(
  inOffice: boolean,
  onWaiting: (() => void) | undefined,
  waitingMs: number
): Promise<Host> {
  // office.js missing, or no sign of Office (a browser of its own, where office.js can only report no host).
  const atOnce = hostAtOnce(inOffice);
  if (atOnce) return atOnce;
  const waiting = onWaiting ? setTimeout(() => onWaiting(), Math.max(0, waitingMs)) : undefined;
  try {
    const info = await Office.onReady();
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
    clearTimeout(waiting);
  }
}

/**
 * After a stand-alone start that did not wait for office.js (Host.unconfirmed): whether Office
 * reports Excel after all, once office.js is ready. False where it reports anything else, fails, or
 * is missing; it may never settle (office.js that never gets ready), which leaves the pane as it is.
 */
export async function excelAfterAll(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  try {
    const info = await Office.onReady();
    return info?.host === Office.HostType.Excel;
  } catch {
    return false;
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
