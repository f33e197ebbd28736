/**
 * The calculation core: every money and date consequence of the BTU
 * International separation agreement (February 7, 2003), with no Office
 * dependency. Usable from Node, the browser, the task pane and the CLI.
 */
export * from "./errors";
export * from "./money";
export * from "./dates";
export * from "./trace";
export * from "./a1";
export * from "./agreement/terms";
export * from "./agreement/interpretations";
export * from "./agreement/clauses";
export * from "./rules/p1-base-salary";
export * from "./rules/p3a-fees";
export * from "./rules/p3a-schedule";
export * from "./rules/p3c-iii-split-dollar";
export * from "./rules/p3c-iv-options";
export * from "./rules/p4-scenarios";
export * from "./rules/p4c-discount";
export * from "./rules/p4c-i-duress";
export * from "./rules/p4h-disability";
export * from "./rules/p4a-4d-cure";
export * from "./rules/p4-payout";
export * from "./api";
