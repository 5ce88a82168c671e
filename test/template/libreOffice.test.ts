import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { generate, SAMPLE, tempDir } from "./templateFiles";

/** The XML of every worksheet in an .xlsx file. */
async function worksheetXml(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
  return Promise.all(parts.map((p) => zip.file(p)!.async("string")));
}

describe("a generated template opened and saved by LibreOffice", () => {
  it("keeps its dropdowns and its sheet protection", async () => {
    const dir = tempDir();
    const files = await generate(SAMPLE, "2023-Q3", join(dir, "templates"));
    const out = join(dir, "converted");
    const profile = `file:///tmp/lo-${process.pid}-${Date.now()}`;
    execFileSync(
      "soffice",
      ["--headless", "--convert-to", "xlsx", "--outdir", out, `-env:UserInstallation=${profile}`, files.get("T-001")!],
      { stdio: "ignore", timeout: 120_000 },
    );
    const [converted] = readdirSync(out);
    const sheets = await worksheetXml(join(out, converted));
    const template = sheets.find((xml) => xml.includes("<sheetProtection"));
    expect(template).toBeDefined();
    expect(template).toMatch(/<sheetProtection[^>]*sheet="(1|true)"/);
    const validations = template!.match(/<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/g) ?? [];
    expect(validations.some((v) => /type="list"/.test(v) && /_mal/.test(v))).toBe(true);
    expect(validations.some((v) => /type="date"/.test(v))).toBe(true);
    // Unlocked input cells survive as a style with locked="false".
    const zip = await JSZip.loadAsync(readFileSync(join(out, converted)));
    expect(await zip.file("xl/styles.xml")!.async("string")).toMatch(/<protection[^>]*locked="(0|false)"/);
  }, 180_000);
});
