/**
 * Which add-in this build is: its custom functions' namespace and its version, fixed at build time.
 *
 * webpack.config.js defines __BTU_NAMESPACE__ and __BTU_VERSION__ (DefinePlugin) from
 * scripts/manifests.js, the same values it writes into the manifest: `BTUDEV` for the development
 * add-in (`npm start`, `npm run build:dev`), `BTU` for every production-mode build (`npm run build`,
 * and `npm run build:local`, whose bundles the tests and benchmarks run), so the development and the
 * production add-ins install side by side (issue 19). The pane writes its formulas under NAMESPACE
 * (src/taskpane/excel/formulas.ts); the in-workbook self-test reads it too. Code run without webpack
 * (Jest, tsx, the CLI) sees the production values.
 */
declare const __BTU_NAMESPACE__: string | undefined;
declare const __BTU_VERSION__: string | undefined;

/** The custom functions' namespace in Excel: `=BTU.PAYOUT(...)` in production, `=BTUDEV.PAYOUT(...)` in development. */
export const NAMESPACE: string = typeof __BTU_NAMESPACE__ === "string" ? __BTU_NAMESPACE__ : "BTU";

/** package.json's version, which the manifest's <Version> is made from ("1.0.0" -> "1.0.0.0"). */
export const ADDIN_VERSION: string = typeof __BTU_VERSION__ === "string" ? __BTU_VERSION__ : "";
