/**
 * The main job on the bundled sample: checks the register, builds the report
 * workbook with its charts into out/, and prints the key figures.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildReport } from "../src/app/buildReport";
import { countBySeverity } from "../src/core/findings/finding";
import { FileWorkbook } from "../src/host/file/fileWorkbook";
import { readInputFile, writeFileWhole } from "../src/host/file/nodeFiles";

async function demo(): Promise<void> {
  const root = join(__dirname, "..");
  const input = join(root, "assets", "sample-portfolio.xlsx");
  const output = join(root, "out", "portfolio-report.xlsx");
  const port = await FileWorkbook.open(readInputFile(input), input);
  const { summary, findings, sheets } = await buildReport(port, { lang: "nb" });
  mkdirSync(join(root, "out"), { recursive: true });
  writeFileWhole(output, await port.save());
  const { errors, warnings } = countBySeverity(findings);
  const i = summary.initiatives;
  const lines = [
    `Nasjonal e-helseportefølje ${summary.period} (forrige periode ${summary.previousPeriod})`,
    `  Aktive tiltak: ${i.active} (${Object.entries(i.bySegment).map(([s, n]) => `${s} ${n}`).join(", ")})`,
    `  Nye: ${i.new.map((x) => x.name).join(", ") || "ingen"}`,
    `  Avsluttet: ${i.completed.map((x) => x.name).join(", ") || "ingen"}`,
    `  På pause: ${i.paused.map((x) => x.name).join(", ") || "ingen"}`,
    `  Kontroll: ${errors} feil, ${warnings} advarsler`,
    `Rapport: ${output}`,
    `  Ark: ${sheets.join(", ")}`,
  ];
  console.log(lines.join("\n"));
}

demo().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
