/**
 * The calculation core: every money and date consequence of the BTU
 * International separation agreement (February 7, 2003), with no Office
 * dependency. Usable from Node, the browser, the task pane and the CLI.
 *
 * The one door: the agreement's data (terms, the interpretation register,
 * the clause texts), the value types (money, dates, errors, traces) and the
 * public operations of ./api. The clause rules in ./rules are private: a test
 * (test/core/boundary.test.ts) fails when anything outside src/core imports
 * them.
 */
export * from "./errors";
export * from "./money";
export * from "./dates";
export * from "./read";
export * from "./cache";
export * from "./trace";
export * from "./catalogue";
export * from "./agreement/terms";
export * from "./agreement/interpretations";
export * from "./agreement/clauses";
export * from "./agreement/life-tables";
export * from "./api";
