/**
 * The bodies of the BTU custom functions, by function id. Each takes the
 * arguments as Excel passes them and an optional Trace: the Excel function
 * calls it without one (fast path), EXPLAIN calls the very same body with one
 * and spills the steps it recorded. So a trace never comes from a second
 * implementation.
 *
 * Every body coerces its arguments (./adapter), records the inputs as it read
 * them, calls one core operation and returns a cell value or a table.
 */
import { Body } from "./types";
import { FEE_BODIES } from "./fees";
import { PAYOUT_BODIES } from "./payouts";
import { LEDGER_BODIES } from "./ledger";
import { DEADLINE_BODIES, DISABILITY_BODIES } from "./deadlines";
import { DURESS_BODIES } from "./duress";
import { SPLIT_DOLLAR_BODIES } from "./split-dollar";
import { REGISTER_BODIES } from "./register";

/** Every body by function id, in the catalogue's order. */
export const BODIES: Record<string, Body> = {
  ...FEE_BODIES,
  ...PAYOUT_BODIES,
  ...LEDGER_BODIES,
  ...DEADLINE_BODIES,
  ...DURESS_BODIES,
  ...DISABILITY_BODIES,
  ...SPLIT_DOLLAR_BODIES,
  ...REGISTER_BODIES,
};
