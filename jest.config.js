/**
 * Jest: TypeScript through ts-jest (transpile only; `npm run typecheck` checks types), in three
 * projects (`npx jest --selectProjects unit`, or `npm run test:unit`, `test:e2e`, `test:oracle`):
 * - unit: every suite that needs neither Chromium nor LibreOffice: the clause tests (test/core),
 *   the functions as Excel registers them (test/functions, test/hardening), the CLI (test/cli),
 *   the pane's model and stores (test/taskpane), the property suite at its small default, the docs;
 * - e2e: every suite that launches Chromium: the task pane (test/e2e) and the bundles in a browser
 *   (lockdown, runtime, browser parity);
 * - oracle: LibreOffice recomputing the audit workbook's native formulas (test/oracle).
 * A plain `npx jest` runs all three. Exhaustive date sweeps are sampled unless BTU_FULL=1
 * (test/helpers/sweep.ts; `npm test` and `npm run test:full` set it: scripts/jest-full.js).
 */
const base = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          module: "commonjs",
          moduleResolution: "node",
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
};

/** The suites that launch Chromium outside test/e2e (paths under test/). */
const BROWSER_SUITES = [
  "hardening/lockdown.test.ts",
  "hardening/runtime.test.ts",
  "properties/browser-parity.test.ts",
];
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...base,
      displayName: "unit",
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/test/e2e/",
        "<rootDir>/test/oracle/",
        ...BROWSER_SUITES.map((f) => `<rootDir>/test/${escapeRegExp(f)}$`),
      ],
    },
    {
      ...base,
      displayName: "e2e",
      testMatch: [
        "<rootDir>/test/e2e/**/*.test.ts",
        ...BROWSER_SUITES.map((f) => `<rootDir>/test/${f}`),
      ],
    },
    {
      ...base,
      displayName: "oracle",
      testMatch: ["<rootDir>/test/oracle/**/*.test.ts"],
    },
  ],
};
