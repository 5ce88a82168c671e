import type { CellValue } from "../cells";
import type { Finding } from "../findings/finding";
import type { Catalogue, Lang } from "../messages/catalogue";
import { findingMessage } from "../messages/messages";
import type { Period } from "../register/period";

/** The import log sheet: one row per template an import tried, kept across imports. */
export const IMPORT_LOG_SHEET = "Importlogg";

/** The import log's header and result texts. */
interface ImportLogText {
  header: string[];
  imported: string;
  rejected: string;
  unchanged: string;
  more: (n: number) => string;
}

const TEXT: Catalogue<ImportLogText> = {
  nb: {
    header: ["Fil", "Tiltak", "Periode", "Tidspunkt", "Resultat", "Rader skrevet", "Merknad"],
    imported: "Importert",
    rejected: "Avvist",
    unchanged: "Ingen endringer",
    more: (n) => `(+${n} til)`,
  },
  en: {
    header: ["File", "Initiative", "Period", "Time", "Result", "Rows written", "Note"],
    imported: "Imported",
    rejected: "Rejected",
    unchanged: "No changes",
    more: (n) => `(+${n} more)`,
  },
};

/** What the log records about one attempt. */
export interface LogEntry {
  file: string;
  id?: string;
  period?: Period;
  imported: boolean;
  changed: boolean;
  rowsWritten: number;
  findings: readonly Finding[];
}

/** The log's header row in a language. */
export function importLogHeader(lang: Lang): string[] {
  return TEXT[lang].header;
}

/** One log row: file, initiative, period, time (ISO), result, rows written, and why when rejected. */
export function importLogRow(entry: LogEntry, now: Date, lang: Lang): CellValue[] {
  const t = TEXT[lang];
  const errors = entry.findings.filter((f) => f.severity === "error");
  const shown = errors.slice(0, 3).map((f) => `${f.cell ? `${f.cell}: ` : ""}${findingMessage(f, lang)}`);
  if (errors.length > 3) {
    shown.push(t.more(errors.length - 3));
  }
  const note = entry.imported ? (entry.changed ? "" : t.unchanged) : shown.join(" ");
  return [
    baseName(entry.file),
    entry.id ?? "",
    entry.period ?? "",
    now.toISOString(),
    entry.imported ? t.imported : t.rejected,
    entry.rowsWritten,
    note,
  ];
}

/** The file name without its folders (the core has no path module). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
