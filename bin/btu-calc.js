#!/usr/bin/env node
// Entry point of `npx btu-calc`: runs the CLI bundle that `npm ci` builds (the "prepare" script).
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "btu-calc.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "btu-calc: the CLI is not built yet; run `npm run build:cli` (npm ci does it)\n"
  );
  process.exit(1);
}
require(bundle);
