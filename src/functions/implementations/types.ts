/** The cell values and the body type of the BTU custom functions (see ./bodies). */
import { Trace } from "../../core";
import { Arg } from "../adapter";

export type Cell = number | string | boolean;
export type Result = Cell | Cell[][];
export type Body = (args: readonly Arg[], trace?: Trace) => Result;
