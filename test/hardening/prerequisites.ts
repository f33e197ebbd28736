/**
 * Tests that need a tool outside npm (xmllint, Chromium, the manifest
 * schemas): on CI (CI=true, as .ci/run sets) a missing prerequisite fails
 * the run; on a developer's machine the tests are skipped with a message
 * saying how to get it.
 */
export const ON_CI = /^(1|true|yes)$/i.test(process.env.CI ?? "");

/** describe(name, fn) when `missing` is undefined; otherwise fail on CI or skip with the message. */
export function describeWhen(missing: string | undefined, name: string, fn: () => void): void {
  if (missing === undefined) return describe(name, fn);
  if (ON_CI)
    return describe(name, () => {
      test(`prerequisite: ${missing}`, () => {
        throw new Error(`${missing} (CI=true: a missing prerequisite fails the run)`);
      });
    });
  console.warn(`SKIPPED "${name}": ${missing}`);
  describe.skip(name, fn);
}
