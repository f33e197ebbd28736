/**
 * What renders just after the pane's first figures (issue 19 item 9): false in a component's first
 * render, true in the render that follows it. The option tranches and the saved scenarios wait for
 * it, so that the first render and layout hold the form and the figures; they follow at once.
 * (Deferring the consequences' text as well measured no gain in Chromium's traces.)
 */
import { useEffect, useState } from "react";

export function useAfterFirstRender(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => setAfter(true), []);
  return after;
}
