/**
 * The panels below the headline figures, from a chunk of their own (../later.ts) so the first paint
 * is the form and the headline only (issue 19 item 9; docs/taskpane.md, "Speed"). The chunk is
 * requested once, when the pane's first figures are painted (preloadLater, App's first effect, and
 * `Later` below), and each panel mounts when it has arrived: `Later` becomes a Suspense boundary once
 * the figures are painted, so the first render does not wait for the chunk and the space stays empty
 * meanwhile.
 */
import { ComponentProps, lazy, ReactNode, Suspense } from "react";
import { useAfterFirstPaint } from "./first-figures";

type Panels = typeof import("../later");
let loading: Promise<Panels> | undefined;
/** The chunk once it has arrived (the memo renders from it synchronously when printing starts). */
let loaded: Panels | undefined;
/** The chunk, requested at most once (a failed request is tried again at the next call). */
export function loadLater(): Promise<Panels> {
  if (!loading)
    loading = import(/* webpackChunkName: "later" */ "../later").then(
      (m) => (loaded = m),
      (error: unknown) => {
        loading = undefined;
        throw error;
      }
    );
  return loading;
}
const load = loadLater;

/** Starts the chunk's download without waiting for it. */
export function preloadLater(): void {
  load().catch(() => undefined);
}

/**
 * Where later panels are: nothing on screen until the first figures are painted and their chunk has
 * arrived, only a hidden marker (data-later-pending) by which the end-to-end tests wait for the
 * whole pane (test/e2e/support.ts). The panels (and so the chunk's request) wait for the first paint.
 * The Suspense boundary too: the first render has none, so the pane's first screen, rendered by the
 * build (runtime/first-screen.ts), holds no boundary that React would hydrate apart, after the rest,
 * and give up on (rendering it afresh, React's error 421) should the user change the form first.
 */
export function Later({ children }: { children: ReactNode }) {
  const painted = useAfterFirstPaint();
  const pending = <span hidden data-later-pending="" />;
  return painted ? <Suspense fallback={pending}>{children}</Suspense> : pending;
}

export const ScenarioCharts = lazy(() => load().then((m) => ({ default: m.ScenarioCharts })));
export const SplitDollarPanel = lazy(() => load().then((m) => ({ default: m.SplitDollarPanel })));
export const ChoicesPanel = lazy(() => load().then((m) => ({ default: m.ChoicesPanel })));
export const OutputPanel = lazy(() => load().then((m) => ({ default: m.OutputPanel })));
export const ComparePanel = lazy(() => load().then((m) => ({ default: m.ComparePanel })));
export const LedgerPanel = lazy(() => load().then((m) => ({ default: m.LedgerPanel })));

/**
 * The scenario memo for printing (issue 21 item 5), from the later chunk: rendered at once when
 * the chunk has arrived (the browser prints what is on the page when printing starts); otherwise a
 * line saying to print again (the chunk is requested with the pane's first render, and the print
 * button waits for it).
 */
export function PrintMemo(props: ComponentProps<Panels["Memo"]>) {
  if (!loaded) {
    preloadLater();
    return <p data-testid="memo-loading">The memo is still loading: print again in a moment.</p>;
  }
  const { Memo } = loaded;
  return <Memo {...props} />;
}
