/**
 * Many files through LibreOffice in one headless run, each recomputed: a
 * profile whose Calc settings recalculate every formula on loading (OOXML
 * and ODF "always recalculate"), so a formula's cached result (the schedules'
 * SUM totals carry one) is never what is read back; every sheet of every
 * file comes back as CSV rows of computed values. CSV files are opened as
 * LibreOffice opens a CSV (one sheet).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LIBREOFFICE_MISSING, parseCsv, soffice } from "./libreoffice";

const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A recomputed file: sheet name -> rows of values as LibreOffice shows them (dates in their cell format). */
export type Recomputed = Map<string, string[][]>;

/**
 * Opens each file in LibreOffice, recalculates it and
 * returns file path -> its sheets. One soffice run for all of them.
 */
export function recomputeAll(files: readonly string[]): Map<string, Recomputed> {
  const bin = soffice();
  if (!bin) throw new Error(LIBREOFFICE_MISSING);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "btu-lo-batch-out-"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "btu-lo-batch-profile-"));
  // Each input is converted as a copy named f0, f1, ...: distinct names, and a CSV input is not written over by its output.
  const inputs = fs.mkdtempSync(path.join(os.tmpdir(), "btu-lo-batch-in-"));
  const bases = files.map((_, i) => `f${i}`);
  try {
    fs.mkdirSync(path.join(profile, "user"));
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    const copies = files.map((f, i) => {
      const copy = path.join(inputs, `${bases[i]}${path.extname(f).toLowerCase()}`);
      fs.copyFileSync(f, copy);
      return copy;
    });
    // Filter options: comma, quote, UTF-8, from line 1, ..., formatted as shown, all sheets (-1).
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
        ...copies,
      ],
      { stdio: "pipe", timeout: 300_000 }
    );
    const produced = fs.readdirSync(out).filter((n) => n.endsWith(".csv"));
    const read = (name: string) => parseCsv(fs.readFileSync(path.join(out, name), "utf8"));
    const result = new Map<string, Recomputed>();
    files.forEach((f, i) => {
      const sheets: Recomputed = new Map();
      for (const name of produced) {
        const stem = name.replace(/\.csv$/, "");
        if (stem === bases[i]) sheets.set(path.basename(f), read(name));
        else if (stem.startsWith(`${bases[i]}-`))
          sheets.set(stem.slice(bases[i].length + 1), read(name));
      }
      if (sheets.size === 0) throw new Error(`LibreOffice produced nothing for ${f}`);
      result.set(f, sheets);
    });
    return result;
  } finally {
    for (const d of [out, profile, inputs]) fs.rmSync(d, { recursive: true, force: true });
  }
}

/** The error values a spreadsheet shows in a cell (Excel's and LibreOffice's own "Err:5xx"). */
export const ERROR_CELL =
  /^(#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A|#SPILL!|#CALC!|Err:\d+)$/;

/** Every error cell of a recomputed file, as "sheet!R1C1: value". */
export function errorCells(file: Recomputed): string[] {
  const out: string[] = [];
  for (const [sheet, rows] of file)
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (ERROR_CELL.test(v.trim())) out.push(`${sheet}!R${r + 1}C${c + 1}: ${v}`);
      })
    );
  return out;
}
