/**
 * A stand-in for Excel's custom functions runtime in Node: the
 * `CustomFunctions` global with `associate`, `Error` and `ErrorCode`, as the
 * JavaScript-only runtime provides them. The build appends one
 * `CustomFunctions.associate(id, fn)` per function to functions.ts; loading
 * the bundle under this shim records exactly what Excel would register.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionError extends Error {
  readonly code: string;
  constructor(code?: string, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctionError";
    this.code = code ?? ERROR_CODES.invalidValue;
  }
}

export type Registered = (...args: any[]) => unknown;

export const registry = new Map<string, Registered>();

export function installShim(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    associate(idOrMap: string | Record<string, Registered>, fn?: Registered) {
      if (typeof idOrMap === "string") registry.set(idOrMap.toUpperCase(), fn as Registered);
      else for (const [id, f] of Object.entries(idOrMap)) registry.set(id.toUpperCase(), f);
    },
    Error: CustomFunctionError,
    ErrorCode: ERROR_CODES,
  };
}

installShim();
