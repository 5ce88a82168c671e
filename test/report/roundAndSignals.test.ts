import type { IsoDate } from "../../src/core/register/dates";
import type { Period } from "../../src/core/register/period";
import { layoutCouncil } from "../../src/core/council/layoutCouncil";
import { publicSummary } from "../../src/core/feed/publicSummary";
import { layoutReport } from "../../src/core/report/layoutReport";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { summarize } from "../../src/core/summary/summary";
import { initiative, registerOf, report } from "../summary/registerOf";
import { sheetOf } from "./sampleReport";

const REGISTER = registerOf({
  Tiltak: [
    initiative("T-1", "Levert sent", "Samstyring", { Kontakt: "sen@example.no" }),
    initiative("T-2", "Taus", "Koordinering", { Kontakt: "taus@example.no" }),
    initiative("T-3", "Grønn med rød avhengighet", "Orientering"),
  ],
  Rapporter: [
    report("T-1", "2023-Q1", "Aktiv", "Grønn", "Grønn"),
    report("T-2", "2023-Q1", "Aktiv", "Grønn", "Grønn"),
    report("T-3", "2023-Q1", "Aktiv", "Grønn"),
    report("T-1", "2023-Q2", "Aktiv", "Grønn", "Grønn", { Rapportert: "2023-04-12" }),
    report("T-3", "2023-Q2", "Aktiv", "Grønn"),
  ],
  Avhengigheter: [
    {
      ID: "T-3",
      Periode: "2023-Q2",
      Avhengighet: "Ny lov",
      Kategori: "Juridiske avklaringer",
      Kritikalitet: "Høy",
      Status: "Rød",
      Frist: "2023-09-01",
    },
  ],
});
const summary = summarize(REGISTER, [], "2023-Q2" as Period, { deadline: "2023-03-30" as IsoDate });

function texts(sheet: ReportSheet): string[] {
  return sheet.values.flat().filter((v): v is string => typeof v === "string");
}

describe("the round on Oppsummering", () => {
  it("names the deadline, who has not reported with owner and contact, and who reported late", () => {
    const sheet = sheetOf(layoutReport(summary, [], "nb"), "summary");
    const row = (first: string) => sheet.values.find((l) => l[0] === first)?.filter((v) => v !== null);
    expect(texts(sheet)).toContain("Rapporteringsrunden");
    expect(texts(sheet)).toContain("Frist for rapportering: 30.03.2023.");
    expect(row("Taus")).toEqual(["Taus", "T-2", "Eier av Taus", "taus@example.no"]);
    expect(row("Levert sent")?.slice(0, 3)).toEqual(["Levert sent", "T-1", "Eier av Levert sent"]);
    expect(row("Levert sent")?.[3]).toEqual(new Date("2023-04-12T00:00:00Z"));
  });

  it("leaves the contacts' addresses out of the council's copy", () => {
    const council = layoutCouncil(summary, [], "nb", { name: "register.xlsx", made: "2023-05-15" as IsoDate });
    expect(council.flatMap(texts).filter((t) => t.includes("@"))).toEqual([]);
    expect(texts(sheetOf(council, "summary"))).toContain("Taus");
  });
});

describe("the signals on Status", () => {
  it("lists each signal with its name and one sentence, in the chosen language", () => {
    const nb = sheetOf(layoutReport(summary, [], "nb"), "status");
    const en = sheetOf(layoutReport(summary, [], "en"), "status");
    expect(nb.values.find((l) => l[0] === "Grønn med rød avhengighet")?.filter((v) => v !== null)).toEqual([
      "Grønn med rød avhengighet",
      "Grønn med rød avhengighet",
      "Status er grønn, men avhengigheten «Ny lov» er rød med høy kritikalitet.",
    ]);
    expect(texts(en)).toContain("The status is green, but the dependency “Ny lov” is red and of high criticality.");
    expect(texts(sheetOf(layoutReport(summary, [], "nb"), "risk"))).not.toContain("Signaler");
  });
});

describe("the web feed's summary", () => {
  it("keeps who has not reported but not their contacts' addresses", () => {
    const published = publicSummary(summary);
    expect(published.round.notReported.map((i) => [i.name, i.contact])).toEqual([["Taus", ""]]);
    expect(JSON.stringify(published)).not.toContain("@");
    expect(summary.round.notReported[0].contact).toBe("taus@example.no");
  });
});
