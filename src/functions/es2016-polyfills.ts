/**
 * The built-ins after ES2016 that the functions bundle uses, for Excel's
 * JavaScript-only custom functions runtime, which older Excel builds run on
 * an ES2016 engine. The bundle's syntax is transpiled to ES2016 by the build
 * (webpack.config.js, config "functions"); built-ins cannot be transpiled, so
 * each one the code calls is defined here when the engine lacks it. Each is
 * installed like a built-in (writable, configurable, not enumerable) and only
 * where missing, so a modern engine keeps its own.
 *
 * test/functions/es2016.test.ts runs the built bundle in a VM context with
 * every post-ES2016 built-in removed and scans it for names of built-ins not
 * in this list. This module is the first of the functions entry
 * (webpack.config.js) and has no imports of its own.
 */

type AnyFn = (...args: any[]) => any;

/** The global object, found without globalThis (ES2020), without code from strings and without Node's `global` (webpack would add its own lookup through Function). */
const root: Record<string, unknown> =
  typeof globalThis !== "undefined"
    ? (globalThis as never)
    : typeof self !== "undefined"
      ? (self as never)
      : typeof window !== "undefined"
        ? (window as never)
        : {}; // no global object to find: nothing here reads globalThis then either

function define(target: object, name: string, value: unknown): void {
  if (Object.prototype.hasOwnProperty.call(target, name)) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

const toLength = (n: unknown): number => {
  const v = Math.trunc(Number(n)) || 0;
  return Math.min(Math.max(v, 0), Number.MAX_SAFE_INTEGER);
};
const requireObject = (v: unknown, what: string): object => {
  if (v === null || v === undefined) throw new TypeError(`${what} called on null or undefined`);
  return Object(v);
};

/** ES2020 globalThis. */
define(root, "globalThis", root);

/* ------------------------------------------------------------- ES2017 */

define(Object, "entries", function entries(o: unknown): Array<[string, unknown]> {
  const obj = requireObject(o, "Object.entries") as Record<string, unknown>;
  return Object.keys(obj)
    .filter((k) => Object.prototype.propertyIsEnumerable.call(obj, k))
    .map((k): [string, unknown] => [k, obj[k]]);
});

define(Object, "values", function values(o: unknown): unknown[] {
  const obj = requireObject(o, "Object.values") as Record<string, unknown>;
  return Object.keys(obj)
    .filter((k) => Object.prototype.propertyIsEnumerable.call(obj, k))
    .map((k) => obj[k]);
});

function pad(self: unknown, maxLength: unknown, fill: unknown, atStart: boolean): string {
  const s = String(requireObject(self, atStart ? "padStart" : "padEnd"));
  const target = toLength(maxLength);
  const filler = fill === undefined ? " " : String(fill);
  if (target <= s.length || filler === "") return s;
  const needed = target - s.length;
  let run = filler;
  while (run.length < needed) run += run;
  const padding = run.slice(0, needed);
  return atStart ? padding + s : s + padding;
}
define(String.prototype, "padStart", function padStart(this: unknown, n: unknown, f?: unknown) {
  return pad(this, n, f, true);
});
define(String.prototype, "padEnd", function padEnd(this: unknown, n: unknown, f?: unknown) {
  return pad(this, n, f, false);
});

/* ------------------------------------------------------------- ES2019 */

define(Object, "fromEntries", function fromEntries(iterable: Iterable<unknown>) {
  const out: Record<PropertyKey, unknown> = {};
  for (const entry of requireObject(iterable, "Object.fromEntries") as Iterable<unknown>) {
    const e = requireObject(entry, "Object.fromEntries entry") as Record<number, unknown>;
    out[e[0] as PropertyKey] = e[1];
  }
  return out;
});

function flatten(into: unknown[], source: ArrayLike<unknown>, depth: number): unknown[] {
  for (let i = 0; i < source.length; i++) {
    if (!(i in source)) continue;
    const v = source[i];
    if (depth > 0 && Array.isArray(v)) flatten(into, v, depth - 1);
    else into.push(v);
  }
  return into;
}
define(Array.prototype, "flat", function flat(this: unknown, depth?: unknown) {
  const d = depth === undefined ? 1 : Math.trunc(Number(depth)) || 0;
  return flatten([], requireObject(this, "Array.prototype.flat") as ArrayLike<unknown>, d);
});
define(
  Array.prototype,
  "flatMap",
  function flatMap(this: unknown, fn: AnyFn, thisArg?: unknown): unknown[] {
    if (typeof fn !== "function") throw new TypeError("flatMap: callback is not a function");
    const src = requireObject(this, "Array.prototype.flatMap") as ArrayLike<unknown>;
    const mapped: unknown[] = [];
    for (let i = 0; i < src.length; i++)
      if (i in src) mapped.push(fn.call(thisArg, src[i], i, src));
    return flatten([], mapped, 1);
  }
);

const LEADING = /^[\s\uFEFF\xA0]+/;
const TRAILING = /[\s\uFEFF\xA0]+$/;
define(String.prototype, "trimStart", function trimStart(this: unknown) {
  return String(requireObject(this, "trimStart")).replace(LEADING, "");
});
define(String.prototype, "trimEnd", function trimEnd(this: unknown) {
  return String(requireObject(this, "trimEnd")).replace(TRAILING, "");
});

/** The built-ins this module provides (test/functions/es2016.test.ts checks the list against the bundle). */
export const POLYFILLED = [
  "globalThis",
  "Object.entries",
  "Object.values",
  "String.prototype.padStart",
  "String.prototype.padEnd",
  "Object.fromEntries",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "String.prototype.trimStart",
  "String.prototype.trimEnd",
] as const;
