import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type ExcelJS from "exceljs";
import { importTemplates } from "../../src/app/importTemplates";
import type { Period } from "../../src/core/register/period";
import type { ImportPlan } from "../../src/core/template/planImport";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { sampleFacts } from "./sampleRegister";
import { dependencyHeaderRow, fill, generate, labelRow, SAMPLE, tempDir } from "./templateFiles";

type Edit = (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void;

interface Case {
  cause: string;
  edit: Edit;
  type: string;
  /** The label whose input cell the finding points at. */
  at?: string;
  template?: "T-001" | "koordinering";
}

const open = async (path: string) => FileWorkbook.open(new Uint8Array(readFileSync(path)), path);

async function importFiles(files: string[], period?: string): Promise<{ plan: ImportPlan; before: unknown; after: unknown }> {
  const port = await open(SAMPLE);
  const registerSheets = async () => (await port.readSheets()).filter((s) => s.name !== "Importlogg").map((s) => [s.name, s.values]);
  const before = await registerSheets();
  const sources = await Promise.all(files.map(async (file) => ({ file, sheets: await (await open(file)).readSheets() })));
  const plan = await importTemplates(port, sources, {
    period: period as Period | undefined,
    now: new Date("2023-10-02T08:00:00Z"),
    lang: "nb",
  });
  return { plan, before, after: await registerSheets() };
}

describe("a template is rejected as a whole, and the register left as it was, when", () => {
  const dir = tempDir();
  let files: Map<string, string>;
  let koordinering: string;

  beforeAll(async () => {
    files = await generate(SAMPLE, "2023-Q3", join(dir, "q3"));
    const facts = await sampleFacts();
    koordinering = [...files.keys()].find((id) => facts.segmentOf(id) === "Koordinering" && facts.reportQ2.get(id)?.Fase === "Aktiv")!;
  });

  const marker = (wb: ExcelJS.Workbook) => wb.getWorksheet("_mal")!;
  const cellOf = (ws: ExcelJS.Worksheet, label: string) => ws.getCell(labelRow(ws, label), 2);

  const cases: Case[] = [
    { cause: "its marker is missing", type: "template/marker-missing", edit: (wb) => wb.removeWorksheet(marker(wb).id) },
    {
      cause: "its marker is of another format version",
      type: "template/format-version",
      edit: (wb) => (marker(wb).getCell("D2").value = 2),
    },
    {
      cause: "a locked identity cell was altered",
      type: "template/identity-changed",
      at: "Navn",
      edit: (_wb, ws) => (cellOf(ws, "Navn").value = "Et annet tiltak"),
    },
    { cause: "its sheet was renamed", type: "template/sheet-missing", edit: (_wb, ws) => (ws.name = "Min rapport") },
    { cause: "rows were inserted and the labels moved", type: "template/structure-changed", edit: (_wb, ws) => ws.spliceRows(12, 0, []) },
    {
      cause: "it is for an initiative not in the register",
      type: "template/unknown-initiative",
      edit: (wb, ws) => {
        marker(wb).getCell("B2").value = "T-999";
        cellOf(ws, "ID").value = "T-999";
      },
    },
    { cause: "a code is not in its list", type: "cell/enum", at: "Status", edit: (_wb, ws) => (cellOf(ws, "Status").value = "Lilla") },
    {
      cause: "a red status has no reason",
      type: "cell/status-reason-required",
      at: "Statusbegrunnelse",
      edit: (_wb, ws) => {
        cellOf(ws, "Status").value = "Rød";
        cellOf(ws, "Statusbegrunnelse").value = null;
      },
    },
    {
      cause: "a yellow risk has no reason",
      type: "cell/risk-reason-required",
      at: "Risikobegrunnelse",
      edit: (_wb, ws) => {
        cellOf(ws, "Risiko").value = "Gul";
        cellOf(ws, "Risikobegrunnelse").value = "  ";
      },
    },
    { cause: "the phase is empty", type: "cell/required", at: "Fase", edit: (_wb, ws) => (cellOf(ws, "Fase").value = null) },
    {
      cause: "an active initiative gives no status",
      type: "cell/status-required",
      at: "Status",
      edit: (_wb, ws) => (cellOf(ws, "Status").value = null),
    },
    {
      cause: "a Koordinering initiative gives no risk while active",
      type: "cell/risk-required",
      at: "Risiko",
      template: "koordinering",
      edit: (_wb, ws) => (cellOf(ws, "Risiko").value = null),
    },
    {
      cause: "an initiative outside Samstyring reports a budget",
      type: "cell/budget-segment",
      at: "Budsjett (MNOK)",
      template: "koordinering",
      edit: (_wb, ws) => (cellOf(ws, "Budsjett (MNOK)").value = 12),
    },
    {
      cause: "the budget is not an amount",
      type: "cell/amount",
      at: "Budsjett (MNOK)",
      edit: (_wb, ws) => (cellOf(ws, "Budsjett (MNOK)").value = "mye"),
    },
    {
      cause: "a dependency lacks its category",
      type: "cell/required",
      edit: (_wb, ws) => {
        const row = dependencyHeaderRow(ws) + 1;
        ws.getCell(row, 2).value = null;
      },
    },
    {
      cause: "a dependency's deadline is not a date",
      type: "cell/date",
      edit: (_wb, ws) => (ws.getCell(dependencyHeaderRow(ws) + 1, 5).value = "snart"),
    },
  ];

  it.each(cases)("$cause ($type)", async ({ edit, type, at, template }) => {
    const id = template === "koordinering" ? koordinering : "T-001";
    let expectedCell: string | undefined;
    const broken = await fill(files.get(id)!, {}, join(dir, `${type.replace("/", "-")}-${at ?? "x"}.xlsx`), (wb, ws) => {
      edit(wb, ws);
      if (at) {
        expectedCell = cellOf(ws, at).address;
      }
    });
    const { plan, before, after } = await importFiles([broken]);
    const [outcome] = plan.outcomes;
    expect(outcome.imported).toBe(false);
    expect(outcome.rowsWritten).toBe(0);
    expect(outcome.findings.filter((f) => f.severity === "error").map((f) => f.type)).toContain(type);
    if (expectedCell) {
      expect(outcome.findings.find((f) => f.type === type)?.cell).toBe(expectedCell);
    }
    expect(after).toEqual(before);
    expect(plan.edits.log.rows).toHaveLength(1);
    expect(plan.edits.log.rows[0][4]).toBe("Avvist");
  });

  it("it is for another period than the other templates", async () => {
    const q4 = await generate(SAMPLE, "2023-Q4", join(dir, "q4"));
    const { plan } = await importFiles([files.get("T-001")!, files.get("T-004")!, q4.get("T-010")!]);
    expect(plan.outcomes.map((o) => [o.id, o.imported])).toEqual([
      ["T-001", true],
      ["T-004", true],
      ["T-010", false],
    ]);
    expect(plan.outcomes[2].findings.map((f) => [f.type, f.value, (f.params as Record<string, unknown> | undefined)?.expected])).toEqual([
      ["template/period-mismatch", "2023-Q4", "2023-Q3"],
    ]);
  });

  it("it is for another period than the one asked for", async () => {
    const { plan, before, after } = await importFiles([files.get("T-001")!], "2023-Q4");
    expect(plan.outcomes[0].imported).toBe(false);
    expect(plan.outcomes[0].findings.map((f) => f.type)).toEqual(["template/period-mismatch"]);
    expect(after).toEqual(before);
  });

  it("the same initiative and period came in an earlier file of the same import", async () => {
    const copy = await fill(files.get("T-001")!, {}, join(dir, "T-001 copy.xlsx"));
    const { plan } = await importFiles([files.get("T-001")!, copy]);
    expect(plan.outcomes.map((o) => o.imported)).toEqual([true, false]);
    expect(plan.outcomes[1].findings.map((f) => [f.type, (f.params as Record<string, unknown> | undefined)?.file])).toEqual([
      ["template/duplicate", basename(files.get("T-001")!)],
    ]);
  });
});
