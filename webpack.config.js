/**
 * Two builds from one source tree:
 * - "addin" (browser): the custom functions (functions.js, functions.json,
 *   functions.html), the task pane (taskpane.html + taskpane.js, and a lazily
 *   loaded exceljs chunk for the .xlsx download), assets and manifest, into
 *   dist/; served over HTTPS on localhost:3000 by `npm start`.
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

const urlDev = "https://localhost:3000/";
// Where the production build is hosted; `ADDIN_URL=https://... npm run build` rewrites the manifest.
const urlProd = process.env.ADDIN_URL || urlDev;
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

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const addin = {
    name: "addin",
    target: "web",
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule] },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
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
  return [addin, cli];
};
