import type { CodeListName } from "./codes";

/** How a column's cells are read. */
export type ColumnType = "text" | "code" | "codes" | "email" | "date" | "period" | "amount" | "year" | "yesno";

export interface ColumnDef {
  /** The field name in the typed register. */
  key: string;
  nb: string;
  en: string;
  type: ColumnType;
  list?: CodeListName;
  /** The reader cannot do without this column; its absence is a finding. */
  required: boolean;
}

export interface SheetDef {
  key: SheetKey;
  nb: string;
  en: string;
  /** A missing required sheet is an error; a missing optional one a warning or nothing. */
  presence: "required" | "expected" | "optional";
  columns: ColumnDef[];
  /** Fields that identify a row; a row with these empty but others filled is a finding. */
  keyFields: string[];
}

export type SheetKey = "initiatives" | "reports" | "dependencies" | "costs" | "codes" | "roadmap" | "topics";

const col = (key: string, nb: string, en: string, type: ColumnType, required: boolean, list?: CodeListName): ColumnDef => ({
  key,
  nb,
  en,
  type,
  required,
  list,
});

/** Register format 1: the sheets and columns of docs/register-format.md. */
export const REGISTER_FORMAT: Record<SheetKey, SheetDef> = {
  initiatives: {
    key: "initiatives",
    nb: "Tiltak",
    en: "Initiatives",
    presence: "required",
    keyFields: ["id"],
    columns: [
      col("id", "ID", "ID", "text", true),
      col("name", "Navn", "Name", "text", true),
      col("owner", "Eier", "Owner", "text", true),
      col("segment", "Segment", "Segment", "code", true, "Segment"),
      col("mainGoal", "Hovedmål", "Main goal", "code", true, "Strategisk mål"),
      col("otherGoals", "Andre mål", "Other goals", "codes", false, "Strategisk mål"),
      col("sustainabilityGoals", "Bærekraftsmål", "Sustainability goals", "codes", false, "Bærekraftsmål"),
      col("contact", "Kontakt", "Contact", "email", false),
      col("startDate", "Startdato", "Start date", "date", false),
      col("endDate", "Sluttdato", "End date", "date", false),
      col("description", "Beskrivelse", "Description", "text", false),
      col("closingSummary", "Sluttrapport", "Closing summary", "text", false),
    ],
  },
  reports: {
    key: "reports",
    nb: "Rapporter",
    en: "Reports",
    presence: "required",
    keyFields: ["id", "period"],
    columns: [
      col("id", "ID", "ID", "text", true),
      col("period", "Periode", "Period", "period", true),
      col("phase", "Fase", "Phase", "code", true, "Fase"),
      col("status", "Status", "Status", "code", true, "Status"),
      col("statusReason", "Statusbegrunnelse", "Status reason", "text", true),
      col("risk", "Risiko", "Risk", "code", true, "Status"),
      col("riskReason", "Risikobegrunnelse", "Risk reason", "text", true),
      col("budget", "Budsjett", "Budget", "amount", false),
      col("reportedOn", "Rapportert", "Reported on", "date", false),
    ],
  },
  dependencies: {
    key: "dependencies",
    nb: "Avhengigheter",
    en: "Dependencies",
    presence: "expected",
    keyFields: ["id", "period"],
    columns: [
      col("id", "ID", "ID", "text", true),
      col("period", "Periode", "Period", "period", true),
      col("dependency", "Avhengighet", "Dependency", "text", true),
      col("category", "Kategori", "Category", "code", true, "Kategori"),
      col("criticality", "Kritikalitet", "Criticality", "code", true, "Kritikalitet"),
      col("status", "Status", "Status", "code", true, "Status"),
      col("deadline", "Frist", "Deadline", "date", false),
    ],
  },
  costs: {
    key: "costs",
    nb: "Driftskostnader",
    en: "OperatingCosts",
    presence: "expected",
    keyFields: ["solution", "initiative", "year"],
    columns: [
      col("solution", "Løsning", "Solution", "code", true, "Løsning"),
      col("initiative", "Tiltak", "Initiative", "text", true),
      col("part", "Del", "Part", "text", false),
      col("year", "År", "Year", "year", true),
      col("amount", "Beløp", "Amount", "amount", true),
      col("internal", "Dekket internt", "Covered internally", "yesno", false),
    ],
  },
  codes: {
    key: "codes",
    nb: "Kodeverk",
    en: "Codes",
    presence: "optional",
    keyFields: ["list", "code"],
    columns: [
      col("list", "Liste", "List", "text", true),
      col("code", "Kode", "Code", "text", true),
      col("description", "Beskrivelse", "Description", "text", false),
    ],
  },
  roadmap: {
    key: "roadmap",
    nb: "Veikart",
    en: "Roadmap",
    presence: "optional",
    keyFields: ["goal", "area"],
    columns: [
      col("goal", "Mål", "Goal", "code", true, "Strategisk mål"),
      col("area", "Område", "Area", "text", true),
      col("areaKey", "Områdenr", "Area number", "text", false),
      col("objective", "Målsetting", "Objective", "text", false),
      col("who", "Hvem", "Who", "text", true),
      col("service", "Tjeneste", "Service", "text", false),
      col("activity", "Aktivitet", "Activity", "text", true),
      col("year", "År", "Year", "year", true),
      col("from", "Fra", "From", "year", false),
      col("to", "Til", "To", "year", false),
      col("initiative", "Tiltak", "Initiative", "text", false),
      col("note", "Merknad", "Note", "text", false),
    ],
  },
  topics: {
    key: "topics",
    nb: "Temaer",
    en: "Topics",
    presence: "optional",
    keyFields: ["period", "title"],
    columns: [
      col("period", "Periode", "Period", "period", true),
      col("title", "Tema", "Topic", "text", true),
      col("text", "Tekst", "Text", "text", true),
      col("followUp", "Oppfølging", "Follow-up", "yesno", false),
      col("initiatives", "Tiltak", "Initiatives", "text", false),
    ],
  },
};

/** The register's sheets in the order they are read (codes first: the others need them). */
export const READ_ORDER: SheetKey[] = ["codes", "initiatives", "reports", "dependencies", "costs", "roadmap", "topics"];

/** All names a sheet of the format goes by (nb and en), for telling them apart from report sheets. */
export function registerSheetNames(): string[] {
  return Object.values(REGISTER_FORMAT).flatMap((s) => [s.nb, s.en]);
}
