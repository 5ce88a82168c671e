import type { CellValue } from "../../src/core/cells";
import type { Register } from "../../src/core/register/model";
import { readRegister } from "../../src/core/register/readRegister";
import type { SheetData } from "../../src/core/sheet";

export type Row = Record<string, CellValue>;

/** A small register as a user would type it: one list of rows per sheet, keys are the column headers. */
export interface RegisterRows {
  Tiltak: Row[];
  Rapporter?: Row[];
  Avhengigheter?: Row[];
  Driftskostnader?: Row[];
  /** Optional sheets: present only when given. */
  Veikart?: Row[];
  Temaer?: Row[];
  Kodeverk?: Row[];
}

const HEADERS: Record<keyof RegisterRows, string[]> = {
  Tiltak: ["ID", "Navn", "Eier", "Segment", "Hovedmål", "Bærekraftsmål", "Kontakt", "Sluttdato", "Beskrivelse", "Sluttrapport"],
  Rapporter: ["ID", "Periode", "Fase", "Status", "Statusbegrunnelse", "Risiko", "Risikobegrunnelse", "Budsjett", "Rapportert"],
  Avhengigheter: ["ID", "Periode", "Avhengighet", "Kategori", "Kritikalitet", "Status", "Frist"],
  Driftskostnader: ["Løsning", "Tiltak", "Del", "År", "Beløp", "Dekket internt"],
  Veikart: ["Mål", "Område", "Områdenr", "Målsetting", "Hvem", "Tjeneste", "Aktivitet", "År", "Fra", "Til", "Tiltak", "Merknad"],
  Temaer: ["Periode", "Tema", "Tekst", "Oppfølging", "Tiltak"],
  Kodeverk: ["Liste", "Kode", "Beskrivelse"],
};

const OPTIONAL: ReadonlyArray<keyof RegisterRows> = ["Veikart", "Temaer", "Kodeverk"];

function sheetOf(name: keyof RegisterRows, rows: Row[]): SheetData {
  const headers = HEADERS[name];
  return { name, origin: { row: 1, column: 1 }, values: [headers, ...rows.map((r) => headers.map((h) => r[h] ?? null))] };
}

/** Reads the rows through the register reader, so codes and periods are what the summaries get in real use. */
export function registerOf(rows: RegisterRows): Register {
  const names = (Object.keys(HEADERS) as Array<keyof RegisterRows>).filter((name) => !OPTIONAL.includes(name) || rows[name] !== undefined);
  const sheets = names.map((name) => sheetOf(name, rows[name] ?? []));
  return readRegister(sheets).register;
}

/** An initiative row with the columns a summary needs. */
export function initiative(id: string, name: string, segment = "Koordinering", extra: Row = {}): Row {
  return { ID: id, Navn: name, Eier: `Eier av ${name}`, Segment: segment, Hovedmål: 1, ...extra };
}

/** A report row: an initiative's phase and colours in a period. */
export function report(id: string, period: string, phase: string, status?: string, risk?: string, extra: Row = {}): Row {
  return { ID: id, Periode: period, Fase: phase, Status: status ?? null, Risiko: risk ?? null, ...extra };
}
