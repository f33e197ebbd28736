/**
 * `process` for the task pane's .xlsx writer in the browser (webpack's ProvidePlugin, webpack.config.js):
 * ExcelJS's lib/ sources and readable-stream read process.browser and call process.nextTick. Nothing
 * else of Node's process is used; no environment, no I/O.
 */
"use strict";
module.exports = {
  browser: true,
  env: {},
  argv: [],
  version: "",
  versions: {},
  platform: "browser",
  nextTick(fn, ...args) {
    Promise.resolve().then(() => fn(...args));
  },
  cwd: () => "/",
  emitWarning() {},
};
