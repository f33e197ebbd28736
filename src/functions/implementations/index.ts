/**
 * The BTU custom functions' implementations, by topic: fees (./fees),
 * payouts (./payouts), dates and deadlines (./deadlines), duress
 * (./duress), split dollar and life expectancy (./split-dollar), the
 * register (./register), their shared argument helpers (./arguments), and
 * running them as Excel calls them and EXPLAIN (./run). The bodies by
 * function id are ./bodies.
 */
export type { Body, Cell, Result } from "./types";
export { BODIES } from "./bodies";
export { ARITY, bodyOf, CELL_TEXT_MAX, explain, runBody } from "./run";
