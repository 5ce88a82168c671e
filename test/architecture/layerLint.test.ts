import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

interface LintMessage {
  rule: string;
  line: number;
  message: string;
}

/** The layer rules' messages for each file with a line added at its top, from `npm run lint`'s own configuration. */
function lintWithAdded(cases: ReadonlyArray<{ file: string; added: string }>): LintMessage[][] {
  const out = execFileSync(process.execPath, [join(__dirname, "lintSnippets.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  return JSON.parse(out) as LintMessage[][];
}

// Each file is a real one of its layer; the line added reaches where the layer must not.
const FORBIDDEN: ReadonlyArray<[string, string, string, RegExp]> = [
  ["core imports a host", "src/core/sheet.ts", 'import { FileWorkbook } from "../host/file/fileWorkbook";', /core is host-free/],
  ["core imports a workbook library", "src/core/checks/checkPeriod.ts", 'import ExcelJS from "exceljs";', /core is host-free/],
  ["core imports Node", "src/core/cells.ts", 'import { readFileSync } from "node:fs";', /core is host-free/],
  ["core imports React", "src/core/report/styles.ts", 'import { useState } from "react";', /core is host-free/],
  ["core calls Office.js", "src/core/sheet.ts", "export const run = () => Excel.run(async () => undefined);", /Only src\/host\/office/],
  [
    "a use case imports a host",
    "src/app/checkAny.ts",
    'import { FileWorkbook } from "../host/file/fileWorkbook";',
    /only through the workbook port/,
  ],
  [
    "the port imports a host",
    "src/workbook/port.ts",
    'import { OfficeWorkbook } from "../host/office/officeWorkbook";',
    /port names no host/,
  ],
  [
    "the file host imports the Office host",
    "src/host/file/nodeFiles.ts",
    'import { runGuarded } from "../office/runBatch";',
    /file host is one adapter/,
  ],
  [
    "the Office host imports the file host",
    "src/host/office/runBatch.ts",
    'import { FileWorkbook } from "../file/fileWorkbook";',
    /Office host is one adapter/,
  ],
  [
    "the command line imports the task pane",
    "src/cli/openInput.ts",
    'import { PANE_TEXT } from "../taskpane/i18n/allTexts";',
    /separate drivers/,
  ],
  ["the task pane imports the command line", "src/taskpane/appVersion.ts", 'import { main } from "../cli/main";', /separate drivers/],
];

describe("the layer rules of npm run lint", () => {
  let results: LintMessage[][];
  beforeAll(() => {
    const cases = FORBIDDEN.map(([, file, added]) => ({ file, added }));
    // The files as they are, too: the rules must not flag the imports the layers do use.
    results = lintWithAdded([...cases, ...FORBIDDEN.map(([, file]) => ({ file, added: "" }))]);
  });

  it.each(FORBIDDEN.map((c, i) => [...c, i] as const))("fail when %s", (_what, _file, _added, why, i) => {
    expect(results[i]).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(why) })]);
  });

  it("pass the files as they are", () => {
    expect(results.slice(FORBIDDEN.length)).toEqual(FORBIDDEN.map(() => []));
  });
});
