import { readFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { importTemplates } from "../../src/app/importTemplates";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { dependencyHeaderRow, fill, generate, SAMPLE, tempDir } from "../template/templateFiles";
import { checksum } from "./hostileFiles";

const open = async (path: string) => FileWorkbook.open(new Uint8Array(readFileSync(path)), path);

/** Five thousand dependency rows typed below the table, where the protected sheet allows none. */
function addRowsBelow(count: number) {
  return (_wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => {
    const first = dependencyHeaderRow(ws) + 60;
    for (let i = 0; i < count; i++) {
      ws.getRow(first + i).values = [`Ekstra avhengighet ${i}`, "Annet", "Lav", "Grønn", null];
    }
  };
}

async function importOne(file: string) {
  const port = await open(SAMPLE);
  const rows = async () => (await port.readSheets(["Avhengigheter"]))[0].values.length;
  const before = await rows();
  const plan = await importTemplates(port, [{ file, sheets: await (await open(file)).readSheets() }], {
    now: new Date("2023-10-02T08:00:00Z"),
    lang: "nb",
  });
  return { plan, added: (await rows()) - before };
}

describe("rows below a template's answer area", () => {
  const dir = tempDir();
  let template: string;
  beforeAll(async () => {
    template = (await generate(SAMPLE, "2023-Q3", join(dir, "q3"))).get("T-001")!;
  });

  it("are not imported: the template is rejected with a finding at each such row, and no row goes in", async () => {
    const sum = checksum(template);
    const file = await fill(template, {}, join(dir, "extra.xlsx"), addRowsBelow(5000));
    const { plan, added } = await importOne(file);
    const [outcome] = plan.outcomes;
    expect(outcome.imported).toBe(false);
    const outside = outcome.findings.filter((f) => f.type === "template/outside-answer-area");
    expect(outside).toHaveLength(5000);
    expect(outside[0].value).toBe("Ekstra avhengighet 0");
    expect(added).toBe(0);
    expect(checksum(template)).toBe(sum);
  });

  it("in a template made before the answer area was marked, reading stops after 200 dependency rows", async () => {
    const file = await fill(template, {}, join(dir, "old-marker.xlsx"), (wb, ws) => {
      wb.getWorksheet("_mal")!.getCell("I2").value = null;
      addRowsBelow(300)(wb, ws);
    });
    const { plan } = await importOne(file);
    const outside = plan.outcomes[0].findings.filter((f) => f.type === "template/outside-answer-area");
    expect(plan.outcomes[0].imported).toBe(false);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.length).toBeLessThan(300);
  });
});
