import ExcelJS from "exceljs";
import { readFigures } from "../../src/app/readFigures";
import { layoutReport } from "../../src/core/report/layoutReport";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { addRows, VALID_REGISTER } from "../checks/fixtures/validRegister";
import { sampleReport, sheetOf } from "./sampleReport";

/** The first cells of the rows, in order, without the empty ones. */
function column(sheet: ReportSheet): string[] {
  return sheet.values.map((l) => l[0]).filter((v): v is string => typeof v === "string");
}

/** The rows after the one whose first cell is `text`, up to the next empty row. */
function after(sheet: ReportSheet, text: string): string[] {
  const start = sheet.values.findIndex((l) => l[0] === text);
  if (start < 0) {
    throw new Error(`no row ${text} in ${sheet.name}`);
  }
  const out: string[] = [];
  for (let r = start + 1; r < sheet.values.length && sheet.values[r][0] !== null; r++) {
    out.push(String(sheet.values[r][0]));
  }
  return out;
}

async function reportOf(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<ReportSheet[]> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    addRows(wb, name, rows);
  }
  const port = await FileWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()), "register.xlsx");
  const { summary, findings, context } = await readFigures(port);
  return layoutReport(summary, findings, "nb", context);
}

describe("the report's texts of the sample", () => {
  let sheets: ReportSheet[];
  beforeAll(async () => {
    ({ sheets } = await sampleReport("nb"));
  });

  it("Aktuelle tema has chapter 4's three follow-ups in order, each with its text and the initiatives it concerns", () => {
    const s = sheetOf(sheets, "topics");
    expect(s.values[0][0]).toBe("Aktuelle tema og utfordringer");
    const shown = column(s);
    expect(shown).toContain("Oppfølging fra forrige rapport");
    expect(shown).not.toContain("Nye tema");
    const titles = ["Felles kommunal journal", "Status Helseplattformen", "Dokumentdeling gjennom kjernejournal"];
    expect(shown.filter((t) => titles.includes(t))).toEqual(titles);
    expect(after(s, "Felles kommunal journal")).toEqual([
      expect.stringMatching(/^FKJI AS gjennomfører nødvendige aktiviteter .* får i kommunen\.$/),
      expect.stringMatching(/^Prosjektet FKJ skal avsluttes innen 30\.06\.2023 .* KS digitale fellestjenester\.$/),
      "Tiltak: Felles kommunal journal (T-017)",
    ]);
    const sharing = after(s, "Dokumentdeling gjennom kjernejournal");
    expect(sharing.filter((line) => line.startsWith("• "))).toHaveLength(5);
    expect(sharing[sharing.length - 1]).toBe("Tiltak: Program digital samhandling (T-002)");
  });

  it("Oppsummering opens with chapter 1's paragraphs", () => {
    const s = sheetOf(sheets, "summary");
    expect(after(s, "Oppsummering")).toEqual([
      "Den nasjonale e-helseporteføljen består nå av 37 aktive tiltak. To tiltak melder nå rød status – ‘EPJ-løftet’ og ‘Modernisering av Sysvak’. " +
        "Andelen som rapporterer gul status er stabil. ‘EPJ-løftet’ har også rød risiko.",
      "Det er to avsluttede tiltak og ett nytt tiltak siden forrige rapportering, og tre tiltak på pause.",
    ]);
  });

  it("Oppsummering describes the new initiative and gives the completed ones' deliveries and remaining needs (chapter 3)", () => {
    const s = sheetOf(sheets, "summary");
    const shown = column(s);
    const newAt = shown.indexOf("Nye tiltak – beskrivelse");
    const completedAt = shown.indexOf("Avsluttede tiltak – leveranser og gjenstående behov");
    expect(newAt).toBeGreaterThan(shown.indexOf("Tiltak på pause"));
    expect(completedAt).toBeGreaterThan(newAt);
    const timeavtaler = after(s, "Mine timeavtaler (Helse Sør-Øst RHF)");
    expect(timeavtaler[0]).toMatch(/^Prosjektet skal levere en innbyggertjeneste på helsenorge\.no/);
    expect(timeavtaler).toContain("• se sine timeavtaler ved helseforetaket");
    const register = after(s, "Legemiddelregisteret (Folkehelseinstituttet)");
    expect(register).toContain("Viktigste leveranser fra Legemiddelregister-prosjektet (LMR-prosjektet):");
    expect(register).toContain("Viktigste videreutviklingsbehov for Legemiddelregisteret-produktet etter prosjektavslutning er:");
    expect(register.filter((l) => l.startsWith("• "))).toHaveLength(11);
    expect(after(s, "MF Helse (Direktoratet for e-helse)").pop()).toMatch(
      /Sluttrapport er utarbeidet, godkjent av programstyre og oversendt HOD\.$/,
    );
  });

  it("keeps every row within Excel's highest row, 409 points, by giving each paragraph a row of its own", () => {
    for (const s of sheets) {
      expect(Math.max(0, ...Object.values(s.rowHeights ?? {}))).toBeLessThanOrEqual(409);
    }
  });
});

describe("a register without the optional sheets", () => {
  it("gets neither Aktuelle tema nor Tiltak for <år>; with an empty Temaer it gets a sheet that says there are none", async () => {
    const plain = await reportOf(VALID_REGISTER);
    expect(plain.map((s) => s.key)).toEqual(["summary", "status", "risk", "history", "dependencies", "goals", "costs", "findings"]);
    const withTopics = await reportOf({ ...VALID_REGISTER, Temaer: [["Periode", "Tema", "Tekst"]] });
    const topics = sheetOf(withTopics, "topics");
    expect(column(topics)).toContain("Ingen tema er registrert for Q2 2023.");
  });
});
