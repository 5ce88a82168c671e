import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { CellValue } from "../../src/core/cells";
import type { SheetData } from "../../src/core/sheet";
import { checkTemplate } from "../../src/core/template/checkTemplate";
import { planImport } from "../../src/core/template/planImport";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { generate, SAMPLE, tempDir } from "./templateFiles";

const open = async (path: string) => (await FileWorkbook.open(new Uint8Array(readFileSync(path)), path)).readSheets();

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("Grønn", "Rød", "Aktiv", "#REF!", "2023-Q4", "Ja", "T-999", ""),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

/** A template's sheets with some cells, on any sheet including the marker, overwritten. */
function mutate(sheets: readonly SheetData[], edits: Array<[number, number, number, CellValue]>): SheetData[] {
  const copy = sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  for (const [s, r, c, v] of edits) {
    const sheet = copy[s % copy.length];
    const row = sheet.values[r % Math.max(1, sheet.values.length)];
    if (row) {
      row[c % Math.max(1, row.length)] = v;
    }
  }
  return copy;
}

describe("reading and importing templates never throws on bad input", () => {
  let template: SheetData[];
  let register: SheetData[];

  beforeAll(async () => {
    const files = await generate(SAMPLE, "2023-Q3", join(tempDir(), "t"));
    template = await open(files.get("T-004")!);
    register = await open(SAMPLE);
  });

  it("gives findings, the same twice, for any edit of any cell", () => {
    const edit = fc.tuple(fc.nat(), fc.nat(60), fc.nat(20), cellValue);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const sheets = mutate(template, edits);
        const first = checkTemplate(sheets);
        expect(checkTemplate(sheets)).toEqual(first);
        const plan = planImport(register, [{ file: "x.xlsx", sheets }], { now: new Date(0), lang: "nb" });
        expect(plan.outcomes.length).toBeGreaterThan(0);
        expect(plan.outcomes.every((o) => o.imported === !o.findings.some((f) => f.severity === "error"))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
