/**
 * Stands in for ExcelJS's lib/utils/encryptor.js in the browser bundle (webpack.config.js). ExcelJS
 * hashes a sheet-protection password with Node's `crypto`; the add-in never protects a sheet, so the
 * task pane ships no cryptography at all (issue "Hardening, second round": the prebuilt ExcelJS file
 * embedded elliptic 6.5.4 and other crypto-browserify code). Asking for it is an error, not a weak hash.
 */
"use strict";
function unavailable() {
  throw new Error("sheet protection is not available in the task pane's .xlsx writer");
}
module.exports = {
  hash: unavailable,
  convertPasswordToHash: unavailable,
  randomBytes: unavailable,
};
