/**
 * The custom functions as Excel calls them: any value in any argument. An
 * argument typed by a custom enum (Scenario, Fee, ...) only tells Excel what
 * to offer in AutoComplete; a cell can still hand it any text, number or
 * blank, which is what the tests call it with.
 */
import { CustomFunctionError } from "../../src/cli/runtime-shim";

export type AsExcel<M> = {
  [K in keyof M]: M[K] extends (...args: never[]) => infer R ? (...args: unknown[]) => R : M[K];
};

export const asExcel = <M>(functions: M): AsExcel<M> => functions as unknown as AsExcel<M>;

/** The Excel error a call refuses with (code and message): fails when the call returns instead. */
export function excelError(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof CustomFunctionError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected an Excel error");
}
