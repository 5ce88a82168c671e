// Lint for the whole repository: `npm run lint` (zero warnings allowed; .ci/run runs it before the tests).
// Formatting is Prettier's (.prettierrc.json); this file holds the rules a formatter cannot check.
// The layer rules at the end keep imports pointing down (docs/developing.md, "Layers").
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const NODE_BUILTINS = "node:.*|fs|path|os|child_process|crypto|stream|util|zlib|url|worker_threads";
const UI = "react|react-dom|react-dom/.*|@fluentui/.*|scheduler";
const WORKBOOK_LIBRARIES = "exceljs|jszip|fflate|@microsoft/office-js|office-addin-.*";

/** An import rule for one layer: packages it may not use, and sibling layers it may not reach. */
function layer(files, { packages, layers, why }) {
  const patterns = [];
  if (packages) {
    patterns.push({ regex: `^(${packages})$`, message: why });
  }
  // A relative import that climbs out of the layer into a forbidden one ("../../host/file/x", "../app").
  if (layers) {
    patterns.push({ regex: `^(\\.\\./)+(${layers})(/|$)`, message: why });
  }
  return { files, rules: { "no-restricted-imports": ["error", { patterns }] } };
}

export default tseslint.config(
  { ignores: ["dist/", "dist-ts/", "out/", "coverage/", "test-output/", "node_modules/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      curly: ["error", "all"],
      eqeqeq: ["error", "always"],
      "no-console": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // The port's methods return promises by contract; a host that has the answer at hand still keeps it.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Tests read JSON and cells as they come, and their doubles mimic hosts rather than follow our style.
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  {
    // Office.js rejects with plain objects (OfficeExtension.Error's shape), not Error instances: the double does too.
    files: ["test/office/**/*.ts"],
    rules: { "@typescript-eslint/only-throw-error": "off", "@typescript-eslint/prefer-promise-reject-errors": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // Microsoft's rules for Office.js: load before read, sync before read, no sync in a loop, isNullObject.
    files: ["src/host/office/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  layer(["src/core/**"], {
    packages: `${WORKBOOK_LIBRARIES}|${UI}|${NODE_BUILTINS}`,
    layers: "host|app|cli|taskpane|workbook",
    why: "The core is host-free: plain data in, plain data out; no host, UI, Node or use case.",
  }),
  layer(["src/workbook/**"], {
    packages: `${WORKBOOK_LIBRARIES}|${UI}|${NODE_BUILTINS}`,
    layers: "host|app|cli|taskpane",
    why: "The port names no host: hosts implement it, use cases call it.",
  }),
  layer(["src/app/**"], {
    packages: `${WORKBOOK_LIBRARIES}|${UI}|${NODE_BUILTINS}`,
    layers: "host|cli|taskpane",
    why: "Use cases reach a host only through the workbook port.",
  }),
  layer(["src/host/file/**"], {
    packages: `@microsoft/office-js|office-addin-.*|${UI}`,
    layers: "office|browser|app|cli|taskpane",
    why: "The file host is one adapter of the port: it imports neither the Office host, nor a driver, nor a use case.",
  }),
  layer(["src/host/office/**"], {
    packages: `exceljs|jszip|fflate|${UI}|${NODE_BUILTINS}`,
    layers: "file|browser|app|cli|taskpane",
    why: "The Office host is one adapter of the port: it imports neither the file host, nor a driver, nor a use case.",
  }),
  layer(["src/host/browser/**"], {
    packages: `${UI}|${NODE_BUILTINS}`,
    layers: "file|office|app|cli|taskpane",
    why: "The browser helpers stand alone: drivers call them.",
  }),
  layer(["src/cli/**"], {
    packages: `${UI}`,
    layers: "taskpane",
    why: "The command line and the task pane are separate drivers over the same use cases.",
  }),
  layer(["src/taskpane/**"], {
    packages: `${NODE_BUILTINS}`,
    layers: "cli",
    why: "The task pane and the command line are separate drivers over the same use cases; the pane runs in a browser.",
  }),
  {
    // Office.js is a global: only the Office host and the pane's start-up may touch it.
    files: ["src/core/**", "src/app/**", "src/workbook/**", "src/host/file/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Excel", "Office", "OfficeExtension"].map((name) => ({
          name,
          message: "Only src/host/office and the pane's start-up speak Office.js.",
        })),
      ],
    },
  },
);
