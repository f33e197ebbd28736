/**
 * LibreOffice as an independent spreadsheet engine: recalculates an .xlsx
 * headless and returns every sheet's computed values as CSV rows.
 *
 * Needs Debian's libreoffice-calc-nogui (`sudo apt-get install -y
 * libreoffice-calc-nogui`). Under CI=true a missing LibreOffice fails the
 * tests that need it; elsewhere they are skipped with that instruction.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export function soffice(): string | undefined {
  for (const candidate of [process.env.SOFFICE, "soffice", "libreoffice"]) {
    if (!candidate) continue;
    const r = spawnSync(candidate, ["--version"], { encoding: "utf8" });
    if (r.status === 0) return candidate;
  }
  return undefined;
}

export const LIBREOFFICE_MISSING =
  "LibreOffice is not installed: the spreadsheet-engine checks need it. Install it with `sudo apt-get install -y libreoffice-calc-nogui` (CI installs it in .ci/run).";

/**
 * `describe` when LibreOffice is present; otherwise a skipped suite that says
 * how to install it — or, under CI=true, a failing test.
 */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (soffice()) {
    describe(name, body);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      test("LibreOffice is required in CI", () => {
        throw new Error(LIBREOFFICE_MISSING);
      });
    });
  } else {
    console.warn(`Skipping "${name}": ${LIBREOFFICE_MISSING}`);
    describe.skip(name, body);
  }
}

/** Parses RFC 4180 CSV. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Recalculates `xlsx` with LibreOffice and returns sheet name -> rows of
 * computed values (raw numbers, not formatted text; dates as serials).
 */
export function recalculate(xlsx: string): Map<string, string[][]> {
  const bin = soffice();
  if (!bin) throw new Error(LIBREOFFICE_MISSING);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "btu-lo-out-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "btu-lo-profile-"));
  try {
    // Filter options: comma, quote, UTF-8, from line 1, ..., raw values (not as shown), all sheets (-1).
    execFileSync(
      bin,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        out,
        xlsx,
      ],
      { stdio: "pipe", timeout: 180_000 }
    );
    const base = path.basename(xlsx, ".xlsx");
    const sheets = new Map<string, string[][]>();
    for (const f of fs.readdirSync(out)) {
      if (!f.startsWith(base + "-") || !f.endsWith(".csv")) continue;
      sheets.set(
        f.slice(base.length + 1, -4),
        parseCsv(fs.readFileSync(path.join(out, f), "utf8"))
      );
    }
    if (sheets.size === 0) throw new Error(`LibreOffice produced no CSV for ${xlsx}`);
    return sheets;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
