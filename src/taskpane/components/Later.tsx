/**
 * The panels below the headline figures, from a chunk of their own (../later.ts) so the first paint
 * is the form and the headline only (issue 19 item 9; docs/taskpane.md, "Speed"). The chunk is
 * requested once, when the pane has rendered its form (preloadLater, App's first effect), and each
 * panel mounts when it has arrived: `Later` is a Suspense boundary mounted with the figures, so the
 * first render does not wait for the chunk and the space stays empty meanwhile.
 */
import { lazy, ReactNode, Suspense } from "react";

type Panels = typeof import("../later");
let loading: Promise<Panels> | undefined;
/** The chunk, requested at most once (a failed request is tried again at the next call). */
function load(): Promise<Panels> {
  if (!loading)
    loading = import(/* webpackChunkName: "later" */ "../later").catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Starts the chunk's download without waiting for it. */
export function preloadLater(): void {
  load().catch(() => undefined);
}

/**
 * Where later panels are: nothing on screen until their chunk has arrived, only a hidden marker
 * (data-later-pending) by which the end-to-end tests wait for the whole pane (test/e2e/support.ts).
 */
export function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<span hidden data-later-pending="" />}>{children}</Suspense>;
}

export const ScenarioCharts = lazy(() => load().then((m) => ({ default: m.ScenarioCharts })));
export const SplitDollarPanel = lazy(() => load().then((m) => ({ default: m.SplitDollarPanel })));
export const ChoicesPanel = lazy(() => load().then((m) => ({ default: m.ChoicesPanel })));
export const OutputPanel = lazy(() => load().then((m) => ({ default: m.OutputPanel })));
export const ComparePanel = lazy(() => load().then((m) => ({ default: m.ComparePanel })));
