import type ExcelJS from "exceljs";
import { exportCouncil } from "../../src/app/exportCouncil";
import type { IsoDate } from "../../src/core/register/dates";
import { createCouncilWorkbook } from "../../src/host/file/councilWorkbook";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { allCells, packageParts, readBack, registerBytes } from "./registerFixture";

const SECRET_NOTE = "Intern merknad: ikke del med rådet";

/** A register with what must stay home: a hidden notes sheet, a defined name, a link to another file. */
async function registerWithInternals(): Promise<Uint8Array> {
  return registerBytes(
    {
      Tiltak: [
        {
          ID: "T-1",
          Navn: "Alfa",
          Eier: "KS",
          Segment: "Orientering",
          Hovedmål: 1,
          Kontakt: "alfa@example.no",
          Startdato: new Date(Date.UTC(2021, 0, 4)),
        },
        { ID: "T-2", Navn: "Beta", Eier: "FHI", Segment: "Samstyring", Hovedmål: 2, Kontakt: "beta@example.no" },
      ],
      Rapporter: [
        { ID: "T-1", Periode: "2023-Q2", Fase: "Aktiv", Status: "Grønn" },
        { ID: "T-2", Periode: "2023-Q2", Fase: "Aktiv", Status: "Gul", Statusbegrunnelse: "Venter på avklaring", Risiko: "Grønn" },
      ],
      Notater: [{ Notat: SECRET_NOTE, Hvem: "leder@example.no" }],
    },
    (wb: ExcelJS.Workbook) => {
      wb.creator = "Kari Nordmann";
      wb.lastModifiedBy = "Ola Hansen";
      wb.getWorksheet("Notater")!.state = "hidden";
      wb.definedNames.add("Tiltak!$F$2:$F$3", "Kontakter");
      wb.getWorksheet("Tiltak")!.getCell("K2").value = { text: "Avtale", hyperlink: "https://intranett.example/avtale.docx" };
    },
  );
}

describe("the council workbook leaves the register behind", () => {
  let parts: Map<string, string>;
  let council: ExcelJS.Workbook;
  let sheets: string[];

  beforeAll(async () => {
    const target = createCouncilWorkbook();
    const register = await FileWorkbook.open(await registerWithInternals(), "C:\\Porteføljekontor\\register.xlsx");
    ({ sheets } = await exportCouncil(register, target, {
      lang: "nb",
      source: "C:\\Porteføljekontor\\register.xlsx",
      made: "2023-05-15" as IsoDate,
    }));
    const bytes = await target.save();
    parts = await packageParts(bytes);
    council = await readBack(bytes);
  });

  it("holds exactly the sheets the export reports, the cover first, none of the register's", () => {
    expect(council.worksheets.map((ws) => ws.name)).toEqual(sheets);
    expect(sheets[0]).toBe("Forside");
    for (const name of ["Tiltak", "Rapporter", "Notater", "Kontroll"]) {
      expect(sheets).not.toContain(name);
    }
  });

  it("drops the hidden sheet's notes, the contact addresses, the defined name and the outside link", () => {
    const everything = [...parts.values()].join("\n");
    const left = [
      SECRET_NOTE,
      "leder@example.no",
      "alfa@example.no",
      "beta@example.no",
      "Kontakter",
      "intranett.example",
      "Kari Nordmann",
      "Ola Hansen",
    ];
    for (const text of left) {
      expect(everything).not.toContain(text);
    }
    expect(council.worksheets.filter((ws) => ws.state !== "visible")).toEqual([]);
  });

  it("names the source by its file name only, not the folder it sits in", () => {
    expect(
      allCells(council)
        .filter((c) => c.value === "register.xlsx")
        .map((c) => c.sheet),
    ).toEqual(["Forside"]);
    expect([...parts.values()].join("\n")).not.toContain("Porteføljekontor");
  });

  it("stamps the day it was made on the cover as a date", () => {
    const made = allCells(council).find((c) => c.value instanceof Date);
    expect(made).toMatchObject({ sheet: "Forside", value: new Date(Date.UTC(2023, 4, 15)) });
  });
});
