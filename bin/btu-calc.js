#!/usr/bin/env node
// Entry point of `npx btu-calc`: runs the CLI bundle that `npm ci` builds (the "prepare" script).
// A failure to start (not built, a module missing) is exit status 3, btu-calc's own failure,
// never 1, which means an error value (README, btu-calc --help).
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "btu-calc.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "btu-calc: the CLI is not built yet; run `npm run build:cli` (npm ci does it)\n"
  );
  process.exit(3);
}
try {
  require(bundle);
} catch (e) {
  process.stderr.write(
    `btu-calc: internal error: cannot start: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`
  );
  process.exit(3);
}
