/**
 * The custom functions exactly as Excel registers them: the built browser
 * bundle dist/functions.js, run in a fresh VM context under the
 * CustomFunctions shim, and the generated dist/functions.json. `npm test`
 * builds both first.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const DIST = path.join(__dirname, "..", "..", "dist");

export interface Registered {
  readonly ids: string[];
  readonly call: (id: string, ...args: unknown[]) => unknown;
  readonly ErrorClass: new (code?: string, message?: string) => Error & { code: string };
  readonly metadata: {
    functions: Array<{
      id: string;
      name: string;
      description: string;
      parameters: Array<{
        name: string;
        description?: string;
        optional?: boolean;
        repeating?: boolean;
        dimensionality?: string;
        type?: string;
      }>;
      result: { dimensionality?: string };
    }>;
  };
}

export interface LoadOptions {
  /** Another build of the bundle (default dist/functions.js). */
  readonly bundle?: string;
  /** Runs in the fresh context before the bundle (e.g. to remove built-ins from it). */
  readonly prepare?: (context: vm.Context) => void;
}

export function loadRegistered(options: LoadOptions = {}): Registered {
  const bundle = options.bundle ?? path.join(DIST, "functions.js");
  const meta = path.join(DIST, "functions.json");
  if (!fs.existsSync(bundle) || !fs.existsSync(meta))
    throw new Error(`${bundle} or functions.json is missing: run \`npm run build:local\` first`);
  const registry = new Map<string, (...a: unknown[]) => unknown>();
  class CustomFunctionError extends Error {
    code: string;
    constructor(code?: string, message?: string) {
      super(message ?? "");
      this.code = code ?? "#VALUE!";
    }
  }
  const sandbox: Record<string, unknown> = {
    console,
    CustomFunctions: {
      associate: (id: string, fn: (...a: unknown[]) => unknown) =>
        registry.set(id.toUpperCase(), fn),
      Error: CustomFunctionError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        invalidNumber: "#NUM!",
        divisionByZero: "#DIV/0!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
    },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  const context = vm.createContext(sandbox);
  options.prepare?.(context);
  vm.runInContext(fs.readFileSync(bundle, "utf8"), context, { filename: bundle });
  return {
    ids: [...registry.keys()],
    call: (id, ...args) => {
      const fn = registry.get(id);
      if (!fn) throw new Error(`BTU.${id} is not registered`);
      return fn(...args);
    },
    ErrorClass: CustomFunctionError as never,
    metadata: JSON.parse(fs.readFileSync(meta, "utf8")),
  };
}
