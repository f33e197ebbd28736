#!/usr/bin/env node
/**
 * Jest with every exhaustive sweep in full (BTU_FULL=1, test/helpers/sweep.ts): `npm run test:full`
 * runs it for every project (`npm test` runs the sample); arguments go to Jest
 * (`node scripts/jest-full.js --selectProjects unit`). Set here, not in the npm script, so that
 * it works in every shell (Windows' cmd.exe has no `VAR=value command`).
 */
const { spawnSync } = require("child_process");

const run = spawnSync(
  process.execPath,
  [require.resolve("jest/bin/jest"), ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: { ...process.env, BTU_FULL: "1" },
  }
);
process.exitCode = run.status ?? 1;
