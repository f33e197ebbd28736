/**
 * "Just after the next paint" (components/first-figures.ts says why): a task queued from the frame's
 * requestAnimationFrame callback, which the browser runs after painting that frame; where no frame
 * comes (a hidden page: browsers pause requestAnimationFrame), a timer after FALLBACK_MS. Part of the
 * ES5 boot script too (index.ts: the pane's chunk waits for the first screen's paint), so ES5 here.
 */

/** At most this long without a frame (a hidden page), the work runs anyway. */
const FALLBACK_MS = 250;

/** Runs `work` once, just after the next frame is painted; returns a function that cancels it. */
export function afterNextPaint(work: () => void): () => void {
  let done = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    if (task !== undefined) clearTimeout(task);
    cancelAnimationFrame(frame);
    work();
  };
  const frame = requestAnimationFrame(() => {
    task = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, FALLBACK_MS);
  return () => {
    done = true;
    clearTimeout(fallback);
    if (task !== undefined) clearTimeout(task);
    cancelAnimationFrame(frame);
  };
}
