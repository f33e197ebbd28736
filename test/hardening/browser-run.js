/*
 * Runs a batch of calls (window.__btuBatch: [id, wireArgs][]) through the
 * registered functions and stores the outcomes in window.__btuResults[n],
 * in the wire format of test/hardening/browser.ts.
 */
(function () {
  "use strict";
  function fromWire(w) {
    if (Array.isArray(w)) return w.map(fromWire);
    if (w !== null && typeof w === "object") {
      var s = w.$;
      if (s === "NaN") return NaN;
      if (s === "Infinity") return Infinity;
      if (s === "-Infinity") return -Infinity;
      if (s === "-0") return -0;
      if (s === "undefined") return undefined;
      if (s.indexOf("error:") === 0) return new window.CustomFunctions.Error(s.slice(6), "");
      throw new Error("cannot decode " + s);
    }
    return w;
  }
  function toWire(v) {
    if (typeof v === "number") {
      if (v !== v) return { $: "NaN" };
      if (v === Infinity) return { $: "Infinity" };
      if (v === -Infinity) return { $: "-Infinity" };
      if (v === 0 && 1 / v < 0) return { $: "-0" };
      return v;
    }
    if (v === undefined) return { $: "undefined" };
    if (v === null || typeof v === "string" || typeof v === "boolean") return v;
    if (Array.isArray(v)) return v.map(toWire);
    return { $: "object:" + Object.prototype.toString.call(v) };
  }
  window.__btuResults = {};
  window.__btuRun = function (n) {
    var registry = window.__btuRegistry;
    window.__btuResults[n] = window.__btuBatch.map(function (call) {
      var fn = registry[call[0]];
      try {
        if (!fn) throw new Error("BTU." + call[0] + " is not registered");
        return { ok: toWire(fn.apply(null, fromWire(call[1]))) };
      } catch (e) {
        return {
          err: {
            code: String(e && e.code),
            message: String(e && e.message),
            cf: e instanceof window.CustomFunctions.Error,
          },
        };
      }
    });
  };
})();
