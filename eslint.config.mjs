// ESLint 9 flat config: Microsoft's eslint-plugin-office-addins "react" config
// (eslint:recommended, eslint-plugin-react, the office-addins rules, prettier via
// eslint-plugin-prettier), with the typescript-eslint parser, extended to .tsx files.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

// The plugin's configs only apply their parser and rules to these extensions;
// the task pane is written in .tsx, so widen that block to JSX and TSX files.
const PLUGIN_FILES = "**/*.{js,mjs,cjs,ts,cts,mts}";
const SOURCE_FILES = "**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}";

const officeAddinsReact = officeAddins.configs.react.map((block) =>
  block.files?.includes(PLUGIN_FILES) ? { ...block, files: [SOURCE_FILES] } : block
);

export default [
  {
    ignores: ["dist/", "dist-untranspiled/", "coverage/", "test-output/"],
  },
  ...officeAddinsReact,
  {
    files: [SOURCE_FILES],
    languageOptions: {
      // The plugin's config names this parser but leaves it unset (its default import
      // is undefined); Microsoft's office-addin-lint config sets it the same way.
      parser: tsParser,
      // The plugin pins ecmaVersion 6, which lacks the ES2017+ globals the code uses.
      ecmaVersion: "latest",
      parserOptions: {
        // typescript-eslint 8.8 (the plugin's pin) officially lists TypeScript < 5.6;
        // the project is on 5.9, which it parses fine. Silence the per-run banner.
        warnOnUnsupportedTypeScriptVersion: false,
      },
    },
    rules: {
      // react-jsx transform (tsconfig "jsx": "react-jsx"): React need not be in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // Prettier runs once, here, for these files (npm test's format:check:others checks the rest):
      // as `prettier --check` reads the project's config, line ends included (the plugin's config
      // relaxes endOfLine to "auto").
      "prettier/prettier": "error",
    },
  },
  {
    // TypeScript checks undefined names itself (and knows the DOM, Node, Jest and
    // Office types from tsconfig); no-undef would only report false positives.
    files: ["**/*.{ts,cts,mts,tsx}"],
    rules: {
      "no-undef": "off",
    },
  },
  {
    // Plain JavaScript: CommonJS Node scripts and configs.
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: globals.node,
    },
  },
  {
    // Scripts injected into a browser page by the hardening tests.
    files: ["test/hardening/browser-*.js"],
    languageOptions: {
      sourceType: "script",
      globals: globals.browser,
    },
  },
];
