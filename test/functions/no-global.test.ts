/**
 * The built bundle (dist/functions.js) on an engine with no `globalThis`,
 * `self` or `window` (issue 19): the adapter finds CustomFunctions by its own
 * name, so a refusal keeps its code and message there (it used to throw a
 * ReferenceError looking it up, every #VALUE! lost its message and a
 * forfeited option's #N/A became #VALUE!). Needs `npm run build:local`.
 */
import * as vm from "vm";
import { loadRegistered } from "../helpers/registered";

/** Removes every name of the global object from a fresh context before the bundle runs. */
function withoutGlobalNames(context: vm.Context): void {
  vm.runInContext("delete this.self; delete this.window; delete this.globalThis;", context);
}

describe("dist/functions.js where there is no globalThis, self or window", () => {
  let names = "";
  const reg = loadRegistered({
    prepare: (context) => {
      withoutGlobalNames(context);
      names = vm.runInContext(
        "[typeof globalThis, typeof self, typeof window, typeof CustomFunctions].join()",
        context
      ) as string;
    },
  });
  const call = (id: string, ...args: unknown[]) => {
    try {
      return reg.call(id, ...args);
    } catch (e) {
      if (e instanceof reg.ErrorClass) return { code: e.code, message: e.message };
      throw e;
    }
  };

  test("the context really has none of them (CustomFunctions only)", () =>
    expect(names).toBe("undefined,undefined,undefined,object"));

  test('OPTION_DEADLINE("4a", 2004-10-01, 2005-01-01) is #N/A "forfeited…" (3(c)(iv)(A): 4(a) forfeits the options)', () => {
    const r = call("OPTION_DEADLINE", "4a", 38261, 38353, null) as {
      code: string;
      message: string;
    };
    expect(r.code).toBe("#N/A");
    expect(r.message).toMatch(/^forfeited/);
  });

  test("a #VALUE! keeps its message", () =>
    expect(call("CONSULT_LUMPSUM", "someday", null)).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/terminationDate must be a date/),
    }));

  test("figures are unchanged: CONSULT_LUMPSUM(2004-10-01) = 560,580.82", () =>
    expect(call("CONSULT_LUMPSUM", 38261, null)).toBe(560580.82));
});
