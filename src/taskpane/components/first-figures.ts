/**
 * What waits for the pane's first figures to be on screen (issue 19 item 9): the option tranches,
 * the saved scenarios and the request for the later chunk follow the first paint, so that the first
 * render, layout and paint hold the form and the figures only.
 *
 * "After the paint" is a task queued from the frame's requestAnimationFrame callback: the browser
 * paints that frame before it runs the task. (An effect alone is not enough: React may run a first
 * render's effects, and the render a state change in them schedules, before the browser paints.)
 * Where no frame comes (a page that is hidden: browsers pause requestAnimationFrame), a timer
 * stands in (runtime/after-paint.ts). (Deferring the consequences' text as well measured no gain in
 * Chromium's traces.)
 */
import { useEffect, useState } from "react";
import { afterNextPaint } from "../runtime/after-paint";

export { afterNextPaint };

/** False in a component's first render and until that render is painted; true from then on. */
export function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => afterNextPaint(() => setAfter(true)), []);
  return after;
}
