/**
 * The width of an element, followed as it changes: the ledger's tables and the comparison of saved
 * scenarios lay their figures out as columns when they fit, as blocks of lines when not.
 */
import { useEffect, useRef, useState } from "react";

/** The element's width, undefined before the first layout; `ref` goes on the element. */
export function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}
