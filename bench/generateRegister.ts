/**
 * Deterministic registers at the benchmark's scales: the same seed gives the
 * same workbook, so runs on different days compare like with like.
 */
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { DEFAULT_CODES } from "../src/core/register/codes";

export interface Scale {
  name: "S" | "M" | "L";
  initiatives: number;
  periods: number;
  /** Dependencies per active initiative per period. */
  dependenciesPerActive: number;
  costRows: number;
}

export const SCALES: Scale[] = [
  { name: "S", initiatives: 40, periods: 4, dependenciesPerActive: 2, costRows: 27 },
  { name: "M", initiatives: 500, periods: 8, dependenciesPerActive: 3, costRows: 200 },
  { name: "L", initiatives: 5000, periods: 12, dependenciesPerActive: 5, costRows: 1000 },
];

const SEGMENTS = ["Samstyring", "Koordinering", "Orientering"];
const STATUSES = ["Grønn", "Grønn", "Grønn", "Gul", "Gul", "Rød"];
// The dependency categories of the format's own code list, so that a generated register checks clean.
const CATEGORIES = DEFAULT_CODES.Kategori.map((c) => c.code);
const CRITICALITY = ["Høy", "Middels", "Lav"];
const SOLUTIONS = ["E-resept", "Kjernejournal", "Helsenorge", "Helsenettet"];

/** A small linear congruential generator: deterministic, fast, good enough for test data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function periodName(index: number): string {
  return `${2021 + Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The register's sheets as rows (header first), ready for any writer. */
export function generateRows(scale: Scale): Record<string, unknown[][]> {
  const rnd = random(20230515);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const tiltak: unknown[][] = [
    ["ID", "Navn", "Eier", "Segment", "Hovedmål", "Andre mål", "Bærekraftsmål", "Kontakt", "Startdato", "Sluttdato"],
  ];
  const rapporter: unknown[][] = [
    ["ID", "Periode", "Fase", "Status", "Statusbegrunnelse", "Risiko", "Risikobegrunnelse", "Budsjett", "Rapportert"],
  ];
  const avhengigheter: unknown[][] = [["ID", "Periode", "Avhengighet", "Kategori", "Kritikalitet", "Status", "Frist"]];
  const kostnader: unknown[][] = [["Løsning", "Tiltak", "Del", "År", "Beløp", "Dekket internt"]];
  for (let i = 1; i <= scale.initiatives; i++) {
    const id = `T-${String(i).padStart(5, "0")}`;
    const segment = pick(SEGMENTS);
    tiltak.push([
      id,
      `Tiltak ${i}`,
      `Eier ${i % 60}`,
      segment,
      1 + (i % 5),
      "2, 4",
      i % 7 === 0 ? null : "3, 9",
      `kontakt${i}@example.no`,
      new Date(Date.UTC(2020, i % 12, 1)),
      new Date(Date.UTC(2027, i % 12, 1)),
    ]);
    const start = Math.floor(rnd() * Math.max(1, scale.periods / 3));
    const end = rnd() < 0.1 ? start + 1 + Math.floor(rnd() * (scale.periods - start)) : scale.periods + 1;
    for (let p = start; p < scale.periods; p++) {
      const phase = p >= end ? "Avsluttet" : rnd() < 0.05 ? "Pause" : "Aktiv";
      const status = phase === "Aktiv" ? pick(STATUSES) : null;
      const risk = phase === "Aktiv" && segment !== "Orientering" ? pick(STATUSES) : null;
      rapporter.push([
        id,
        periodName(p),
        phase,
        status,
        status && status !== "Grønn" ? "Forsinket leveranse fra leverandør" : null,
        risk,
        risk && risk !== "Grønn" ? "Usikker finansiering" : null,
        segment === "Samstyring" ? Math.round(rnd() * 1000) / 10 : null,
        new Date(Date.UTC(2021 + Math.floor(p / 4), (p % 4) * 3 + 2, 20)),
      ]);
      if (phase === "Avsluttet") {
        break;
      }
      if (phase !== "Aktiv") {
        continue;
      }
      for (let d = 0; d < scale.dependenciesPerActive; d++) {
        avhengigheter.push([
          id,
          periodName(p),
          `Leveranse ${d + 1} fra Norsk helsenett`,
          pick(CATEGORIES),
          pick(CRITICALITY),
          pick(STATUSES),
          new Date(Date.UTC(2021 + Math.floor(p / 4) + 1, d % 12, 15)),
        ]);
      }
    }
  }
  for (let c = 0; c < scale.costRows; c++) {
    kostnader.push([
      SOLUTIONS[c % 4],
      `Tiltak ${1 + (c % scale.initiatives)}`,
      `Del ${Math.floor(c / 4) % 50}`,
      2022 + (Math.floor(c / 200) % 5),
      Math.round((rnd() * 40 - 10) * 10) / 10,
      c % 9 === 0 ? "Ja" : "Nei",
    ]);
  }
  return { Tiltak: tiltak, Rapporter: rapporter, Avhengigheter: avhengigheter, Driftskostnader: kostnader };
}

/**
 * The register as .xlsx bytes, written with exceljs's streaming writer so
 * that making the L register does not itself set the peak memory measured.
 */
export async function generateWorkbook(scale: Scale): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false });
  for (const [name, rows] of Object.entries(generateRows(scale))) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) {
      ws.addRow(row).commit();
    }
    ws.commit();
  }
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
