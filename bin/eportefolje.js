#!/usr/bin/env node
// The package's command: the same TypeScript command line as `npm run cli`, compiled on load by tsx.
require("tsx/cjs");
const { run } = require("../src/cli/main.ts");
run(process.argv.slice(2));
