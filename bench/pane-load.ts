/**
 * One cold load of the built task pane, as bench/taskpane.ts and bench/taskpane-compare.ts time it:
 * a fresh browser context (empty cache, empty storage) at Excel's default pane width, office.js
 * answered from the @microsoft/office-js package in place of Microsoft's CDN, and the times from
 * navigation start (performance.timeOrigin) to:
 * - `painted`: the paint of the headline figure (PAYOUT's total, elementtiming="btu-figures-painted"
 *   in ResultView), reported by the browser's Element Timing API: the first figures;
 * - `tti` and `effect`: the pane's "btu-interactive" and "btu-figures" marks, set in App's first
 *   effect (React runs every child's effects before it);
 * - `phases`: DOMContentLoaded (office.js, the boot script and functions.js have run), the pane's
 *   chunk evaluated (btu-pane-start), host known (btu-host), settings read (btu-restored);
 * - with `stored` settings, the load of a user who has used the pane (STORED_SETTINGS): no first
 *   screen from the build;
 * - `cpu` (only when asked for: a browser trace, which slows the load a little): the renderer's
 *   main-thread CPU time from navigation start to the "btu-figures" mark, the sum of its tasks'
 *   thread times. It moves far less with the shared machine's speed than the wall-clock times do, so
 *   two builds' medians compare with fewer loads.
 */
import { Browser } from "playwright-core";
import { SETTINGS_KEY } from "../src/taskpane/runtime/storage-keys";
import { serveOfficeJs } from "../test/e2e/support";

/** The load's phases, in order. */
export const PHASES = ["DOMContentLoaded", "btu-pane-start", "btu-host", "btu-restored"] as const;

export interface PaneLoad {
  readonly painted: number;
  readonly tti: number;
  readonly effect: number;
  /** Milliseconds from navigation start, in the order of PHASES. */
  readonly phases: readonly number[];
  /** Main-thread CPU milliseconds to the "btu-figures" mark, when asked for. */
  readonly cpu?: number;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly tdur?: number;
}

/** The renderer's main-thread CPU (ms) from its navigation start to the "btu-figures" mark, from a trace. */
function mainThreadCpu(events: readonly TraceEvent[]): number {
  const mark = events.find((e) => e.name === "btu-figures");
  if (!mark) return NaN;
  const starts = events
    .filter((e) => e.pid === mark.pid && e.name === "navigationStart" && e.ts <= mark.ts)
    .map((e) => e.ts);
  if (starts.length === 0) return NaN;
  const navigation = Math.max(...starts);
  const micros = events
    .filter(
      (e) =>
        e.pid === mark.pid &&
        e.tid === mark.tid &&
        e.ph === "X" &&
        e.name === "ThreadControllerImpl::RunTask" &&
        e.ts >= navigation &&
        e.ts <= mark.ts
    )
    .reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  return micros / 1000;
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Settings stored in the browser before a load, as a user who has used the pane has them: the
 * defaults' case (4(c)(i), notice 2004-07-01), so the figures are the same, but stored, so the pane
 * renders its first screen itself instead of taking over the one the build made
 * (src/taskpane/runtime/first-screen.ts).
 */
export const STORED_SETTINGS = {
  [SETTINGS_KEY]: { scenario: "4c-i", date: "2004-07-01", periods: "consulting" },
};

/** Loads `${baseUrl}/taskpane.html` once in a fresh context and times it. */
export async function loadPaneOnce(
  browser: Browser,
  baseUrl: string,
  opts: { cpu?: boolean; stored?: Record<string, unknown> } = {}
): Promise<PaneLoad> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  try {
    const page = await context.newPage();
    await serveOfficeJs(page);
    if (opts.stored)
      await page.addInitScript((stored) => {
        for (const [k, v] of Object.entries(stored)) localStorage.setItem(k, JSON.stringify(v));
      }, opts.stored);
    // The Element Timing API: when the headline figure (elementtiming="btu-figures-painted") is painted.
    await page.addInitScript(() => {
      const w = window as unknown as { __btuPainted?: number };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<
          PerformanceEntry & { identifier?: string; renderTime?: number }
        >)
          if (e.identifier === "btu-figures-painted" && w.__btuPainted === undefined)
            w.__btuPainted = e.renderTime || e.startTime;
      }).observe({ type: "element", buffered: true });
    });
    if (opts.cpu)
      await browser.startTracing(page, {
        categories: ["toplevel", "blink.user_timing", "disabled-by-default-devtools.timeline"],
      });
    await page.goto(`${baseUrl}/taskpane.html`);
    const handle = await page.waitForFunction(
      () => {
        const [tti, fig] = ["btu-interactive", "btu-figures"].map(
          (n) => performance.getEntriesByName(n)[0]?.startTime
        );
        const painted = (window as unknown as { __btuPainted?: number }).__btuPainted;
        return (
          tti !== undefined && fig !== undefined && painted !== undefined && [tti, fig, painted]
        );
      },
      undefined,
      { timeout: 15_000 }
    );
    const [tti, effect, painted] = (await handle.jsonValue()) as number[];
    // No named function inside: tsx would wrap it in a helper the page does not have.
    const phases = await page.evaluate(
      (names) => [
        (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
          .domContentLoadedEventStart,
        ...names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
      ],
      PHASES.slice(1)
    );
    const cpu = opts.cpu
      ? mainThreadCpu(
          (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
            .traceEvents
        )
      : undefined;
    return { painted, tti, effect, phases, cpu };
  } finally {
    await context.close();
  }
}
