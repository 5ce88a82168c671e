import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkTemplateWorkbook } from "../../src/app/templatesCheck";
import { detectTemplate } from "../../src/core/template/checkTemplate";
import { templateFileName } from "../../src/core/template/templateFileName";
import { findingMessage, missingMessages } from "../../src/core/messages/messages";
import type { Period } from "../../src/core/register/period";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { fill, generate, inputCell, SAMPLE, tempDir } from "./templateFiles";

const open = async (path: string) => FileWorkbook.open(new Uint8Array(readFileSync(path)), path);

describe("Kontroller rapporten min: a contact checks a filled template before sending it", () => {
  const dir = tempDir();
  let files: Map<string, string>;

  beforeAll(async () => {
    files = await generate(SAMPLE, "2023-Q3", join(dir, "templates"));
  });

  it("recognises a template, and says what it is for", async () => {
    const markers = detectTemplate(await (await open(files.get("T-004")!)).readSheets());
    expect(markers?.map((m) => [m.id, m.period, m.version])).toEqual([["T-004", "2023-Q3", 1]]);
    expect(detectTemplate(await (await open(SAMPLE)).readSheets())).toBeUndefined();
  });

  it("passes an untouched template pre-filled from a complete register", async () => {
    const result = await checkTemplateWorkbook(await open(files.get("T-001")!));
    expect(result.valid).toBe(true);
  });

  it("lists every problem at its cell, with a message in Norwegian", async () => {
    let statusCell = "";
    let reasonCell = "";
    const filled = await fill(
      files.get("T-001")!,
      { cells: { Status: "Gronn", Risiko: "Rød", Risikobegrunnelse: null } },
      join(dir, "T-001 feil.xlsx"),
      (_wb, ws) => {
        statusCell = inputCell(ws, "Status").address;
        reasonCell = inputCell(ws, "Risikobegrunnelse").address;
      },
    );
    const result = await checkTemplateWorkbook(await open(filled));
    expect(result.valid).toBe(false);
    expect(result.findings.map((f) => [f.type, f.cell])).toEqual([
      ["cell/enum", statusCell],
      ["cell/risk-reason-required", reasonCell],
    ]);
    expect(findingMessage(result.findings[0], "nb")).toMatch(/«Gronn».*«Grønn»/);
    expect(findingMessage(result.findings[1], "nb")).toMatch(/Rød/);
    for (const f of result.findings) {
      for (const lang of ["nb", "en"] as const) {
        expect(findingMessage(f, lang)).not.toMatch(/undefined|^cell\//);
      }
    }
  });
});

describe("template messages", () => {
  it.each([
    "template/marker-missing",
    "template/format-version",
    "template/sheet-missing",
    "template/structure-changed",
    "template/identity-changed",
    "template/unknown-initiative",
    "template/period-mismatch",
    "template/duplicate",
    "template/outside-answer-area",
    "cell/required",
    "cell/status-required",
    "cell/status-reason-required",
    "cell/risk-required",
    "cell/risk-reason-required",
    "cell/main-goal-required",
    "cell/budget-segment",
    "cell/deadline-passed",
  ])("%s has a message in both languages", (type) => {
    expect(missingMessages([type])).toEqual([]);
  });
});

describe("template file names", () => {
  it.each([
    ["T-004", "EPJ-løftet", "T-004 EPJ-løftet 2023-Q3.xlsx"],
    ["T-010", "Journal/dokument: deling?", "T-010 Journal-dokument- deling- 2023-Q3.xlsx"],
    ["T-011", "Navn som ender med punktum.", "T-011 Navn som ender med punktum. 2023-Q3.xlsx"],
  ])("%s %s → %s", (id, name, expected) => {
    expect(templateFileName(id, name, "2023-Q3" as Period)).toBe(expected);
  });
});
