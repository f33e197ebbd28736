/**
 * Stands in for ExcelJS's lib/csv/csv.js in the browser bundle (webpack.config.js): the task pane
 * writes CSV itself (src/taskpane/download/csv.ts, formula-neutralised text fields), never through
 * ExcelJS, whose CSV module pulls in fast-csv and Node streams.
 */
"use strict";
module.exports = class CSV {
  constructor() {
    throw new Error("ExcelJS's CSV reader and writer are not in the task pane's bundle");
  }
};
