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
  const names = (list: Array<{ name: string }>) => list.map((x) => x.name).join(", ") || "ingen";
  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
  const costs = summary.operatingCosts;
  const lines = [
    `Nasjonal e-helseportefølje ${summary.period} (forrige periode ${summary.previousPeriod})`,
    `  Aktive tiltak: ${i.active} (${counts(i.bySegment)})`,
    `  Nye: ${names(i.new)}; avsluttet: ${names(i.completed)}; på pause: ${names(i.paused)}`,
    `  Status: ${counts(summary.status.current)}; rød: ${names(summary.status.red)}`,
    `  Risiko: ${counts(summary.risk.current)}; rød: ${names(summary.risk.red)}`,
    `  Avhengigheter: ${summary.dependencies.total}, røde etter kritikalitet: ${counts(summary.dependencies.redByCriticality)}`,
    `  Bærekraftsmål rapportert: ${summary.sustainabilityGoals.reported} av ${summary.sustainabilityGoals.of}`,
    `  Budsjett ${summary.budget.segment}: ${summary.budget.total} MNOK`,
    `  Driftskostnader per år (MNOK): ${costs.years.map((y) => `${y}: ${costs.totals[String(y)] ?? 0}`).join(", ")}`,
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
