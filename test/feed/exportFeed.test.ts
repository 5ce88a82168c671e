import { parse } from "csv-parse/sync";
import { exportFeed } from "../../src/app/exportFeed";
import type { Period } from "../../src/core/register/period";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { registerBytes } from "../council/registerFixture";

const TILTAK = [
  { ID: "T-1", Navn: "Alfa", Eier: "Helse Vest RHF", Segment: "Samstyring", Hovedmål: 1, Kontakt: "alfa@example.no" },
  { ID: "T-2", Navn: "Beta", Eier: "KS", Segment: "Orientering", Hovedmål: 2 },
  { ID: "T-3", Navn: "Gamma", Eier: "NHN", Segment: "Koordinering", Hovedmål: 3 },
  { ID: "T-4", Navn: "Delta", Eier: "Helse Nord RHF", Segment: "Samstyring", Hovedmål: 4 },
  { ID: "T-5", Navn: "Epsilon", Eier: "FHI", Segment: "Orientering", Hovedmål: 5 },
  { ID: "T-6", Navn: "Zeta", Eier: "KS", Segment: "Koordinering", Hovedmål: 1 },
  { ID: "T-7", Navn: "Eta", Eier: "NHN", Segment: "Koordinering", Hovedmål: 2 },
];
const RAPPORTER = [
  { ID: "T-1", Periode: "2023-Q1", Fase: "Aktiv", Status: "Gul", Statusbegrunnelse: "Sen oppstart", Risiko: "Grønn" },
  {
    ID: "T-1",
    Periode: "2023-Q2",
    Fase: "Aktiv",
    Status: "Rød",
    Statusbegrunnelse: "Forsinket leveranse",
    Risiko: "Rød",
    Risikobegrunnelse: "Mangler ressurser",
  },
  { ID: "T-2", Periode: "2023-Q2", Fase: "Aktiv", Status: "Grønn" },
  { ID: "T-3", Periode: "2023-Q3", Fase: "Planlagt" },
  { ID: "T-4", Periode: "2023-Q1", Fase: "Aktiv", Status: "Grønn", Risiko: "Grønn" },
  { ID: "T-5", Periode: "2023-Q1", Fase: "Aktiv", Status: "Grønn" },
  { ID: "T-6", Periode: "2023-Q1", Fase: "Pause" },
  { ID: "T-7", Periode: "2023-Q2", Fase: "Aktiv", Status: "Grønn" },
];

async function feedOf(period?: string) {
  const port = await FileWorkbook.open(await registerBytes({ Tiltak: TILTAK, Rapporter: RAPPORTER }), "register.xlsx");
  return exportFeed(port, { period: period as Period | undefined });
}

const row = (fields: Record<string, string | null>) => ({
  name: null,
  owner: null,
  segment: null,
  phase: null,
  status: null,
  risk: null,
  statusReason: null,
  riskReason: null,
  ...fields,
});

describe("exportFeed", () => {
  it("gives each initiative known by the period its phase carried forward and that period's status, sorted by name", async () => {
    const { feed } = await feedOf("2023-Q2");
    expect(feed.period).toBe("2023-Q2");
    expect(feed.initiatives).toEqual([
      row({
        id: "T-1",
        name: "Alfa",
        owner: "Helse Vest RHF",
        segment: "Samstyring",
        phase: "Aktiv",
        status: "Rød",
        risk: "Rød",
        statusReason: "Forsinket leveranse",
        riskReason: "Mangler ressurser",
        period: "2023-Q2",
      }),
      row({ id: "T-2", name: "Beta", owner: "KS", segment: "Orientering", phase: "Aktiv", status: "Grønn", period: "2023-Q2" }),
      // Active but silent in Q2: grey, as the status figures count it; risk only where the segment has risk.
      row({
        id: "T-4",
        name: "Delta",
        owner: "Helse Nord RHF",
        segment: "Samstyring",
        phase: "Aktiv",
        status: "Grå",
        risk: "Grå",
        period: "2023-Q2",
      }),
      row({ id: "T-5", name: "Epsilon", owner: "FHI", segment: "Orientering", phase: "Aktiv", status: "Grå", period: "2023-Q2" }),
      // Reported, but without the risk its segment owes: grey too.
      row({
        id: "T-7",
        name: "Eta",
        owner: "NHN",
        segment: "Koordinering",
        phase: "Aktiv",
        status: "Grønn",
        risk: "Grå",
        period: "2023-Q2",
      }),
      row({ id: "T-6", name: "Zeta", owner: "KS", segment: "Koordinering", phase: "Pause", period: "2023-Q2" }),
    ]);
  });

  it("takes the latest period when none is chosen, and shows an initiative from its first report on", async () => {
    const { feed } = await feedOf();
    expect(feed.period).toBe("2023-Q3");
    expect(feed.initiatives.map((r) => [r.name, r.phase, r.status])).toEqual([
      ["Alfa", "Aktiv", "Grå"],
      ["Beta", "Aktiv", "Grå"],
      ["Delta", "Aktiv", "Grå"],
      ["Epsilon", "Aktiv", "Grå"],
      ["Eta", "Aktiv", "Grå"],
      ["Gamma", "Planlagt", null],
      ["Zeta", "Pause", null],
    ]);
  });

  it("writes the same rows to initiatives.json and initiatives.csv, and never a contact address", async () => {
    const { files, feed } = await feedOf("2023-Q2");
    expect(JSON.parse(files["initiatives.json"])).toEqual({ format: 1, period: "2023-Q2", initiatives: feed.initiatives });
    const [header, ...lines] = parse(files["initiatives.csv"], { bom: true });
    expect(header).toEqual(["id", "name", "owner", "segment", "phase", "status", "risk", "statusReason", "riskReason", "period"]);
    expect(lines).toEqual(feed.initiatives.map((r) => header.map((k) => r[k as keyof typeof r] ?? "")));
    for (const text of Object.values(files)) {
      expect(text).not.toMatch(/@example\.no/);
    }
  });

  it("writes the summary JSON of the same period to summary.json", async () => {
    const { files } = await feedOf("2023-Q2");
    const summary = JSON.parse(files["summary.json"]);
    expect(summary).toMatchObject({ format: 1, period: "2023-Q2", previousPeriod: "2023-Q1" });
    expect(summary.initiatives.active).toBe(5);
  });
});
