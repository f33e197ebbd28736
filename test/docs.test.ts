/** The generated documentation matches the code (run `npm run docs` after changing a function, a term or the register). */
import * as fs from "fs";
import * as path from "path";
import { interpretationsDoc, loadMeta, readme, termsDoc } from "../scripts/docs";

const ROOT = path.join(__dirname, "..");
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");

test("README's function reference matches functions.json", () => {
  const current = read("README.md");
  expect(readme(current, loadMeta())).toBe(current);
});
test("docs/interpretations.md matches the register", () =>
  expect(read("docs/interpretations.md")).toBe(interpretationsDoc()));
test("docs/terms.md matches the terms", () => expect(read("docs/terms.md")).toBe(termsDoc()));
test("the README starts with the two commands", () => {
  const lines = read("README.md").split("\n");
  expect(lines.slice(2, 6).join("\n")).toMatch(/npm ci && npm start[\s\S]*npm ci && npm test/);
});
