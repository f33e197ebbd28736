/**
 * Writes docs/bad-input.md from the bad-input table (test/hardening/bad-input.ts)
 * and the messages the built functions return. Run after `npm run build:local`:
 *
 *   npm run docs:bad-input            write the file
 *   npm run docs:bad-input -- --check exit 1 if the file is out of date
 */
import * as fs from "fs";
import * as path from "path";
import { loadRegistered } from "../test/helpers/registered";
import { DOC_PATH, renderBadInputDoc } from "../test/hardening/bad-input-doc";

const file = path.join(__dirname, "..", DOC_PATH);
const text = renderBadInputDoc(loadRegistered());
if (process.argv.includes("--check")) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (current !== text) {
    process.stderr.write(`${DOC_PATH} is out of date: run \`npm run docs:bad-input\`\n`);
    process.exit(1);
  }
  process.stdout.write(`${DOC_PATH} is up to date\n`);
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  process.stdout.write(`wrote ${DOC_PATH}\n`);
}
