// Lints source files with lines added at the top, using the project's own ESLint configuration, and prints
// the layer rules' messages for each as JSON. Run as a process of its own: ESLint loads its configuration as
// an ES module, which Jest's module system does not.
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";

const cases = JSON.parse(readFileSync(0, "utf8"));
const layerRules = new Set(["no-restricted-imports", "no-restricted-globals"]);
const eslint = new ESLint({ ruleFilter: ({ ruleId }) => layerRules.has(ruleId) });
const out = [];
for (const { file, added } of cases) {
  const [result] = await eslint.lintText(`${added}\n${readFileSync(file, "utf8")}`, { filePath: file });
  out.push(result.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message })));
}
process.stdout.write(JSON.stringify(out));
