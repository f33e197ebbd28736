/**
 * Webpack loader: transpiles JavaScript from node_modules (date-fns is ES2020)
 * down to ES2016 syntax with TypeScript's own transpiler, for the functions
 * bundle, which Excel's JavaScript-only runtime may run on an ES2016 engine.
 * Built-ins are not transpiled: src/functions/es2016-polyfills.ts provides
 * the ones the bundle calls. test/functions/es2016.test.ts checks the result.
 */
const ts = require("typescript");

module.exports = function es2016Loader(source, map) {
  const out = ts.transpileModule(source, {
    fileName: this.resourcePath,
    compilerOptions: {
      target: ts.ScriptTarget.ES2016,
      module: ts.ModuleKind.ESNext,
      allowJs: true,
      sourceMap: this.sourceMap,
      inlineSources: this.sourceMap,
      importHelpers: false,
    },
    reportDiagnostics: false,
  });
  this.callback(null, out.outputText, out.sourceMapText ? JSON.parse(out.sourceMapText) : map);
};
