import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { run, SAMPLE, tempDir } from "./hostileFiles";

const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
const SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const VBA = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4]);

/** The sample saved as another kind of workbook: with macros (a VBA project part) or as a template. */
async function sampleAs(name: string, mainType: string, damaged = false): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types
      .replace(SHEET_MAIN, mainType)
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  if (mainType === MACRO_MAIN) {
    zip.file("xl/vbaProject.bin", VBA);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
  }
  if (damaged) {
    zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row");
  }
  const file = join(tempDir(), name);
  writeFileSync(file, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return file;
}

async function mainType(file: string): Promise<string | undefined> {
  const types = await (await JSZip.loadAsync(readFileSync(file))).file("[Content_Types].xml")!.async("string");
  return /<Override PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(types)?.[1];
}

describe('an output named for another kind of workbook than it holds (Excel: "file format or file extension is not valid")', () => {
  it.each<[string, string, string, string]>([
    ["report", "reg.xlsm", MACRO_MAIN, ".xlsm"],
    ["report", "reg.xltx", TEMPLATE_MAIN, ".xltx"],
    ["import", "reg.xlsm", MACRO_MAIN, ".xlsm"],
  ])("%s %s --out ….xlsx is refused with one line naming the extension to use, before any work", async (command, name, type, extension) => {
    // The register's sheets are damaged: the line about the name comes before any of them is read.
    const register = await sampleAs(name, type, true);
    const out = join(tempDir(), "ut.xlsx");
    const args = command === "import" ? [register, register] : [register];
    const result = await run(command, ...args, "--out", out);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(result.err).toContain(`må ha filtypen ${extension}`);
    expect(existsSync(out)).toBe(false);
  });

  it("a register with macros gets its report as .xlsm, macros kept byte for byte", async () => {
    const register = await sampleAs("reg.xlsm", MACRO_MAIN);
    const out = join(tempDir(), "rapport.XLSM");
    expect((await run("report", register, "--out", out)).code).toBe(0);
    expect(await mainType(out)).toBe(MACRO_MAIN);
    const vba = await (await JSZip.loadAsync(readFileSync(out))).file("xl/vbaProject.bin")!.async("uint8array");
    expect(Buffer.from(vba).equals(Buffer.from(VBA))).toBe(true);
  });

  it("the council workbook is always an ordinary .xlsx, whatever the register is", async () => {
    const register = await sampleAs("reg.xlsm", MACRO_MAIN);
    const refused = await run("council", register, "--out", join(tempDir(), "rådet.xlsm"), "--lang", "en");
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("must end in .xlsx");
    const out = join(tempDir(), "rådet.xlsx");
    expect((await run("council", register, "--out", out)).code).toBe(0);
    expect(await mainType(out)).toBe(SHEET_MAIN);
  });
});
