/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Each test file builds its own workbooks; a generous timeout covers LibreOffice and Chromium runs.
  testTimeout: 60000,
  // Input files (the sample register, its data, the icons) must be byte for byte the same after every test.
  globalSetup: "<rootDir>/test/setup/recordInputs.ts",
  globalTeardown: "<rootDir>/test/setup/compareInputs.ts",
};
