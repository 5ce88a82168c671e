/**
 * Register sheets as Excel's `range.values` would hold them (dates as serial
 * numbers), generated for a given number of initiatives. Deterministic, so a
 * failing test can be rerun as it was.
 */
export type Row = Array<string | number | boolean | null>;

export interface RegisterValues {
  Tiltak: Row[];
  Rapporter: Row[];
  Avhengigheter: Row[];
  Driftskostnader: Row[];
}

const SEGMENTS = ["Samstyring", "Koordinering", "Orientering"];
const STATUS = ["Grønn", "Grønn", "Gul", "Rød"];
const CATEGORIES = ["Nasjonale løsninger og felleskomponenter", "EPJ-leverandører", "Finansiering", "Ressurser"];
const PERIODS = ["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"];
const SERIAL_2021_01_01 = 44197;
const SERIAL_2026_12_31 = 46387;

export interface RegisterOptions {
  /** Reports per initiative, latest periods last (at most 4 distinct periods; more repeat as extra initiatives' rows). */
  reportsPerInitiative?: number;
  /** Length of the status and risk reasons, for registers that must pass a size. */
  reasonLength?: number;
}

export function registerValues(initiatives: number, options: RegisterOptions = {}): RegisterValues {
  const periods = PERIODS.slice(-(options.reportsPerInitiative ?? PERIODS.length));
  const reason = (text: string) =>
    options.reasonLength ? text.padEnd(options.reasonLength, " – forsinket leveranse fra leverandør") : text;
  const id = (i: number) => `T-${String(i + 1).padStart(5, "0")}`;
  const segment = (i: number) => SEGMENTS[i % SEGMENTS.length];

  const Tiltak: Row[] = [["ID", "Navn", "Eier", "Segment", "Hovedmål", "Andre mål", "Bærekraftsmål", "Kontakt", "Startdato", "Sluttdato"]];
  const Rapporter: Row[] = [
    ["ID", "Periode", "Fase", "Status", "Statusbegrunnelse", "Risiko", "Risikobegrunnelse", "Budsjett", "Rapportert"],
  ];
  const Avhengigheter: Row[] = [["ID", "Periode", "Avhengighet", "Kategori", "Kritikalitet", "Status", "Frist"]];
  const Driftskostnader: Row[] = [["Løsning", "Tiltak", "Del", "År", "Beløp", "Dekket internt"]];

  for (let i = 0; i < initiatives; i++) {
    Tiltak.push([
      id(i),
      `Tiltak nummer ${i + 1} for bedre samhandling`,
      i % 2 ? "Norsk helsenett SF" : "Helse Sør-Øst RHF",
      segment(i),
      (i % 5) + 1,
      String(((i + 1) % 5) + 1),
      i % 3 ? "3, 9" : "",
      `person${i}@example.no`,
      SERIAL_2021_01_01 + (i % 300),
      SERIAL_2026_12_31,
    ]);
    periods.forEach((period, p) => {
      const status = STATUS[(i + p) % STATUS.length];
      const risk = segment(i) === "Orientering" ? null : STATUS[(i * 3 + p) % STATUS.length];
      Rapporter.push([
        id(i),
        period,
        "Aktiv",
        status,
        status === "Grønn" ? null : reason(`Status ${status.toLowerCase()} i ${period}`),
        risk,
        risk && risk !== "Grønn" ? reason(`Risiko ${risk.toLowerCase()} i ${period}`) : null,
        segment(i) === "Samstyring" ? 10 + (i % 7) * 2.5 : null,
        SERIAL_2021_01_01 + 800 + p * 91,
      ]);
    });
    if (i % 2 === 0) {
      Avhengigheter.push([
        id(i),
        periods[periods.length - 1],
        `Leveranse av felleskomponent ${i} fra Norsk helsenett`,
        CATEGORIES[i % CATEGORIES.length],
        ["Høy", "Middels", "Lav"][i % 3],
        STATUS[i % 3],
        SERIAL_2026_12_31,
      ]);
    }
    if (i % 10 === 0) {
      Driftskostnader.push(["Kjernejournal", id(i), "", 2024, 1.5 + (i % 4), "Nei"]);
    }
  }
  return { Tiltak, Rapporter, Avhengigheter, Driftskostnader };
}

/** The JSON size of all sheets' values as Excel would send them ("" for empty cells). */
export function registerBytes(register: RegisterValues): number {
  return new TextEncoder().encode(JSON.stringify(Object.values(register).map((rows: Row[]) => rows.map((r) => r.map((v) => v ?? "")))))
    .length;
}
