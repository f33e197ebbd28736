/**
 * Three builds from one source tree:
 * - "functions" (browser, ES2016): the custom functions (functions.js,
 *   functions.json with a helpUrl per function, functions.html) and their
 *   reference page (functions-reference.html), into dist/. Excel's
 *   JavaScript-only runtime may run them on an ES2016 engine, so everything in
 *   the bundle, node_modules included, is transpiled to ES2016 and the
 *   post-ES2016 built-ins it calls come from src/functions/es2016-polyfills.ts
 *   (test/functions/es2016.test.ts).
 * - "addin" (browser): the shared runtime's page taskpane.html, which loads
 *   office.js, taskpane.js (the boot script, ES5: src/taskpane/index.ts), then
 *   functions.js, and only then the React pane, a lazily loaded chunk ("pane",
 *   preloaded by the page) with a further lazy exceljs chunk for the .xlsx
 *   download; the site root (index.html), assets, the manifests and
 *   third-party-notices.txt (scripts/notices.js), into dist/; with "functions",
 *   served over HTTPS on localhost:3000 by `npm start`.
 * Which add-in a build is (src/addin.ts): development mode is the development
 * add-in (namespace BTUDEV); production mode (`npm run build`, and
 * `npm run build:local` for tests and benchmarks) writes BTU formulas.
 * - "cli" (Node): dist/cli/btu-calc.js with its own functions.json, the same
 *   functions.ts adapters under a CustomFunctions shim (`npx btu-calc`).
 * custom-functions-metadata-plugin generates functions.json from the JSDoc in
 * src/functions/functions.ts and appends CustomFunctions.associate calls.
 */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

const {
  DEV_URL,
  DEV_NAMESPACE,
  PROD_NAMESPACE,
  NEEDS_ADDIN_URL,
  addinUrl,
  devManifest,
  manifestVersion,
  packageVersion,
  prodManifest,
} = require("./scripts/manifests.js");
const { ThirdPartyNoticesPlugin } = require("./scripts/notices.js");
const urlDev = DEV_URL;
const { referencePage, withHelpUrls } = require("./scripts/functions-reference.js");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/** HTTPS options from office-addin-dev-certs; without admin rights the CA cannot be trusted here, so use the generated files as they are. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    if (!files.every((f) => fs.existsSync(f))) await devCerts.generateCertificates();
    console.warn(
      `\n[btu] The development CA could not be added to the trust store (${String(err.message || err).split("\n")[0]}).\n` +
        `[btu] Serving with the certificates in ${dir}; trust ca.crt there (or accept the browser warning) to load the add-in.\n`
    );
    const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
    return { ca, cert, key };
  }
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
};

/**
 * The page's boot script and what it imports, in ES5: Internet Explorer 11 must parse it up to the
 * message saying what the add-in needs (src/taskpane/index.ts; test/hardening/runtime.test.ts).
 */
const BOOT_FILES = [
  path.resolve(__dirname, "src", "taskpane", "index.ts"),
  path.resolve(__dirname, "src", "taskpane", "runtime"),
  path.resolve(__dirname, "src", "addin.ts"),
];
const es5BootRule = {
  test: /\.ts$/,
  include: BOOT_FILES,
  use: {
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { target: "ES5" } },
  },
};

/** The functions bundle: our TypeScript and every JavaScript module from node_modules down to ES2016. */
const es2016Rules = [
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: { transpileOnly: true, compilerOptions: { target: "ES2016" } },
    },
  },
  {
    test: /\.[cm]?js$/,
    include: /node_modules/,
    use: { loader: path.resolve(__dirname, "scripts", "es2016-loader.js") },
  },
];

/**
 * The pane's styles ahead of time (issue 19 item 9): Fluent UI styles with Griffel, which by
 * default resolves each makeStyles call and inserts its rules into <style> elements while the first
 * render runs. @griffel/webpack-loader resolves the pane's own makeStyles calls at build time (as
 * Fluent's packages ship theirs), and GriffelCSSExtractionPlugin moves every rule, Fluent's
 * included, into one stylesheet (pane.[contenthash].css) that taskpane.html links, so the first
 * render only joins class names. Only the "addin" build: the functions have no styles.
 */
const griffelRules = [
  {
    test: /\.(js|mjs|cjs|tsx?)$/,
    exclude: BOOT_FILES,
    use: { loader: GriffelCSSExtractionPlugin.loader },
  },
  {
    test: /\.tsx?$/,
    exclude: [/node_modules/, ...BOOT_FILES],
    use: { loader: "@griffel/webpack-loader" },
  },
];
const cssRule = { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] };

/**
 * Fluent's light theme as CSS variables on the page's root, written into taskpane.html at build
 * time by Fluent's own createCSSRuleFromTheme (issue 19 item 9): the pane's FluentProvider then
 * needs no theme object in light mode (src/taskpane/pane.tsx), so the pane's first chunk neither
 * carries the theme's colour ramps (about 23 KB) nor builds the theme and its variables at run time.
 * A dark Office theme still gives the provider Fluent's dark theme, whose variables, set on the
 * provider, take precedence over these.
 */
function lightThemeCss() {
  const { createCSSRuleFromTheme, webLightTheme } = require("@fluentui/react-components");
  return createCSSRuleFromTheme(":root", webLightTheme);
}

/**
 * The pane's first screens in taskpane.html (issue 19 item 9; src/taskpane/runtime/first-screen.ts):
 * scripts/first-screen.tsx renders the pane's first render with nothing stored, once per host, from the
 * pane's own components and the core, and each is written before </body> as a <template> the page
 * shows at once (stand-alone) or once the workbook's settings are read (Excel), and the pane takes
 * over. Production-mode builds only: a development server's page would keep a first screen its edited
 * sources no longer render. Written after the HTML minifiers, which would take out the comments
 * React puts between adjacent texts and needs for hydrating them.
 */
class FirstScreenPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FirstScreenPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // Once html-webpack-plugin has emitted the page (OPTIMIZE_INLINE) and the minimizers have
        // run over it: webpack's own HTML minimizer, like html-webpack-plugin's, takes out the
        // comments React's markup needs.
        { name: "FirstScreenPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE + 1 },
        () => {
          const asset = compilation.getAsset("taskpane.html");
          if (!asset) return;
          const html = asset.source.source().toString();
          if (!html.includes("</body>")) throw new Error("taskpane.html has no </body>");
          const templates = Object.entries(renderFirstScreens())
            .map(([id, screen]) => `<template id="${id}">${screen}</template>`)
            .join("");
          compilation.updateAsset(
            "taskpane.html",
            new sources.RawSource(html.replace("</body>", () => `${templates}</body>`))
          );
        }
      );
    });
  }
}

/** scripts/first-screen.tsx's output: template id to the first screen's HTML. */
function renderFirstScreens() {
  const { spawnSync } = require("child_process");
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "scripts", "first-screen.tsx")],
    {
      cwd: __dirname,
      env: { ...process.env, NODE_ENV: "production" },
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    }
  );
  if (run.status !== 0)
    throw new Error(`scripts/first-screen.tsx failed (${run.status}): ${run.stderr || run.error}`);
  return JSON.parse(run.stdout);
}

const FUNCTIONS_REFERENCE = "functions-reference.html";

/** Adds a helpUrl per function to functions.json (on the page below) and emits the reference page from the same metadata. */
class FunctionsReferencePlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsReferencePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsReferencePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin reported its error
          const generated = JSON.parse(asset.source.source().toString());
          // custom-functions-metadata always writes allowCustomDataForDataTypeAny: true; no BTU
          // function takes a data type (the adapter reads a data-type cell as its basic value), so
          // the flag is left out and Excel passes plain values (issue 19).
          delete generated.allowCustomDataForDataTypeAny;
          const metadata = withHelpUrls(generated, this.baseUrl + FUNCTIONS_REFERENCE);
          compilation.updateAsset(
            "functions.json",
            new sources.RawSource(JSON.stringify(metadata, null, 4))
          );
          compilation.emitAsset(
            FUNCTIONS_REFERENCE,
            new sources.RawSource(referencePage(metadata))
          );
        }
      );
    });
  }
}

/**
 * The task pane's .xlsx writer (ExcelJS) built from its lib/ sources, so every package it ships is one
 * webpack (and `npm audit --omit=dev`) can see: ExcelJS's prebuilt browser file, dist/exceljs.min.js,
 * embedded old copies of elliptic (6.5.4, GHSA-vjh7-7g9h-fjfh), bn.js, browserify-sign and the rest of
 * crypto-browserify inside one file. The writer needs no cryptography (ExcelJS hashes sheet-protection
 * passwords, which the add-in never sets), so Node's crypto, fs, stream and ExcelJS's CSV module are
 * left out and the browser bundle holds no cryptography library (test/hardening/lockdown.test.ts).
 */
const SHIMS = path.resolve(__dirname, "scripts", "browser-shims");
const xlsxFromSources = {
  alias: {
    exceljs$: path.resolve(__dirname, "node_modules", "exceljs", "lib", "exceljs.bare.js"),
    // jszip's "browser" field points at its prebuilt dist/jszip.min.js (pako, lie, setimmediate inside).
    jszip$: path.resolve(__dirname, "node_modules", "jszip", "lib", "index.js"),
  },
  fallback: {
    buffer: require.resolve("buffer/"),
    events: require.resolve("events/"),
    crypto: false,
    fs: false,
    stream: false,
    util: false,
  },
  plugins: [
    new webpack.NormalModuleReplacementPlugin(
      /exceljs[\\/]lib[\\/]utils[\\/]encryptor(\.js)?$/,
      path.join(SHIMS, "no-encryptor.js")
    ),
    new webpack.NormalModuleReplacementPlugin(
      /exceljs[\\/]lib[\\/]csv[\\/]csv(\.js)?$/,
      path.join(SHIMS, "no-csv.js")
    ),
    new webpack.ProvidePlugin({
      process: path.join(SHIMS, "process.js"),
      Buffer: ["buffer", "Buffer"],
    }),
  ],
};

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  /**
   * Source maps: full maps beside the bundles in development; a production build writes none into
   * dist/ (nothing the add-in serves), only hidden maps in dist-maps/ for the team and for
   * test/hardening/lockdown.test.ts, which attributes each finding to its module through them.
   */
  const devtool = dev ? "source-map" : "hidden-source-map";
  const sourceMapFilename = dev ? "[file].map" : "../dist-maps/[file].map";
  // Which add-in the build is for. Production: ADDIN_URL names the host, and the build writes the
  // production manifest (dist/manifest.xml). Development, and `npm run build:local` (production-mode
  // bundles for tests and benchmarks): the development server and manifest (dist/manifest.dev.xml).
  const local = dev || Boolean(env && env.local);
  const production = !local && Boolean(process.env.ADDIN_URL);
  const baseUrl = production ? addinUrl(process.env.ADDIN_URL) : urlDev;
  // The functions' namespace the pane writes (src/addin.ts) and the manifest registers; the version
  // both carry (package.json's; the manifest's <Version> is it with ".0").
  const namespace = dev ? DEV_NAMESPACE : PROD_NAMESPACE;
  const version = packageVersion();
  manifestVersion(version); // stops the build on a version the manifest cannot carry
  const addinIdentity = new webpack.DefinePlugin({
    __BTU_NAMESPACE__: JSON.stringify(namespace),
    __BTU_VERSION__: JSON.stringify(version),
  });
  /** A production build without ADDIN_URL stops with the reason (a plugin: `npm run build:cli` builds without it). */
  const needsAddinUrl = {
    apply(compiler) {
      if (local || production) return;
      compiler.hooks.beforeRun.tap("NeedsAddinUrl", () => {
        throw new Error(NEEDS_ADDIN_URL);
      });
    },
  };
  // BTU_FUNCTIONS_UNTRANSPILED=1 builds the functions as they would be without the ES2016 measures, into
  // dist-untranspiled/, only to show test/functions/es2016.test.ts failing on it (docs/excel-runtime.md).
  const untranspiled = process.env.BTU_FUNCTIONS_UNTRANSPILED === "1";
  const functions = {
    name: "functions",
    target: untranspiled ? "web" : ["web", "es2016"],
    devtool,
    entry: {
      functions: untranspiled
        ? "./src/functions/functions.ts"
        : ["./src/functions/es2016-polyfills.ts", "./src/functions/functions.ts"],
    },
    output: {
      path: path.resolve(__dirname, untranspiled ? "dist-untranspiled" : "dist"),
      filename: "[name].js",
      sourceMapFilename,
      clean: untranspiled, // "addin" cleans dist/ and keeps these files
      // functions.ts's detectDateSystem export, where it has one, as one script-level
      // `var BTUDetectDateSystem` (no globalThis needed; only that export is kept, so the bundle does
      // not grow): the shared page's boot script calls it so that the workbook's date system is
      // learned by this bundle's own module instance (src/taskpane/index.ts).
      library: { name: "BTUDetectDateSystem", type: "var", export: "detectDateSystem" },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: untranspiled ? [tsRule] : es2016Rules },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      needsAddinUrl,
      new FunctionsReferencePlugin(baseUrl),
      new ThirdPartyNoticesPlugin(),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
    ],
  };
  const addin = {
    name: "addin",
    // ES5 output for webpack's own runtime code, so the boot script parses in Internet Explorer 11;
    // the pane's chunks keep their modern code (the boot never loads them there).
    target: ["web", "es5"],
    devtool,
    dependencies: ["functions"],
    entry: {
      taskpane: "./src/taskpane/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      sourceMapFilename,
      clean: { keep: /^(cli\/|functions[.-])/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: xlsxFromSources.alias,
      fallback: xlsxFromSources.fallback,
    },
    module: {
      rules: [
        ...griffelRules,
        { oneOf: [es5BootRule, tsRule] },
        cssRule,
        // The core has no import-time side effects: what only the later chunk uses (the ledger's
        // operations, issue 21 item 4) is placed there, not in the pane's first chunk (issue 19 item 9).
        { test: /src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...xlsxFromSources.plugins,
      // No loading code: taskpane.html links the one stylesheet itself. The order of the modules'
      // rules does not matter: GriffelCSSExtractionPlugin sorts the extracted rules by Griffel's own
      // buckets, the order run-time insertion would give them.
      new MiniCssExtractPlugin({
        filename: "[name].[contenthash:8].css",
        runtime: false,
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
      needsAddinUrl,
      addinIdentity,
      new ThirdPartyNoticesPlugin({ emit: true }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/site/index.html",
        chunks: [],
        templateParameters: { manifest: production ? "manifest.xml" : "manifest.dev.xml" },
      }),
      ...(dev ? [] : [new FirstScreenPlugin()]),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The template places its scripts itself (office.js, taskpane.js, functions.js, in that order).
        inject: false,
        /** The pane's lazily loaded chunk and what it needs, to preload (src/taskpane/index.ts). */
        paneFiles: (compilation) => {
          const group = compilation.namedChunkGroups.get("pane");
          return group ? group.getFiles().filter((f) => f.endsWith(".js")) : [];
        },
        lightThemeCss: lightThemeCss(),
        /** The pane's stylesheet (Griffel's extracted rules), linked by the page so it loads with the scripts. */
        paneStyles: (compilation) => {
          const group = compilation.namedChunkGroups.get("pane");
          return group ? group.getFiles().filter((f) => f.endsWith(".css")) : [];
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The production manifest with ADDIN_URL, else the development one.
          production
            ? {
                from: "manifest.xml",
                to: "manifest.xml",
                transform: (content) => prodManifest(content.toString(), baseUrl),
              }
            : {
                from: "manifest.xml",
                to: "manifest.dev.xml",
                transform: (content) => devManifest(content.toString(), namespace),
              },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env && env.WEBPACK_BUILD ? undefined : await httpsOptions(),
      },
      port,
      client: false,
      hot: false,
      liveReload: false,
    },
  };
  const cli = {
    name: "cli",
    target: "node",
    devtool: false,
    entry: { "btu-calc": "./src/cli/btu-calc.ts" },
    output: { path: path.resolve(__dirname, "dist", "cli"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule] },
    externals: { exceljs: "commonjs exceljs" },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
    ],
  };
  return [functions, addin, cli];
};
